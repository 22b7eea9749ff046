from enum import StrEnum


class ListModelsSortBy(StrEnum):
    CREATE_AT = "create_at"
    MODEL_SIZE = "model_size"
    MODEL_VERSION = "model_version"

    def __str__(self) -> str:
        return str(self.value)

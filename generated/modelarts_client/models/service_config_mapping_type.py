from enum import StrEnum


class ServiceConfigMappingType(StrEnum):
    CSV = "csv"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)

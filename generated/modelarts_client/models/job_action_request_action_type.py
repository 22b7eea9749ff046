from enum import StrEnum


class JobActionRequestActionType(StrEnum):
    TERMINATE = "terminate"

    def __str__(self) -> str:
        return str(self.value)

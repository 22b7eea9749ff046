from enum import StrEnum


class ServiceInferType(StrEnum):
    BATCH = "batch"
    REAL_TIME = "real-time"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ServiceInferType(StrEnum):
    BATCH = "batch"
    EDGE = "edge"
    REAL_TIME = "real-time"

    def __str__(self) -> str:
        return str(self.value)

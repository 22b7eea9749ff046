from enum import StrEnum


class ServiceScheduleType(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)

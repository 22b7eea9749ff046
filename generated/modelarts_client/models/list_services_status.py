from enum import StrEnum


class ListServicesStatus(StrEnum):
    CONCERNING = "concerning"
    DEPLOYING = "deploying"
    FAILED = "failed"
    FINISHED = "finished"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ModelDependencyInstaller(StrEnum):
    PIP = "pip"

    def __str__(self) -> str:
        return str(self.value)

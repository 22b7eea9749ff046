from enum import StrEnum


class ListTrainingJobFlavorsFlavorType(StrEnum):
    ASCEND = "Ascend"
    CPU = "CPU"
    GPU = "GPU"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ModelPackageRestraint(StrEnum):
    ATLEAST = "ATLEAST"
    ATMOST = "ATMOST"
    EXACT = "EXACT"

    def __str__(self) -> str:
        return str(self.value)

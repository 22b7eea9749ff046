from enum import StrEnum


class ListModelsModelStatus(StrEnum):
    BUILDING = "building"
    BUILDING_FAILED = "building_failed"
    FAILED = "failed"
    PUBLISHED = "published"
    PUBLISHING = "publishing"

    def __str__(self) -> str:
        return str(self.value)

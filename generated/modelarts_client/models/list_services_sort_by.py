from enum import StrEnum


class ListServicesSortBy(StrEnum):
    PUBLISH_AT = "publish_at"
    SERVICE_NAME = "service_name"
    TRANSITION_AT = "transition_at"

    def __str__(self) -> str:
        return str(self.value)

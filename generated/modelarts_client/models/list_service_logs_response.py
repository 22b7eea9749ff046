from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.service_update_log import ServiceUpdateLog


T = TypeVar("T", bound="ListServiceLogsResponse")


@_attrs_define
class ListServiceLogsResponse(LazyModel):
    """Response body of listServiceUpdateLogs.

    Attributes:
        service_id (str): Service id.
        service_name (str): Service name.
        logs (list[ServiceUpdateLog]): Updates of the service.
    """

    service_id: str
    service_name: str
    logs: list[ServiceUpdateLog]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        service_id = self.service_id

        service_name = self.service_name

        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "service_name": service_name,
                "logs": logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "service_id",
                "service_name",
                "logs",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        service_id = d.pop("service_id")

        service_name = d.pop("service_name")

        logs = []
        _logs = d.pop("logs")
        for logs_item_data in _logs:
            logs_item = ServiceUpdateLog.from_dict(logs_item_data)

            logs.append(logs_item)

        type(self).__init__(
            self,
            service_id=service_id,
            service_name=service_name,
            logs=logs,
        )

        self.additional_properties = d

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_references_pending = True


def _import_references() -> None:
    global _references_pending
    global ServiceUpdateLog
    from ..models.service_update_log import ServiceUpdateLog

    _references_pending = False

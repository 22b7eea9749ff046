from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_monitor import ServiceMonitor


T = TypeVar("T", bound="ServiceMonitorResponse")


@_attrs_define
class ServiceMonitorResponse(LazyModel):
    """Response body of showServiceMonitor.

    Attributes:
        service_id (str): Service id.
        service_name (str): Service name.
        monitors (list[ServiceMonitor]): Monitoring data per model (real-time) or per node (edge).
        service_running_instance_count (int | Unset): Running instances of the service.
        service_instance_count (int | Unset): Instances of the service.
        req_count_per_min (int | Unset): Calls in the last minute.
    """

    service_id: str
    service_name: str
    monitors: list[ServiceMonitor]
    service_running_instance_count: int | Unset = UNSET
    service_instance_count: int | Unset = UNSET
    req_count_per_min: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        service_id = self.service_id

        service_name = self.service_name

        monitors = []
        for monitors_item_data in self.monitors:
            monitors_item = monitors_item_data.to_dict()
            monitors.append(monitors_item)

        service_running_instance_count = self.service_running_instance_count

        service_instance_count = self.service_instance_count

        req_count_per_min = self.req_count_per_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "service_name": service_name,
                "monitors": monitors,
            }
        )
        if service_running_instance_count is not UNSET:
            field_dict["service_running_instance_count"] = (
                service_running_instance_count
            )
        if service_instance_count is not UNSET:
            field_dict["service_instance_count"] = service_instance_count
        if req_count_per_min is not UNSET:
            field_dict["req_count_per_min"] = req_count_per_min

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "service_id",
                "service_name",
                "monitors",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        service_id = d.pop("service_id")

        service_name = d.pop("service_name")

        monitors = []
        _monitors = d.pop("monitors")
        for monitors_item_data in _monitors:
            monitors_item = ServiceMonitor.from_dict(monitors_item_data)

            monitors.append(monitors_item)

        service_running_instance_count = d.pop("service_running_instance_count", UNSET)

        service_instance_count = d.pop("service_instance_count", UNSET)

        req_count_per_min = d.pop("req_count_per_min", UNSET)

        type(self).__init__(
            self,
            service_id=service_id,
            service_name=service_name,
            monitors=monitors,
            service_running_instance_count=service_running_instance_count,
            service_instance_count=service_instance_count,
            req_count_per_min=req_count_per_min,
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
    global ServiceMonitor
    from ..models.service_monitor import ServiceMonitor

    _references_pending = False

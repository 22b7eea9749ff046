from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_schedule_time_unit import ServiceScheduleTimeUnit
from ..models.service_schedule_type import ServiceScheduleType
from ..types import LazyModel

T = TypeVar("T", bound="ServiceSchedule")


@_attrs_define
class ServiceSchedule(LazyModel):
    """Scheduled action of a real-time service, in requests; only stop after a duration exists.

    Attributes:
        type_ (ServiceScheduleType): Scheduled action (the SDK's op_type); only stop.
        time_unit (ServiceScheduleTimeUnit): Unit of duration.
        duration (int): Time after which the action runs, in time_unit (for example 2 with HOURS).
    """

    type_: ServiceScheduleType
    time_unit: ServiceScheduleTimeUnit
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        time_unit = self.time_unit.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "time_unit": time_unit,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "type",
                "time_unit",
                "duration",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        type_ = ServiceScheduleType(d.pop("type"))

        time_unit = ServiceScheduleTimeUnit(d.pop("time_unit"))

        duration = d.pop("duration")

        type(self).__init__(
            self,
            type_=type_,
            time_unit=time_unit,
            duration=duration,
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

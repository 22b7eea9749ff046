from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JobMetric")


@_attrs_define
class JobMetric(LazyModel):
    """One runtime metric of a task.

    Attributes:
        metric (str | Unset): Metric name; documented values cpuUsage (CPU usage), memUsage (physical memory usage),
            gpuUtil (GPU usage), gpuMemUsage (GPU memory usage), npuUtil (NPU usage), npuMemUsage (NPU memory usage).
        value (list[float] | Unset): One average value per minute; -1 where no value was collected.
    """

    metric: str | Unset = UNSET
    value: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        value: list[float] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        metric = d.pop("metric", UNSET)

        value = cast(list[float], d.pop("value", UNSET))

        type(self).__init__(
            self,
            metric=metric,
            value=value,
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

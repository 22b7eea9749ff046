from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ServiceCustomSpec")


@_attrs_define
class ServiceCustomSpec(LazyModel):
    """Custom resources of a model instance, used with specification custom in a dedicated resource pool; cpu and memory
    are needed in requests.

        Attributes:
            cpu (float | Unset): Number of CPU cores, at least 0.01.
            memory (int | Unset): Memory in MB.
            gpu_p4 (float | Unset): Number of GPUs, may be fractional.
            ascend_a310 (int | Unset): Number of Ascend 310 chips.
            ascend_a910 (int | Unset): Number of Ascend 910 chips.
    """

    cpu: float | Unset = UNSET
    memory: int | Unset = UNSET
    gpu_p4: float | Unset = UNSET
    ascend_a310: int | Unset = UNSET
    ascend_a910: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        gpu_p4 = self.gpu_p4

        ascend_a310 = self.ascend_a310

        ascend_a910 = self.ascend_a910

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu_p4 is not UNSET:
            field_dict["gpu_p4"] = gpu_p4
        if ascend_a310 is not UNSET:
            field_dict["ascend_a310"] = ascend_a310
        if ascend_a910 is not UNSET:
            field_dict["ascend_a910"] = ascend_a910

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        gpu_p4 = d.pop("gpu_p4", UNSET)

        ascend_a310 = d.pop("ascend_a310", UNSET)

        ascend_a910 = d.pop("ascend_a910", UNSET)

        type(self).__init__(
            self,
            cpu=cpu,
            memory=memory,
            gpu_p4=gpu_p4,
            ascend_a310=ascend_a310,
            ascend_a910=ascend_a910,
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

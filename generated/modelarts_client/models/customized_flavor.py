from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CustomizedFlavor")


@_attrs_define
class CustomizedFlavor(LazyModel):
    """Resources of a training job's main container.

    Attributes:
        cpu_core_num (float | Unset): CPU cores, more than 0.
        mem_size (float | Unset): Memory size, more than 0.
        accelerator_num (float | Unset): Accelerator cards, 0 or more.
    """

    cpu_core_num: float | Unset = UNSET
    mem_size: float | Unset = UNSET
    accelerator_num: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_core_num = self.cpu_core_num

        mem_size = self.mem_size

        accelerator_num = self.accelerator_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_core_num is not UNSET:
            field_dict["cpu_core_num"] = cpu_core_num
        if mem_size is not UNSET:
            field_dict["mem_size"] = mem_size
        if accelerator_num is not UNSET:
            field_dict["accelerator_num"] = accelerator_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        cpu_core_num = d.pop("cpu_core_num", UNSET)

        mem_size = d.pop("mem_size", UNSET)

        accelerator_num = d.pop("accelerator_num", UNSET)

        type(self).__init__(
            self,
            cpu_core_num=cpu_core_num,
            mem_size=mem_size,
            accelerator_num=accelerator_num,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelSpecification")


@_attrs_define
class ModelSpecification(LazyModel):
    """Minimum resources needed to deploy a model.

    Attributes:
        min_cpu (str | Unset): Minimum CPU.
        min_gpu (str | Unset): Minimum GPU.
        min_memory (str | Unset): Minimum memory.
        min_ascend (str | Unset): Minimum Ascend.
    """

    min_cpu: str | Unset = UNSET
    min_gpu: str | Unset = UNSET
    min_memory: str | Unset = UNSET
    min_ascend: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_cpu = self.min_cpu

        min_gpu = self.min_gpu

        min_memory = self.min_memory

        min_ascend = self.min_ascend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_cpu is not UNSET:
            field_dict["min_cpu"] = min_cpu
        if min_gpu is not UNSET:
            field_dict["min_gpu"] = min_gpu
        if min_memory is not UNSET:
            field_dict["min_memory"] = min_memory
        if min_ascend is not UNSET:
            field_dict["min_ascend"] = min_ascend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        min_cpu = d.pop("min_cpu", UNSET)

        min_gpu = d.pop("min_gpu", UNSET)

        min_memory = d.pop("min_memory", UNSET)

        min_ascend = d.pop("min_ascend", UNSET)

        type(self).__init__(
            self,
            min_cpu=min_cpu,
            min_gpu=min_gpu,
            min_memory=min_memory,
            min_ascend=min_ascend,
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

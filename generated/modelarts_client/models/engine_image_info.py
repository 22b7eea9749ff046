from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="EngineImageInfo")


@_attrs_define
class EngineImageInfo(LazyModel):
    """Images of a preset engine.

    Attributes:
        cpu_image_url (str | Unset): Image used with CPU flavors.
        gpu_image_url (str | Unset): Image used with GPU flavors (empty when the engine has none).
        image_version (str | Unset): Image version.
    """

    cpu_image_url: str | Unset = UNSET
    gpu_image_url: str | Unset = UNSET
    image_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_image_url = self.cpu_image_url

        gpu_image_url = self.gpu_image_url

        image_version = self.image_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_image_url is not UNSET:
            field_dict["cpu_image_url"] = cpu_image_url
        if gpu_image_url is not UNSET:
            field_dict["gpu_image_url"] = gpu_image_url
        if image_version is not UNSET:
            field_dict["image_version"] = image_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        cpu_image_url = d.pop("cpu_image_url", UNSET)

        gpu_image_url = d.pop("gpu_image_url", UNSET)

        image_version = d.pop("image_version", UNSET)

        type(self).__init__(
            self,
            cpu_image_url=cpu_image_url,
            gpu_image_url=gpu_image_url,
            image_version=image_version,
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

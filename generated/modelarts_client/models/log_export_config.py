from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="LogExportConfig")


@_attrs_define
class LogExportConfig(LazyModel):
    """How the logs of a training job are exported.

    Attributes:
        version (str | Unset): Log format version, v0 (the default) or v1.
        rotation_enabled (bool | Unset): Whether logs can be downloaded by time period (default false).
    """

    version: str | Unset = UNSET
    rotation_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        rotation_enabled = self.rotation_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if rotation_enabled is not UNSET:
            field_dict["rotation_enabled"] = rotation_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        rotation_enabled = d.pop("rotation_enabled", UNSET)

        type(self).__init__(
            self,
            version=version,
            rotation_enabled=rotation_enabled,
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

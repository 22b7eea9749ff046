from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="LogVolume")


@_attrs_define
class LogVolume(LazyModel):
    """A host directory mounted into a model's instances.

    Attributes:
        host_path (str): Directory on the host.
        mount_path (str): Path in the container.
    """

    host_path: str
    mount_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_path = self.host_path

        mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host_path": host_path,
                "mount_path": mount_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "host_path",
                "mount_path",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        host_path = d.pop("host_path")

        mount_path = d.pop("mount_path")

        type(self).__init__(
            self,
            host_path=host_path,
            mount_path=mount_path,
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

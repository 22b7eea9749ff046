from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="PersistentVolume")


@_attrs_define
class PersistentVolume(LazyModel):
    """Persistent storage mounted into a model's instances.

    Attributes:
        mount_path (str): Path in the container (an empty directory, not a system directory such as / or /var/run).
        name (str | Unset): Volume name.
        storage_type (str | Unset): Storage type; sfs_turbo is the documented value.
        source_address (str | Unset): Source of the volume, the SFS Turbo id for sfs_turbo.
    """

    mount_path: str
    name: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    source_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_path = self.mount_path

        name = self.name

        storage_type = self.storage_type

        source_address = self.source_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mount_path": mount_path,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type
        if source_address is not UNSET:
            field_dict["source_address"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("mount_path",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        mount_path = d.pop("mount_path")

        name = d.pop("name", UNSET)

        storage_type = d.pop("storage_type", UNSET)

        source_address = d.pop("source_address", UNSET)

        type(self).__init__(
            self,
            mount_path=mount_path,
            name=name,
            storage_type=storage_type,
            source_address=source_address,
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

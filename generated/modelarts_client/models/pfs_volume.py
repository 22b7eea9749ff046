from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="PfsVolume")


@_attrs_define
class PfsVolume(LazyModel):
    """An OBS parallel file system path mounted into a training container.

    Attributes:
        pfs_path (str | Unset): obsfs path, for example /bucket/path.
        local_path (str | Unset): Mount path in the training container, for example /home/ma-user/pfs.
    """

    pfs_path: str | Unset = UNSET
    local_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pfs_path = self.pfs_path

        local_path = self.local_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pfs_path is not UNSET:
            field_dict["pfs_path"] = pfs_path
        if local_path is not UNSET:
            field_dict["local_path"] = local_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        pfs_path = d.pop("pfs_path", UNSET)

        local_path = d.pop("local_path", UNSET)

        type(self).__init__(
            self,
            pfs_path=pfs_path,
            local_path=local_path,
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

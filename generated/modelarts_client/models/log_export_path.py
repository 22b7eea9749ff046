from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="LogExportPath")


@_attrs_define
class LogExportPath(LazyModel):
    """Where the logs of a training job are exported.

    Attributes:
        obs_url (str | Unset): OBS path for the logs, for example obs://bucket/log/ or /bucket/log/.
        host_path (str | Unset): Path on the host for the logs.
    """

    obs_url: str | Unset = UNSET
    host_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs_url = self.obs_url

        host_path = self.host_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obs_url is not UNSET:
            field_dict["obs_url"] = obs_url
        if host_path is not UNSET:
            field_dict["host_path"] = host_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        obs_url = d.pop("obs_url", UNSET)

        host_path = d.pop("host_path", UNSET)

        type(self).__init__(
            self,
            obs_url=obs_url,
            host_path=host_path,
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

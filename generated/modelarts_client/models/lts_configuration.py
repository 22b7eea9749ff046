from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="LtsConfiguration")


@_attrs_define
class LtsConfiguration(LazyModel):
    """LTS log group and stream of a service's logs.

    Attributes:
        log_group_id (str): LTS log group id.
        log_stream_id (str): LTS log stream id.
    """

    log_group_id: str
    log_stream_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_group_id = self.log_group_id

        log_stream_id = self.log_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_group_id": log_group_id,
                "log_stream_id": log_stream_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "log_group_id",
                "log_stream_id",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        log_group_id = d.pop("log_group_id")

        log_stream_id = d.pop("log_stream_id")

        type(self).__init__(
            self,
            log_group_id=log_group_id,
            log_stream_id=log_stream_id,
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

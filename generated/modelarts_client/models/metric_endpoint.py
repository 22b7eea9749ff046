from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="MetricEndpoint")


@_attrs_define
class MetricEndpoint(LazyModel):
    """An HTTP endpoint of a training job's container answering metrics; path and port go together.

    Attributes:
        path (str): URL path, for example /metrics.
        port (int): TCP port.
    """

    path: str
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "path",
                "port",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        path = d.pop("path")

        port = d.pop("port")

        type(self).__init__(
            self,
            path=path,
            port=port,
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

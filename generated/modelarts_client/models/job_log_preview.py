from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JobLogPreview")


@_attrs_define
class JobLogPreview(LazyModel):
    """Log preview of a task of a training job.

    Attributes:
        content (str | Unset): Log content; the whole log when it is within the limit (n MB), otherwise the latest n MB.
        current_size (int | Unset): Size of the returned content in bytes, at most 5 MB.
        full_size (int | Unset): Size of the complete log in bytes.
    """

    content: str | Unset = UNSET
    current_size: int | Unset = UNSET
    full_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        current_size = self.current_size

        full_size = self.full_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if current_size is not UNSET:
            field_dict["current_size"] = current_size
        if full_size is not UNSET:
            field_dict["full_size"] = full_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        current_size = d.pop("current_size", UNSET)

        full_size = d.pop("full_size", UNSET)

        type(self).__init__(
            self,
            content=content,
            current_size=current_size,
            full_size=full_size,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TagFilter")


@_attrs_define
class TagFilter(LazyModel):
    """A tag criterion of listTrainingJobs.

    Attributes:
        key (str): Tag key, 1 to 128 letters, digits, spaces or _ . : = + - @, not starting or ending with a space.
        values (list[str] | Unset): Tag values, any of which matches; none matches every value of the key.
    """

    key: str
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("key",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        key = d.pop("key")

        values = cast(list[str], d.pop("values", UNSET))

        type(self).__init__(
            self,
            key=key,
            values=values,
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

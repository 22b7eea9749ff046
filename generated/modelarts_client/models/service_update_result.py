from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ServiceUpdateResult")


@_attrs_define
class ServiceUpdateResult(LazyModel):
    """Result of an update on one edge node.

    Attributes:
        node_id (str | Unset): Edge node id.
        node_name (str | Unset): Edge node name.
        operation (str | Unset): Operation. Documented values: deploy, delete.
        result (bool | Unset): Whether the operation succeeded.
    """

    node_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    operation: str | Unset = UNSET
    result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_name = self.node_name

        operation = self.operation

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if operation is not UNSET:
            field_dict["operation"] = operation
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        node_name = d.pop("node_name", UNSET)

        operation = d.pop("operation", UNSET)

        result = d.pop("result", UNSET)

        type(self).__init__(
            self,
            node_id=node_id,
            node_name=node_name,
            operation=operation,
            result=result,
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

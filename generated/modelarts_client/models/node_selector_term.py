from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.node_selector_requirement import NodeSelectorRequirement


T = TypeVar("T", bound="NodeSelectorTerm")


@_attrs_define
class NodeSelectorTerm(LazyModel):
    """Requirements a node must all meet.

    Attributes:
        match_expressions (list[NodeSelectorRequirement] | Unset): Requirements on the node's labels.
        match_fields (list[NodeSelectorRequirement] | Unset): Requirements on the node's fields.
    """

    match_expressions: list[NodeSelectorRequirement] | Unset = UNSET
    match_fields: list[NodeSelectorRequirement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        match_expressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_expressions, Unset):
            match_expressions = []
            for match_expressions_item_data in self.match_expressions:
                match_expressions_item = match_expressions_item_data.to_dict()
                match_expressions.append(match_expressions_item)

        match_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_fields, Unset):
            match_fields = []
            for match_fields_item_data in self.match_fields:
                match_fields_item = match_fields_item_data.to_dict()
                match_fields.append(match_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_expressions is not UNSET:
            field_dict["matchExpressions"] = match_expressions
        if match_fields is not UNSET:
            field_dict["matchFields"] = match_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _match_expressions = d.pop("matchExpressions", UNSET)
        match_expressions: list[NodeSelectorRequirement] | Unset = UNSET
        if _match_expressions is not UNSET:
            match_expressions = []
            for match_expressions_item_data in _match_expressions:
                match_expressions_item = NodeSelectorRequirement.from_dict(
                    match_expressions_item_data
                )

                match_expressions.append(match_expressions_item)

        _match_fields = d.pop("matchFields", UNSET)
        match_fields: list[NodeSelectorRequirement] | Unset = UNSET
        if _match_fields is not UNSET:
            match_fields = []
            for match_fields_item_data in _match_fields:
                match_fields_item = NodeSelectorRequirement.from_dict(
                    match_fields_item_data
                )

                match_fields.append(match_fields_item)

        type(self).__init__(
            self,
            match_expressions=match_expressions,
            match_fields=match_fields,
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


_references_pending = True


def _import_references() -> None:
    global _references_pending
    global NodeSelectorRequirement
    from ..models.node_selector_requirement import NodeSelectorRequirement

    _references_pending = False

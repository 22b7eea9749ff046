from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.node_selector_term import NodeSelectorTerm


T = TypeVar("T", bound="NodeSelector")


@_attrs_define
class NodeSelector(LazyModel):
    """Nodes selected by their labels or fields; a node matching any of the terms is selected.

    Attributes:
        node_selector_terms (list[NodeSelectorTerm]): The terms, any of which a node must match.
    """

    node_selector_terms: list[NodeSelectorTerm]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        node_selector_terms = []
        for node_selector_terms_item_data in self.node_selector_terms:
            node_selector_terms_item = node_selector_terms_item_data.to_dict()
            node_selector_terms.append(node_selector_terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeSelectorTerms": node_selector_terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("nodeSelectorTerms",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        node_selector_terms = []
        _node_selector_terms = d.pop("nodeSelectorTerms")
        for node_selector_terms_item_data in _node_selector_terms:
            node_selector_terms_item = NodeSelectorTerm.from_dict(
                node_selector_terms_item_data
            )

            node_selector_terms.append(node_selector_terms_item)

        type(self).__init__(
            self,
            node_selector_terms=node_selector_terms,
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
    global NodeSelectorTerm
    from ..models.node_selector_term import NodeSelectorTerm

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.node_selector_term import NodeSelectorTerm


T = TypeVar("T", bound="PreferredSchedulingTerm")


@_attrs_define
class PreferredSchedulingTerm(LazyModel):
    """A weighted node selector term.

    Attributes:
        weight (int | Unset): Weight of the term, 1 to 100.
        preference (NodeSelectorTerm | Unset): Requirements a node must all meet.
    """

    weight: int | Unset = UNSET
    preference: NodeSelectorTerm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        weight = self.weight

        preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference, Unset):
            preference = self.preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if preference is not UNSET:
            field_dict["preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        weight = d.pop("weight", UNSET)

        _preference = d.pop("preference", UNSET)
        preference: NodeSelectorTerm | Unset
        if isinstance(_preference, Unset):
            preference = UNSET
        else:
            preference = NodeSelectorTerm.from_dict(_preference)

        type(self).__init__(
            self,
            weight=weight,
            preference=preference,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.preferred_scheduling_term import PreferredSchedulingTerm


T = TypeVar("T", bound="PreferredAffinity")


@_attrs_define
class PreferredAffinity(LazyModel):
    """Node affinity the scheduler prefers.

    Attributes:
        node_affinity (list[PreferredSchedulingTerm] | Unset): Weighted terms; the node with the highest sum of matching
            weights is preferred.
    """

    node_affinity: list[PreferredSchedulingTerm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        node_affinity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = []
            for node_affinity_item_data in self.node_affinity:
                node_affinity_item = node_affinity_item_data.to_dict()
                node_affinity.append(node_affinity_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_affinity is not UNSET:
            field_dict["node_affinity"] = node_affinity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _node_affinity = d.pop("node_affinity", UNSET)
        node_affinity: list[PreferredSchedulingTerm] | Unset = UNSET
        if _node_affinity is not UNSET:
            node_affinity = []
            for node_affinity_item_data in _node_affinity:
                node_affinity_item = PreferredSchedulingTerm.from_dict(
                    node_affinity_item_data
                )

                node_affinity.append(node_affinity_item)

        type(self).__init__(
            self,
            node_affinity=node_affinity,
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
    global PreferredSchedulingTerm
    from ..models.preferred_scheduling_term import PreferredSchedulingTerm

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.node_selector import NodeSelector


T = TypeVar("T", bound="RequiredAffinity")


@_attrs_define
class RequiredAffinity(LazyModel):
    """Affinity a training job's tasks must be scheduled with.

    Attributes:
        affinity_type (str | Unset): Affinity policy; documented values cabinet (whole cabinet), hyperinstance
            (supernode affinity), networkTopology (network topology affinity).
        job_level (str | Unset): networkTopology only; the network level all of the job's tasks stay within; documented
            values cluster (the default) and hyperinstanceGroup.
        affinity_group_size (int | Unset): hyperinstance and networkTopology; number of tasks scheduled together into
            one supernode (default 1).
        affinity_group_level (str | Unset): networkTopology only; the network level an affinity group stays within;
            documented values hyperinstance and slice (default hyperinstanceGroup).
        node_affinity (NodeSelector | Unset): Nodes selected by their labels or fields; a node matching any of the terms
            is selected.
    """

    affinity_type: str | Unset = UNSET
    job_level: str | Unset = UNSET
    affinity_group_size: int | Unset = UNSET
    affinity_group_level: str | Unset = UNSET
    node_affinity: NodeSelector | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        affinity_type = self.affinity_type

        job_level = self.job_level

        affinity_group_size = self.affinity_group_size

        affinity_group_level = self.affinity_group_level

        node_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = self.node_affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affinity_type is not UNSET:
            field_dict["affinity_type"] = affinity_type
        if job_level is not UNSET:
            field_dict["job_level"] = job_level
        if affinity_group_size is not UNSET:
            field_dict["affinity_group_size"] = affinity_group_size
        if affinity_group_level is not UNSET:
            field_dict["affinity_group_level"] = affinity_group_level
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
        affinity_type = d.pop("affinity_type", UNSET)

        job_level = d.pop("job_level", UNSET)

        affinity_group_size = d.pop("affinity_group_size", UNSET)

        affinity_group_level = d.pop("affinity_group_level", UNSET)

        _node_affinity = d.pop("node_affinity", UNSET)
        node_affinity: NodeSelector | Unset
        if isinstance(_node_affinity, Unset):
            node_affinity = UNSET
        else:
            node_affinity = NodeSelector.from_dict(_node_affinity)

        type(self).__init__(
            self,
            affinity_type=affinity_type,
            job_level=job_level,
            affinity_group_size=affinity_group_size,
            affinity_group_level=affinity_group_level,
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
    global NodeSelector
    from ..models.node_selector import NodeSelector

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.preferred_affinity import PreferredAffinity
    from ..models.required_affinity import RequiredAffinity


T = TypeVar("T", bound="SchedulePolicy")


@_attrs_define
class SchedulePolicy(LazyModel):
    """Scheduling policy of a training job.

    Attributes:
        required_affinity (RequiredAffinity | Unset): Affinity a training job's tasks must be scheduled with.
        preferred_affinity (PreferredAffinity | Unset): Node affinity the scheduler prefers.
        priority (int | Unset): Priority of the job in a dedicated resource pool, 1 (the default) to 3 (the highest).
        preemptible (bool | Unset): Whether the job may be preempted.
    """

    required_affinity: RequiredAffinity | Unset = UNSET
    preferred_affinity: PreferredAffinity | Unset = UNSET
    priority: int | Unset = UNSET
    preemptible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        required_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_affinity, Unset):
            required_affinity = self.required_affinity.to_dict()

        preferred_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_affinity, Unset):
            preferred_affinity = self.preferred_affinity.to_dict()

        priority = self.priority

        preemptible = self.preemptible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_affinity is not UNSET:
            field_dict["required_affinity"] = required_affinity
        if preferred_affinity is not UNSET:
            field_dict["preferred_affinity"] = preferred_affinity
        if priority is not UNSET:
            field_dict["priority"] = priority
        if preemptible is not UNSET:
            field_dict["preemptible"] = preemptible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _required_affinity = d.pop("required_affinity", UNSET)
        required_affinity: RequiredAffinity | Unset
        if isinstance(_required_affinity, Unset):
            required_affinity = UNSET
        else:
            required_affinity = RequiredAffinity.from_dict(_required_affinity)

        _preferred_affinity = d.pop("preferred_affinity", UNSET)
        preferred_affinity: PreferredAffinity | Unset
        if isinstance(_preferred_affinity, Unset):
            preferred_affinity = UNSET
        else:
            preferred_affinity = PreferredAffinity.from_dict(_preferred_affinity)

        priority = d.pop("priority", UNSET)

        preemptible = d.pop("preemptible", UNSET)

        type(self).__init__(
            self,
            required_affinity=required_affinity,
            preferred_affinity=preferred_affinity,
            priority=priority,
            preemptible=preemptible,
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
    global PreferredAffinity
    from ..models.preferred_affinity import PreferredAffinity

    global RequiredAffinity
    from ..models.required_affinity import RequiredAffinity

    _references_pending = False

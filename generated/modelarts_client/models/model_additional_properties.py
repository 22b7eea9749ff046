from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.log_volume import LogVolume
    from ..models.persistent_volume import PersistentVolume


T = TypeVar("T", bound="ModelAdditionalProperties")


@_attrs_define
class ModelAdditionalProperties(LazyModel):
    """Further settings of a model's instances: volumes (dedicated resource pools only), rolling upgrade and graceful stop.

    Attributes:
        log_volume (list[LogVolume] | Unset): Host directories mounted into the instances (dedicated resource pools
            only).
        max_surge (float | Unset): Rolling upgrade: instances added at most, a share when below 1, a count otherwise
            (more than 0; default 1).
        max_unavailable (float | Unset): Rolling upgrade: instances removed at most, a share when below 1, a count
            otherwise (more than 0; default 0).
        termination_grace_period_seconds (int | Unset): Seconds an instance is given to stop gracefully.
        persistent_volumes (list[PersistentVolume] | Unset): Persistent storage mounted into the instances.
    """

    log_volume: list[LogVolume] | Unset = UNSET
    max_surge: float | Unset = UNSET
    max_unavailable: float | Unset = UNSET
    termination_grace_period_seconds: int | Unset = UNSET
    persistent_volumes: list[PersistentVolume] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        log_volume: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_volume, Unset):
            log_volume = []
            for log_volume_item_data in self.log_volume:
                log_volume_item = log_volume_item_data.to_dict()
                log_volume.append(log_volume_item)

        max_surge = self.max_surge

        max_unavailable = self.max_unavailable

        termination_grace_period_seconds = self.termination_grace_period_seconds

        persistent_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persistent_volumes, Unset):
            persistent_volumes = []
            for persistent_volumes_item_data in self.persistent_volumes:
                persistent_volumes_item = persistent_volumes_item_data.to_dict()
                persistent_volumes.append(persistent_volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_volume is not UNSET:
            field_dict["log_volume"] = log_volume
        if max_surge is not UNSET:
            field_dict["max_surge"] = max_surge
        if max_unavailable is not UNSET:
            field_dict["max_unavailable"] = max_unavailable
        if termination_grace_period_seconds is not UNSET:
            field_dict["termination_grace_period_seconds"] = (
                termination_grace_period_seconds
            )
        if persistent_volumes is not UNSET:
            field_dict["persistent_volumes"] = persistent_volumes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _log_volume = d.pop("log_volume", UNSET)
        log_volume: list[LogVolume] | Unset = UNSET
        if _log_volume is not UNSET:
            log_volume = []
            for log_volume_item_data in _log_volume:
                log_volume_item = LogVolume.from_dict(log_volume_item_data)

                log_volume.append(log_volume_item)

        max_surge = d.pop("max_surge", UNSET)

        max_unavailable = d.pop("max_unavailable", UNSET)

        termination_grace_period_seconds = d.pop(
            "termination_grace_period_seconds", UNSET
        )

        _persistent_volumes = d.pop("persistent_volumes", UNSET)
        persistent_volumes: list[PersistentVolume] | Unset = UNSET
        if _persistent_volumes is not UNSET:
            persistent_volumes = []
            for persistent_volumes_item_data in _persistent_volumes:
                persistent_volumes_item = PersistentVolume.from_dict(
                    persistent_volumes_item_data
                )

                persistent_volumes.append(persistent_volumes_item)

        type(self).__init__(
            self,
            log_volume=log_volume,
            max_surge=max_surge,
            max_unavailable=max_unavailable,
            termination_grace_period_seconds=termination_grace_period_seconds,
            persistent_volumes=persistent_volumes,
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
    global LogVolume
    from ..models.log_volume import LogVolume

    global PersistentVolume
    from ..models.persistent_volume import PersistentVolume

    _references_pending = False

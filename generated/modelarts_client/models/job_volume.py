from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.nfs_volume import NfsVolume
    from ..models.obs_volume import ObsVolume
    from ..models.pfs_volume import PfsVolume


T = TypeVar("T", bound="JobVolume")


@_attrs_define
class JobVolume(LazyModel):
    """A volume attached to a training job; one of nfs, pfs and obs.

    Attributes:
        nfs (NfsVolume | Unset): A volume attached over NFS.
        pfs (PfsVolume | Unset): An OBS parallel file system path mounted into a training container.
        obs (ObsVolume | Unset): An OBS path mounted into a training container.
    """

    nfs: NfsVolume | Unset = UNSET
    pfs: PfsVolume | Unset = UNSET
    obs: ObsVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        pfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pfs, Unset):
            pfs = self.pfs.to_dict()

        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if pfs is not UNSET:
            field_dict["pfs"] = pfs
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _nfs = d.pop("nfs", UNSET)
        nfs: NfsVolume | Unset
        if isinstance(_nfs, Unset):
            nfs = UNSET
        else:
            nfs = NfsVolume.from_dict(_nfs)

        _pfs = d.pop("pfs", UNSET)
        pfs: PfsVolume | Unset
        if isinstance(_pfs, Unset):
            pfs = UNSET
        else:
            pfs = PfsVolume.from_dict(_pfs)

        _obs = d.pop("obs", UNSET)
        obs: ObsVolume | Unset
        if isinstance(_obs, Unset):
            obs = UNSET
        else:
            obs = ObsVolume.from_dict(_obs)

        type(self).__init__(
            self,
            nfs=nfs,
            pfs=pfs,
            obs=obs,
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
    global NfsVolume
    from ..models.nfs_volume import NfsVolume

    global ObsVolume
    from ..models.obs_volume import ObsVolume

    global PfsVolume
    from ..models.pfs_volume import PfsVolume

    _references_pending = False

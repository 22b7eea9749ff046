from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.affinity_pool import AffinityPool


T = TypeVar("T", bound="ServiceNodeAffinity")


@_attrs_define
class ServiceNodeAffinity(LazyModel):
    """Node affinity of a model's instances in dedicated resource pools.

    Attributes:
        mode (str): required (instances run only on the nodes listed, or are not scheduled) or preferred (those nodes
            are preferred).
        pool_infos (list[AffinityPool] | Unset): Nodes per resource pool.
    """

    mode: str
    pool_infos: list[AffinityPool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        mode = self.mode

        pool_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pool_infos, Unset):
            pool_infos = []
            for pool_infos_item_data in self.pool_infos:
                pool_infos_item = pool_infos_item_data.to_dict()
                pool_infos.append(pool_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if pool_infos is not UNSET:
            field_dict["pool_infos"] = pool_infos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("mode",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        mode = d.pop("mode")

        _pool_infos = d.pop("pool_infos", UNSET)
        pool_infos: list[AffinityPool] | Unset = UNSET
        if _pool_infos is not UNSET:
            pool_infos = []
            for pool_infos_item_data in _pool_infos:
                pool_infos_item = AffinityPool.from_dict(pool_infos_item_data)

                pool_infos.append(pool_infos_item)

        type(self).__init__(
            self,
            mode=mode,
            pool_infos=pool_infos,
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
    global AffinityPool
    from ..models.affinity_pool import AffinityPool

    _references_pending = False

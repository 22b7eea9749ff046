from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobResource")


@_attrs_define
class JobResource:
    """Resources of a training job.

    Attributes:
        policy (str | Unset): Resource flavor mode; documented values regular, economic, turbo.
        flavor_id (str | Unset): Flavor id, from listTrainingJobFlavors or a flavor of the dedicated pool.
        flavor_name (str | Unset): Flavor name, returned by the service when flavor_id is given.
        node_count (int | Unset): Number of nodes (resource replicas); at least 1.
        pool_id (str | Unset): Id of the dedicated resource pool.
        flavor_detail (FlavorDetail | Unset): Details of the flavor of a training job.
    """

    policy: str | Unset = UNSET
    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    node_count: int | Unset = UNSET
    pool_id: str | Unset = UNSET
    flavor_detail: FlavorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy

        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        node_count = self.node_count

        pool_id = self.pool_id

        flavor_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_detail, Unset):
            flavor_detail = self.flavor_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_name is not UNSET:
            field_dict["flavor_name"] = flavor_name
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if flavor_detail is not UNSET:
            field_dict["flavor_detail"] = flavor_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        policy = d.pop("policy", UNSET)

        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        node_count = d.pop("node_count", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        _flavor_detail = d.pop("flavor_detail", UNSET)
        flavor_detail: FlavorDetail | Unset
        if isinstance(_flavor_detail, Unset):
            flavor_detail = UNSET
        else:
            flavor_detail = FlavorDetail.from_dict(_flavor_detail)

        job_resource = cls(
            policy=policy,
            flavor_id=flavor_id,
            flavor_name=flavor_name,
            node_count=node_count,
            pool_id=pool_id,
            flavor_detail=flavor_detail,
        )

        job_resource.additional_properties = d
        return job_resource

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


from ..models.flavor_detail import FlavorDetail

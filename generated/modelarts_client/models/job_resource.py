from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.allocated_resources import AllocatedResources
    from ..models.customized_flavor import CustomizedFlavor
    from ..models.flavor_detail import FlavorDetail


T = TypeVar("T", bound="JobResource")


@_attrs_define
class JobResource(LazyModel):
    """Resources of a training job.

    Attributes:
        policy (str | Unset): Resource flavor mode (set by the service); documented values regular, economic, turbo.
        flavor_id (str | Unset): Flavor id, from listTrainingJobFlavors or a flavor of the dedicated pool.
        flavor_name (str | Unset): Flavor name, returned by the service when flavor_id is given.
        node_count (int | Unset): Number of nodes (resource replicas); at least 1.
        pool_id (str | Unset): Id of the dedicated resource pool.
        pool_name (str | Unset): Name of the dedicated resource pool (set by the service).
        pool_group_id (str | Unset): Id of the federation of resource pools; needed for kind federated_pool_job.
        flavor_detail (FlavorDetail | Unset): Details of the flavor of a training job.
        main_container_customized_flavor (CustomizedFlavor | Unset): Resources of a training job's main container.
        main_container_allocated_resources (AllocatedResources | Unset): Resources allocated to a training job's main
            container.
    """

    policy: str | Unset = UNSET
    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    node_count: int | Unset = UNSET
    pool_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    pool_group_id: str | Unset = UNSET
    flavor_detail: FlavorDetail | Unset = UNSET
    main_container_customized_flavor: CustomizedFlavor | Unset = UNSET
    main_container_allocated_resources: AllocatedResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        policy = self.policy

        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        node_count = self.node_count

        pool_id = self.pool_id

        pool_name = self.pool_name

        pool_group_id = self.pool_group_id

        flavor_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_detail, Unset):
            flavor_detail = self.flavor_detail.to_dict()

        main_container_customized_flavor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_container_customized_flavor, Unset):
            main_container_customized_flavor = (
                self.main_container_customized_flavor.to_dict()
            )

        main_container_allocated_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_container_allocated_resources, Unset):
            main_container_allocated_resources = (
                self.main_container_allocated_resources.to_dict()
            )

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
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if pool_group_id is not UNSET:
            field_dict["pool_group_id"] = pool_group_id
        if flavor_detail is not UNSET:
            field_dict["flavor_detail"] = flavor_detail
        if main_container_customized_flavor is not UNSET:
            field_dict["main_container_customized_flavor"] = (
                main_container_customized_flavor
            )
        if main_container_allocated_resources is not UNSET:
            field_dict["main_container_allocated_resources"] = (
                main_container_allocated_resources
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        policy = d.pop("policy", UNSET)

        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        node_count = d.pop("node_count", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        pool_group_id = d.pop("pool_group_id", UNSET)

        _flavor_detail = d.pop("flavor_detail", UNSET)
        flavor_detail: FlavorDetail | Unset
        if isinstance(_flavor_detail, Unset):
            flavor_detail = UNSET
        else:
            flavor_detail = FlavorDetail.from_dict(_flavor_detail)

        _main_container_customized_flavor = d.pop(
            "main_container_customized_flavor", UNSET
        )
        main_container_customized_flavor: CustomizedFlavor | Unset
        if isinstance(_main_container_customized_flavor, Unset):
            main_container_customized_flavor = UNSET
        else:
            main_container_customized_flavor = CustomizedFlavor.from_dict(
                _main_container_customized_flavor
            )

        _main_container_allocated_resources = d.pop(
            "main_container_allocated_resources", UNSET
        )
        main_container_allocated_resources: AllocatedResources | Unset
        if isinstance(_main_container_allocated_resources, Unset):
            main_container_allocated_resources = UNSET
        else:
            main_container_allocated_resources = AllocatedResources.from_dict(
                _main_container_allocated_resources
            )

        type(self).__init__(
            self,
            policy=policy,
            flavor_id=flavor_id,
            flavor_name=flavor_name,
            node_count=node_count,
            pool_id=pool_id,
            pool_name=pool_name,
            pool_group_id=pool_group_id,
            flavor_detail=flavor_detail,
            main_container_customized_flavor=main_container_customized_flavor,
            main_container_allocated_resources=main_container_allocated_resources,
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
    global AllocatedResources
    from ..models.allocated_resources import AllocatedResources

    global CustomizedFlavor
    from ..models.customized_flavor import CustomizedFlavor

    global FlavorDetail
    from ..models.flavor_detail import FlavorDetail

    _references_pending = False

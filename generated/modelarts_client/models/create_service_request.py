from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..models.service_load_balancer_policy import ServiceLoadBalancerPolicy
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config import ServiceConfig
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define
class CreateServiceRequest(LazyModel):
    """Request body of createService.

    Attributes:
        service_name (str): Name of a model or a service: 1 to 64 letters, digits, hyphens or underscores, starting with
            a letter.
        infer_type (ServiceInferType): Inference mode of a request: real-time (a web service that keeps running) or
            batch (processes the input data once and stops), the modes of the SDK reference (Tables 8-2 and 8-10); edge
            services are out of its scope. Responses carry infer_type as a plain string.
        config (list[ServiceConfig]): Models to run: exactly one for batch; for real-time one or more distinct model
            versions whose weights sum to 100.
        description (str | Unset): Description, at most 100 characters.
        workspace_id (str | Unset): Workspace id (default "0", the default workspace).
        vpc_id (str | Unset): VPC of the real-time service's instances (a per-user VPC by default); cannot change later;
            ignored when cluster_id is set.
        subnet_network_id (str | Unset): Subnet network id; required with vpc_id.
        security_group_id (str | Unset): Security group; required with vpc_id; needs an inbound TCP rule from 0.0.0.0/0
            to port 8080.
        cluster_id (str | Unset): Dedicated resource pool (its network configuration replaces vpc_id); shared pool by
            default.
        pool_name (str | Unset): New-version dedicated resource pool; takes precedence over cluster_id.
        schedule (list[ServiceSchedule] | Unset): Real-time only; scheduled actions (by default the service runs until
            stopped).
        load_balancer_policy (ServiceLoadBalancerPolicy | Unset): Real-time services only; load balancing of the
            backend: ROUND_ROBIN (weighted round robin), LEAST_CONNECTIONS (weighted least connections) or SOURCE_IP (by
            source address).
        priority (int | Unset): Preemption priority, 1 to 3 (real-time and batch).
        additional_properties_ (ServiceAdditionalProperties | Unset): Further settings of a service: SMN notification of
            its status changes, LTS log channels, WebSocket.
    """

    service_name: str
    infer_type: ServiceInferType
    config: list[ServiceConfig]
    description: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_network_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    load_balancer_policy: ServiceLoadBalancerPolicy | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties_: ServiceAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        service_name = self.service_name

        infer_type = self.infer_type.value

        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        description = self.description

        workspace_id = self.workspace_id

        vpc_id = self.vpc_id

        subnet_network_id = self.subnet_network_id

        security_group_id = self.security_group_id

        cluster_id = self.cluster_id

        pool_name = self.pool_name

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        load_balancer_policy: str | Unset = UNSET
        if not isinstance(self.load_balancer_policy, Unset):
            load_balancer_policy = self.load_balancer_policy.value

        priority = self.priority

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties_, Unset):
            additional_properties = self.additional_properties_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_name": service_name,
                "infer_type": infer_type,
                "config": config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if load_balancer_policy is not UNSET:
            field_dict["load_balancer_policy"] = load_balancer_policy
        if priority is not UNSET:
            field_dict["priority"] = priority
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "service_name",
                "infer_type",
                "config",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        service_name = d.pop("service_name")

        infer_type = ServiceInferType(d.pop("infer_type"))

        config = []
        _config = d.pop("config")
        for config_item_data in _config:
            config_item = ServiceConfig.from_dict(config_item_data)

            config.append(config_item)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_network_id = d.pop("subnet_network_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[ServiceSchedule] | Unset = UNSET
        if _schedule is not UNSET:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = ServiceSchedule.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        _load_balancer_policy = d.pop("load_balancer_policy", UNSET)
        load_balancer_policy: ServiceLoadBalancerPolicy | Unset
        if isinstance(_load_balancer_policy, Unset):
            load_balancer_policy = UNSET
        else:
            load_balancer_policy = ServiceLoadBalancerPolicy(_load_balancer_policy)

        priority = d.pop("priority", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset):
            additional_properties = UNSET
        else:
            additional_properties = ServiceAdditionalProperties.from_dict(
                _additional_properties
            )

        type(self).__init__(
            self,
            service_name=service_name,
            infer_type=infer_type,
            config=config,
            description=description,
            workspace_id=workspace_id,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            cluster_id=cluster_id,
            pool_name=pool_name,
            schedule=schedule,
            load_balancer_policy=load_balancer_policy,
            priority=priority,
            additional_properties_=additional_properties,
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
    global ServiceAdditionalProperties
    from ..models.service_additional_properties import ServiceAdditionalProperties

    global ServiceConfig
    from ..models.service_config import ServiceConfig

    global ServiceSchedule
    from ..models.service_schedule import ServiceSchedule

    _references_pending = False

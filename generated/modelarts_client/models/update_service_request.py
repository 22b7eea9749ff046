from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_load_balancer_policy import ServiceLoadBalancerPolicy
from ..models.update_service_request_status import UpdateServiceRequestStatus
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config import ServiceConfig
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="UpdateServiceRequest")


@_attrs_define
class UpdateServiceRequest(LazyModel):
    """Request body of updateService; fields left out are not changed.

    Attributes:
        description (str | Unset): New description, at most 100 characters.
        status (UpdateServiceRequestStatus | Unset): Start (running) or stop (stopped) the service; takes precedence
            over config.
        config (list[ServiceConfig] | Unset): New model configuration of the service.
        schedule (list[ServiceSchedule] | Unset): Real-time only; new scheduled actions.
        load_balancer_policy (ServiceLoadBalancerPolicy | Unset): Real-time services only; load balancing of the
            backend: ROUND_ROBIN (weighted round robin), LEAST_CONNECTIONS (weighted least connections) or SOURCE_IP (by
            source address).
        priority (int | Unset): Preemption priority, 1 to 3.
        additional_properties_ (ServiceAdditionalProperties | Unset): Further settings of a service: SMN notification of
            its status changes, LTS log channels, WebSocket.
    """

    description: str | Unset = UNSET
    status: UpdateServiceRequestStatus | Unset = UNSET
    config: list[ServiceConfig] | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    load_balancer_policy: ServiceLoadBalancerPolicy | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties_: ServiceAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

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
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
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
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateServiceRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateServiceRequestStatus(_status)

        _config = d.pop("config", UNSET)
        config: list[ServiceConfig] | Unset = UNSET
        if _config is not UNSET:
            config = []
            for config_item_data in _config:
                config_item = ServiceConfig.from_dict(config_item_data)

                config.append(config_item)

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
            description=description,
            status=status,
            config=config,
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

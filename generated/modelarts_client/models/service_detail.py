from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config_detail import ServiceConfigDetail
    from ..models.service_schedule_detail import ServiceScheduleDetail


T = TypeVar("T", bound="ServiceDetail")


@_attrs_define
class ServiceDetail(LazyModel):
    """Response body of showService.

    Attributes:
        service_id (str): Service id.
        service_name (str): Service name.
        description (None | str | Unset): Service description.
        tenant (str | Unset): Account (tenant) the service belongs to.
        project (str | Unset): Project the service belongs to.
        owner (str | Unset): User the service belongs to.
        publish_at (int | Unset): Latest publishing time, epoch milliseconds (UTC).
        update_time (int | None | Unset): Time the configuration in use was last updated, epoch milliseconds.
        infer_type (str | Unset): Inference mode. Documented values: real-time, batch, edge.
        workspace_id (str | Unset): Workspace id.
        cluster_id (None | str | Unset): Dedicated resource pool of the service, when one is used.
        pool_name (None | str | Unset): New-version dedicated resource pool of the service, when one is used.
        vpc_id (None | str | Unset): VPC of the instances, with a custom network configuration.
        subnet_network_id (None | str | Unset): Subnet of the instances, with a custom network configuration.
        security_group_id (None | str | Unset): Security group of the instances, with a custom network configuration.
        status (str | Unset): Service status. Documented values: running, deploying, concerning, failed, stopped,
            finished, stopping, deleting, pending, waiting.
        progress (int | None | Unset): Deployment progress in percent, while status is deploying.
        error_msg (None | str | Unset): Failure cause, when status is failed.
        config (list[ServiceConfigDetail] | None | Unset): Models of the service (real-time or batch fields according to
            infer_type).
        access_address (None | str | Unset): Real-time only; URL of prediction requests (the SDK reference calls it
            access_addresses), for example https://{id}.apig.{region}.huaweicloudapis.com/v1/infers/{service_id}.
        bind_access_address (None | str | Unset): Request address of a bound custom domain name.
        debug_url (None | str | Unset): Online debugging address (single-instance real-time services whose model
            supports it).
        invocation_times (int | Unset): Number of calls of the service.
        failed_times (int | Unset): Number of failed calls of the service.
        is_shared (bool | Unset): Whether the service is a subscribed (shared) service.
        shared_count (int | Unset): Number of subscriptions.
        schedule (list[ServiceScheduleDetail] | None | Unset): Scheduled actions; absent when none is set.
        due_time (int | None | Unset): Time a scheduled stop happens, epoch milliseconds.
        operation_time (int | None | Unset): Time of the latest operation, epoch milliseconds.
        transition_at (int | None | Unset): Time of the latest status change, epoch milliseconds.
        start_time (int | None | Unset): Batch only; start time, epoch milliseconds.
        finished_time (int | None | Unset): Batch only; completion time, epoch milliseconds.
        is_free (bool | None | Unset): Whether a free flavor is used.
        load_balancer_policy (None | str | Unset): Real-time only; load balancing of the backend. Documented values:
            ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP.
        priority (int | None | Unset): Preemption priority, 1 to 3.
        additional_properties_ (None | ServiceAdditionalProperties | Unset): Further settings of the service (SMN
            notification, log channels, WebSocket).
    """

    service_id: str
    service_name: str
    description: None | str | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    publish_at: int | Unset = UNSET
    update_time: int | None | Unset = UNSET
    infer_type: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    pool_name: None | str | Unset = UNSET
    vpc_id: None | str | Unset = UNSET
    subnet_network_id: None | str | Unset = UNSET
    security_group_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    progress: int | None | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    config: list[ServiceConfigDetail] | None | Unset = UNSET
    access_address: None | str | Unset = UNSET
    bind_access_address: None | str | Unset = UNSET
    debug_url: None | str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_count: int | Unset = UNSET
    schedule: list[ServiceScheduleDetail] | None | Unset = UNSET
    due_time: int | None | Unset = UNSET
    operation_time: int | None | Unset = UNSET
    transition_at: int | None | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finished_time: int | None | Unset = UNSET
    is_free: bool | None | Unset = UNSET
    load_balancer_policy: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    additional_properties_: None | ServiceAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        service_id = self.service_id

        service_name = self.service_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tenant = self.tenant

        project = self.project

        owner = self.owner

        publish_at = self.publish_at

        update_time: int | None | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        infer_type = self.infer_type

        workspace_id = self.workspace_id

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        pool_name: None | str | Unset
        if isinstance(self.pool_name, Unset):
            pool_name = UNSET
        else:
            pool_name = self.pool_name

        vpc_id: None | str | Unset
        if isinstance(self.vpc_id, Unset):
            vpc_id = UNSET
        else:
            vpc_id = self.vpc_id

        subnet_network_id: None | str | Unset
        if isinstance(self.subnet_network_id, Unset):
            subnet_network_id = UNSET
        else:
            subnet_network_id = self.subnet_network_id

        security_group_id: None | str | Unset
        if isinstance(self.security_group_id, Unset):
            security_group_id = UNSET
        else:
            security_group_id = self.security_group_id

        status = self.status

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        config: list[dict[str, Any]] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, list):
            config = []
            for config_type_0_item_data in self.config:
                config_type_0_item = config_type_0_item_data.to_dict()
                config.append(config_type_0_item)

        else:
            config = self.config

        access_address: None | str | Unset
        if isinstance(self.access_address, Unset):
            access_address = UNSET
        else:
            access_address = self.access_address

        bind_access_address: None | str | Unset
        if isinstance(self.bind_access_address, Unset):
            bind_access_address = UNSET
        else:
            bind_access_address = self.bind_access_address

        debug_url: None | str | Unset
        if isinstance(self.debug_url, Unset):
            debug_url = UNSET
        else:
            debug_url = self.debug_url

        invocation_times = self.invocation_times

        failed_times = self.failed_times

        is_shared = self.is_shared

        shared_count = self.shared_count

        schedule: list[dict[str, Any]] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, list):
            schedule = []
            for schedule_type_0_item_data in self.schedule:
                schedule_type_0_item = schedule_type_0_item_data.to_dict()
                schedule.append(schedule_type_0_item)

        else:
            schedule = self.schedule

        due_time: int | None | Unset
        if isinstance(self.due_time, Unset):
            due_time = UNSET
        else:
            due_time = self.due_time

        operation_time: int | None | Unset
        if isinstance(self.operation_time, Unset):
            operation_time = UNSET
        else:
            operation_time = self.operation_time

        transition_at: int | None | Unset
        if isinstance(self.transition_at, Unset):
            transition_at = UNSET
        else:
            transition_at = self.transition_at

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finished_time: int | None | Unset
        if isinstance(self.finished_time, Unset):
            finished_time = UNSET
        else:
            finished_time = self.finished_time

        is_free: bool | None | Unset
        if isinstance(self.is_free, Unset):
            is_free = UNSET
        else:
            is_free = self.is_free

        load_balancer_policy: None | str | Unset
        if isinstance(self.load_balancer_policy, Unset):
            load_balancer_policy = UNSET
        else:
            load_balancer_policy = self.load_balancer_policy

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        additional_properties: dict[str, Any] | None | Unset
        if isinstance(self.additional_properties_, Unset):
            additional_properties = UNSET
        elif isinstance(self.additional_properties_, ServiceAdditionalProperties):
            additional_properties = self.additional_properties_.to_dict()
        else:
            additional_properties = self.additional_properties_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "service_name": service_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if config is not UNSET:
            field_dict["config"] = config
        if access_address is not UNSET:
            field_dict["access_address"] = access_address
        if bind_access_address is not UNSET:
            field_dict["bind_access_address"] = bind_access_address
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_count is not UNSET:
            field_dict["shared_count"] = shared_count
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
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
                "service_id",
                "service_name",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        service_id = d.pop("service_id")

        service_name = d.pop("service_name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        publish_at = d.pop("publish_at", UNSET)

        def _parse_update_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        update_time = _parse_update_time(d.pop("update_time", UNSET))

        infer_type = d.pop("infer_type", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pool_name = _parse_pool_name(d.pop("pool_name", UNSET))

        def _parse_vpc_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vpc_id = _parse_vpc_id(d.pop("vpc_id", UNSET))

        def _parse_subnet_network_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_network_id = _parse_subnet_network_id(d.pop("subnet_network_id", UNSET))

        def _parse_security_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_group_id = _parse_security_group_id(d.pop("security_group_id", UNSET))

        status = d.pop("status", UNSET)

        def _parse_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        def _parse_config(data: object) -> list[ServiceConfigDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                config_type_0 = []
                _config_type_0 = data
                for config_type_0_item_data in _config_type_0:
                    config_type_0_item = ServiceConfigDetail.from_dict(
                        config_type_0_item_data
                    )

                    config_type_0.append(config_type_0_item)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceConfigDetail] | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_access_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_address = _parse_access_address(d.pop("access_address", UNSET))

        def _parse_bind_access_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_access_address = _parse_bind_access_address(
            d.pop("bind_access_address", UNSET)
        )

        def _parse_debug_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debug_url = _parse_debug_url(d.pop("debug_url", UNSET))

        invocation_times = d.pop("invocation_times", UNSET)

        failed_times = d.pop("failed_times", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        shared_count = d.pop("shared_count", UNSET)

        def _parse_schedule(data: object) -> list[ServiceScheduleDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                schedule_type_0 = []
                _schedule_type_0 = data
                for schedule_type_0_item_data in _schedule_type_0:
                    schedule_type_0_item = ServiceScheduleDetail.from_dict(
                        schedule_type_0_item_data
                    )

                    schedule_type_0.append(schedule_type_0_item)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceScheduleDetail] | None | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_due_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_time = _parse_due_time(d.pop("due_time", UNSET))

        def _parse_operation_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operation_time = _parse_operation_time(d.pop("operation_time", UNSET))

        def _parse_transition_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transition_at = _parse_transition_at(d.pop("transition_at", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_finished_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_time = _parse_finished_time(d.pop("finished_time", UNSET))

        def _parse_is_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_free = _parse_is_free(d.pop("is_free", UNSET))

        def _parse_load_balancer_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        load_balancer_policy = _parse_load_balancer_policy(
            d.pop("load_balancer_policy", UNSET)
        )

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_additional_properties(
            data: object,
        ) -> None | ServiceAdditionalProperties | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_properties_type_1 = ServiceAdditionalProperties.from_dict(
                    data
                )

                return additional_properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceAdditionalProperties | Unset, data)

        additional_properties = _parse_additional_properties(
            d.pop("additional_properties", UNSET)
        )

        type(self).__init__(
            self,
            service_id=service_id,
            service_name=service_name,
            description=description,
            tenant=tenant,
            project=project,
            owner=owner,
            publish_at=publish_at,
            update_time=update_time,
            infer_type=infer_type,
            workspace_id=workspace_id,
            cluster_id=cluster_id,
            pool_name=pool_name,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            status=status,
            progress=progress,
            error_msg=error_msg,
            config=config,
            access_address=access_address,
            bind_access_address=bind_access_address,
            debug_url=debug_url,
            invocation_times=invocation_times,
            failed_times=failed_times,
            is_shared=is_shared,
            shared_count=shared_count,
            schedule=schedule,
            due_time=due_time,
            operation_time=operation_time,
            transition_at=transition_at,
            start_time=start_time,
            finished_time=finished_time,
            is_free=is_free,
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

    global ServiceConfigDetail
    from ..models.service_config_detail import ServiceConfigDetail

    global ServiceScheduleDetail
    from ..models.service_schedule_detail import ServiceScheduleDetail

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_schedule_detail import ServiceScheduleDetail


T = TypeVar("T", bound="ServiceSummary")


@_attrs_define
class ServiceSummary(LazyModel):
    """A service in a service list.

    Attributes:
        service_id (str): Service id.
        service_name (str): Service name.
        description (None | str | Unset): Service description.
        tenant (str | Unset): Account (tenant) the service belongs to.
        project (str | Unset): Project the service belongs to.
        owner (str | Unset): User the service belongs to.
        publish_at (int | Unset): Latest publishing time, epoch milliseconds (UTC).
        infer_type (str | Unset): Inference mode. Documented values: real-time, batch, edge.
        workspace_id (str | Unset): Workspace id.
        cluster_id (None | str | Unset): Dedicated resource pool of the service.
        status (str | Unset): Service status. Documented values: running, deploying, concerning, failed, stopped,
            finished, stopping, deleting, pending, waiting.
        progress (int | None | Unset): Deployment progress in percent, while status is deploying.
        error_msg (None | str | Unset): Failure cause, when status is failed.
        invocation_times (int | Unset): Number of calls of the service.
        failed_times (int | Unset): Number of failed calls of the service.
        is_shared (bool | Unset): Whether the service is a subscribed (shared) service.
        shared_count (int | Unset): Number of subscriptions.
        schedule (list[ServiceScheduleDetail] | None | Unset): Scheduled actions; absent when none is set.
        due_time (int | None | Unset): Time a scheduled stop happens, epoch milliseconds; absent without a schedule.
        start_time (int | None | Unset): Batch only; start time, epoch milliseconds.
        finished_time (int | None | Unset): Batch only; completion time, epoch milliseconds.
        operation_time (int | None | Unset): Time of the latest operation, epoch milliseconds.
        transition_at (int | None | Unset): Time of the latest status change, epoch milliseconds.
        is_opened_sample_collection (None | str | Unset): Whether data collection is enabled ("true" or "false").
        is_free (bool | None | Unset): Whether a free flavor is used.
        additional_properties_ (None | ServiceAdditionalProperties | Unset): Further settings of the service, when any
            is set.
    """

    service_id: str
    service_name: str
    description: None | str | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    publish_at: int | Unset = UNSET
    infer_type: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    progress: int | None | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_count: int | Unset = UNSET
    schedule: list[ServiceScheduleDetail] | None | Unset = UNSET
    due_time: int | None | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finished_time: int | None | Unset = UNSET
    operation_time: int | None | Unset = UNSET
    transition_at: int | None | Unset = UNSET
    is_opened_sample_collection: None | str | Unset = UNSET
    is_free: bool | None | Unset = UNSET
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

        infer_type = self.infer_type

        workspace_id = self.workspace_id

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

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

        is_opened_sample_collection: None | str | Unset
        if isinstance(self.is_opened_sample_collection, Unset):
            is_opened_sample_collection = UNSET
        else:
            is_opened_sample_collection = self.is_opened_sample_collection

        is_free: bool | None | Unset
        if isinstance(self.is_free, Unset):
            is_free = UNSET
        else:
            is_free = self.is_free

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
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
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
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if is_opened_sample_collection is not UNSET:
            field_dict["is_opened_sample_collection"] = is_opened_sample_collection
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
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

        infer_type = d.pop("infer_type", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

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

        def _parse_is_opened_sample_collection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_opened_sample_collection = _parse_is_opened_sample_collection(
            d.pop("is_opened_sample_collection", UNSET)
        )

        def _parse_is_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_free = _parse_is_free(d.pop("is_free", UNSET))

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
            infer_type=infer_type,
            workspace_id=workspace_id,
            cluster_id=cluster_id,
            status=status,
            progress=progress,
            error_msg=error_msg,
            invocation_times=invocation_times,
            failed_times=failed_times,
            is_shared=is_shared,
            shared_count=shared_count,
            schedule=schedule,
            due_time=due_time,
            start_time=start_time,
            finished_time=finished_time,
            operation_time=operation_time,
            transition_at=transition_at,
            is_opened_sample_collection=is_opened_sample_collection,
            is_free=is_free,
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

    global ServiceScheduleDetail
    from ..models.service_schedule_detail import ServiceScheduleDetail

    _references_pending = False

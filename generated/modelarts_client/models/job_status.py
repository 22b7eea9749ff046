from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.running_record import RunningRecord
    from ..models.task_ip import TaskIp
    from ..models.task_status import TaskStatus


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus(LazyModel):
    """Status of a training job.

    Attributes:
        phase (str | Unset): Level-1 status; documented values Creating, Pending, Running, Failed, Completed,
            Terminating, Terminated, Abnormal.
        secondary_phase (str | Unset): Level-2 (detailed) status; documented values Creating, Queuing, Running, Failed,
            Completed, Terminating, Terminated, CreateFailed, TerminatedFailed, Unknown, Lost.
        duration (int | Unset): Running duration in milliseconds.
        node_count_metrics (list[list[int]] | None | Unset): Node count changes while the job runs, as [epoch
            milliseconds, node count] pairs.
        tasks (list[str] | Unset): Task names of the job, for example worker-0 (used by the log and metrics operations).
        start_time (int | Unset): Start time, epoch milliseconds; 0 before the job starts.
        task_statuses (list[TaskStatus] | Unset): Status of each task of the job.
        running_records (list[RunningRecord] | Unset): Runs of the job and the fault recoveries between them, one record
            per run.
        retention_time (int | Unset): How long the job's resources have been kept since it ended, in milliseconds; only
            for jobs created with spec.reserved_time.
        task_ips (list[TaskIp] | Unset): IP addresses of the job's tasks; only in listTrainingJobs answers to a search
            by host_ips, and only the tasks on those hosts.
    """

    phase: str | Unset = UNSET
    secondary_phase: str | Unset = UNSET
    duration: int | Unset = UNSET
    node_count_metrics: list[list[int]] | None | Unset = UNSET
    tasks: list[str] | Unset = UNSET
    start_time: int | Unset = UNSET
    task_statuses: list[TaskStatus] | Unset = UNSET
    running_records: list[RunningRecord] | Unset = UNSET
    retention_time: int | Unset = UNSET
    task_ips: list[TaskIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        phase = self.phase

        secondary_phase = self.secondary_phase

        duration = self.duration

        node_count_metrics: list[list[int]] | None | Unset
        if isinstance(self.node_count_metrics, Unset):
            node_count_metrics = UNSET
        elif isinstance(self.node_count_metrics, list):
            node_count_metrics = []
            for node_count_metrics_type_0_item_data in self.node_count_metrics:
                node_count_metrics_type_0_item = node_count_metrics_type_0_item_data

                node_count_metrics.append(node_count_metrics_type_0_item)

        else:
            node_count_metrics = self.node_count_metrics

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        start_time = self.start_time

        task_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_statuses, Unset):
            task_statuses = []
            for task_statuses_item_data in self.task_statuses:
                task_statuses_item = task_statuses_item_data.to_dict()
                task_statuses.append(task_statuses_item)

        running_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.running_records, Unset):
            running_records = []
            for running_records_item_data in self.running_records:
                running_records_item = running_records_item_data.to_dict()
                running_records.append(running_records_item)

        retention_time = self.retention_time

        task_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_ips, Unset):
            task_ips = []
            for task_ips_item_data in self.task_ips:
                task_ips_item = task_ips_item_data.to_dict()
                task_ips.append(task_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if secondary_phase is not UNSET:
            field_dict["secondary_phase"] = secondary_phase
        if duration is not UNSET:
            field_dict["duration"] = duration
        if node_count_metrics is not UNSET:
            field_dict["node_count_metrics"] = node_count_metrics
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if task_statuses is not UNSET:
            field_dict["task_statuses"] = task_statuses
        if running_records is not UNSET:
            field_dict["running_records"] = running_records
        if retention_time is not UNSET:
            field_dict["retention_time"] = retention_time
        if task_ips is not UNSET:
            field_dict["task_ips"] = task_ips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        phase = d.pop("phase", UNSET)

        secondary_phase = d.pop("secondary_phase", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_node_count_metrics(data: object) -> list[list[int]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_count_metrics_type_0 = []
                _node_count_metrics_type_0 = data
                for node_count_metrics_type_0_item_data in _node_count_metrics_type_0:
                    node_count_metrics_type_0_item = cast(
                        list[int], node_count_metrics_type_0_item_data
                    )

                    node_count_metrics_type_0.append(node_count_metrics_type_0_item)

                return node_count_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int]] | None | Unset, data)

        node_count_metrics = _parse_node_count_metrics(
            d.pop("node_count_metrics", UNSET)
        )

        tasks = cast(list[str], d.pop("tasks", UNSET))

        start_time = d.pop("start_time", UNSET)

        _task_statuses = d.pop("task_statuses", UNSET)
        task_statuses: list[TaskStatus] | Unset = UNSET
        if _task_statuses is not UNSET:
            task_statuses = []
            for task_statuses_item_data in _task_statuses:
                task_statuses_item = TaskStatus.from_dict(task_statuses_item_data)

                task_statuses.append(task_statuses_item)

        _running_records = d.pop("running_records", UNSET)
        running_records: list[RunningRecord] | Unset = UNSET
        if _running_records is not UNSET:
            running_records = []
            for running_records_item_data in _running_records:
                running_records_item = RunningRecord.from_dict(
                    running_records_item_data
                )

                running_records.append(running_records_item)

        retention_time = d.pop("retention_time", UNSET)

        _task_ips = d.pop("task_ips", UNSET)
        task_ips: list[TaskIp] | Unset = UNSET
        if _task_ips is not UNSET:
            task_ips = []
            for task_ips_item_data in _task_ips:
                task_ips_item = TaskIp.from_dict(task_ips_item_data)

                task_ips.append(task_ips_item)

        type(self).__init__(
            self,
            phase=phase,
            secondary_phase=secondary_phase,
            duration=duration,
            node_count_metrics=node_count_metrics,
            tasks=tasks,
            start_time=start_time,
            task_statuses=task_statuses,
            running_records=running_records,
            retention_time=retention_time,
            task_ips=task_ips,
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
    global RunningRecord
    from ..models.running_record import RunningRecord

    global TaskIp
    from ..models.task_ip import TaskIp

    global TaskStatus
    from ..models.task_status import TaskStatus

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_algorithm import JobAlgorithm
    from ..models.job_metadata import JobMetadata
    from ..models.job_spec import JobSpec
    from ..models.job_status import JobStatus
    from ..models.task_response import TaskResponse


T = TypeVar("T", bound="JobResponse")


@_attrs_define
class JobResponse(LazyModel):
    """A training job as returned by the service.

    Attributes:
        kind (str): Training job type; documented values job (training job, default), hetero_job (heterogeneous job),
            autosearch_job (auto search job), mrs_job (MRS job), edge_job (edge job).
        metadata (JobMetadata): Metadata of a training job.
        status (JobStatus | Unset): Status of a training job.
        algorithm (JobAlgorithm | Unset): Algorithm of a training job: an algorithm id, a subscribed algorithm
            (subscription_id + item_version_id), code_dir + boot_file with a preset engine, or a custom image
            (engine.image_url) started by command.
        tasks (list[TaskResponse] | Unset): Tasks of a heterogeneous training job.
        spec (JobSpec | Unset): Specifications of a training job.
    """

    kind: str
    metadata: JobMetadata
    status: JobStatus | Unset = UNSET
    algorithm: JobAlgorithm | Unset = UNSET
    tasks: list[TaskResponse] | Unset = UNSET
    spec: JobSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        kind = self.kind

        metadata = self.metadata.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "metadata": metadata,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "kind",
                "metadata",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        kind = d.pop("kind")

        metadata = JobMetadata.from_dict(d.pop("metadata"))

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_dict(_status)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: JobAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = JobAlgorithm.from_dict(_algorithm)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TaskResponse] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TaskResponse.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _spec = d.pop("spec", UNSET)
        spec: JobSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobSpec.from_dict(_spec)

        type(self).__init__(
            self,
            kind=kind,
            metadata=metadata,
            status=status,
            algorithm=algorithm,
            tasks=tasks,
            spec=spec,
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
    global JobAlgorithm
    from ..models.job_algorithm import JobAlgorithm

    global JobMetadata
    from ..models.job_metadata import JobMetadata

    global JobSpec
    from ..models.job_spec import JobSpec

    global JobStatus
    from ..models.job_status import JobStatus

    global TaskResponse
    from ..models.task_response import TaskResponse

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.flavor_response import FlavorResponse
    from ..models.task_algorithm import TaskAlgorithm
    from ..models.task_log_export_path import TaskLogExportPath


T = TypeVar("T", bound="TaskResponse")


@_attrs_define
class TaskResponse(LazyModel):
    """A task of a heterogeneous training job.

    Attributes:
        role (str | Unset): Task role; documented values learner (GPUs or CPUs) and worker (CPUs).
        algorithm (TaskAlgorithm | Unset): Algorithm configuration of a task of a heterogeneous job.
        task_resource (FlavorResponse | Unset): A resource flavor for training jobs (in the flavor list, and as the
            flavor of a task).
        log_export_path (TaskLogExportPath | Unset): Where the logs of a task of a heterogeneous job are exported.
    """

    role: str | Unset = UNSET
    algorithm: TaskAlgorithm | Unset = UNSET
    task_resource: FlavorResponse | Unset = UNSET
    log_export_path: TaskLogExportPath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        role = self.role

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        task_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_resource, Unset):
            task_resource = self.task_resource.to_dict()

        log_export_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_export_path, Unset):
            log_export_path = self.log_export_path.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if task_resource is not UNSET:
            field_dict["task_resource"] = task_resource
        if log_export_path is not UNSET:
            field_dict["log_export_path"] = log_export_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: TaskAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = TaskAlgorithm.from_dict(_algorithm)

        _task_resource = d.pop("task_resource", UNSET)
        task_resource: FlavorResponse | Unset
        if isinstance(_task_resource, Unset):
            task_resource = UNSET
        else:
            task_resource = FlavorResponse.from_dict(_task_resource)

        _log_export_path = d.pop("log_export_path", UNSET)
        log_export_path: TaskLogExportPath | Unset
        if isinstance(_log_export_path, Unset):
            log_export_path = UNSET
        else:
            log_export_path = TaskLogExportPath.from_dict(_log_export_path)

        type(self).__init__(
            self,
            role=role,
            algorithm=algorithm,
            task_resource=task_resource,
            log_export_path=log_export_path,
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
    global FlavorResponse
    from ..models.flavor_response import FlavorResponse

    global TaskAlgorithm
    from ..models.task_algorithm import TaskAlgorithm

    global TaskLogExportPath
    from ..models.task_log_export_path import TaskLogExportPath

    _references_pending = False

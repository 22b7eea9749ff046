from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.task_algorithm_environments import TaskAlgorithmEnvironments
    from ..models.task_engine import TaskEngine
    from ..models.task_input import TaskInput
    from ..models.task_output import TaskOutput


T = TypeVar("T", bound="TaskAlgorithm")


@_attrs_define
class TaskAlgorithm(LazyModel):
    """Algorithm configuration of a task of a heterogeneous job.

    Attributes:
        code_dir (str | Unset): Absolute path of the directory holding the boot file.
        boot_file (str | Unset): Absolute path of the boot file.
        inputs (TaskInput | Unset): The data input channel of a task of a heterogeneous job (OBS only).
        outputs (TaskOutput | Unset): The data output channel of a task of a heterogeneous job.
        engine (TaskEngine | Unset): Engine of a task of a heterogeneous job.
        local_code_dir (str | Unset): Directory under /home in the container to which code_dir is downloaded.
        working_dir (str | Unset): Working directory in which the algorithm runs.
        environments (TaskAlgorithmEnvironments | Unset): Environment variables of the task, "key" to "value".
    """

    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    inputs: TaskInput | Unset = UNSET
    outputs: TaskOutput | Unset = UNSET
    engine: TaskEngine | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    environments: TaskAlgorithmEnvironments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        code_dir = self.code_dir

        boot_file = self.boot_file

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine
        if local_code_dir is not UNSET:
            field_dict["local_code_dir"] = local_code_dir
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir
        if environments is not UNSET:
            field_dict["environments"] = environments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: TaskInput | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = TaskInput.from_dict(_inputs)

        _outputs = d.pop("outputs", UNSET)
        outputs: TaskOutput | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = TaskOutput.from_dict(_outputs)

        _engine = d.pop("engine", UNSET)
        engine: TaskEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = TaskEngine.from_dict(_engine)

        local_code_dir = d.pop("local_code_dir", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        _environments = d.pop("environments", UNSET)
        environments: TaskAlgorithmEnvironments | Unset
        if isinstance(_environments, Unset):
            environments = UNSET
        else:
            environments = TaskAlgorithmEnvironments.from_dict(_environments)

        type(self).__init__(
            self,
            code_dir=code_dir,
            boot_file=boot_file,
            inputs=inputs,
            outputs=outputs,
            engine=engine,
            local_code_dir=local_code_dir,
            working_dir=working_dir,
            environments=environments,
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
    global TaskAlgorithmEnvironments
    from ..models.task_algorithm_environments import TaskAlgorithmEnvironments

    global TaskEngine
    from ..models.task_engine import TaskEngine

    global TaskInput
    from ..models.task_input import TaskInput

    global TaskOutput
    from ..models.task_output import TaskOutput

    _references_pending = False

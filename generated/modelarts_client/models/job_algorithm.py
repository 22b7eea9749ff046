from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_algorithm_environments import JobAlgorithmEnvironments
    from ..models.job_engine import JobEngine
    from ..models.job_input import JobInput
    from ..models.job_output import JobOutput
    from ..models.job_parameter import JobParameter
    from ..models.job_policies import JobPolicies


T = TypeVar("T", bound="JobAlgorithm")


@_attrs_define
class JobAlgorithm(LazyModel):
    """Algorithm of a training job: an algorithm id, a subscribed algorithm (subscription_id + item_version_id), code_dir +
    boot_file with a preset engine, or a custom image (engine.image_url) started by command.

        Attributes:
            id (str | Unset): Id of an algorithm from algorithm management.
            name (str | Unset): Algorithm name (set by the service).
            subscription_id (str | Unset): Subscription id of a subscribed algorithm; used together with item_version_id.
            item_version_id (str | Unset): Version id of a subscribed algorithm; used together with subscription_id.
            code_dir (str | Unset): Code directory of the job (OBS path such as /bucket/code/ or obs://bucket/code/); used
                together with boot_file; left out when id or subscription_id + item_version_id is given.
            boot_file (str | Unset): Boot file inside code_dir (relative, or a full path such as /bucket/code/boot.py); used
                together with code_dir; left out when id or subscription_id + item_version_id is given.
            autosearch_config_path (str | Unset): OBS URL of the YAML configuration of an auto search job.
            autosearch_framework_path (str | Unset): OBS URL of the framework code directory of an auto search job.
            command (str | Unset): Boot command of the container of a custom image.
            parameters (list[JobParameter] | Unset): Running parameters (hyperparameters), passed to the boot file as
                --name=value.
            policies (JobPolicies | Unset): Policies supported by a training job.
            inputs (list[JobInput] | Unset): Data input channels of the job.
            outputs (list[JobOutput] | Unset): Data output channels of the job.
            engine (JobEngine | Unset): Engine of a training job; give engine_id, or engine_name + engine_version, or
                image_url (a custom image).
            local_code_dir (str | Unset): Directory under /home in the container to which code_dir is downloaded.
            working_dir (str | Unset): Working directory in which the algorithm runs.
            environments (JobAlgorithmEnvironments | Unset): Environment variables of the job, "key" to "value".
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    item_version_id: str | Unset = UNSET
    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    autosearch_config_path: str | Unset = UNSET
    autosearch_framework_path: str | Unset = UNSET
    command: str | Unset = UNSET
    parameters: list[JobParameter] | Unset = UNSET
    policies: JobPolicies | Unset = UNSET
    inputs: list[JobInput] | Unset = UNSET
    outputs: list[JobOutput] | Unset = UNSET
    engine: JobEngine | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    environments: JobAlgorithmEnvironments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        name = self.name

        subscription_id = self.subscription_id

        item_version_id = self.item_version_id

        code_dir = self.code_dir

        boot_file = self.boot_file

        autosearch_config_path = self.autosearch_config_path

        autosearch_framework_path = self.autosearch_framework_path

        command = self.command

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if item_version_id is not UNSET:
            field_dict["item_version_id"] = item_version_id
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if autosearch_config_path is not UNSET:
            field_dict["autosearch_config_path"] = autosearch_config_path
        if autosearch_framework_path is not UNSET:
            field_dict["autosearch_framework_path"] = autosearch_framework_path
        if command is not UNSET:
            field_dict["command"] = command
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if policies is not UNSET:
            field_dict["policies"] = policies
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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        item_version_id = d.pop("item_version_id", UNSET)

        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        autosearch_config_path = d.pop("autosearch_config_path", UNSET)

        autosearch_framework_path = d.pop("autosearch_framework_path", UNSET)

        command = d.pop("command", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[JobParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = JobParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _policies = d.pop("policies", UNSET)
        policies: JobPolicies | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = JobPolicies.from_dict(_policies)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[JobInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = JobInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[JobOutput] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = JobOutput.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        _engine = d.pop("engine", UNSET)
        engine: JobEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = JobEngine.from_dict(_engine)

        local_code_dir = d.pop("local_code_dir", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        _environments = d.pop("environments", UNSET)
        environments: JobAlgorithmEnvironments | Unset
        if isinstance(_environments, Unset):
            environments = UNSET
        else:
            environments = JobAlgorithmEnvironments.from_dict(_environments)

        type(self).__init__(
            self,
            id=id,
            name=name,
            subscription_id=subscription_id,
            item_version_id=item_version_id,
            code_dir=code_dir,
            boot_file=boot_file,
            autosearch_config_path=autosearch_config_path,
            autosearch_framework_path=autosearch_framework_path,
            command=command,
            parameters=parameters,
            policies=policies,
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
    global JobAlgorithmEnvironments
    from ..models.job_algorithm_environments import JobAlgorithmEnvironments

    global JobEngine
    from ..models.job_engine import JobEngine

    global JobInput
    from ..models.job_input import JobInput

    global JobOutput
    from ..models.job_output import JobOutput

    global JobParameter
    from ..models.job_parameter import JobParameter

    global JobPolicies
    from ..models.job_policies import JobPolicies

    _references_pending = False

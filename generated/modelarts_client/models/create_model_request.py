from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_model_request_install_type_item import (
    CreateModelRequestInstallTypeItem,
)
from ..models.create_model_request_source_copy import CreateModelRequestSourceCopy
from ..models.model_type import ModelType
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_api import ModelApi
    from ..models.model_dependency import ModelDependency
    from ..models.model_doc import ModelDoc
    from ..models.model_param import ModelParam
    from ..models.model_template import ModelTemplate


T = TypeVar("T", bound="CreateModelRequest")


@_attrs_define
class CreateModelRequest(LazyModel):
    """Request body of createModel. A template model (model_type Template) needs template and no source_location; every
    other model needs source_location.

        Attributes:
            model_name (str): Name of a model or a service: 1 to 64 letters, digits, hyphens or underscores, starting with a
                letter.
            model_version (str): Model version as Digit.Digit.Digit, each part 0 to 99 without a leading zero (1.0.0 is
                valid, 01.01.01 is not).
            model_type (ModelType): Model type of a request (engine of the model package, Image for a custom image, Template
                for a template import). Responses carry model_type as a plain string.
            source_location (str | Unset): OBS path (URL) of the model directory (the parent of model/ holding config.json
                and customize_service.py), or the SWR location of an image; required unless model_type is Template.
            source_job_id (str | Unset): Id of the training job that produced the model, for source tracing.
            source_job_version (str | Unset): Version of the training job that produced the model.
            source_type (str | Unset): Model source type; only auto (ExeML models) is documented; leave out otherwise.
            runtime (str | Unset): Runtime environment of the model, for example tf1.13-python3.6-cpu; depends on
                model_type.
            model_algorithm (str | Unset): Model algorithm, for example predict_analysis, object_detection or
                image_classification; read from config.json when left out.
            description (str | Unset): Description, at most 100 characters, none of ! < > = & ' ".
            execution_code (str | Unset): OBS path of the inference script customize_service.py, inside the model directory;
                found automatically when left out.
            input_params (list[ModelParam] | Unset): Input parameters of the inference APIs; read from apis in config.json
                when left out.
            output_params (list[ModelParam] | Unset): Output parameters of the inference APIs; read from apis in config.json
                when left out.
            dependencies (list[ModelDependency] | Unset): Packages the inference code needs; read from config.json when left
                out.
            model_metrics (str | Unset): Model metrics, a JSON-encoded ModelMetrics object; read from config.json when left
                out.
            apis (list[ModelApi] | Unset): Inference APIs of the model; read from config.json when left out. The SDK
                reference types this field as String; the REST API takes this array.
            initial_config (str | Unset): The model's config.json as a string, providing apis, dependencies and parameters.
            workspace_id (str | Unset): Workspace id (default "0", the default workspace).
            model_docs (list[ModelDoc] | Unset): Documents describing the model, at most three.
            install_type (list[CreateModelRequestInstallTypeItem] | Unset): Service types the model may be deployed as
                (default real-time and batch).
            template (ModelTemplate | Unset): Template configuration of a model whose model_type is Template.
            source_copy (CreateModelRequestSourceCopy | Unset): Image models only; whether the image is copied (default
                "true").
    """

    model_name: str
    model_version: str
    model_type: ModelType
    source_location: str | Unset = UNSET
    source_job_id: str | Unset = UNSET
    source_job_version: str | Unset = UNSET
    source_type: str | Unset = UNSET
    runtime: str | Unset = UNSET
    model_algorithm: str | Unset = UNSET
    description: str | Unset = UNSET
    execution_code: str | Unset = UNSET
    input_params: list[ModelParam] | Unset = UNSET
    output_params: list[ModelParam] | Unset = UNSET
    dependencies: list[ModelDependency] | Unset = UNSET
    model_metrics: str | Unset = UNSET
    apis: list[ModelApi] | Unset = UNSET
    initial_config: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    model_docs: list[ModelDoc] | Unset = UNSET
    install_type: list[CreateModelRequestInstallTypeItem] | Unset = UNSET
    template: ModelTemplate | Unset = UNSET
    source_copy: CreateModelRequestSourceCopy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_name = self.model_name

        model_version = self.model_version

        model_type = self.model_type.value

        source_location = self.source_location

        source_job_id = self.source_job_id

        source_job_version = self.source_job_version

        source_type = self.source_type

        runtime = self.runtime

        model_algorithm = self.model_algorithm

        description = self.description

        execution_code = self.execution_code

        input_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = []
            for input_params_item_data in self.input_params:
                input_params_item = input_params_item_data.to_dict()
                input_params.append(input_params_item)

        output_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = []
            for output_params_item_data in self.output_params:
                output_params_item = output_params_item_data.to_dict()
                output_params.append(output_params_item)

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        model_metrics = self.model_metrics

        apis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.to_dict()
                apis.append(apis_item)

        initial_config = self.initial_config

        workspace_id = self.workspace_id

        model_docs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_docs, Unset):
            model_docs = []
            for model_docs_item_data in self.model_docs:
                model_docs_item = model_docs_item_data.to_dict()
                model_docs.append(model_docs_item)

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = []
            for install_type_item_data in self.install_type:
                install_type_item = install_type_item_data.value
                install_type.append(install_type_item)

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        source_copy: str | Unset = UNSET
        if not isinstance(self.source_copy, Unset):
            source_copy = self.source_copy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "model_version": model_version,
                "model_type": model_type,
            }
        )
        if source_location is not UNSET:
            field_dict["source_location"] = source_location
        if source_job_id is not UNSET:
            field_dict["source_job_id"] = source_job_id
        if source_job_version is not UNSET:
            field_dict["source_job_version"] = source_job_version
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if model_algorithm is not UNSET:
            field_dict["model_algorithm"] = model_algorithm
        if description is not UNSET:
            field_dict["description"] = description
        if execution_code is not UNSET:
            field_dict["execution_code"] = execution_code
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if output_params is not UNSET:
            field_dict["output_params"] = output_params
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if model_metrics is not UNSET:
            field_dict["model_metrics"] = model_metrics
        if apis is not UNSET:
            field_dict["apis"] = apis
        if initial_config is not UNSET:
            field_dict["initial_config"] = initial_config
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_docs is not UNSET:
            field_dict["model_docs"] = model_docs
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if template is not UNSET:
            field_dict["template"] = template
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "model_name",
                "model_version",
                "model_type",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        model_name = d.pop("model_name")

        model_version = d.pop("model_version")

        model_type = ModelType(d.pop("model_type"))

        source_location = d.pop("source_location", UNSET)

        source_job_id = d.pop("source_job_id", UNSET)

        source_job_version = d.pop("source_job_version", UNSET)

        source_type = d.pop("source_type", UNSET)

        runtime = d.pop("runtime", UNSET)

        model_algorithm = d.pop("model_algorithm", UNSET)

        description = d.pop("description", UNSET)

        execution_code = d.pop("execution_code", UNSET)

        _input_params = d.pop("input_params", UNSET)
        input_params: list[ModelParam] | Unset = UNSET
        if _input_params is not UNSET:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = ModelParam.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        _output_params = d.pop("output_params", UNSET)
        output_params: list[ModelParam] | Unset = UNSET
        if _output_params is not UNSET:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = ModelParam.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[ModelDependency] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = ModelDependency.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

        model_metrics = d.pop("model_metrics", UNSET)

        _apis = d.pop("apis", UNSET)
        apis: list[ModelApi] | Unset = UNSET
        if _apis is not UNSET:
            apis = []
            for apis_item_data in _apis:
                apis_item = ModelApi.from_dict(apis_item_data)

                apis.append(apis_item)

        initial_config = d.pop("initial_config", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _model_docs = d.pop("model_docs", UNSET)
        model_docs: list[ModelDoc] | Unset = UNSET
        if _model_docs is not UNSET:
            model_docs = []
            for model_docs_item_data in _model_docs:
                model_docs_item = ModelDoc.from_dict(model_docs_item_data)

                model_docs.append(model_docs_item)

        _install_type = d.pop("install_type", UNSET)
        install_type: list[CreateModelRequestInstallTypeItem] | Unset = UNSET
        if _install_type is not UNSET:
            install_type = []
            for install_type_item_data in _install_type:
                install_type_item = CreateModelRequestInstallTypeItem(
                    install_type_item_data
                )

                install_type.append(install_type_item)

        _template = d.pop("template", UNSET)
        template: ModelTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = ModelTemplate.from_dict(_template)

        _source_copy = d.pop("source_copy", UNSET)
        source_copy: CreateModelRequestSourceCopy | Unset
        if isinstance(_source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = CreateModelRequestSourceCopy(_source_copy)

        type(self).__init__(
            self,
            model_name=model_name,
            model_version=model_version,
            model_type=model_type,
            source_location=source_location,
            source_job_id=source_job_id,
            source_job_version=source_job_version,
            source_type=source_type,
            runtime=runtime,
            model_algorithm=model_algorithm,
            description=description,
            execution_code=execution_code,
            input_params=input_params,
            output_params=output_params,
            dependencies=dependencies,
            model_metrics=model_metrics,
            apis=apis,
            initial_config=initial_config,
            workspace_id=workspace_id,
            model_docs=model_docs,
            install_type=install_type,
            template=template,
            source_copy=source_copy,
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
    global ModelApi
    from ..models.model_api import ModelApi

    global ModelDependency
    from ..models.model_dependency import ModelDependency

    global ModelDoc
    from ..models.model_doc import ModelDoc

    global ModelParam
    from ..models.model_param import ModelParam

    global ModelTemplate
    from ..models.model_template import ModelTemplate

    _references_pending = False

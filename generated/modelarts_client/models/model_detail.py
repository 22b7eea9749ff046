from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_api import ModelApi
    from ..models.model_dependency_detail import ModelDependencyDetail
    from ..models.model_doc import ModelDoc
    from ..models.model_health import ModelHealth
    from ..models.model_labels_map import ModelLabelsMap
    from ..models.model_metrics import ModelMetrics
    from ..models.model_param_detail import ModelParamDetail
    from ..models.model_specification import ModelSpecification


T = TypeVar("T", bound="ModelDetail")


@_attrs_define
class ModelDetail(LazyModel):
    """Response body of showModel.

    Attributes:
        model_id (str): Model id.
        model_name (str): Model name.
        model_version (str): Model version.
        tenant (str | Unset): Account (tenant) the model belongs to.
        project (str | Unset): Project the model belongs to.
        owner (str | Unset): User the model belongs to.
        create_at (int | Unset): Creation time, epoch milliseconds (UTC).
        source_location (str | Unset): OBS path of the model, or SWR location of its image.
        source_job_id (None | str | Unset): Id of the training job that produced the model.
        source_job_version (None | str | Unset): Version of the training job that produced the model.
        source_type (None | str | Unset): Model source type; auto for ExeML models, empty for training jobs and OBS
            model files.
        source_copy (None | str | Unset): Image models only; whether the image was copied ("true" or "false").
        model_type (str | Unset): Model type. Documented values: TensorFlow, MXNet, Caffe, Spark_MLlib, Scikit_Learn,
            XGBoost, MindSpore, Image, PyTorch, Template, Custom.
        model_size (int | Unset): Model size in bytes.
        model_status (str | Unset): Model status. Documented values: publishing, published, failed, building,
            building_failed.
        runtime (None | str | Unset): Runtime environment of the model.
        description (None | str | Unset): Model description.
        execution_code (None | str | Unset): OBS path of the inference script customize_service.py.
        schema_doc (None | str | Unset): Download address of the model's schema file.
        image_address (None | str | Unset): Image built for the model; empty until the model is built.
        input_params (list[ModelParamDetail] | None | Unset): Input parameters of the model's inference APIs.
        output_params (list[ModelParamDetail] | None | Unset): Output parameters of the model's inference APIs.
        dependencies (list[ModelDependencyDetail] | None | Unset): Packages the inference code needs.
        model_metrics (ModelMetrics | None | str | Unset): Model metrics: the service sends a JSON-encoded ModelMetrics
            object as a string; an object is accepted too. Present when the source training job produced evaluation results.
        apis (list[ModelApi] | None | str | Unset): Inference APIs of the model: the service sends the array JSON-
            encoded as a string (the SDK reference types it String); a plain array of ModelApi is accepted too.
        model_algorithm (None | str | Unset): Model algorithm, for example predict_analysis, object_detection or
            image_classification.
        model_source (None | str | Unset): Model source. Documented values: auto (ExeML), algos (built-in algorithm),
            custom.
        tunable (bool | None | Unset): Whether the model can be tuned.
        market_flag (bool | None | Unset): Whether the model is subscribed from the marketplace.
        publishable_flag (bool | None | Unset): Whether the model can be published to the marketplace.
        model_docs (list[ModelDoc] | None | Unset): Documents describing the model.
        health (ModelHealth | None | Unset): Health check of the model's container.
        model_labels (list[str] | None | Unset): Model labels.
        labels_map (ModelLabelsMap | None | Unset): Model labels keyed by labels.
        workspace_id (str | Unset): Workspace id.
        install_type (list[str] | None | Unset): Service types the model can be deployed as, for example real-time,
            batch, edge.
        specification (ModelSpecification | None | Unset): Minimum resources to deploy the model.
        config (None | str | Unset): The model's final configuration (config.json content) as a JSON string.
        cmd (None | str | Unset): Start command of the model's image.
        error_msg (None | str | Unset): Why the import failed, when model_status is failed (not in the API reference's
            table; the local backend reports it, and the client shows it when it is there).
    """

    model_id: str
    model_name: str
    model_version: str
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_at: int | Unset = UNSET
    source_location: str | Unset = UNSET
    source_job_id: None | str | Unset = UNSET
    source_job_version: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    source_copy: None | str | Unset = UNSET
    model_type: str | Unset = UNSET
    model_size: int | Unset = UNSET
    model_status: str | Unset = UNSET
    runtime: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    execution_code: None | str | Unset = UNSET
    schema_doc: None | str | Unset = UNSET
    image_address: None | str | Unset = UNSET
    input_params: list[ModelParamDetail] | None | Unset = UNSET
    output_params: list[ModelParamDetail] | None | Unset = UNSET
    dependencies: list[ModelDependencyDetail] | None | Unset = UNSET
    model_metrics: ModelMetrics | None | str | Unset = UNSET
    apis: list[ModelApi] | None | str | Unset = UNSET
    model_algorithm: None | str | Unset = UNSET
    model_source: None | str | Unset = UNSET
    tunable: bool | None | Unset = UNSET
    market_flag: bool | None | Unset = UNSET
    publishable_flag: bool | None | Unset = UNSET
    model_docs: list[ModelDoc] | None | Unset = UNSET
    health: ModelHealth | None | Unset = UNSET
    model_labels: list[str] | None | Unset = UNSET
    labels_map: ModelLabelsMap | None | Unset = UNSET
    workspace_id: str | Unset = UNSET
    install_type: list[str] | None | Unset = UNSET
    specification: ModelSpecification | None | Unset = UNSET
    config: None | str | Unset = UNSET
    cmd: None | str | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        tenant = self.tenant

        project = self.project

        owner = self.owner

        create_at = self.create_at

        source_location = self.source_location

        source_job_id: None | str | Unset
        if isinstance(self.source_job_id, Unset):
            source_job_id = UNSET
        else:
            source_job_id = self.source_job_id

        source_job_version: None | str | Unset
        if isinstance(self.source_job_version, Unset):
            source_job_version = UNSET
        else:
            source_job_version = self.source_job_version

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        source_copy: None | str | Unset
        if isinstance(self.source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = self.source_copy

        model_type = self.model_type

        model_size = self.model_size

        model_status = self.model_status

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution_code: None | str | Unset
        if isinstance(self.execution_code, Unset):
            execution_code = UNSET
        else:
            execution_code = self.execution_code

        schema_doc: None | str | Unset
        if isinstance(self.schema_doc, Unset):
            schema_doc = UNSET
        else:
            schema_doc = self.schema_doc

        image_address: None | str | Unset
        if isinstance(self.image_address, Unset):
            image_address = UNSET
        else:
            image_address = self.image_address

        input_params: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_params, Unset):
            input_params = UNSET
        elif isinstance(self.input_params, list):
            input_params = []
            for input_params_type_0_item_data in self.input_params:
                input_params_type_0_item = input_params_type_0_item_data.to_dict()
                input_params.append(input_params_type_0_item)

        else:
            input_params = self.input_params

        output_params: list[dict[str, Any]] | None | Unset
        if isinstance(self.output_params, Unset):
            output_params = UNSET
        elif isinstance(self.output_params, list):
            output_params = []
            for output_params_type_0_item_data in self.output_params:
                output_params_type_0_item = output_params_type_0_item_data.to_dict()
                output_params.append(output_params_type_0_item)

        else:
            output_params = self.output_params

        dependencies: list[dict[str, Any]] | None | Unset
        if isinstance(self.dependencies, Unset):
            dependencies = UNSET
        elif isinstance(self.dependencies, list):
            dependencies = []
            for dependencies_type_0_item_data in self.dependencies:
                dependencies_type_0_item = dependencies_type_0_item_data.to_dict()
                dependencies.append(dependencies_type_0_item)

        else:
            dependencies = self.dependencies

        model_metrics: dict[str, Any] | None | str | Unset
        if isinstance(self.model_metrics, Unset):
            model_metrics = UNSET
        elif isinstance(self.model_metrics, ModelMetrics):
            model_metrics = self.model_metrics.to_dict()
        else:
            model_metrics = self.model_metrics

        apis: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.apis, Unset):
            apis = UNSET
        elif isinstance(self.apis, list):
            apis = []
            for apis_type_1_item_data in self.apis:
                apis_type_1_item = apis_type_1_item_data.to_dict()
                apis.append(apis_type_1_item)

        else:
            apis = self.apis

        model_algorithm: None | str | Unset
        if isinstance(self.model_algorithm, Unset):
            model_algorithm = UNSET
        else:
            model_algorithm = self.model_algorithm

        model_source: None | str | Unset
        if isinstance(self.model_source, Unset):
            model_source = UNSET
        else:
            model_source = self.model_source

        tunable: bool | None | Unset
        if isinstance(self.tunable, Unset):
            tunable = UNSET
        else:
            tunable = self.tunable

        market_flag: bool | None | Unset
        if isinstance(self.market_flag, Unset):
            market_flag = UNSET
        else:
            market_flag = self.market_flag

        publishable_flag: bool | None | Unset
        if isinstance(self.publishable_flag, Unset):
            publishable_flag = UNSET
        else:
            publishable_flag = self.publishable_flag

        model_docs: list[dict[str, Any]] | None | Unset
        if isinstance(self.model_docs, Unset):
            model_docs = UNSET
        elif isinstance(self.model_docs, list):
            model_docs = []
            for model_docs_type_0_item_data in self.model_docs:
                model_docs_type_0_item = model_docs_type_0_item_data.to_dict()
                model_docs.append(model_docs_type_0_item)

        else:
            model_docs = self.model_docs

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, ModelHealth):
            health = self.health.to_dict()
        else:
            health = self.health

        model_labels: list[str] | None | Unset
        if isinstance(self.model_labels, Unset):
            model_labels = UNSET
        elif isinstance(self.model_labels, list):
            model_labels = self.model_labels

        else:
            model_labels = self.model_labels

        labels_map: dict[str, Any] | None | Unset
        if isinstance(self.labels_map, Unset):
            labels_map = UNSET
        elif isinstance(self.labels_map, ModelLabelsMap):
            labels_map = self.labels_map.to_dict()
        else:
            labels_map = self.labels_map

        workspace_id = self.workspace_id

        install_type: list[str] | None | Unset
        if isinstance(self.install_type, Unset):
            install_type = UNSET
        elif isinstance(self.install_type, list):
            install_type = self.install_type

        else:
            install_type = self.install_type

        specification: dict[str, Any] | None | Unset
        if isinstance(self.specification, Unset):
            specification = UNSET
        elif isinstance(self.specification, ModelSpecification):
            specification = self.specification.to_dict()
        else:
            specification = self.specification

        config: None | str | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config

        cmd: None | str | Unset
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        else:
            cmd = self.cmd

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "model_name": model_name,
                "model_version": model_version,
            }
        )
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if source_location is not UNSET:
            field_dict["source_location"] = source_location
        if source_job_id is not UNSET:
            field_dict["source_job_id"] = source_job_id
        if source_job_version is not UNSET:
            field_dict["source_job_version"] = source_job_version
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if description is not UNSET:
            field_dict["description"] = description
        if execution_code is not UNSET:
            field_dict["execution_code"] = execution_code
        if schema_doc is not UNSET:
            field_dict["schema_doc"] = schema_doc
        if image_address is not UNSET:
            field_dict["image_address"] = image_address
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
        if model_algorithm is not UNSET:
            field_dict["model_algorithm"] = model_algorithm
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if model_docs is not UNSET:
            field_dict["model_docs"] = model_docs
        if health is not UNSET:
            field_dict["health"] = health
        if model_labels is not UNSET:
            field_dict["model_labels"] = model_labels
        if labels_map is not UNSET:
            field_dict["labels_map"] = labels_map
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if specification is not UNSET:
            field_dict["specification"] = specification
        if config is not UNSET:
            field_dict["config"] = config
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "model_id",
                "model_name",
                "model_version",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        model_name = d.pop("model_name")

        model_version = d.pop("model_version")

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        create_at = d.pop("create_at", UNSET)

        source_location = d.pop("source_location", UNSET)

        def _parse_source_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_job_id = _parse_source_job_id(d.pop("source_job_id", UNSET))

        def _parse_source_job_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_job_version = _parse_source_job_version(
            d.pop("source_job_version", UNSET)
        )

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_copy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_copy = _parse_source_copy(d.pop("source_copy", UNSET))

        model_type = d.pop("model_type", UNSET)

        model_size = d.pop("model_size", UNSET)

        model_status = d.pop("model_status", UNSET)

        def _parse_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime = _parse_runtime(d.pop("runtime", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_execution_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_code = _parse_execution_code(d.pop("execution_code", UNSET))

        def _parse_schema_doc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_doc = _parse_schema_doc(d.pop("schema_doc", UNSET))

        def _parse_image_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_address = _parse_image_address(d.pop("image_address", UNSET))

        def _parse_input_params(data: object) -> list[ModelParamDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_params_type_0 = []
                _input_params_type_0 = data
                for input_params_type_0_item_data in _input_params_type_0:
                    input_params_type_0_item = ModelParamDetail.from_dict(
                        input_params_type_0_item_data
                    )

                    input_params_type_0.append(input_params_type_0_item)

                return input_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelParamDetail] | None | Unset, data)

        input_params = _parse_input_params(d.pop("input_params", UNSET))

        def _parse_output_params(data: object) -> list[ModelParamDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_params_type_0 = []
                _output_params_type_0 = data
                for output_params_type_0_item_data in _output_params_type_0:
                    output_params_type_0_item = ModelParamDetail.from_dict(
                        output_params_type_0_item_data
                    )

                    output_params_type_0.append(output_params_type_0_item)

                return output_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelParamDetail] | None | Unset, data)

        output_params = _parse_output_params(d.pop("output_params", UNSET))

        def _parse_dependencies(
            data: object,
        ) -> list[ModelDependencyDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dependencies_type_0 = []
                _dependencies_type_0 = data
                for dependencies_type_0_item_data in _dependencies_type_0:
                    dependencies_type_0_item = ModelDependencyDetail.from_dict(
                        dependencies_type_0_item_data
                    )

                    dependencies_type_0.append(dependencies_type_0_item)

                return dependencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelDependencyDetail] | None | Unset, data)

        dependencies = _parse_dependencies(d.pop("dependencies", UNSET))

        def _parse_model_metrics(data: object) -> ModelMetrics | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_metrics_type_1 = ModelMetrics.from_dict(data)

                return model_metrics_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelMetrics | None | str | Unset, data)

        model_metrics = _parse_model_metrics(d.pop("model_metrics", UNSET))

        def _parse_apis(data: object) -> list[ModelApi] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apis_type_1 = []
                _apis_type_1 = data
                for apis_type_1_item_data in _apis_type_1:
                    apis_type_1_item = ModelApi.from_dict(apis_type_1_item_data)

                    apis_type_1.append(apis_type_1_item)

                return apis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelApi] | None | str | Unset, data)

        apis = _parse_apis(d.pop("apis", UNSET))

        def _parse_model_algorithm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_algorithm = _parse_model_algorithm(d.pop("model_algorithm", UNSET))

        def _parse_model_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_source = _parse_model_source(d.pop("model_source", UNSET))

        def _parse_tunable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tunable = _parse_tunable(d.pop("tunable", UNSET))

        def _parse_market_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        market_flag = _parse_market_flag(d.pop("market_flag", UNSET))

        def _parse_publishable_flag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publishable_flag = _parse_publishable_flag(d.pop("publishable_flag", UNSET))

        def _parse_model_docs(data: object) -> list[ModelDoc] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                model_docs_type_0 = []
                _model_docs_type_0 = data
                for model_docs_type_0_item_data in _model_docs_type_0:
                    model_docs_type_0_item = ModelDoc.from_dict(
                        model_docs_type_0_item_data
                    )

                    model_docs_type_0.append(model_docs_type_0_item)

                return model_docs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelDoc] | None | Unset, data)

        model_docs = _parse_model_docs(d.pop("model_docs", UNSET))

        def _parse_health(data: object) -> ModelHealth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_type_1 = ModelHealth.from_dict(data)

                return health_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelHealth | None | Unset, data)

        health = _parse_health(d.pop("health", UNSET))

        def _parse_model_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                model_labels_type_0 = cast(list[str], data)

                return model_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        model_labels = _parse_model_labels(d.pop("model_labels", UNSET))

        def _parse_labels_map(data: object) -> ModelLabelsMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_map_type_1 = ModelLabelsMap.from_dict(data)

                return labels_map_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLabelsMap | None | Unset, data)

        labels_map = _parse_labels_map(d.pop("labels_map", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_install_type(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                install_type_type_0 = cast(list[str], data)

                return install_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        install_type = _parse_install_type(d.pop("install_type", UNSET))

        def _parse_specification(data: object) -> ModelSpecification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specification_type_1 = ModelSpecification.from_dict(data)

                return specification_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelSpecification | None | Unset, data)

        specification = _parse_specification(d.pop("specification", UNSET))

        def _parse_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_cmd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cmd = _parse_cmd(d.pop("cmd", UNSET))

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        type(self).__init__(
            self,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            tenant=tenant,
            project=project,
            owner=owner,
            create_at=create_at,
            source_location=source_location,
            source_job_id=source_job_id,
            source_job_version=source_job_version,
            source_type=source_type,
            source_copy=source_copy,
            model_type=model_type,
            model_size=model_size,
            model_status=model_status,
            runtime=runtime,
            description=description,
            execution_code=execution_code,
            schema_doc=schema_doc,
            image_address=image_address,
            input_params=input_params,
            output_params=output_params,
            dependencies=dependencies,
            model_metrics=model_metrics,
            apis=apis,
            model_algorithm=model_algorithm,
            model_source=model_source,
            tunable=tunable,
            market_flag=market_flag,
            publishable_flag=publishable_flag,
            model_docs=model_docs,
            health=health,
            model_labels=model_labels,
            labels_map=labels_map,
            workspace_id=workspace_id,
            install_type=install_type,
            specification=specification,
            config=config,
            cmd=cmd,
            error_msg=error_msg,
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

    global ModelDependencyDetail
    from ..models.model_dependency_detail import ModelDependencyDetail

    global ModelDoc
    from ..models.model_doc import ModelDoc

    global ModelHealth
    from ..models.model_health import ModelHealth

    global ModelLabelsMap
    from ..models.model_labels_map import ModelLabelsMap

    global ModelMetrics
    from ..models.model_metrics import ModelMetrics

    global ModelParamDetail
    from ..models.model_param_detail import ModelParamDetail

    global ModelSpecification
    from ..models.model_specification import ModelSpecification

    _references_pending = False

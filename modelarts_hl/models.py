"""The model registry: ``Model`` and the classes of its creation parameters (``Params``, ``Dependencies``,
``Packages``).

Usage as documented by the official SDK::

    from modelarts_hl.model import Model
    from modelarts_hl.config.model_config import Params, Dependencies, Packages

    model = Model(session, model_id="...")                     # an existing model
    model = Model(session, model_name="digits", model_version="1.0.0",
                  source_location="/bucket/digits/", model_type="PyTorch")   # imports and waits
    model = Model(session, model_version="1.0.0", source_location_type="LOCAL_SOURCE",
                  source_location="/home/ma-user/work/digits/", model_type="PyTorch")
    Model.get_model_list(session, model_status="published", order="desc")
    model.deploy_predictor(service_name="digits", configs=[...])

``source_location`` is the OBS folder *holding* ``model/`` (the model files, ``config.json`` and
``customize_service.py``). With ``LOCAL_SOURCE`` the local folder is uploaded first, to the session's default
bucket ``modelarts-hl-<project id prefix>`` (created when missing), as SageMaker does with its default bucket.
Creating a model waits until it is ``published`` and raises :class:`ModelPublishError` with the reason when
it fails.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from modelarts_client.api.models import create_model, delete_model, list_models, show_model
from modelarts_client.models import (
    CreateModelRequest,
    CreateModelResponse,
    DeleteModelResponse,
    ListModelsOrder,
    ListModelsResponse,
    ListModelsSortBy,
    ModelApi,
    ModelDependency,
    ModelDetail,
    ModelPackage,
    ModelParam,
    ModelType,
)
from modelarts_client.types import UNSET, Unset

from .checks import (
    check_flag,
    check_length,
    check_session,
    check_text,
    check_timeout,
    optional_text,
)
from .errors import InvalidArgumentError, ModelArtsError
from .fields import or_unset
from .model_checks import (
    ORDERS,
    check_choice,
    check_description,
    check_name,
    check_objects,
    check_version,
    obs_location,
    paging_query,
    text_query,
)
from .polling import Backoff, wait_until
from .results import Result
from .services import DEFAULT_DEPLOY_TIMEOUT, Predictor, Transformer, deploy
from .transport import expect

if TYPE_CHECKING:
    from .session import Session

__all__ = [
    "Dependencies",
    "Model",
    "ModelDeletionError",
    "ModelPublishError",
    "Packages",
    "Params",
    "default_bucket",
]

log = logging.getLogger("modelarts_hl.models")

MODEL_TYPES = tuple(member.value for member in ModelType)
PARAM_TYPES = (
    "string",
    "object",
    "array",
    "boolean",
    "number",
    "integer",
    "int",
    "float",
    "timestamp",
    "date",
    "file",
)
RESTRAINTS = ("EXACT", "ATLEAST", "ATMOST")
MODEL_STATUSES = ("publishing", "published", "failed", "building", "building_failed")
SOURCE_LOCATION_TYPES = ("OBS_SOURCE", "LOCAL_SOURCE")
DEFAULT_PUBLISH_TIMEOUT = 600.0
POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)
_FAILED = ("failed", "building_failed")
_PACKAGE_FILES = ("config.json", "customize_service.py")


class ModelPublishError(ModelArtsError):
    """The model ended ``failed``; ``error_msg`` is the registry's reason."""

    def __init__(self, model_id: str, status: str, error_msg: str) -> None:
        super().__init__(f"model {model_id} is {status}: {error_msg or 'no reason given'}")
        self.model_id = model_id
        self.status = status
        self.error_msg = error_msg


class ModelDeletionError(ModelArtsError):
    """The registry kept the model (for example ModelArts.3009: a service still uses it)."""

    def __init__(self, model_id: str, error_code: str | None, error_msg: str) -> None:
        super().__init__(f"model {model_id} was not deleted: {error_code or ''} {error_msg}".strip())
        self.model_id = model_id
        self.error_code = error_code
        self.error_msg = error_msg


# -- creation parameters -----------------------------------------------------------------------------------


def _bound(argument: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidArgumentError(argument, "a number", got=value)
    try:
        return float(value)
    except ValueError:
        raise InvalidArgumentError(argument, "a number", got=value) from None


@dataclass
class Params:
    """An input or output parameter of the model's inference API (Table 7-3)."""

    url: str | None = None
    param_name: str | None = None
    param_type: str | None = None
    min: float | str | None = None
    max: float | str | None = None
    param_desc: str | None = None

    def __post_init__(self) -> None:
        self.url = check_text("url", self.url)
        self.param_name = check_text("param_name", self.param_name)
        if len(self.param_name) > 64:
            raise InvalidArgumentError("param_name", "at most 64 characters", got=self.param_name)
        self.param_type = check_choice("param_type", self.param_type, PARAM_TYPES)
        self.min = _bound("min", self.min)
        self.max = _bound("max", self.max)
        if self.param_desc is not None:
            self.param_desc = check_length("param_desc", self.param_desc, 100)

    def to_request(self) -> ModelParam:
        return ModelParam(
            url=str(self.url),
            param_name=str(self.param_name),
            param_type=str(self.param_type),
            min_=UNSET if self.min is None else float(self.min),
            max_=UNSET if self.max is None else float(self.max),
            param_desc=or_unset(self.param_desc),
        )


@dataclass
class Packages:
    """A package the model needs (Table 7-5); ``restraint`` (EXACT, ATLEAST, ATMOST) goes with a version."""

    package_name: str | None = None
    package_version: str | None = None
    restraint: str | None = None

    def __post_init__(self) -> None:
        self.package_name = check_text("package_name", self.package_name)
        self.package_version = optional_text("package_version", self.package_version)
        if self.restraint is not None:
            self.restraint = check_choice("restraint", self.restraint, RESTRAINTS)
        if self.package_version is not None and self.restraint is None:
            raise InvalidArgumentError(
                "restraint", "EXACT, ATLEAST or ATMOST whenever package_version is given"
            )

    def to_request(self) -> ModelPackage:
        return ModelPackage(
            package_name=str(self.package_name),
            package_version=or_unset(self.package_version),
            restraint=or_unset(self.restraint),
        )


@dataclass
class Dependencies:
    """Packages to install before the inference code runs (Table 7-4); ``installer`` is ``pip``."""

    installer: str = "pip"
    packages: Sequence[Packages] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.installer = check_choice("installer", self.installer, ("pip",))
        self.packages = check_objects("packages", self.packages, Packages)

    def to_request(self) -> ModelDependency:
        return ModelDependency(installer=self.installer, packages=[p.to_request() for p in self.packages])


def _apis(value: object) -> list[ModelApi] | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise InvalidArgumentError(
                "apis", "a JSON array of API objects (as in config.json)", got=value
            ) from None
    if not isinstance(value, list) or not all(isinstance(api, Mapping) for api in value):
        raise InvalidArgumentError("apis", "a list of API objects (as in config.json)", got=value)
    return [ModelApi.from_dict(dict(api)) for api in value]


def _runtime(environment: object, runtime: object) -> str | None:
    if environment is not None and runtime is not None:
        raise InvalidArgumentError("runtime", "None when environment is given (they set the same thing)")
    value = runtime if runtime is not None else environment
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("runtime")
    elif not isinstance(value, str):
        value = getattr(value, "runtime", value)
    return check_text("environment", value)


def default_bucket(session: Session) -> str:
    """The bucket that LOCAL_SOURCE uploads go to: ``modelarts-hl-`` and the start of the project id."""
    prefix = re.sub(r"[^a-z0-9-]", "-", session.project_id[:8].lower()).strip("-") or "default"
    return f"modelarts-hl-{prefix}"


def _local_folder(value: object) -> Path:
    if not isinstance(value, str | os.PathLike) or not os.path.isdir(value):
        raise InvalidArgumentError("source_location", "an existing local folder with LOCAL_SOURCE", got=value)
    return Path(os.path.abspath(value))


def _upload_local(session: Session, root: Path) -> str:
    """Uploads a local model folder (the parent of ``model/``, or ``model/`` itself); returns its OBS path."""
    bucket = default_bucket(session)
    obs = session.obs
    if not obs.bucket_exists(bucket):
        log.info("creating the default bucket %s", bucket)
        obs.create_bucket(bucket)
    prefix = f"local-models/{uuid.uuid4().hex[:12]}/"
    if (root / "model").is_dir() or not any((root / name).is_file() for name in _PACKAGE_FILES):
        obs.upload_dir(str(root), f"obs://{bucket}/{prefix}")
        return f"/{bucket}/{prefix}{root.name}/"
    # The folder is the package itself: it becomes model/ under the upload prefix.
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.parent.relative_to(root).as_posix()
        destination = f"obs://{bucket}/{prefix}model/" + ("" if relative == "." else f"{relative}/")
        obs.upload_file(str(path), destination)
    return f"/{bucket}/{prefix}"


# -- the model ---------------------------------------------------------------------------------------------

_SORTS = ("create_at", "model_version", "model_size")


class Model:
    """A model of the registry: ``Model(session, model_id=...)`` or, with creation parameters, a new one.

    Creation imports the model (``POST /v1/{project_id}/models``) and, with ``publish`` (default), waits up
    to ``timeout`` seconds until it is published.
    """

    def __init__(
        self,
        session: Session,
        model_id: str | None = None,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        publish: bool = True,
        source_location_type: str = "OBS_SOURCE",
        source_location: str | None = None,
        environment: Any = None,
        source_job_id: str | None = None,
        source_job_version: str | None = None,
        source_type: str | None = None,
        model_type: str | None = None,
        model_algorithm: str | None = None,
        description: str | None = None,
        execution_code: str | None = None,
        input_params: Sequence[Params] | None = None,
        output_params: Sequence[Params] | None = None,
        dependencies: Sequence[Dependencies] | None = None,
        apis: str | Sequence[Mapping[str, Any]] | None = None,
        runtime: str | None = None,
        timeout: float | None = DEFAULT_PUBLISH_TIMEOUT,
    ) -> None:
        check_session(session)
        self.session = session
        creation = {
            "model_name": model_name,
            "model_version": model_version,
            "source_location": source_location,
            "environment": environment,
            "source_job_id": source_job_id,
            "source_job_version": source_job_version,
            "source_type": source_type,
            "model_type": model_type,
            "model_algorithm": model_algorithm,
            "description": description,
            "execution_code": execution_code,
            "input_params": input_params,
            "output_params": output_params,
            "dependencies": dependencies,
            "apis": apis,
            "runtime": runtime,
        }
        given = [name for name, value in creation.items() if value is not None]
        if model_id is not None:
            if given:
                raise InvalidArgumentError(
                    given[0], "None together with model_id (an existing model is not created)"
                )
            self.model_id = check_text("model_id", model_id)
            return
        publish = check_flag("publish", publish)
        timeout = check_timeout("timeout", timeout)
        location_type = check_choice("source_location_type", source_location_type, SOURCE_LOCATION_TYPES)
        body = _create_request(location_type=location_type, **creation)
        if location_type == "LOCAL_SOURCE":
            body.source_location = _upload_local(session, _local_folder(source_location))
        created = expect(session.call(create_model, body=body), CreateModelResponse, "createModel")
        self.model_id = created.model_id
        log.info("model %s %s imported as %s", body.model_name, body.model_version, self.model_id)
        if publish:
            self.wait_for_publishing(timeout=timeout)

    def __repr__(self) -> str:
        return f"Model(model_id={self.model_id!r})"

    # -- lists ----------------------------------------------------------------------------------------------

    @classmethod
    def get_model_list(
        cls,
        session: Session,
        model_name: str | None = None,
        model_version: str | None = None,
        model_status: str | None = None,
        description: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        workspace_id: str | None = None,
    ) -> Result[ListModelsResponse]:
        """The models that match (``GET /v1/{project_id}/models``); Tables 7-7 to 7-9."""
        check_session(session)
        query = text_query(model_name=model_name, description=description, workspace_id=workspace_id)
        if model_version is not None:
            query["model_version"] = check_version("model_version", model_version)
        if model_status is not None:
            query["model_status"] = check_choice("model_status", model_status, MODEL_STATUSES)
        query.update(paging_query(offset, limit))
        if sort_by is not None:
            query["sort_by"] = ListModelsSortBy(check_choice("sort_by", sort_by, _SORTS))
        if order is not None:
            query["order"] = ListModelsOrder(check_choice("order", order, ORDERS))
        return Result(expect(session.call(list_models, **query), ListModelsResponse, "listModels"))

    @classmethod
    def get_model_object_list(
        cls,
        session: Session,
        model_name: str | None = None,
        model_version: str | None = None,
        model_status: str | None = None,
        description: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        workspace_id: str | None = None,
    ) -> list[Model]:
        """The matching models as :class:`Model` objects (Tables 7-10 to 7-12)."""
        listing = cls.get_model_list(
            session,
            model_name,
            model_version,
            model_status,
            description,
            offset,
            limit,
            sort_by,
            order,
            workspace_id,
        )
        return [cls(session, model_id=summary["model_id"]) for summary in listing["models"]]

    # -- one model ------------------------------------------------------------------------------------------

    def get_model_info(self) -> Result[ModelDetail]:
        """Details of the model (``GET /v1/{project_id}/models/{model_id}``); Tables 7-13 to 7-17."""
        return Result(expect(self.session.call(show_model, model_id=self.model_id), ModelDetail, "showModel"))

    def delete_model(self) -> Result[DeleteModelResponse]:
        """Deletes the model; :class:`ModelDeletionError` when the registry keeps it (a service uses it)."""
        result = expect(
            self.session.call(delete_model, model_id=self.model_id), DeleteModelResponse, "deleteModel"
        )
        failures = [] if isinstance(result.delete_failed_list, Unset) else result.delete_failed_list or []
        for failure in failures:
            if failure.model_id == self.model_id:
                code = None if isinstance(failure.error_code, Unset) else failure.error_code
                message = failure.error_msg if isinstance(failure.error_msg, str) else ""
                if not message and isinstance(failure.error_message, str):
                    message = failure.error_message
                raise ModelDeletionError(self.model_id, code, message)
        log.info("model %s deleted", self.model_id)
        return Result(result)

    def wait_for_publishing(self, timeout: float | None = DEFAULT_PUBLISH_TIMEOUT) -> Result[ModelDetail]:
        """Waits until the model is published; :class:`ModelPublishError` when it fails."""
        timeout = check_timeout("timeout", timeout)

        def done(info: Result[ModelDetail]) -> bool:
            status = str(info.model_status)
            if status in _FAILED:
                raise ModelPublishError(self.model_id, status, str(info.get("error_msg") or ""))
            return status == "published"

        return wait_until(
            self.get_model_info,
            done,
            what=f"publishing of model {self.model_id}",
            timeout=timeout,
            backoff=POLL,
        )

    # -- deployment -----------------------------------------------------------------------------------------

    def deploy_predictor(
        self,
        service_name: str | None = None,
        infer_type: str = "real-time",
        vpc_id: str | None = None,
        subnet_network_id: str | None = None,
        security_group_id: str | None = None,
        configs: Sequence[Any] | None = None,
        description: str | None = None,
        schedule: Any = None,
        cluster_id: str | None = None,
        *,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
    ) -> Predictor:
        """Deploys a real-time service (Tables 8-2, 8-3, 8-6) and waits until it runs."""
        check_choice("infer_type", infer_type, ("real-time",))
        return deploy(
            self.session,
            infer_type="real-time",
            configs=_required_configs(configs),
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
            wait=wait,
            timeout=timeout,
        )

    def deploy_transformer(
        self,
        service_name: str | None = None,
        infer_type: str = "batch",
        vpc_id: str | None = None,
        subnet_network_id: str | None = None,
        security_group_id: str | None = None,
        configs: Sequence[Any] | None = None,
        description: str | None = None,
        schedule: Any = None,
        cluster_id: str | None = None,
        *,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
    ) -> Transformer:
        """Deploys a batch service (Tables 8-2, 8-4) and waits until it has processed its inputs.

        ``schedule`` is refused: only real-time services take one (Table 8-2).
        """
        check_choice("infer_type", infer_type, ("batch",))
        service = deploy(
            self.session,
            infer_type="batch",
            configs=_required_configs(configs),
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
            wait=wait,
            timeout=timeout,
        )
        assert isinstance(service, Transformer)
        return service


def _required_configs(configs: object) -> Any:
    if configs is None:
        raise InvalidArgumentError("configs", "the model configurations of the service (a list)")
    return configs


def _create_request(
    *,
    location_type: str,
    model_name: str | None,
    model_version: str | None,
    source_location: str | None,
    environment: Any,
    source_job_id: str | None,
    source_job_version: str | None,
    source_type: str | None,
    model_type: str | None,
    model_algorithm: str | None,
    description: str | None,
    execution_code: str | None,
    input_params: object,
    output_params: object,
    dependencies: object,
    apis: object,
    runtime: str | None,
) -> CreateModelRequest:
    """Checks every creation parameter (before anything is uploaded or sent) and builds the request."""
    name = check_name("model_name", model_name) if model_name is not None else f"model-{uuid.uuid4().hex[:8]}"
    version = check_version("model_version", model_version)
    if location_type == "OBS_SOURCE":
        location = obs_location("source_location", source_location, folder=True)
    else:
        _local_folder(source_location)
        location = "/pending/"
    if model_type is None:
        raise InvalidArgumentError("model_type", "one of " + ", ".join(MODEL_TYPES))
    kind = ModelType(check_choice("model_type", model_type, MODEL_TYPES))
    params = {
        name_: [p.to_request() for p in check_objects(name_, value, Params)]
        for name_, value in (("input_params", input_params), ("output_params", output_params))
        if value is not None
    }
    code = (
        obs_location("execution_code", execution_code, folder=False) if execution_code is not None else None
    )
    if code is not None and not code.endswith("/customize_service.py"):
        raise InvalidArgumentError(
            "execution_code", "the OBS path of a customize_service.py file", got=execution_code
        )
    texts = {
        argument: optional_text(argument, value)
        for argument, value in (
            ("source_job_id", source_job_id),
            ("source_job_version", source_job_version),
            ("source_type", source_type),
            ("model_algorithm", model_algorithm),
        )
    }
    runtime_name = _runtime(environment, runtime)
    return CreateModelRequest(
        model_name=name,
        model_version=version,
        source_location=location,
        model_type=kind,
        source_job_id=or_unset(texts["source_job_id"]),
        source_job_version=or_unset(texts["source_job_version"]),
        source_type=or_unset(texts["source_type"]),
        model_algorithm=or_unset(texts["model_algorithm"]),
        runtime=or_unset(runtime_name),
        description=or_unset(check_description("description", description)),
        execution_code=or_unset(code),
        input_params=params.get("input_params", UNSET),
        output_params=params.get("output_params", UNSET),
        dependencies=UNSET
        if dependencies is None
        else [d.to_request() for d in check_objects("dependencies", dependencies, Dependencies)],
        apis=_apis(apis),
    )

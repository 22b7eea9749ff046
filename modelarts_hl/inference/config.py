"""Running configurations of services: ``ServiceConfig``, ``TransformerConfig`` (batch) and ``Schedule``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.types import UNSET, Unset
from modelarts_hl._core.checks import (
    check_member,
    check_text,
    optional_text,
)
from modelarts_hl._core.rules import field_rule
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .validation import (
    check_envs,
    check_mapping,
    check_objects,
    obs_location,
)

if TYPE_CHECKING:
    from modelarts_client.models import ServiceConfig as GeneratedServiceConfig
    from modelarts_client.models import ServiceSchedule

__all__ = [
    "INFER_TYPES",
    "Schedule",
    "ServiceConfig",
    "TransformerConfig",
    "config_requests",
    "infer_type_of",
    "schedule_requests",
]

INFER_TYPES = tuple(member.value for member in models.ServiceInferType)
_WEIGHT = field_rule("ServiceConfig", "weight")
_INSTANCE_COUNT = field_rule("ServiceConfig", "instance_count")
_DURATION = field_rule("ServiceSchedule", "duration")


@dataclass
class ServiceConfig:
    """Running configuration of one model of a real-time service (Table 8-3).

    ``weight`` is the model's share of the traffic in percent (the weights of a service sum to 100);
    ``instance_count`` is 1 to 5 (ranges of the spec's ServiceConfig). ``weight="70"`` as in the SDK's samples
    is accepted.
    """

    model_id: str | None = None
    weight: int | str | None = None
    specification: str | None = None
    instance_count: int | str | None = None
    envs: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        self.model_id = check_text("model_id", self.model_id)
        self.specification = check_text("specification", self.specification)
        self.instance_count = _INSTANCE_COUNT.integer("instance_count", self.instance_count, digits=True)
        if self.weight is not None:
            self.weight = _WEIGHT.integer("weight", self.weight, digits=True)
        self.envs = check_envs("envs", self.envs)

    def to_request(self, where: str) -> GeneratedServiceConfig:
        if self.weight is None:
            raise InvalidArgumentError(f"{where}.weight", f"{_WEIGHT.expected} (the weights sum to 100)")
        config = models.ServiceConfig(
            model_id=str(self.model_id),
            specification=str(self.specification),
            instance_count=int(self.instance_count or 1),
            weight=int(self.weight),
        )
        return _with_envs(config, self.envs)


@dataclass
class TransformerConfig:
    """Running configuration of the model of a batch service (Table 8-4).

    ``src_path`` and ``dest_path`` are OBS folders (``/bucket/path/``); ``req_uri`` the model API each input
    is sent to (``/`` for the built-in runtimes); ``mapping_type`` ``file`` (one request per file) or ``csv``
    (one request per CSV row, placed by ``mapping_rule``).
    """

    model_id: str | None = None
    specification: str | None = None
    instance_count: int | str | None = None
    src_path: str | None = None
    dest_path: str | None = None
    req_uri: str | None = None
    mapping_type: str | None = None
    mapping_rule: Mapping[str, Any] | None = None
    envs: Mapping[str, str] | None = None
    src_type: str | None = None

    def __post_init__(self) -> None:
        self.model_id = check_text("model_id", self.model_id)
        self.specification = check_text("specification", self.specification)
        self.instance_count = _INSTANCE_COUNT.integer("instance_count", self.instance_count, digits=True)
        self.src_path = obs_location("src_path", self.src_path, folder=True)
        self.dest_path = obs_location("dest_path", self.dest_path, folder=True)
        self.req_uri = check_text("req_uri", self.req_uri)
        if not self.req_uri.startswith("/"):
            raise InvalidArgumentError(
                "req_uri", "an API path starting with '/', such as /", got=self.req_uri
            )
        self.mapping_type = check_member(
            "mapping_type", self.mapping_type, models.ServiceConfigMappingType
        ).value
        if self.mapping_type == "csv" and self.mapping_rule is None:
            raise InvalidArgumentError("mapping_rule", "the CSV mapping rule (needed with mapping_type csv)")
        if self.mapping_rule is not None:
            self.mapping_rule = check_mapping("mapping_rule", self.mapping_rule)
        self.envs = check_envs("envs", self.envs)
        self.src_type = optional_text("src_type", self.src_type)

    def to_request(self, where: str) -> GeneratedServiceConfig:
        config = models.ServiceConfig.from_dict(
            {
                "model_id": self.model_id,
                "specification": self.specification,
                "instance_count": self.instance_count,
                "src_path": self.src_path,
                "dest_path": self.dest_path,
                "req_uri": self.req_uri,
                "mapping_type": self.mapping_type,
                **({"mapping_rule": self.mapping_rule} if self.mapping_rule is not None else {}),
                **({"src_type": self.src_type} if self.src_type is not None else {}),
            }
        )
        return _with_envs(config, self.envs)


def _with_envs(config: GeneratedServiceConfig, envs: Mapping[str, str] | None) -> GeneratedServiceConfig:
    if envs is not None:
        config.envs = models.ServiceEnvs.from_dict(dict(envs))
    return config


@dataclass
class Schedule:
    """Scheduled action of a real-time service (Table 8-6): stop it after ``duration`` ``time_unit``."""

    op_type: str = "stop"
    time_unit: str | None = None
    duration: int | str | None = None

    def __post_init__(self) -> None:
        self.op_type = check_member("op_type", self.op_type, models.ServiceScheduleType).value
        self.time_unit = check_member("time_unit", self.time_unit, models.ServiceScheduleTimeUnit).value
        self.duration = _DURATION.integer("duration", self.duration, digits=True)

    def to_request(self) -> ServiceSchedule:
        return models.ServiceSchedule(
            type_=models.ServiceScheduleType(self.op_type),
            time_unit=models.ServiceScheduleTimeUnit(str(self.time_unit)),
            duration=int(self.duration or 1),
        )


AnyConfig = ServiceConfig | TransformerConfig


def _config_objects(configs: object, kind: type[AnyConfig]) -> list[AnyConfig]:
    objects: list[AnyConfig] = list(check_objects("configs", configs, kind))
    if not objects:
        raise InvalidArgumentError("configs", f"a non-empty list of {kind.__name__}", got=configs)
    return objects


def config_requests(configs: object, infer_type: str) -> list[GeneratedServiceConfig]:
    """Checks ``configs`` for a service of ``infer_type`` and turns them into request objects."""
    batch = infer_type == "batch"
    objects = _config_objects(configs, TransformerConfig if batch else ServiceConfig)
    if batch and len(objects) != 1:
        raise InvalidArgumentError(
            "configs", "exactly one TransformerConfig for a batch service", got=configs
        )
    requests = [config.to_request(f"configs[{index}]") for index, config in enumerate(objects)]
    if batch:
        return requests
    total = sum(int(request.weight) for request in requests if not isinstance(request.weight, Unset))
    if total != 100:
        raise InvalidArgumentError("configs", f"weights that sum to 100 (they sum to {total})")
    model_ids = [request.model_id for request in requests]
    if len(set(model_ids)) != len(model_ids):
        raise InvalidArgumentError("configs", "each model (version) at most once", got=model_ids)
    return requests


def schedule_requests(schedule: object) -> list[ServiceSchedule] | Unset:
    if schedule is None:
        return UNSET
    return [item.to_request() for item in check_objects("schedule", schedule, Schedule)]


def infer_type_of(configs: object) -> str:
    items = configs if isinstance(configs, Sequence) and not isinstance(configs, str) else [configs]
    return "batch" if any(isinstance(item, TransformerConfig) for item in items) else "real-time"

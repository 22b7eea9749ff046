"""The validated settings of an Estimator and of one ``fit`` call."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs.paths import ObsPath

from . import validation as check
from .params import InputData, OutputData, TrainingFiles
from .paths import obs_folder

__all__ = ["DATASET_CHANNEL", "FitConfig", "JobConfig", "default_job_name"]

# The input channel a dataset is delivered through, as the official SDK names it.
DATASET_CHANNEL = "data_url"
# What the job name's pattern refuses, replaced in the base name (a test holds the two together).
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
# Room for the base name before "-YYYYMMDD-HHMMSS-xxxxxxxx" within the longest job name.
_BASE_NAME_LENGTH = check.JOB_NAME.longest - len("-YYYYMMDD-HHMMSS-xxxxxxxx")


def default_job_name(base: str | None = None) -> str:
    """``<base>-<UTC timestamp>-<8 random hex digits>``: valid, and unique even for jobs started together."""
    cleaned = _NAME_UNSAFE.sub("-", base or "").strip("-_")[:_BASE_NAME_LENGTH] or "job"
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    return f"{cleaned}-{stamp}-{secrets.token_hex(4)}"


@dataclass(frozen=True)
class JobConfig:
    """Everything ``Estimator(...)`` takes to create jobs, checked."""

    training_files: TrainingFiles | None
    outputs: list[OutputData]
    parameters: list[tuple[str, str]]
    train_instance_type: str
    train_instance_count: int
    framework_type: str | None
    framework_version: str | None
    user_image_url: str | None
    user_command: str | None
    log_url: ObsPath | None
    job_description: str | None
    volumes: list[check.NfsMount]
    env_variables: dict[str, str]
    pool_id: str | None
    # Hours of running after which the job is stopped (spec.auto_stop); None: it runs until it ends.
    auto_stop: int | None = None

    @classmethod
    def build(
        cls,
        *,
        training_files: Any,
        outputs: Any,
        parameters: Any,
        train_instance_type: Any,
        train_instance_count: Any,
        framework_type: Any,
        framework_version: Any,
        user_image_url: Any,
        user_command: Any,
        log_url: Any,
        job_description: Any,
        volumes: Any,
        env_variables: Any,
        pool_id: Any,
        auto_stop: Any = None,
    ) -> JobConfig:
        if training_files is not None and not isinstance(training_files, TrainingFiles):
            raise InvalidArgumentError(
                "training_files", "a TrainingFiles(code_dir=..., boot_file=...)", got=training_files
            )
        framework_type = check.optional_text("framework_type", framework_type)
        framework_version = check.optional_text("framework_version", framework_version)
        user_image_url = check.optional_text("user_image_url", user_image_url)
        user_command = check.optional_text("user_command", user_command)
        _check_engine_choice(framework_type, framework_version, user_image_url, user_command)
        if framework_type is not None and training_files is None:
            raise InvalidArgumentError(
                "training_files", "the code (TrainingFiles) of a job that uses a preset engine", got=None
            )
        output_list = check.typed_list("outputs", outputs, OutputData, "OutputData(obs_path=..., name=...)")
        _unique_names("outputs", [output.name for output in output_list])
        return cls(
            training_files=training_files,
            outputs=output_list,
            parameters=check.parameters(parameters),
            train_instance_type=check.text("train_instance_type", train_instance_type),
            train_instance_count=check.count_at_least_one("train_instance_count", train_instance_count),
            framework_type=framework_type,
            framework_version=framework_version,
            user_image_url=user_image_url,
            user_command=user_command,
            log_url=None if log_url is None else obs_folder(log_url, "log_url"),
            job_description=None if job_description is None else check.job_description(job_description),
            volumes=check.nfs_volumes(volumes),
            env_variables=check.environment(env_variables),
            pool_id=check.optional_text("pool_id", pool_id),
            auto_stop=None if auto_stop is None else check.auto_stop_hours(auto_stop),
        )


def _check_engine_choice(
    framework_type: str | None,
    framework_version: str | None,
    user_image_url: str | None,
    user_command: str | None,
) -> None:
    preset = framework_type is not None or framework_version is not None
    custom = user_image_url is not None or user_command is not None
    if preset and custom:
        raise InvalidArgumentError(
            "framework_type",
            "either framework_type + framework_version (a preset engine) or user_image_url + user_command "
            "(a custom image), not both",
        )
    if not preset and not custom:
        raise InvalidArgumentError(
            "framework_type",
            "framework_type + framework_version (a preset engine) or user_image_url + user_command "
            "(a custom image)",
            got=None,
        )
    pairs = (
        ("framework_type", framework_type, "framework_version", framework_version),
        ("user_image_url", user_image_url, "user_command", user_command),
    )
    for first, first_value, second, second_value in pairs:
        if (first_value is None) != (second_value is None):
            missing = first if first_value is None else second
            present = second if first_value is None else first
            raise InvalidArgumentError(missing, f"a value together with {present}", got=None)


def _unique_names(argument: str, names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InvalidArgumentError(
                argument, "channel and parameter names that are all different", got=name
            )
        seen.add(name)


@dataclass(frozen=True)
class FitConfig:
    """The arguments of one ``fit`` call, checked against each other and against the Estimator's."""

    inputs: list[InputData]
    dataset_id: str | None
    dataset_version_id: str | None
    job_name: str

    @classmethod
    def build(
        cls,
        job: JobConfig,
        *,
        inputs: Any,
        job_name: Any,
        dataset_id: Any,
        dataset_version_id: Any,
    ) -> FitConfig:
        input_list = check.typed_list("inputs", inputs, InputData, "InputData(obs_path=..., name=...)")
        dataset_id = check.optional_text("dataset_id", dataset_id)
        dataset_version_id = check.optional_text("dataset_version_id", dataset_version_id)
        if input_list and (dataset_id is not None or dataset_version_id is not None):
            raise InvalidArgumentError("inputs", "either inputs or dataset_id + dataset_version_id, not both")
        if (dataset_id is None) != (dataset_version_id is None):
            missing = "dataset_id" if dataset_id is None else "dataset_version_id"
            other = "dataset_version_id" if dataset_id is None else "dataset_id"
            raise InvalidArgumentError(missing, f"a value together with {other}", got=None)
        input_names = [item.name for item in input_list] or ([DATASET_CHANNEL] if dataset_id else [])
        _unique_names(
            "inputs",
            input_names + [output.name for output in job.outputs] + [name for name, _ in job.parameters],
        )
        name = default_job_name(_base_name(job)) if job_name is None else check.job_name(job_name)
        return cls(input_list, dataset_id, dataset_version_id, name)


def _base_name(job: JobConfig) -> str:
    if job.training_files is not None:
        return job.training_files.boot_file.rstrip("/").rsplit("/", 1)[-1].removesuffix(".py")
    return (job.user_image_url or "").rsplit("/", 1)[-1].split(":", 1)[0]

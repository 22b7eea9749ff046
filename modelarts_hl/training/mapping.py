"""SDK arguments -> request models of the v2 training API.

================================================  ===========================================================
SDK                                               REST (createTrainingJob body)
================================================  ===========================================================
job_name, job_description                         metadata.name, metadata.description
training_files.code_dir (``obs://b/code/``)       algorithm.code_dir (``/b/code/``)
training_files.boot_file (``train.py``)           algorithm.boot_file (``/b/code/train.py``)
framework_type, framework_version                 algorithm.engine.engine_name, engine_version
user_image_url, user_command                      algorithm.engine.image_url, algorithm.command
parameters                                        algorithm.parameters (values as strings)
inputs                                            algorithm.inputs[].remote.obs.obs_url
dataset_id + dataset_version_id                   algorithm.inputs[data_url].remote.dataset.id, version_id
outputs                                           algorithm.outputs[].remote.obs.obs_url
env_variables                                     algorithm.environments
train_instance_type, train_instance_count         spec.resource.flavor_id, node_count
pool_id                                           spec.resource.pool_id
auto_stop (hours)                                 spec.auto_stop.duration (time_unit HOURS)
volumes                                           spec.volumes[].nfs
log_url                                           spec.log_export_path.obs_url
================================================  ===========================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelarts_client import models
from modelarts_client.types import UNSET, Unset
from modelarts_hl._core.fields import or_unset

from .config import DATASET_CHANNEL, FitConfig, JobConfig
from .paths import to_rest
from .validation import FilterCriterion

if TYPE_CHECKING:
    from modelarts_client.models import (
        CreateTrainingJobRequest,
        JobAlgorithm,
        JobAlgorithmEnvironments,
        JobInput,
        JobSpec,
        ListTrainingJobsRequest,
    )

__all__ = ["create_request", "search_request"]

JOB_KIND = "job"
# The only unit of spec.auto_stop.
_HOURS = "HOURS"


def create_request(job: JobConfig, fit: FitConfig) -> CreateTrainingJobRequest:
    return models.CreateTrainingJobRequest(
        kind=JOB_KIND,
        metadata=models.JobMetadata(name=fit.job_name, description=or_unset(job.job_description)),
        algorithm=_algorithm(job, fit),
        spec=_spec(job),
    )


def _algorithm(job: JobConfig, fit: FitConfig) -> JobAlgorithm:
    if job.framework_type is not None:
        engine = models.JobEngine(
            engine_name=job.framework_type, engine_version=or_unset(job.framework_version)
        )
    else:
        engine = models.JobEngine(image_url=or_unset(job.user_image_url))
    environments: JobAlgorithmEnvironments | Unset = UNSET
    if job.env_variables:
        environments = models.JobAlgorithmEnvironments()
        environments.additional_properties = dict(job.env_variables)
    files = job.training_files
    return models.JobAlgorithm(
        code_dir=UNSET if files is None else files.rest_code_dir,
        boot_file=UNSET if files is None else files.rest_boot_file,
        command=or_unset(job.user_command),
        engine=engine,
        parameters=[models.JobParameter(name=name, value=value) for name, value in job.parameters] or UNSET,
        inputs=_inputs(fit) or UNSET,
        outputs=[
            models.JobOutput(
                name=output.name,
                remote=models.OutputDataInfo(obs=models.ObsLocation(obs_url=output.rest_path)),
            )
            for output in job.outputs
        ]
        or UNSET,
        environments=environments,
    )


def _inputs(fit: FitConfig) -> list[JobInput]:
    if fit.dataset_id is not None and fit.dataset_version_id is not None:
        dataset = models.InputDataset(id=fit.dataset_id, version_id=fit.dataset_version_id)
        return [models.JobInput(name=DATASET_CHANNEL, remote=models.InputDataInfo(dataset=dataset))]
    return [
        models.JobInput(
            name=item.name, remote=models.InputDataInfo(obs=models.ObsLocation(obs_url=item.rest_path))
        )
        for item in fit.inputs
    ]


def _spec(job: JobConfig) -> JobSpec:
    return models.JobSpec(
        resource=models.JobResource(
            flavor_id=job.train_instance_type,
            node_count=job.train_instance_count,
            pool_id=or_unset(job.pool_id),
        ),
        volumes=[
            models.JobVolume(
                nfs=models.NfsVolume(
                    nfs_server_path=volume.nfs_server_path,
                    local_path=volume.local_path,
                    read_only=volume.read_only,
                )
            )
            for volume in job.volumes
        ]
        or UNSET,
        log_export_path=UNSET if job.log_url is None else models.LogExportPath(obs_url=to_rest(job.log_url)),
        auto_stop=UNSET
        if job.auto_stop is None
        else models.AutoStop(time_unit=_HOURS, duration=job.auto_stop),
    )


def search_request(
    *,
    offset: int | None,
    limit: int | None,
    sort_by: str | None,
    order: str | None,
    group_by: str | None,
    filters: list[FilterCriterion],
) -> ListTrainingJobsRequest:
    return models.ListTrainingJobsRequest(
        offset=or_unset(offset),
        limit=or_unset(limit),
        sort_by=or_unset(sort_by),
        order=UNSET if order is None else models.ListTrainingJobsRequestOrder(order),
        group_by=or_unset(group_by),
        filters=[
            models.SearchFilter(
                key=criterion.key,
                operator=UNSET
                if criterion.operator is None
                else models.SearchFilterOperator(criterion.operator),
                value=list(criterion.value),
            )
            for criterion in filters
        ]
        or UNSET,
    )

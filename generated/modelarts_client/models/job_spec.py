from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.asset_model import AssetModel
    from ..models.auto_stop import AutoStop
    from ..models.custom_metric import CustomMetric
    from ..models.job_notification import JobNotification
    from ..models.job_resource import JobResource
    from ..models.job_volume import JobVolume
    from ..models.log_export_config import LogExportConfig
    from ..models.log_export_path import LogExportPath
    from ..models.output_model import OutputModel
    from ..models.reserved_time import ReservedTime
    from ..models.retention_policy import RetentionPolicy
    from ..models.schedule_policy import SchedulePolicy


T = TypeVar("T", bound="JobSpec")


@_attrs_define
class JobSpec(LazyModel):
    """Specifications of a training job.

    Attributes:
        resource (JobResource | Unset): Resources of a training job.
        volumes (list[JobVolume] | Unset): Volumes attached to the job.
        log_export_path (LogExportPath | Unset): Where the logs of a training job are exported.
        log_export_config (LogExportConfig | Unset): How the logs of a training job are exported.
        auto_stop (AutoStop | Unset): When a training job is stopped automatically.
        reserved_time (ReservedTime | Unset): How long the resources of a training job are kept after it ends.
        retention (RetentionPolicy | Unset): Aging of a training job's record (custom training jobs, kind job, where the
            platform ages jobs): with the user-level aging switch on every job ages; with it off only jobs whose policy is
            enabled do.
        schedule_policy (SchedulePolicy | Unset): Scheduling policy of a training job.
        notification (JobNotification | Unset): SMN notification of the events of a training job.
        custom_metrics (list[CustomMetric] | Unset): How metrics of the job's own (loss, throughput, ...) are collected,
            in the Prometheus text format: by a command, or by an HTTP GET inside the job's container.
        output_model (OutputModel | Unset): Where the model a training job produces is saved.
        asset_model (AssetModel | Unset): The model asset a training job publishes.
        asset_id (str | Unset): Id of the asset the job works on (requests only).
    """

    resource: JobResource | Unset = UNSET
    volumes: list[JobVolume] | Unset = UNSET
    log_export_path: LogExportPath | Unset = UNSET
    log_export_config: LogExportConfig | Unset = UNSET
    auto_stop: AutoStop | Unset = UNSET
    reserved_time: ReservedTime | Unset = UNSET
    retention: RetentionPolicy | Unset = UNSET
    schedule_policy: SchedulePolicy | Unset = UNSET
    notification: JobNotification | Unset = UNSET
    custom_metrics: list[CustomMetric] | Unset = UNSET
    output_model: OutputModel | Unset = UNSET
    asset_model: AssetModel | Unset = UNSET
    asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        log_export_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_export_path, Unset):
            log_export_path = self.log_export_path.to_dict()

        log_export_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_export_config, Unset):
            log_export_config = self.log_export_config.to_dict()

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        reserved_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reserved_time, Unset):
            reserved_time = self.reserved_time.to_dict()

        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()

        schedule_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_policy, Unset):
            schedule_policy = self.schedule_policy.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        custom_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_metrics, Unset):
            custom_metrics = []
            for custom_metrics_item_data in self.custom_metrics:
                custom_metrics_item = custom_metrics_item_data.to_dict()
                custom_metrics.append(custom_metrics_item)

        output_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_model, Unset):
            output_model = self.output_model.to_dict()

        asset_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_model, Unset):
            asset_model = self.asset_model.to_dict()

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if log_export_path is not UNSET:
            field_dict["log_export_path"] = log_export_path
        if log_export_config is not UNSET:
            field_dict["log_export_config"] = log_export_config
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if reserved_time is not UNSET:
            field_dict["reserved_time"] = reserved_time
        if retention is not UNSET:
            field_dict["retention"] = retention
        if schedule_policy is not UNSET:
            field_dict["schedule_policy"] = schedule_policy
        if notification is not UNSET:
            field_dict["notification"] = notification
        if custom_metrics is not UNSET:
            field_dict["custom_metrics"] = custom_metrics
        if output_model is not UNSET:
            field_dict["output_model"] = output_model
        if asset_model is not UNSET:
            field_dict["asset_model"] = asset_model
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _resource = d.pop("resource", UNSET)
        resource: JobResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = JobResource.from_dict(_resource)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[JobVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = JobVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _log_export_path = d.pop("log_export_path", UNSET)
        log_export_path: LogExportPath | Unset
        if isinstance(_log_export_path, Unset):
            log_export_path = UNSET
        else:
            log_export_path = LogExportPath.from_dict(_log_export_path)

        _log_export_config = d.pop("log_export_config", UNSET)
        log_export_config: LogExportConfig | Unset
        if isinstance(_log_export_config, Unset):
            log_export_config = UNSET
        else:
            log_export_config = LogExportConfig.from_dict(_log_export_config)

        _auto_stop = d.pop("auto_stop", UNSET)
        auto_stop: AutoStop | Unset
        if isinstance(_auto_stop, Unset):
            auto_stop = UNSET
        else:
            auto_stop = AutoStop.from_dict(_auto_stop)

        _reserved_time = d.pop("reserved_time", UNSET)
        reserved_time: ReservedTime | Unset
        if isinstance(_reserved_time, Unset):
            reserved_time = UNSET
        else:
            reserved_time = ReservedTime.from_dict(_reserved_time)

        _retention = d.pop("retention", UNSET)
        retention: RetentionPolicy | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = RetentionPolicy.from_dict(_retention)

        _schedule_policy = d.pop("schedule_policy", UNSET)
        schedule_policy: SchedulePolicy | Unset
        if isinstance(_schedule_policy, Unset):
            schedule_policy = UNSET
        else:
            schedule_policy = SchedulePolicy.from_dict(_schedule_policy)

        _notification = d.pop("notification", UNSET)
        notification: JobNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = JobNotification.from_dict(_notification)

        _custom_metrics = d.pop("custom_metrics", UNSET)
        custom_metrics: list[CustomMetric] | Unset = UNSET
        if _custom_metrics is not UNSET:
            custom_metrics = []
            for custom_metrics_item_data in _custom_metrics:
                custom_metrics_item = CustomMetric.from_dict(custom_metrics_item_data)

                custom_metrics.append(custom_metrics_item)

        _output_model = d.pop("output_model", UNSET)
        output_model: OutputModel | Unset
        if isinstance(_output_model, Unset):
            output_model = UNSET
        else:
            output_model = OutputModel.from_dict(_output_model)

        _asset_model = d.pop("asset_model", UNSET)
        asset_model: AssetModel | Unset
        if isinstance(_asset_model, Unset):
            asset_model = UNSET
        else:
            asset_model = AssetModel.from_dict(_asset_model)

        asset_id = d.pop("asset_id", UNSET)

        type(self).__init__(
            self,
            resource=resource,
            volumes=volumes,
            log_export_path=log_export_path,
            log_export_config=log_export_config,
            auto_stop=auto_stop,
            reserved_time=reserved_time,
            retention=retention,
            schedule_policy=schedule_policy,
            notification=notification,
            custom_metrics=custom_metrics,
            output_model=output_model,
            asset_model=asset_model,
            asset_id=asset_id,
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
    global AssetModel
    from ..models.asset_model import AssetModel

    global AutoStop
    from ..models.auto_stop import AutoStop

    global CustomMetric
    from ..models.custom_metric import CustomMetric

    global JobNotification
    from ..models.job_notification import JobNotification

    global JobResource
    from ..models.job_resource import JobResource

    global JobVolume
    from ..models.job_volume import JobVolume

    global LogExportConfig
    from ..models.log_export_config import LogExportConfig

    global LogExportPath
    from ..models.log_export_path import LogExportPath

    global OutputModel
    from ..models.output_model import OutputModel

    global ReservedTime
    from ..models.reserved_time import ReservedTime

    global RetentionPolicy
    from ..models.retention_policy import RetentionPolicy

    global SchedulePolicy
    from ..models.schedule_policy import SchedulePolicy

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSpec")


@_attrs_define
class JobSpec:
    """Specifications of a training job.

    Attributes:
        resource (JobResource | Unset): Resources of a training job.
        volumes (list[JobVolume] | Unset): Volumes attached to the job.
        log_export_path (LogExportPath | Unset): Where the logs of a training job are exported.
    """

    resource: JobResource | Unset = UNSET
    volumes: list[JobVolume] | Unset = UNSET
    log_export_path: LogExportPath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if log_export_path is not UNSET:
            field_dict["log_export_path"] = log_export_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        job_spec = cls(
            resource=resource,
            volumes=volumes,
            log_export_path=log_export_path,
        )

        job_spec.additional_properties = d
        return job_spec

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


from ..models.job_resource import JobResource
from ..models.job_volume import JobVolume
from ..models.log_export_path import LogExportPath

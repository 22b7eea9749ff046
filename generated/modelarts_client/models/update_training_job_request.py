from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_metadata_update import JobMetadataUpdate
    from ..models.job_spec_update import JobSpecUpdate


T = TypeVar("T", bound="UpdateTrainingJobRequest")


@_attrs_define
class UpdateTrainingJobRequest(LazyModel):
    """Request body of updateTrainingJob: the description (which the SDK reference's update_job_configs always sends) and,
    optionally, the job's annotations, notification and scheduling priority.

        Attributes:
            description (str): New description of the job, 0 to 256 characters.
            metadata (JobMetadataUpdate | Unset): Metadata of a training job that updateTrainingJob changes.
            spec (JobSpecUpdate | Unset): Settings of a training job that updateTrainingJob changes.
    """

    description: str
    metadata: JobMetadataUpdate | Unset = UNSET
    spec: JobSpecUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("description",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        description = d.pop("description")

        _metadata = d.pop("metadata", UNSET)
        metadata: JobMetadataUpdate | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JobMetadataUpdate.from_dict(_metadata)

        _spec = d.pop("spec", UNSET)
        spec: JobSpecUpdate | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobSpecUpdate.from_dict(_spec)

        type(self).__init__(
            self,
            description=description,
            metadata=metadata,
            spec=spec,
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
    global JobMetadataUpdate
    from ..models.job_metadata_update import JobMetadataUpdate

    global JobSpecUpdate
    from ..models.job_spec_update import JobSpecUpdate

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_metadata_update_annotation import JobMetadataUpdateAnnotation


T = TypeVar("T", bound="JobMetadataUpdate")


@_attrs_define
class JobMetadataUpdate(LazyModel):
    """Metadata of a training job that updateTrainingJob changes.

    Attributes:
        annotation (JobMetadataUpdateAnnotation | Unset): Annotations to set (metadata.annotations of the job), "key" to
            "value".
    """

    annotation: JobMetadataUpdateAnnotation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        annotation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotation, Unset):
            annotation = self.annotation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _annotation = d.pop("annotation", UNSET)
        annotation: JobMetadataUpdateAnnotation | Unset
        if isinstance(_annotation, Unset):
            annotation = UNSET
        else:
            annotation = JobMetadataUpdateAnnotation.from_dict(_annotation)

        type(self).__init__(
            self,
            annotation=annotation,
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
    global JobMetadataUpdateAnnotation
    from ..models.job_metadata_update_annotation import JobMetadataUpdateAnnotation

    _references_pending = False

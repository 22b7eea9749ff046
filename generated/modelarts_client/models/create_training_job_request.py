from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_algorithm import JobAlgorithm
    from ..models.job_metadata import JobMetadata
    from ..models.job_spec import JobSpec


T = TypeVar("T", bound="CreateTrainingJobRequest")


@_attrs_define
class CreateTrainingJobRequest(LazyModel):
    """Request body of createTrainingJob.

    Attributes:
        kind (str): Training job type; job (training job, the usual value), hetero_job, autosearch_job, mrs_job,
            edge_job.
        metadata (JobMetadata): Metadata of a training job.
        algorithm (JobAlgorithm | Unset): Algorithm of a training job: an algorithm id, a subscribed algorithm
            (subscription_id + item_version_id), code_dir + boot_file with a preset engine, or a custom image
            (engine.image_url) started by command.
        spec (JobSpec | Unset): Specifications of a training job.
        train_type (str | Unset): Type of a fine-tuning job; documented values SFT (full fine-tuning), PRETRAIN (pre-
            training), LORA (LoRA fine-tuning), DPO and RFT (reinforcement learning). Left out for custom training jobs.
    """

    kind: str
    metadata: JobMetadata
    algorithm: JobAlgorithm | Unset = UNSET
    spec: JobSpec | Unset = UNSET
    train_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        kind = self.kind

        metadata = self.metadata.to_dict()

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        train_type = self.train_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "metadata": metadata,
            }
        )
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if spec is not UNSET:
            field_dict["spec"] = spec
        if train_type is not UNSET:
            field_dict["train_type"] = train_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "kind",
                "metadata",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        kind = d.pop("kind")

        metadata = JobMetadata.from_dict(d.pop("metadata"))

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: JobAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = JobAlgorithm.from_dict(_algorithm)

        _spec = d.pop("spec", UNSET)
        spec: JobSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobSpec.from_dict(_spec)

        train_type = d.pop("train_type", UNSET)

        type(self).__init__(
            self,
            kind=kind,
            metadata=metadata,
            algorithm=algorithm,
            spec=spec,
            train_type=train_type,
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
    global JobAlgorithm
    from ..models.job_algorithm import JobAlgorithm

    global JobMetadata
    from ..models.job_metadata import JobMetadata

    global JobSpec
    from ..models.job_spec import JobSpec

    _references_pending = False

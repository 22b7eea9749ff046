from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelMetrics")


@_attrs_define
class ModelMetrics(LazyModel):
    """Evaluation metrics of a model. The service sends and accepts them JSON-encoded in the model_metrics string, for
    example {"f1": 0.52, "recall": 0.66, "precision": 0.46, "accuracy": 0.62}.

        Attributes:
            f1 (float | Unset): F1 score.
            recall (float | Unset): Recall.
            precision (float | Unset): Precision.
            accuracy (float | Unset): Accuracy.
    """

    f1: float | Unset = UNSET
    recall: float | Unset = UNSET
    precision: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        f1 = self.f1

        recall = self.recall

        precision = self.precision

        accuracy = self.accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if f1 is not UNSET:
            field_dict["f1"] = f1
        if recall is not UNSET:
            field_dict["recall"] = recall
        if precision is not UNSET:
            field_dict["precision"] = precision
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        f1 = d.pop("f1", UNSET)

        recall = d.pop("recall", UNSET)

        precision = d.pop("precision", UNSET)

        accuracy = d.pop("accuracy", UNSET)

        type(self).__init__(
            self,
            f1=f1,
            recall=recall,
            precision=precision,
            accuracy=accuracy,
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

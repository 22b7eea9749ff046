from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.input_dataset import InputDataset
    from ..models.obs_location import ObsLocation


T = TypeVar("T", bound="InputDataInfo")


@_attrs_define
class InputDataInfo(LazyModel):
    """Source of a data input channel; obs or dataset.

    Attributes:
        dataset (InputDataset | Unset): Dataset version used as a data input.
        obs (ObsLocation | Unset): An OBS location.
    """

    dataset: InputDataset | Unset = UNSET
    obs: ObsLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _dataset = d.pop("dataset", UNSET)
        dataset: InputDataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = InputDataset.from_dict(_dataset)

        _obs = d.pop("obs", UNSET)
        obs: ObsLocation | Unset
        if isinstance(_obs, Unset):
            obs = UNSET
        else:
            obs = ObsLocation.from_dict(_obs)

        type(self).__init__(
            self,
            dataset=dataset,
            obs=obs,
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
    global InputDataset
    from ..models.input_dataset import InputDataset

    global ObsLocation
    from ..models.obs_location import ObsLocation

    _references_pending = False

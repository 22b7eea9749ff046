from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="InputDataset")


@_attrs_define
class InputDataset(LazyModel):
    """Dataset version used as a data input.

    Attributes:
        id (str): Dataset id.
        version_id (str): Dataset version id.
        obs_url (str | Unset): OBS URL of the dataset version, resolved by the service, for example /bucket/data/.
        name (str | Unset): Dataset name.
        service_type (str | Unset): Dataset service; V3 for datasets of the asset service, anything else for older
            datasets.
        dataset_proportion (int | Unset): Fine-tuning jobs; share of the dataset used for training, in percent (requests
            only).
    """

    id: str
    version_id: str
    obs_url: str | Unset = UNSET
    name: str | Unset = UNSET
    service_type: str | Unset = UNSET
    dataset_proportion: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        obs_url = self.obs_url

        name = self.name

        service_type = self.service_type

        dataset_proportion = self.dataset_proportion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version_id": version_id,
            }
        )
        if obs_url is not UNSET:
            field_dict["obs_url"] = obs_url
        if name is not UNSET:
            field_dict["name"] = name
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if dataset_proportion is not UNSET:
            field_dict["dataset_proportion"] = dataset_proportion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "id",
                "version_id",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id")

        version_id = d.pop("version_id")

        obs_url = d.pop("obs_url", UNSET)

        name = d.pop("name", UNSET)

        service_type = d.pop("service_type", UNSET)

        dataset_proportion = d.pop("dataset_proportion", UNSET)

        type(self).__init__(
            self,
            id=id,
            version_id=version_id,
            obs_url=obs_url,
            name=name,
            service_type=service_type,
            dataset_proportion=dataset_proportion,
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

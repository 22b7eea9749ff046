from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AssetModel")


@_attrs_define
class AssetModel(LazyModel):
    """The model asset a training job publishes.

    Attributes:
        id (str | Unset): Id of the asset (set by the service).
        name (str | Unset): Model name.
        code (str | Unset): Model code name.
        version (str | Unset): Published version.
        location (str | Unset): Where the model is published (set by the service).
        desc (str | Unset): Model description.
        series (str | Unset): Model series (brand).
        type_ (str | Unset): Model type.
        model_desc (str | Unset): Description of the model asset (requests only).
        parent_asset_id (str | Unset): Id of the parent asset, when an existing model is chosen (requests only).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    version: str | Unset = UNSET
    location: str | Unset = UNSET
    desc: str | Unset = UNSET
    series: str | Unset = UNSET
    type_: str | Unset = UNSET
    model_desc: str | Unset = UNSET
    parent_asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        version = self.version

        location = self.location

        desc = self.desc

        series = self.series

        type_ = self.type_

        model_desc = self.model_desc

        parent_asset_id = self.parent_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if version is not UNSET:
            field_dict["version"] = version
        if location is not UNSET:
            field_dict["location"] = location
        if desc is not UNSET:
            field_dict["desc"] = desc
        if series is not UNSET:
            field_dict["series"] = series
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model_desc is not UNSET:
            field_dict["model_desc"] = model_desc
        if parent_asset_id is not UNSET:
            field_dict["parent_asset_id"] = parent_asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        version = d.pop("version", UNSET)

        location = d.pop("location", UNSET)

        desc = d.pop("desc", UNSET)

        series = d.pop("series", UNSET)

        type_ = d.pop("type", UNSET)

        model_desc = d.pop("model_desc", UNSET)

        parent_asset_id = d.pop("parent_asset_id", UNSET)

        type(self).__init__(
            self,
            id=id,
            name=name,
            code=code,
            version=version,
            location=location,
            desc=desc,
            series=series,
            type_=type_,
            model_desc=model_desc,
            parent_asset_id=parent_asset_id,
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

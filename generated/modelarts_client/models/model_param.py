from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_param_param_type import ModelParamParamType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelParam")


@_attrs_define
class ModelParam(LazyModel):
    """An input or output parameter of a model's inference API, in createModel.

    Attributes:
        url (str): Request path of the inference API the parameter belongs to, for example /.
        param_name (str): Parameter name, at most 64 characters.
        param_type (ModelParamParamType): Parameter type: a JSON Schema type (string, object, array, boolean, number,
            integer) or int, float, timestamp, date, file.
        method (str | Unset): Request method of the API, post or get.
        protocol (str | Unset): Request protocol of the API, http or https.
        min_ (float | None | Unset): Minimum value, for int and float parameters.
        max_ (float | None | Unset): Maximum value, for int and float parameters.
        param_desc (None | str | Unset): Parameter description, at most 100 characters.
    """

    url: str
    param_name: str
    param_type: ModelParamParamType
    method: str | Unset = UNSET
    protocol: str | Unset = UNSET
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    param_desc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        param_name = self.param_name

        param_type = self.param_type.value

        method = self.method

        protocol = self.protocol

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        param_desc: None | str | Unset
        if isinstance(self.param_desc, Unset):
            param_desc = UNSET
        else:
            param_desc = self.param_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "param_name": param_name,
                "param_type": param_type,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if param_desc is not UNSET:
            field_dict["param_desc"] = param_desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "url",
                "param_name",
                "param_type",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        url = d.pop("url")

        param_name = d.pop("param_name")

        param_type = ModelParamParamType(d.pop("param_type"))

        method = d.pop("method", UNSET)

        protocol = d.pop("protocol", UNSET)

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_param_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param_desc = _parse_param_desc(d.pop("param_desc", UNSET))

        type(self).__init__(
            self,
            url=url,
            param_name=param_name,
            param_type=param_type,
            method=method,
            protocol=protocol,
            min_=min_,
            max_=max_,
            param_desc=param_desc,
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

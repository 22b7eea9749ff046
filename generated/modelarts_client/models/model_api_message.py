from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_json_schema import ModelJsonSchema


T = TypeVar("T", bound="ModelApiMessage")


@_attrs_define
class ModelApiMessage(LazyModel):
    """Content type and JSON Schema of an inference request or reply (config.json apis[].request/response).

    Attributes:
        content_type (str | Unset): Content type, application/json or multipart/form-data.
        data (ModelJsonSchema | Unset): A JSON Schema object describing the body of an inference request or reply, as in
            the model's config.json. Keywords other than type and properties are kept as additional properties.
    """

    content_type: str | Unset = UNSET
    data: ModelJsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        content_type = self.content_type

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["Content-type"] = content_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        content_type = d.pop("Content-type", UNSET)

        _data = d.pop("data", UNSET)
        data: ModelJsonSchema | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ModelJsonSchema.from_dict(_data)

        type(self).__init__(
            self,
            content_type=content_type,
            data=data,
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
    global ModelJsonSchema
    from ..models.model_json_schema import ModelJsonSchema

    _references_pending = False

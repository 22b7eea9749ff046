from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelDeleteFailure")


@_attrs_define
class ModelDeleteFailure(LazyModel):
    """A model that could not be deleted, and why.

    Attributes:
        model_id (str | Unset): Id of the model.
        error_code (str | Unset): Error code, for example ModelArts.3009 (the model is used by a service).
        error_msg (str | Unset): Error message.
        error_message (str | Unset): Error message (older responses use this name instead of error_msg).
    """

    model_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        error_code = self.error_code

        error_msg = self.error_msg

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        error_message = d.pop("error_message", UNSET)

        type(self).__init__(
            self,
            model_id=model_id,
            error_code=error_code,
            error_msg=error_msg,
            error_message=error_message,
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

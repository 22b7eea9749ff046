from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(LazyModel):
    """Body of a failed call.

    Attributes:
        error_code (str | Unset): Error code, for example ModelArts.0104 or ModelArts.2763.
        error_msg (str | Unset): Error message.
        error_message (str | Unset): Error message, as sent by the training log API instead of error_msg.
        error_solution (str | Unset): Suggested solution (training APIs).
    """

    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    error_message: str | Unset = UNSET
    error_solution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        error_message = self.error_message

        error_solution = self.error_solution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_solution is not UNSET:
            field_dict["error_solution"] = error_solution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        error_message = d.pop("error_message", UNSET)

        error_solution = d.pop("error_solution", UNSET)

        type(self).__init__(
            self,
            error_code=error_code,
            error_msg=error_msg,
            error_message=error_message,
            error_solution=error_solution,
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

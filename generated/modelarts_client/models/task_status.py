from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TaskStatus")


@_attrs_define
class TaskStatus(LazyModel):
    """Status of one task of a training job.

    Attributes:
        task (str | Unset): Task name, for example worker-0.
        exit_code (int | Unset): Exit code of the task.
        message (str | Unset): Error message of the task.
    """

    task: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        exit_code = self.exit_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        task = d.pop("task", UNSET)

        exit_code = d.pop("exit_code", UNSET)

        message = d.pop("message", UNSET)

        type(self).__init__(
            self,
            task=task,
            exit_code=exit_code,
            message=message,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_action_request_action_type import JobActionRequestActionType
from ..types import LazyModel

T = TypeVar("T", bound="JobActionRequest")


@_attrs_define
class JobActionRequest(LazyModel):
    """Request body of terminateTrainingJob.

    Attributes:
        action_type (JobActionRequestActionType): Action on the job; terminate stops it.
    """

    action_type: JobActionRequestActionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("action_type",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        action_type = JobActionRequestActionType(d.pop("action_type"))

        type(self).__init__(
            self,
            action_type=action_type,
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

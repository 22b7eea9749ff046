from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_notification import JobNotification
    from ..models.schedule_update import ScheduleUpdate


T = TypeVar("T", bound="JobSpecUpdate")


@_attrs_define
class JobSpecUpdate(LazyModel):
    """Settings of a training job that updateTrainingJob changes.

    Attributes:
        notification (JobNotification | Unset): SMN notification of the events of a training job.
        schedule_policy (ScheduleUpdate | Unset): Priority and preemption of a training job.
    """

    notification: JobNotification | Unset = UNSET
    schedule_policy: ScheduleUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        schedule_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_policy, Unset):
            schedule_policy = self.schedule_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if schedule_policy is not UNSET:
            field_dict["schedule_policy"] = schedule_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _notification = d.pop("notification", UNSET)
        notification: JobNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = JobNotification.from_dict(_notification)

        _schedule_policy = d.pop("schedule_policy", UNSET)
        schedule_policy: ScheduleUpdate | Unset
        if isinstance(_schedule_policy, Unset):
            schedule_policy = UNSET
        else:
            schedule_policy = ScheduleUpdate.from_dict(_schedule_policy)

        type(self).__init__(
            self,
            notification=notification,
            schedule_policy=schedule_policy,
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
    global JobNotification
    from ..models.job_notification import JobNotification

    global ScheduleUpdate
    from ..models.schedule_update import ScheduleUpdate

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TaskIp")


@_attrs_define
class TaskIp(LazyModel):
    """Where a task of a training job runs.

    Attributes:
        task (str | Unset): Task name, for example worker-0.
        ip (str | Unset): IP address of the task.
        host_ip (str | Unset): IP address of the task's host (dedicated resource pools only; empty otherwise).
        schedule_count (int | Unset): How many times the task has been scheduled (1, more after rescheduling or
            preemption).
    """

    task: str | Unset = UNSET
    ip: str | Unset = UNSET
    host_ip: str | Unset = UNSET
    schedule_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        ip = self.ip

        host_ip = self.host_ip

        schedule_count = self.schedule_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task
        if ip is not UNSET:
            field_dict["ip"] = ip
        if host_ip is not UNSET:
            field_dict["host_ip"] = host_ip
        if schedule_count is not UNSET:
            field_dict["schedule_count"] = schedule_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        task = d.pop("task", UNSET)

        ip = d.pop("ip", UNSET)

        host_ip = d.pop("host_ip", UNSET)

        schedule_count = d.pop("schedule_count", UNSET)

        type(self).__init__(
            self,
            task=task,
            ip=ip,
            host_ip=host_ip,
            schedule_count=schedule_count,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="RecoverRecord")


@_attrs_define
class RecoverRecord(LazyModel):
    """One fault tolerance step of a training job.

    Attributes:
        recover_start_at (int | Unset): Start of the step (the time of the fault), epoch seconds.
        recover_end_at (int | Unset): End of the step, epoch seconds.
        recover (str | Unset): The step; documented values npu_step_retry, npu_proc_restart, proc_restart,
            pod_reschedule, job_reschedule, job_reschedule_with_taint.
        fault_scenario (str | Unset): The fault; documented values chip_fault, node_fault, job_failed, job_hanged,
            job_subhealth, error_in_log.
        reason (str | Unset): Cause of the fault.
        related_task (str | Unset): Task that caused it, for example worker-0.
        recover_result (str | Unset): Result of the step; documented values recovering, success, failed, downgrade,
            terminated, quotaExceeded.
    """

    recover_start_at: int | Unset = UNSET
    recover_end_at: int | Unset = UNSET
    recover: str | Unset = UNSET
    fault_scenario: str | Unset = UNSET
    reason: str | Unset = UNSET
    related_task: str | Unset = UNSET
    recover_result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recover_start_at = self.recover_start_at

        recover_end_at = self.recover_end_at

        recover = self.recover

        fault_scenario = self.fault_scenario

        reason = self.reason

        related_task = self.related_task

        recover_result = self.recover_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recover_start_at is not UNSET:
            field_dict["recover_start_at"] = recover_start_at
        if recover_end_at is not UNSET:
            field_dict["recover_end_at"] = recover_end_at
        if recover is not UNSET:
            field_dict["recover"] = recover
        if fault_scenario is not UNSET:
            field_dict["fault_scenario"] = fault_scenario
        if reason is not UNSET:
            field_dict["reason"] = reason
        if related_task is not UNSET:
            field_dict["related_task"] = related_task
        if recover_result is not UNSET:
            field_dict["recover_result"] = recover_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        recover_start_at = d.pop("recover_start_at", UNSET)

        recover_end_at = d.pop("recover_end_at", UNSET)

        recover = d.pop("recover", UNSET)

        fault_scenario = d.pop("fault_scenario", UNSET)

        reason = d.pop("reason", UNSET)

        related_task = d.pop("related_task", UNSET)

        recover_result = d.pop("recover_result", UNSET)

        type(self).__init__(
            self,
            recover_start_at=recover_start_at,
            recover_end_at=recover_end_at,
            recover=recover,
            fault_scenario=fault_scenario,
            reason=reason,
            related_task=related_task,
            recover_result=recover_result,
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

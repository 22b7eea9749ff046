from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.recover_record import RecoverRecord


T = TypeVar("T", bound="RunningRecord")


@_attrs_define
class RunningRecord(LazyModel):
    """One run of a training job (from its start, or a restart, to its end).

    Attributes:
        start_at (int | Unset): Start of the run, epoch seconds.
        end_at (int | Unset): End of the run, epoch seconds; absent while it runs.
        xpu_start_at (int | Unset): Time the accelerators of the run started, epoch seconds.
        start_type (str | Unset): How the run started; documented values init_or_rescheduled (first run after
            scheduling) and restarted (after a process restart).
        end_reason (str | Unset): Why the run ended.
        end_related_task (str | Unset): Task whose end ended the run, for example worker-0.
        end_recover (str | Unset): Fault tolerance applied after the run ended; documented values npu_proc_restart,
            gpu_proc_restart, proc_restart, pod_reschedule, job_reschedule, job_reschedule_with_taint.
        end_recover_before_downgrade (str | Unset): Fault tolerance chosen before it was downgraded; the values of
            end_recover.
        recover_records (list[RecoverRecord] | Unset): Every fault tolerance step taken when the run ended abnormally.
    """

    start_at: int | Unset = UNSET
    end_at: int | Unset = UNSET
    xpu_start_at: int | Unset = UNSET
    start_type: str | Unset = UNSET
    end_reason: str | Unset = UNSET
    end_related_task: str | Unset = UNSET
    end_recover: str | Unset = UNSET
    end_recover_before_downgrade: str | Unset = UNSET
    recover_records: list[RecoverRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        start_at = self.start_at

        end_at = self.end_at

        xpu_start_at = self.xpu_start_at

        start_type = self.start_type

        end_reason = self.end_reason

        end_related_task = self.end_related_task

        end_recover = self.end_recover

        end_recover_before_downgrade = self.end_recover_before_downgrade

        recover_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recover_records, Unset):
            recover_records = []
            for recover_records_item_data in self.recover_records:
                recover_records_item = recover_records_item_data.to_dict()
                recover_records.append(recover_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if xpu_start_at is not UNSET:
            field_dict["xpu_start_at"] = xpu_start_at
        if start_type is not UNSET:
            field_dict["start_type"] = start_type
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if end_related_task is not UNSET:
            field_dict["end_related_task"] = end_related_task
        if end_recover is not UNSET:
            field_dict["end_recover"] = end_recover
        if end_recover_before_downgrade is not UNSET:
            field_dict["end_recover_before_downgrade"] = end_recover_before_downgrade
        if recover_records is not UNSET:
            field_dict["recover_records"] = recover_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        start_at = d.pop("start_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        xpu_start_at = d.pop("xpu_start_at", UNSET)

        start_type = d.pop("start_type", UNSET)

        end_reason = d.pop("end_reason", UNSET)

        end_related_task = d.pop("end_related_task", UNSET)

        end_recover = d.pop("end_recover", UNSET)

        end_recover_before_downgrade = d.pop("end_recover_before_downgrade", UNSET)

        _recover_records = d.pop("recover_records", UNSET)
        recover_records: list[RecoverRecord] | Unset = UNSET
        if _recover_records is not UNSET:
            recover_records = []
            for recover_records_item_data in _recover_records:
                recover_records_item = RecoverRecord.from_dict(
                    recover_records_item_data
                )

                recover_records.append(recover_records_item)

        type(self).__init__(
            self,
            start_at=start_at,
            end_at=end_at,
            xpu_start_at=xpu_start_at,
            start_type=start_type,
            end_reason=end_reason,
            end_related_task=end_related_task,
            end_recover=end_recover,
            end_recover_before_downgrade=end_recover_before_downgrade,
            recover_records=recover_records,
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
    global RecoverRecord
    from ..models.recover_record import RecoverRecord

    _references_pending = False

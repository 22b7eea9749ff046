from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.job_response import JobResponse


T = TypeVar("T", bound="ListTrainingJobsResponse")


@_attrs_define
class ListTrainingJobsResponse(LazyModel):
    """Response body of listTrainingJobs.

    Attributes:
        total (int | Unset): Total number of training jobs of the user.
        count (int | Unset): Number of training jobs that match the criteria.
        limit (int | Unset): Maximum number of jobs per page, 1 to 50.
        offset (int | Unset): Offset of the first returned job.
        sort_by (str | Unset): Field the jobs are sorted by; create_time by default.
        order (str | Unset): Sort order; documented values desc (default) and asc.
        group_by (str | Unset): Field the jobs are grouped by.
        workspace_id (str | Unset): Workspace of the jobs; 0 by default.
        ai_project (str | Unset): AI project of the jobs; default-ai-project by default.
        train_type (str | Unset): The train_type of the request (job or ftjob), when it gave one.
        items (list[JobResponse] | Unset): The matching jobs of this page.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: str | Unset = UNSET
    group_by: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    ai_project: str | Unset = UNSET
    train_type: str | Unset = UNSET
    items: list[JobResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        order = self.order

        group_by = self.group_by

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        train_type = self.train_type

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if train_type is not UNSET:
            field_dict["train_type"] = train_type
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        count = d.pop("count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        order = d.pop("order", UNSET)

        group_by = d.pop("group_by", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        ai_project = d.pop("ai_project", UNSET)

        train_type = d.pop("train_type", UNSET)

        _items = d.pop("items", UNSET)
        items: list[JobResponse] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = JobResponse.from_dict(items_item_data)

                items.append(items_item)

        type(self).__init__(
            self,
            total=total,
            count=count,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            workspace_id=workspace_id,
            ai_project=ai_project,
            train_type=train_type,
            items=items,
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
    global JobResponse
    from ..models.job_response import JobResponse

    _references_pending = False

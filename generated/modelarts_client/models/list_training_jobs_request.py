from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_training_jobs_request_order import ListTrainingJobsRequestOrder
from ..models.list_training_jobs_request_train_type import (
    ListTrainingJobsRequestTrainType,
)
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.search_filter import SearchFilter
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="ListTrainingJobsRequest")


@_attrs_define
class ListTrainingJobsRequest(LazyModel):
    """Request body of listTrainingJobs.

    Attributes:
        offset (int | Unset): Offset of the first job to return; 0 starts from the first.
        limit (int | Unset): Maximum number of jobs to return, 1 to 50.
        sort_by (str | Unset): Field to sort by; create_time when left out.
        order (ListTrainingJobsRequestOrder | Unset): Sort order; desc (descending, the default) or asc.
        group_by (str | Unset): Field to group the jobs by.
        workspace_id (str | Unset): Only jobs of this workspace ("0", the default workspace, or a 32-character id).
        train_type (ListTrainingJobsRequestTrainType | Unset): Where custom and fine-tuning jobs are listed together,
            only one of them: job (custom training jobs) or ftjob (fine-tuning jobs).
        tags (list[TagFilter] | Unset): Only jobs with these tags: every key must match (AND), any value of a key (OR);
            a key without values matches whatever its value.
        host_ips (list[str] | Unset): Only jobs with a task on one of these hosts; the answer then carries
            status.task_ips.
        filters (list[SearchFilter] | Unset): Filter criteria, all of which must match.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: ListTrainingJobsRequestOrder | Unset = UNSET
    group_by: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    train_type: ListTrainingJobsRequestTrainType | Unset = UNSET
    tags: list[TagFilter] | Unset = UNSET
    host_ips: list[str] | Unset = UNSET
    filters: list[SearchFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        offset = self.offset

        limit = self.limit

        sort_by = self.sort_by

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        group_by = self.group_by

        workspace_id = self.workspace_id

        train_type: str | Unset = UNSET
        if not isinstance(self.train_type, Unset):
            train_type = self.train_type.value

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        host_ips: list[str] | Unset = UNSET
        if not isinstance(self.host_ips, Unset):
            host_ips = self.host_ips

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if train_type is not UNSET:
            field_dict["train_type"] = train_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if host_ips is not UNSET:
            field_dict["host_ips"] = host_ips
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        _order = d.pop("order", UNSET)
        order: ListTrainingJobsRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ListTrainingJobsRequestOrder(_order)

        group_by = d.pop("group_by", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _train_type = d.pop("train_type", UNSET)
        train_type: ListTrainingJobsRequestTrainType | Unset
        if isinstance(_train_type, Unset):
            train_type = UNSET
        else:
            train_type = ListTrainingJobsRequestTrainType(_train_type)

        _tags = d.pop("tags", UNSET)
        tags: list[TagFilter] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagFilter.from_dict(tags_item_data)

                tags.append(tags_item)

        host_ips = cast(list[str], d.pop("host_ips", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[SearchFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = SearchFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        type(self).__init__(
            self,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            workspace_id=workspace_id,
            train_type=train_type,
            tags=tags,
            host_ips=host_ips,
            filters=filters,
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
    global SearchFilter
    from ..models.search_filter import SearchFilter

    global TagFilter
    from ..models.tag_filter import TagFilter

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_filter_operator import SearchFilterOperator
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SearchFilter")


@_attrs_define
class SearchFilter(LazyModel):
    """A filter criterion of listTrainingJobs, for example key name, operator like, value [trainjob].

    Attributes:
        key (str | Unset): Field to filter on, for example name, phase, create_time, algorithm_name, kind, user_id.
        operator (SearchFilterOperator | Unset): How key is compared with value; like (similar), in (included, the
            default), not (not included), between (a range of two values).
        value (list[str] | Unset): Values of the criterion.
    """

    key: str | Unset = UNSET
    operator: SearchFilterOperator | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: SearchFilterOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = SearchFilterOperator(_operator)

        value = cast(list[str], d.pop("value", UNSET))

        type(self).__init__(
            self,
            key=key,
            operator=operator,
            value=value,
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

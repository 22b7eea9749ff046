from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.auto_search import AutoSearch


T = TypeVar("T", bound="JobPolicies")


@_attrs_define
class JobPolicies(LazyModel):
    """Policies supported by a training job.

    Attributes:
        auto_search (AutoSearch | None | Unset): Hyperparameter search configuration (the service may send null).
    """

    auto_search: AutoSearch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        auto_search: dict[str, Any] | None | Unset
        if isinstance(self.auto_search, Unset):
            auto_search = UNSET
        elif isinstance(self.auto_search, AutoSearch):
            auto_search = self.auto_search.to_dict()
        else:
            auto_search = self.auto_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_search is not UNSET:
            field_dict["auto_search"] = auto_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)

        def _parse_auto_search(data: object) -> AutoSearch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auto_search_type_0 = AutoSearch.from_dict(data)

                return componentsschemas_auto_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoSearch | None | Unset, data)

        auto_search = _parse_auto_search(d.pop("auto_search", UNSET))

        type(self).__init__(
            self,
            auto_search=auto_search,
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
    global AutoSearch
    from ..models.auto_search import AutoSearch

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.flavor_response import FlavorResponse


T = TypeVar("T", bound="ListFlavorsResponse")


@_attrs_define
class ListFlavorsResponse(LazyModel):
    """Response body of listTrainingJobFlavors.

    Attributes:
        total_count (int | Unset): Number of flavors.
        flavors (list[FlavorResponse] | Unset): The flavors.
    """

    total_count: int | Unset = UNSET
    flavors: list[FlavorResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        total_count = self.total_count

        flavors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors, Unset):
            flavors = []
            for flavors_item_data in self.flavors:
                flavors_item = flavors_item_data.to_dict()
                flavors.append(flavors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if flavors is not UNSET:
            field_dict["flavors"] = flavors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _flavors = d.pop("flavors", UNSET)
        flavors: list[FlavorResponse] | Unset = UNSET
        if _flavors is not UNSET:
            flavors = []
            for flavors_item_data in _flavors:
                flavors_item = FlavorResponse.from_dict(flavors_item_data)

                flavors.append(flavors_item)

        type(self).__init__(
            self,
            total_count=total_count,
            flavors=flavors,
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
    global FlavorResponse
    from ..models.flavor_response import FlavorResponse

    _references_pending = False

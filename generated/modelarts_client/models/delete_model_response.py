from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_delete_failure import ModelDeleteFailure


T = TypeVar("T", bound="DeleteModelResponse")


@_attrs_define
class DeleteModelResponse(LazyModel):
    """Response body of deleteModel.

    Attributes:
        delete_success_list (list[str] | None | Unset): Ids of the deleted models.
        delete_failed_list (list[ModelDeleteFailure] | None | Unset): Models that were not deleted.
    """

    delete_success_list: list[str] | None | Unset = UNSET
    delete_failed_list: list[ModelDeleteFailure] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        delete_success_list: list[str] | None | Unset
        if isinstance(self.delete_success_list, Unset):
            delete_success_list = UNSET
        elif isinstance(self.delete_success_list, list):
            delete_success_list = self.delete_success_list

        else:
            delete_success_list = self.delete_success_list

        delete_failed_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.delete_failed_list, Unset):
            delete_failed_list = UNSET
        elif isinstance(self.delete_failed_list, list):
            delete_failed_list = []
            for delete_failed_list_type_0_item_data in self.delete_failed_list:
                delete_failed_list_type_0_item = (
                    delete_failed_list_type_0_item_data.to_dict()
                )
                delete_failed_list.append(delete_failed_list_type_0_item)

        else:
            delete_failed_list = self.delete_failed_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_success_list is not UNSET:
            field_dict["delete_success_list"] = delete_success_list
        if delete_failed_list is not UNSET:
            field_dict["delete_failed_list"] = delete_failed_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)

        def _parse_delete_success_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                delete_success_list_type_0 = cast(list[str], data)

                return delete_success_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        delete_success_list = _parse_delete_success_list(
            d.pop("delete_success_list", UNSET)
        )

        def _parse_delete_failed_list(
            data: object,
        ) -> list[ModelDeleteFailure] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                delete_failed_list_type_0 = []
                _delete_failed_list_type_0 = data
                for delete_failed_list_type_0_item_data in _delete_failed_list_type_0:
                    delete_failed_list_type_0_item = ModelDeleteFailure.from_dict(
                        delete_failed_list_type_0_item_data
                    )

                    delete_failed_list_type_0.append(delete_failed_list_type_0_item)

                return delete_failed_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelDeleteFailure] | None | Unset, data)

        delete_failed_list = _parse_delete_failed_list(
            d.pop("delete_failed_list", UNSET)
        )

        type(self).__init__(
            self,
            delete_success_list=delete_success_list,
            delete_failed_list=delete_failed_list,
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
    global ModelDeleteFailure
    from ..models.model_delete_failure import ModelDeleteFailure

    _references_pending = False

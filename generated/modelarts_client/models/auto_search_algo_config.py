from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter


T = TypeVar("T", bound="AutoSearchAlgoConfig")


@_attrs_define
class AutoSearchAlgoConfig(LazyModel):
    """A search algorithm configuration.

    Attributes:
        name (str | Unset): Name of the search algorithm.
        params (list[AutoSearchAlgoConfigParameter] | Unset): Parameters of the search algorithm.
    """

    name: str | Unset = UNSET
    params: list[AutoSearchAlgoConfigParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _params = d.pop("params", UNSET)
        params: list[AutoSearchAlgoConfigParameter] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = AutoSearchAlgoConfigParameter.from_dict(params_item_data)

                params.append(params_item)

        type(self).__init__(
            self,
            name=name,
            params=params,
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
    global AutoSearchAlgoConfigParameter
    from ..models.auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter

    _references_pending = False

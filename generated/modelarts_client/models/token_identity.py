from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_identity_methods_item import TokenIdentityMethodsItem
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.token_duration import TokenDuration


T = TypeVar("T", bound="TokenIdentity")


@_attrs_define
class TokenIdentity(LazyModel):
    """Token identity.

    Attributes:
        methods (list[TokenIdentityMethodsItem]): Authentication methods; only "token" here.
        token (TokenDuration | Unset): Lifetime of the temporary credentials.
    """

    methods: list[TokenIdentityMethodsItem]
    token: TokenDuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.value
            methods.append(methods_item)

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("methods",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = TokenIdentityMethodsItem(methods_item_data)

            methods.append(methods_item)

        _token = d.pop("token", UNSET)
        token: TokenDuration | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = TokenDuration.from_dict(_token)

        type(self).__init__(
            self,
            methods=methods,
            token=token,
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
    global TokenDuration
    from ..models.token_duration import TokenDuration

    _references_pending = False

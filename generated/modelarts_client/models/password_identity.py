from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.password_identity_methods_item import PasswordIdentityMethodsItem
from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.password_credentials import PasswordCredentials


T = TypeVar("T", bound="PasswordIdentity")


@_attrs_define
class PasswordIdentity(LazyModel):
    """Password identity.

    Attributes:
        methods (list[PasswordIdentityMethodsItem]): Authentication methods; only "password" here.
        password (PasswordCredentials): The user whose password authenticates.
    """

    methods: list[PasswordIdentityMethodsItem]
    password: PasswordCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.value
            methods.append(methods_item)

        password = self.password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "methods",
                "password",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = PasswordIdentityMethodsItem(methods_item_data)

            methods.append(methods_item)

        password = PasswordCredentials.from_dict(d.pop("password"))

        type(self).__init__(
            self,
            methods=methods,
            password=password,
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
    global PasswordCredentials
    from ..models.password_credentials import PasswordCredentials

    _references_pending = False

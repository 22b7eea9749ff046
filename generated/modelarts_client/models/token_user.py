from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.token_domain import TokenDomain


T = TypeVar("T", bound="TokenUser")


@_attrs_define
class TokenUser(LazyModel):
    """The authenticated user.

    Attributes:
        id (str | Unset): User id.
        name (str | Unset): User name.
        domain (TokenDomain | Unset): Account (domain) of a token.
        password_expires_at (str | Unset): Password expiry time; empty when it never expires.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    domain: TokenDomain | Unset = UNSET
    password_expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        id = self.id

        name = self.name

        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()

        password_expires_at = self.password_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if password_expires_at is not UNSET:
            field_dict["password_expires_at"] = password_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _domain = d.pop("domain", UNSET)
        domain: TokenDomain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = TokenDomain.from_dict(_domain)

        password_expires_at = d.pop("password_expires_at", UNSET)

        type(self).__init__(
            self,
            id=id,
            name=name,
            domain=domain,
            password_expires_at=password_expires_at,
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
    global TokenDomain
    from ..models.token_domain import TokenDomain

    _references_pending = False

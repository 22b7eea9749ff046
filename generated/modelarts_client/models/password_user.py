from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.domain_ref import DomainRef


T = TypeVar("T", bound="PasswordUser")


@_attrs_define
class PasswordUser(LazyModel):
    """IAM user name, password and the account (domain) it belongs to.

    Attributes:
        name (str): IAM user name (the account name when signing in as the account itself).
        password (str): Password of the user.
        domain (DomainRef): Account (domain) reference by name.
    """

    name: str
    password: str
    domain: DomainRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        password = self.password

        domain = self.domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "name",
                "password",
                "domain",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        domain = DomainRef.from_dict(d.pop("domain"))

        type(self).__init__(
            self,
            name=name,
            password=password,
            domain=domain,
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
    global DomainRef
    from ..models.domain_ref import DomainRef

    _references_pending = False

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="TemporaryCredential")


@_attrs_define
class TemporaryCredential(LazyModel):
    """Temporary access key, secret key and security token.

    Attributes:
        access (str): Temporary access key id.
        secret (str): Temporary secret access key.
        securitytoken (str): Security token, sent with requests signed by the temporary keys.
        expires_at (datetime.datetime): Expiry time (ISO 8601, UTC).
    """

    access: str
    secret: str
    securitytoken: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        secret = self.secret

        securitytoken = self.securitytoken

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "secret": secret,
                "securitytoken": securitytoken,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "access",
                "secret",
                "securitytoken",
                "expires_at",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        access = d.pop("access")

        secret = d.pop("secret")

        securitytoken = d.pop("securitytoken")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        type(self).__init__(
            self,
            access=access,
            secret=secret,
            securitytoken=securitytoken,
            expires_at=expires_at,
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

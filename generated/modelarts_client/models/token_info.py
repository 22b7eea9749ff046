from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.token_info_catalog_item import TokenInfoCatalogItem
    from ..models.token_project import TokenProject
    from ..models.token_role import TokenRole
    from ..models.token_user import TokenUser


T = TypeVar("T", bound="TokenInfo")


@_attrs_define
class TokenInfo(LazyModel):
    """Details of an issued token.

    Attributes:
        expires_at (datetime.datetime): Expiry time (ISO 8601, UTC).
        issued_at (datetime.datetime | Unset): Issue time (ISO 8601, UTC).
        methods (list[str] | Unset): Authentication methods used.
        user (TokenUser | Unset): The authenticated user.
        project (TokenProject | Unset): Project the token is scoped to.
        roles (list[TokenRole] | Unset): Roles granted in the scope.
        catalog (list[TokenInfoCatalogItem] | Unset): Service catalog (endpoints); left out with nocatalog=true.
    """

    expires_at: datetime.datetime
    issued_at: datetime.datetime | Unset = UNSET
    methods: list[str] | Unset = UNSET
    user: TokenUser | Unset = UNSET
    project: TokenProject | Unset = UNSET
    roles: list[TokenRole] | Unset = UNSET
    catalog: list[TokenInfoCatalogItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        expires_at = self.expires_at.isoformat()

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        catalog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = []
            for catalog_item_data in self.catalog:
                catalog_item = catalog_item_data.to_dict()
                catalog.append(catalog_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
            }
        )
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if methods is not UNSET:
            field_dict["methods"] = methods
        if user is not UNSET:
            field_dict["user"] = user
        if project is not UNSET:
            field_dict["project"] = project
        if roles is not UNSET:
            field_dict["roles"] = roles
        if catalog is not UNSET:
            field_dict["catalog"] = catalog

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("expires_at",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.datetime | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.datetime.fromisoformat(_issued_at)

        methods = cast(list[str], d.pop("methods", UNSET))

        _user = d.pop("user", UNSET)
        user: TokenUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TokenUser.from_dict(_user)

        _project = d.pop("project", UNSET)
        project: TokenProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = TokenProject.from_dict(_project)

        _roles = d.pop("roles", UNSET)
        roles: list[TokenRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = TokenRole.from_dict(roles_item_data)

                roles.append(roles_item)

        _catalog = d.pop("catalog", UNSET)
        catalog: list[TokenInfoCatalogItem] | Unset = UNSET
        if _catalog is not UNSET:
            catalog = []
            for catalog_item_data in _catalog:
                catalog_item = TokenInfoCatalogItem.from_dict(catalog_item_data)

                catalog.append(catalog_item)

        type(self).__init__(
            self,
            expires_at=expires_at,
            issued_at=issued_at,
            methods=methods,
            user=user,
            project=project,
            roles=roles,
            catalog=catalog,
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
    global TokenInfoCatalogItem
    from ..models.token_info_catalog_item import TokenInfoCatalogItem

    global TokenProject
    from ..models.token_project import TokenProject

    global TokenRole
    from ..models.token_role import TokenRole

    global TokenUser
    from ..models.token_user import TokenUser

    _references_pending = False

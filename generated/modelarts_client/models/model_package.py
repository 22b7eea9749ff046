from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_package_restraint import ModelPackageRestraint
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelPackage")


@_attrs_define
class ModelPackage(LazyModel):
    """A package a model depends on, in createModel.

    Attributes:
        package_name (str): Package name.
        package_version (None | str | Unset): Package version; the latest version is installed when left out.
        restraint (ModelPackageRestraint | Unset): Version condition, needed with package_version; EXACT (that version),
            ATLEAST (that version or later) or ATMOST (that version or earlier).
    """

    package_name: str
    package_version: None | str | Unset = UNSET
    restraint: ModelPackageRestraint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        package_version: None | str | Unset
        if isinstance(self.package_version, Unset):
            package_version = UNSET
        else:
            package_version = self.package_version

        restraint: str | Unset = UNSET
        if not isinstance(self.restraint, Unset):
            restraint = self.restraint.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_name": package_name,
            }
        )
        if package_version is not UNSET:
            field_dict["package_version"] = package_version
        if restraint is not UNSET:
            field_dict["restraint"] = restraint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("package_name",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        package_name = d.pop("package_name")

        def _parse_package_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_version = _parse_package_version(d.pop("package_version", UNSET))

        _restraint = d.pop("restraint", UNSET)
        restraint: ModelPackageRestraint | Unset
        if isinstance(_restraint, Unset):
            restraint = UNSET
        else:
            restraint = ModelPackageRestraint(_restraint)

        type(self).__init__(
            self,
            package_name=package_name,
            package_version=package_version,
            restraint=restraint,
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

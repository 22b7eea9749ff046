from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.model_package_detail import ModelPackageDetail


T = TypeVar("T", bound="ModelDependencyDetail")


@_attrs_define
class ModelDependencyDetail(LazyModel):
    """Packages installed before the model's inference code runs, as showModel reports them.

    Attributes:
        installer (str): Installer (pip is the documented value).
        packages (list[ModelPackageDetail]): Packages to install.
    """

    installer: str
    packages: list[ModelPackageDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        installer = self.installer

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installer": installer,
                "packages": packages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "installer",
                "packages",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        installer = d.pop("installer")

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = ModelPackageDetail.from_dict(packages_item_data)

            packages.append(packages_item)

        type(self).__init__(
            self,
            installer=installer,
            packages=packages,
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
    global ModelPackageDetail
    from ..models.model_package_detail import ModelPackageDetail

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_dependency_installer import ModelDependencyInstaller
from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.model_package import ModelPackage


T = TypeVar("T", bound="ModelDependency")


@_attrs_define
class ModelDependency(LazyModel):
    """Packages to install before the model's inference code runs, in createModel.

    Attributes:
        installer (ModelDependencyInstaller): Installer; only pip.
        packages (list[ModelPackage]): Packages to install.
    """

    installer: ModelDependencyInstaller
    packages: list[ModelPackage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        installer = self.installer.value

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
        installer = ModelDependencyInstaller(d.pop("installer"))

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = ModelPackage.from_dict(packages_item_data)

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
    global ModelPackage
    from ..models.model_package import ModelPackage

    _references_pending = False

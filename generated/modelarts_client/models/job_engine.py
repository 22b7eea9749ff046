from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JobEngine")


@_attrs_define
class JobEngine(LazyModel):
    """Engine of a training job; give engine_id, or engine_name + engine_version, or image_url (a custom image).

    Attributes:
        engine_id (str | Unset): Engine id from listTrainingJobEngines, for example pytorch-cp36-1.4.0-v2.
        engine_name (str | Unset): Engine name, for example PyTorch; left out when engine_id is given.
        engine_version (str | Unset): Engine version, for example PyTorch-1.4.0-python3.6; left out when engine_id is
            given.
        image_url (str | Unset): SWR URL of a custom image, organization/image:tag.
        install_sys_packages (bool | Unset): Whether to install the MoXing version of the platform (preset engine with a
            custom image).
        image_repo_id (str | Unset): Id of the SWR enterprise repository instance, for an image_url from such a
            repository.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    image_url: str | Unset = UNSET
    install_sys_packages: bool | Unset = UNSET
    image_repo_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        image_url = self.image_url

        install_sys_packages = self.install_sys_packages

        image_repo_id = self.image_repo_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if install_sys_packages is not UNSET:
            field_dict["install_sys_packages"] = install_sys_packages
        if image_repo_id is not UNSET:
            field_dict["image_repo_id"] = image_repo_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        image_url = d.pop("image_url", UNSET)

        install_sys_packages = d.pop("install_sys_packages", UNSET)

        image_repo_id = d.pop("image_repo_id", UNSET)

        type(self).__init__(
            self,
            engine_id=engine_id,
            engine_name=engine_name,
            engine_version=engine_version,
            image_url=image_url,
            install_sys_packages=install_sys_packages,
            image_repo_id=image_repo_id,
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

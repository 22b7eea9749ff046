from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.engine_image_info import EngineImageInfo


T = TypeVar("T", bound="EngineResponse")


@_attrs_define
class EngineResponse(LazyModel):
    """A preset engine (AI framework) for training jobs.

    Attributes:
        engine_id (str | Unset): Engine id, for example pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64.
        engine_name (str | Unset): Engine name, for example PyTorch (the SDK's framework_type).
        engine_version (str | Unset): Engine version, for example PyTorch-1.4.0-python3.6 (the SDK's framework_version).
        v1_compatible (bool | Unset): Whether the engine runs in v1 compatibility mode.
        run_user (str | Unset): UID of the user the engine starts as by default (empty for the default user).
        image_info (EngineImageInfo | Unset): Images of a preset engine.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    v1_compatible: bool | Unset = UNSET
    run_user: str | Unset = UNSET
    image_info: EngineImageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        v1_compatible = self.v1_compatible

        run_user = self.run_user

        image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_info, Unset):
            image_info = self.image_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if v1_compatible is not UNSET:
            field_dict["v1_compatible"] = v1_compatible
        if run_user is not UNSET:
            field_dict["run_user"] = run_user
        if image_info is not UNSET:
            field_dict["image_info"] = image_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        v1_compatible = d.pop("v1_compatible", UNSET)

        run_user = d.pop("run_user", UNSET)

        _image_info = d.pop("image_info", UNSET)
        image_info: EngineImageInfo | Unset
        if isinstance(_image_info, Unset):
            image_info = UNSET
        else:
            image_info = EngineImageInfo.from_dict(_image_info)

        type(self).__init__(
            self,
            engine_id=engine_id,
            engine_name=engine_name,
            engine_version=engine_version,
            v1_compatible=v1_compatible,
            run_user=run_user,
            image_info=image_info,
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
    global EngineImageInfo
    from ..models.engine_image_info import EngineImageInfo

    _references_pending = False

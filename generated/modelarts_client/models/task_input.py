from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.output_data_info import OutputDataInfo


T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput(LazyModel):
    """The data input channel of a task of a heterogeneous job (OBS only).

    Attributes:
        name (str | Unset): Name of a data input or output channel, passed to the boot file as --name=<local_dir> (and
            as an environment variable of that name), for example data_url or train_url.
        local_dir (str | Unset): Container directory the channel is mapped to.
        remote (OutputDataInfo | Unset): An OBS location a channel reads from or writes to.
    """

    name: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: OutputDataInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        _remote = d.pop("remote", UNSET)
        remote: OutputDataInfo | Unset
        if isinstance(_remote, Unset):
            remote = UNSET
        else:
            remote = OutputDataInfo.from_dict(_remote)

        type(self).__init__(
            self,
            name=name,
            local_dir=local_dir,
            remote=remote,
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
    global OutputDataInfo
    from ..models.output_data_info import OutputDataInfo

    _references_pending = False

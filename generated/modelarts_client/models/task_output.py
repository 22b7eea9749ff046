from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.output_data_info import OutputDataInfo


T = TypeVar("T", bound="TaskOutput")


@_attrs_define
class TaskOutput(LazyModel):
    """The data output channel of a task of a heterogeneous job.

    Attributes:
        name (str | Unset): Name of a data input or output channel, passed to the boot file as --name=<local_dir> (and
            as an environment variable of that name), for example data_url or train_url.
        local_dir (str | Unset): Container directory the channel is mapped to.
        remote (OutputDataInfo | Unset): An OBS location a channel reads from or writes to.
        mode (str | Unset): Upload mode; upload_periodically by default.
        period (str | Unset): Upload period; 30s by default.
    """

    name: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: OutputDataInfo | Unset = UNSET
    mode: str | Unset = UNSET
    period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        mode = self.mode

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period

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

        mode = d.pop("mode", UNSET)

        period = d.pop("period", UNSET)

        type(self).__init__(
            self,
            name=name,
            local_dir=local_dir,
            remote=remote,
            mode=mode,
            period=period,
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

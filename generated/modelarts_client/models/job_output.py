from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.output_data_info import OutputDataInfo


T = TypeVar("T", bound="JobOutput")


@_attrs_define
class JobOutput(LazyModel):
    """A data output channel of a training job.

    Attributes:
        name (str): Name of a data input or output channel, passed to the boot file as --name=<local_dir> (and as an
            environment variable of that name), for example data_url or train_url.
        remote (OutputDataInfo): An OBS location a channel reads from or writes to.
        description (str | Unset): Description of the channel.
        local_dir (str | Unset): Container directory the channel is mapped to, for example /home/ma-
            user/modelarts/outputs/train_url_0.
        access_method (str | Unset): How the job's code learns the local directory of a channel: parameter (a
            --name=<local_dir> argument, the default) or env (an environment variable of the channel's name).
    """

    name: str
    remote: OutputDataInfo
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    access_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        remote = self.remote.to_dict()

        description = self.description

        local_dir = self.local_dir

        access_method = self.access_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "remote": remote,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if access_method is not UNSET:
            field_dict["access_method"] = access_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "name",
                "remote",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        name = d.pop("name")

        remote = OutputDataInfo.from_dict(d.pop("remote"))

        description = d.pop("description", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        access_method = d.pop("access_method", UNSET)

        type(self).__init__(
            self,
            name=name,
            remote=remote,
            description=description,
            local_dir=local_dir,
            access_method=access_method,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutput")


@_attrs_define
class JobOutput:
    """A data output channel of a training job or of a task.

    Attributes:
        name (str): Name of a data input or output channel, passed to the boot file as --name=<local_dir> (and as an
            environment variable of that name), for example data_url or train_url.
        remote (OutputDataInfo): Destination of a data output channel.
        description (str | Unset): Description of the channel.
        local_dir (str | Unset): Container directory the channel is mapped to, for example /home/ma-
            user/modelarts/outputs/train_url_0.
        mode (str | Unset): Upload mode; upload_periodically by default.
        period (str | Unset): Upload period; 30s by default.
    """

    name: str
    remote: OutputDataInfo
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    mode: str | Unset = UNSET
    period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        remote = self.remote.to_dict()

        description = self.description

        local_dir = self.local_dir

        mode = self.mode

        period = self.period

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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        remote = OutputDataInfo.from_dict(d.pop("remote"))

        description = d.pop("description", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        mode = d.pop("mode", UNSET)

        period = d.pop("period", UNSET)

        job_output = cls(
            name=name,
            remote=remote,
            description=description,
            local_dir=local_dir,
            mode=mode,
            period=period,
        )

        job_output.additional_properties = d
        return job_output

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


from ..models.output_data_info import OutputDataInfo

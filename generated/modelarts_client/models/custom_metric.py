from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.metric_command import MetricCommand
    from ..models.metric_endpoint import MetricEndpoint


T = TypeVar("T", bound="CustomMetric")


@_attrs_define
class CustomMetric(LazyModel):
    """One way of collecting metrics of a training job's own, in the Prometheus text format (lines "<name> <value>"): exec
    runs a command, http_get reads a path of a port of the job's container.

        Attributes:
            exec_ (MetricCommand | Unset): A command printing metrics, as its argument list.
            http_get (MetricEndpoint | Unset): An HTTP endpoint of a training job's container answering metrics; path and
                port go together.
    """

    exec_: MetricCommand | Unset = UNSET
    http_get: MetricEndpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        exec_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exec_, Unset):
            exec_ = self.exec_.to_dict()

        http_get: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_get, Unset):
            http_get = self.http_get.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if http_get is not UNSET:
            field_dict["http_get"] = http_get

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _exec_ = d.pop("exec", UNSET)
        exec_: MetricCommand | Unset
        if isinstance(_exec_, Unset):
            exec_ = UNSET
        else:
            exec_ = MetricCommand.from_dict(_exec_)

        _http_get = d.pop("http_get", UNSET)
        http_get: MetricEndpoint | Unset
        if isinstance(_http_get, Unset):
            http_get = UNSET
        else:
            http_get = MetricEndpoint.from_dict(_http_get)

        type(self).__init__(
            self,
            exec_=exec_,
            http_get=http_get,
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
    global MetricCommand
    from ..models.metric_command import MetricCommand

    global MetricEndpoint
    from ..models.metric_endpoint import MetricEndpoint

    _references_pending = False

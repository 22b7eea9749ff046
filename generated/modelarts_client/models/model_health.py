from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ModelHealth")


@_attrs_define
class ModelHealth(LazyModel):
    """Health check of a model's container (custom images).

    Attributes:
        url (str | Unset): Path of the health check API, for example /health.
        protocol (str | Unset): Protocol of the health check; only http is documented.
        check_method (str | Unset): Check method, HTTP or EXEC.
        command (str | Unset): Command of an EXEC check, arguments separated by spaces.
        initial_delay_seconds (str | Unset): Seconds after the instance starts before the first check.
        timeout_seconds (str | Unset): Timeout of one check, in seconds.
        period_seconds (str | Unset): Seconds between checks.
        failure_threshold (str | Unset): Failed checks before the instance counts as unhealthy.
    """

    url: str | Unset = UNSET
    protocol: str | Unset = UNSET
    check_method: str | Unset = UNSET
    command: str | Unset = UNSET
    initial_delay_seconds: str | Unset = UNSET
    timeout_seconds: str | Unset = UNSET
    period_seconds: str | Unset = UNSET
    failure_threshold: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        protocol = self.protocol

        check_method = self.check_method

        command = self.command

        initial_delay_seconds = self.initial_delay_seconds

        timeout_seconds = self.timeout_seconds

        period_seconds = self.period_seconds

        failure_threshold = self.failure_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if check_method is not UNSET:
            field_dict["check_method"] = check_method
        if command is not UNSET:
            field_dict["command"] = command
        if initial_delay_seconds is not UNSET:
            field_dict["initial_delay_seconds"] = initial_delay_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if period_seconds is not UNSET:
            field_dict["period_seconds"] = period_seconds
        if failure_threshold is not UNSET:
            field_dict["failure_threshold"] = failure_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        protocol = d.pop("protocol", UNSET)

        check_method = d.pop("check_method", UNSET)

        command = d.pop("command", UNSET)

        initial_delay_seconds = d.pop("initial_delay_seconds", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        period_seconds = d.pop("period_seconds", UNSET)

        failure_threshold = d.pop("failure_threshold", UNSET)

        type(self).__init__(
            self,
            url=url,
            protocol=protocol,
            check_method=check_method,
            command=command,
            initial_delay_seconds=initial_delay_seconds,
            timeout_seconds=timeout_seconds,
            period_seconds=period_seconds,
            failure_threshold=failure_threshold,
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

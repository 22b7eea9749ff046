from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.log_report_channel import LogReportChannel
    from ..models.smn_notification import SmnNotification


T = TypeVar("T", bound="ServiceAdditionalProperties")


@_attrs_define
class ServiceAdditionalProperties(LazyModel):
    """Further settings of a service: SMN notification of its status changes, LTS log channels, WebSocket.

    Attributes:
        smn_notification (SmnNotification | Unset): SMN notification of a service's status changes.
        log_report_channels (list[LogReportChannel] | Unset): LTS log channels; none disables LTS reporting (once
            enabled it cannot be changed).
        websocket_upgrade (bool | Unset): Whether the service's API is upgraded to WebSocket (false when deploying; once
            enabled it cannot be disabled).
    """

    smn_notification: SmnNotification | Unset = UNSET
    log_report_channels: list[LogReportChannel] | Unset = UNSET
    websocket_upgrade: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        smn_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smn_notification, Unset):
            smn_notification = self.smn_notification.to_dict()

        log_report_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_report_channels, Unset):
            log_report_channels = []
            for log_report_channels_item_data in self.log_report_channels:
                log_report_channels_item = log_report_channels_item_data.to_dict()
                log_report_channels.append(log_report_channels_item)

        websocket_upgrade = self.websocket_upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smn_notification is not UNSET:
            field_dict["smn_notification"] = smn_notification
        if log_report_channels is not UNSET:
            field_dict["log_report_channels"] = log_report_channels
        if websocket_upgrade is not UNSET:
            field_dict["websocket_upgrade"] = websocket_upgrade

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        _smn_notification = d.pop("smn_notification", UNSET)
        smn_notification: SmnNotification | Unset
        if isinstance(_smn_notification, Unset):
            smn_notification = UNSET
        else:
            smn_notification = SmnNotification.from_dict(_smn_notification)

        _log_report_channels = d.pop("log_report_channels", UNSET)
        log_report_channels: list[LogReportChannel] | Unset = UNSET
        if _log_report_channels is not UNSET:
            log_report_channels = []
            for log_report_channels_item_data in _log_report_channels:
                log_report_channels_item = LogReportChannel.from_dict(
                    log_report_channels_item_data
                )

                log_report_channels.append(log_report_channels_item)

        websocket_upgrade = d.pop("websocket_upgrade", UNSET)

        type(self).__init__(
            self,
            smn_notification=smn_notification,
            log_report_channels=log_report_channels,
            websocket_upgrade=websocket_upgrade,
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
    global LogReportChannel
    from ..models.log_report_channel import LogReportChannel

    global SmnNotification
    from ..models.smn_notification import SmnNotification

    _references_pending = False

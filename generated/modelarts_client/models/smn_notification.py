from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="SmnNotification")


@_attrs_define
class SmnNotification(LazyModel):
    """SMN notification of a service's status changes.

    Attributes:
        topic_urn (str): URN of the SMN topic notified.
        events (list[int]): Status changes notified, by event id; documented values 1 (failed), 3 (running), 7
            (concerning), 11 (pending).
    """

    topic_urn: str
    events: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_urn = self.topic_urn

        events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic_urn": topic_urn,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "topic_urn",
                "events",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        topic_urn = d.pop("topic_urn")

        events = cast(list[int], d.pop("events"))

        type(self).__init__(
            self,
            topic_urn=topic_urn,
            events=events,
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

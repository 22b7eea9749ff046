from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.flavor_billing import FlavorBilling
    from ..models.job_flavor_info import JobFlavorInfo


T = TypeVar("T", bound="FlavorDetail")


@_attrs_define
class FlavorDetail(LazyModel):
    """Details of the flavor of a training job.

    Attributes:
        flavor_type (str | Unset): Flavor type; documented values CPU, GPU, Ascend.
        billing (FlavorBilling | Unset): Billing information of a flavor.
        flavor_info (JobFlavorInfo | Unset): Hardware details of the flavor of a training job (its disk size is a
            string).
    """

    flavor_type: str | Unset = UNSET
    billing: FlavorBilling | Unset = UNSET
    flavor_info: JobFlavorInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        flavor_type = self.flavor_type

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if billing is not UNSET:
            field_dict["billing"] = billing
        if flavor_info is not UNSET:
            field_dict["flavor_info"] = flavor_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        flavor_type = d.pop("flavor_type", UNSET)

        _billing = d.pop("billing", UNSET)
        billing: FlavorBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = FlavorBilling.from_dict(_billing)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: JobFlavorInfo | Unset
        if isinstance(_flavor_info, Unset):
            flavor_info = UNSET
        else:
            flavor_info = JobFlavorInfo.from_dict(_flavor_info)

        type(self).__init__(
            self,
            flavor_type=flavor_type,
            billing=billing,
            flavor_info=flavor_info,
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
    global FlavorBilling
    from ..models.flavor_billing import FlavorBilling

    global JobFlavorInfo
    from ..models.job_flavor_info import JobFlavorInfo

    _references_pending = False

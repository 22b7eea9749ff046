from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.flavor_billing import FlavorBilling
    from ..models.flavor_info import FlavorInfo
    from ..models.flavor_response_attributes import FlavorResponseAttributes


T = TypeVar("T", bound="FlavorResponse")


@_attrs_define
class FlavorResponse(LazyModel):
    """A resource flavor for training jobs (in the flavor list, and as the flavor of a task).

    Attributes:
        pool_id (str | Unset): Resource pool of the flavor.
        flavor_id (str | Unset): Flavor id, for example modelarts.vm.cpu.8u.
        flavor_name (str | Unset): Flavor name.
        max_num (int | Unset): Maximum number of nodes of the flavor.
        flavor_type (str | Unset): Flavor type; documented values CPU, GPU, Ascend.
        billing (FlavorBilling | Unset): Billing information of a flavor.
        flavor_info (FlavorInfo | Unset): Hardware details of a flavor in the flavor list (its disk size is an integer).
        attributes (FlavorResponseAttributes | Unset): Other attributes of the flavor.
        support_engines (str | Unset): Engines the flavor supports, a JSON-encoded array of engine descriptions (for
            example [{"engine_name": "PyTorch", "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"}]).
        support_groups (str | Unset): User groups the flavor is offered to; public when empty.
    """

    pool_id: str | Unset = UNSET
    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    max_num: int | Unset = UNSET
    flavor_type: str | Unset = UNSET
    billing: FlavorBilling | Unset = UNSET
    flavor_info: FlavorInfo | Unset = UNSET
    attributes: FlavorResponseAttributes | Unset = UNSET
    support_engines: str | Unset = UNSET
    support_groups: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        pool_id = self.pool_id

        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        max_num = self.max_num

        flavor_type = self.flavor_type

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        support_engines = self.support_engines

        support_groups = self.support_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_name is not UNSET:
            field_dict["flavor_name"] = flavor_name
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if billing is not UNSET:
            field_dict["billing"] = billing
        if flavor_info is not UNSET:
            field_dict["flavor_info"] = flavor_info
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if support_engines is not UNSET:
            field_dict["support_engines"] = support_engines
        if support_groups is not UNSET:
            field_dict["support_groups"] = support_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        pool_id = d.pop("pool_id", UNSET)

        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        max_num = d.pop("max_num", UNSET)

        flavor_type = d.pop("flavor_type", UNSET)

        _billing = d.pop("billing", UNSET)
        billing: FlavorBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = FlavorBilling.from_dict(_billing)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: FlavorInfo | Unset
        if isinstance(_flavor_info, Unset):
            flavor_info = UNSET
        else:
            flavor_info = FlavorInfo.from_dict(_flavor_info)

        _attributes = d.pop("attributes", UNSET)
        attributes: FlavorResponseAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = FlavorResponseAttributes.from_dict(_attributes)

        support_engines = d.pop("support_engines", UNSET)

        support_groups = d.pop("support_groups", UNSET)

        type(self).__init__(
            self,
            pool_id=pool_id,
            flavor_id=flavor_id,
            flavor_name=flavor_name,
            max_num=max_num,
            flavor_type=flavor_type,
            billing=billing,
            flavor_info=flavor_info,
            attributes=attributes,
            support_engines=support_engines,
            support_groups=support_groups,
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

    global FlavorInfo
    from ..models.flavor_info import FlavorInfo

    global FlavorResponseAttributes
    from ..models.flavor_response_attributes import FlavorResponseAttributes

    _references_pending = False

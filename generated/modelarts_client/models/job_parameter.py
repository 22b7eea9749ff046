from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.localized_description import LocalizedDescription
    from ..models.parameter_constraint import ParameterConstraint


T = TypeVar("T", bound="JobParameter")


@_attrs_define
class JobParameter(LazyModel):
    """A running parameter (hyperparameter) of a training job.

    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Parameter value (numbers are sent as strings).
        description (str | Unset): Parameter description.
        constraint (ParameterConstraint | Unset): Constraint of a running parameter.
        i18n_description (LocalizedDescription | None | Unset): Internationalized description (the service may send
            null).
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    constraint: ParameterConstraint | Unset = UNSET
    i18n_description: LocalizedDescription | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        name = self.name

        value = self.value

        description = self.description

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        i18n_description: dict[str, Any] | None | Unset
        if isinstance(self.i18n_description, Unset):
            i18n_description = UNSET
        elif isinstance(self.i18n_description, LocalizedDescription):
            i18n_description = self.i18n_description.to_dict()
        else:
            i18n_description = self.i18n_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if i18n_description is not UNSET:
            field_dict["i18n_description"] = i18n_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _constraint = d.pop("constraint", UNSET)
        constraint: ParameterConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = ParameterConstraint.from_dict(_constraint)

        def _parse_i18n_description(
            data: object,
        ) -> LocalizedDescription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_description_type_0 = (
                    LocalizedDescription.from_dict(data)
                )

                return componentsschemas_localized_description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedDescription | None | Unset, data)

        i18n_description = _parse_i18n_description(d.pop("i18n_description", UNSET))

        type(self).__init__(
            self,
            name=name,
            value=value,
            description=description,
            constraint=constraint,
            i18n_description=i18n_description,
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
    global LocalizedDescription
    from ..models.localized_description import LocalizedDescription

    global ParameterConstraint
    from ..models.parameter_constraint import ParameterConstraint

    _references_pending = False

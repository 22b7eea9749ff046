from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_template_input import ModelTemplateInput


T = TypeVar("T", bound="ModelTemplate")


@_attrs_define
class ModelTemplate(LazyModel):
    """Template configuration of a model whose model_type is Template.

    Attributes:
        template_id (str): Id of the template.
        template_inputs (list[ModelTemplateInput]): Sources of the template's input items.
        infer_format (str | Unset): Id of an input and output mode replacing the template's built-in one.
    """

    template_id: str
    template_inputs: list[ModelTemplateInput]
    infer_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        template_id = self.template_id

        template_inputs = []
        for template_inputs_item_data in self.template_inputs:
            template_inputs_item = template_inputs_item_data.to_dict()
            template_inputs.append(template_inputs_item)

        infer_format = self.infer_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "template_inputs": template_inputs,
            }
        )
        if infer_format is not UNSET:
            field_dict["infer_format"] = infer_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "template_id",
                "template_inputs",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        template_id = d.pop("template_id")

        template_inputs = []
        _template_inputs = d.pop("template_inputs")
        for template_inputs_item_data in _template_inputs:
            template_inputs_item = ModelTemplateInput.from_dict(
                template_inputs_item_data
            )

            template_inputs.append(template_inputs_item)

        infer_format = d.pop("infer_format", UNSET)

        type(self).__init__(
            self,
            template_id=template_id,
            template_inputs=template_inputs,
            infer_format=infer_format,
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
    global ModelTemplateInput
    from ..models.model_template_input import ModelTemplateInput

    _references_pending = False

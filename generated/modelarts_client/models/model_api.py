from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_api_message import ModelApiMessage
    from ..models.model_json_schema import ModelJsonSchema


T = TypeVar("T", bound="ModelApi")


@_attrs_define
class ModelApi(LazyModel):
    """An inference API of a model. The REST API takes url, method, protocol, input_params and output_params; the model
    package's config.json describes the same API with request and response instead.

        Attributes:
            url (str | Unset): Request path of the API; / for the built-in inference runtimes.
            method (str | Unset): Request method, post or get.
            protocol (str | Unset): Request protocol, http or https.
            input_params (ModelJsonSchema | Unset): A JSON Schema object describing the body of an inference request or
                reply, as in the model's config.json. Keywords other than type and properties are kept as additional properties.
            output_params (ModelJsonSchema | Unset): A JSON Schema object describing the body of an inference request or
                reply, as in the model's config.json. Keywords other than type and properties are kept as additional properties.
            request (ModelApiMessage | Unset): Content type and JSON Schema of an inference request or reply (config.json
                apis[].request/response).
            response (ModelApiMessage | Unset): Content type and JSON Schema of an inference request or reply (config.json
                apis[].request/response).
    """

    url: str | Unset = UNSET
    method: str | Unset = UNSET
    protocol: str | Unset = UNSET
    input_params: ModelJsonSchema | Unset = UNSET
    output_params: ModelJsonSchema | Unset = UNSET
    request: ModelApiMessage | Unset = UNSET
    response: ModelApiMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        url = self.url

        method = self.method

        protocol = self.protocol

        input_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = self.input_params.to_dict()

        output_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = self.output_params.to_dict()

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if output_params is not UNSET:
            field_dict["output_params"] = output_params
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        method = d.pop("method", UNSET)

        protocol = d.pop("protocol", UNSET)

        _input_params = d.pop("input_params", UNSET)
        input_params: ModelJsonSchema | Unset
        if isinstance(_input_params, Unset):
            input_params = UNSET
        else:
            input_params = ModelJsonSchema.from_dict(_input_params)

        _output_params = d.pop("output_params", UNSET)
        output_params: ModelJsonSchema | Unset
        if isinstance(_output_params, Unset):
            output_params = UNSET
        else:
            output_params = ModelJsonSchema.from_dict(_output_params)

        _request = d.pop("request", UNSET)
        request: ModelApiMessage | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = ModelApiMessage.from_dict(_request)

        _response = d.pop("response", UNSET)
        response: ModelApiMessage | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ModelApiMessage.from_dict(_response)

        type(self).__init__(
            self,
            url=url,
            method=method,
            protocol=protocol,
            input_params=input_params,
            output_params=output_params,
            request=request,
            response=response,
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
    global ModelApiMessage
    from ..models.model_api_message import ModelApiMessage

    global ModelJsonSchema
    from ..models.model_json_schema import ModelJsonSchema

    _references_pending = False

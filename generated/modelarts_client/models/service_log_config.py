from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_additional_properties import ModelAdditionalProperties
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_envs import ServiceEnvs


T = TypeVar("T", bound="ServiceLogConfig")


@_attrs_define
class ServiceLogConfig(LazyModel):
    """Configuration of one model applied by an update of a service (listServiceUpdateLogs).

    Attributes:
        model_id (str): Model id.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        weight (int | Unset): Share of the traffic in percent (real-time).
        specification (str | Unset): Resource flavor.
        custom_spec (None | ServiceCustomSpec | Unset): Custom resources, with specification custom.
        envs (None | ServiceEnvs | Unset): Environment variables of the model's instances.
        cluster_id (None | str | Unset): Dedicated resource pool of the model's instances.
        instance_count (int | Unset): Number of instances of the model.
        additional_properties_ (ModelAdditionalProperties | None | Unset): Further settings of the model's instances.
    """

    model_id: str
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: None | ServiceCustomSpec | Unset = UNSET
    envs: None | ServiceEnvs | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    instance_count: int | Unset = UNSET
    additional_properties_: ModelAdditionalProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        weight = self.weight

        specification = self.specification

        custom_spec: dict[str, Any] | None | Unset
        if isinstance(self.custom_spec, Unset):
            custom_spec = UNSET
        elif isinstance(self.custom_spec, ServiceCustomSpec):
            custom_spec = self.custom_spec.to_dict()
        else:
            custom_spec = self.custom_spec

        envs: dict[str, Any] | None | Unset
        if isinstance(self.envs, Unset):
            envs = UNSET
        elif isinstance(self.envs, ServiceEnvs):
            envs = self.envs.to_dict()
        else:
            envs = self.envs

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        instance_count = self.instance_count

        additional_properties: dict[str, Any] | None | Unset
        if isinstance(self.additional_properties_, Unset):
            additional_properties = UNSET
        elif isinstance(self.additional_properties_, ModelAdditionalProperties):
            additional_properties = self.additional_properties_.to_dict()
        else:
            additional_properties = self.additional_properties_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ("model_id",))

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        weight = d.pop("weight", UNSET)

        specification = d.pop("specification", UNSET)

        def _parse_custom_spec(data: object) -> None | ServiceCustomSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_spec_type_1 = ServiceCustomSpec.from_dict(data)

                return custom_spec_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCustomSpec | Unset, data)

        custom_spec = _parse_custom_spec(d.pop("custom_spec", UNSET))

        def _parse_envs(data: object) -> None | ServiceEnvs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                envs_type_1 = ServiceEnvs.from_dict(data)

                return envs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceEnvs | Unset, data)

        envs = _parse_envs(d.pop("envs", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        instance_count = d.pop("instance_count", UNSET)

        def _parse_additional_properties(
            data: object,
        ) -> ModelAdditionalProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_properties_type_1 = ModelAdditionalProperties.from_dict(data)

                return additional_properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelAdditionalProperties | None | Unset, data)

        additional_properties = _parse_additional_properties(
            d.pop("additional_properties", UNSET)
        )

        type(self).__init__(
            self,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            weight=weight,
            specification=specification,
            custom_spec=custom_spec,
            envs=envs,
            cluster_id=cluster_id,
            instance_count=instance_count,
            additional_properties_=additional_properties,
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
    global ModelAdditionalProperties
    from ..models.model_additional_properties import ModelAdditionalProperties

    global ServiceCustomSpec
    from ..models.service_custom_spec import ServiceCustomSpec

    global ServiceEnvs
    from ..models.service_envs import ServiceEnvs

    _references_pending = False

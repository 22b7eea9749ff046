from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_mapping_type import ServiceConfigMappingType
from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.model_additional_properties import ModelAdditionalProperties
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_envs import ServiceEnvs
    from ..models.service_mapping_rule import ServiceMappingRule


T = TypeVar("T", bound="ServiceConfig")


@_attrs_define
class ServiceConfig(LazyModel):
    """Running configuration of one model of a service, in createService and updateService. One schema serves both
    inference modes: real-time services use weight (and may list several models); batch services list exactly one model
    and use src_type, src_path, dest_path, req_uri, mapping_type and mapping_rule; edge services use nodes.

        Attributes:
            model_id (str): Id of the model to run (from listModels or createModel).
            specification (str): Resource flavor, for example modelarts.vm.cpu.2u or modelarts.vm.gpu.p4; custom (dedicated
                pools only) needs custom_spec.
            instance_count (int): Number of instances of the model, 1 to 5 (more on request to the service).
            weight (int | Unset): Real-time only, required there; share of the traffic in percent; the weights sum to 100.
            custom_spec (ServiceCustomSpec | Unset): Custom resources of a model instance, used with specification custom in
                a dedicated resource pool; cpu and memory are needed in requests.
            envs (ServiceEnvs | Unset): Environment variables of a model's instances, by name. Do not put secrets here: they
                are shown in the service details.
            cluster_id (str | Unset): Dedicated resource pool of this model (takes precedence over the service's
                cluster_id).
            pool_name (str | Unset): New-version dedicated resource pool of this model (takes precedence over cluster_id).
            deploy_timeout_in_seconds (int | Unset): Timeout of deploying one instance, in seconds.
            nodes (list[str] | Unset): Edge only; ids of the edge nodes to deploy on.
            src_type (str | Unset): Batch only; ManifestFile when src_path is a manifest file listing the inputs; by default
                every file under src_path is an input.
            src_path (str | Unset): Batch only, required there; OBS path of the input data.
            dest_path (str | Unset): Batch only, required there; OBS path for the results.
            req_uri (str | Unset): Batch only, required there; path of the model API each input is sent to (/ for built-in
                runtimes).
            mapping_type (ServiceConfigMappingType | Unset): Batch only, required there; file sends one request per input
                file (the API must take a single file parameter); csv sends one request per CSV row, mapped by mapping_rule.
            mapping_rule (ServiceMappingRule | Unset): Batch services with mapping_type csv: the model's input JSON Schema
                (as in config.json) where each scalar parameter carries an index, the CSV column (from 0; -1 leaves the
                parameter out) that fills it.
            additional_properties_ (ModelAdditionalProperties | Unset): Further settings of a model's instances: volumes
                (dedicated resource pools only), rolling upgrade and graceful stop.
            affinity (ServiceAffinity | Unset): Where a model's instances are scheduled.
    """

    model_id: str
    specification: str
    instance_count: int
    weight: int | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    envs: ServiceEnvs | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    deploy_timeout_in_seconds: int | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    src_type: str | Unset = UNSET
    src_path: str | Unset = UNSET
    dest_path: str | Unset = UNSET
    req_uri: str | Unset = UNSET
    mapping_type: ServiceConfigMappingType | Unset = UNSET
    mapping_rule: ServiceMappingRule | Unset = UNSET
    additional_properties_: ModelAdditionalProperties | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_id = self.model_id

        specification = self.specification

        instance_count = self.instance_count

        weight = self.weight

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        cluster_id = self.cluster_id

        pool_name = self.pool_name

        deploy_timeout_in_seconds = self.deploy_timeout_in_seconds

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        src_type = self.src_type

        src_path = self.src_path

        dest_path = self.dest_path

        req_uri = self.req_uri

        mapping_type: str | Unset = UNSET
        if not isinstance(self.mapping_type, Unset):
            mapping_type = self.mapping_type.value

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties_, Unset):
            additional_properties = self.additional_properties_.to_dict()

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "specification": specification,
                "instance_count": instance_count,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if deploy_timeout_in_seconds is not UNSET:
            field_dict["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if src_type is not UNSET:
            field_dict["src_type"] = src_type
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if mapping_type is not UNSET:
            field_dict["mapping_type"] = mapping_type
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(
            src_dict,
            (
                "model_id",
                "specification",
                "instance_count",
            ),
        )

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        model_id = d.pop("model_id")

        specification = d.pop("specification")

        instance_count = d.pop("instance_count")

        weight = d.pop("weight", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset):
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        _envs = d.pop("envs", UNSET)
        envs: ServiceEnvs | Unset
        if isinstance(_envs, Unset):
            envs = UNSET
        else:
            envs = ServiceEnvs.from_dict(_envs)

        cluster_id = d.pop("cluster_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        deploy_timeout_in_seconds = d.pop("deploy_timeout_in_seconds", UNSET)

        nodes = cast(list[str], d.pop("nodes", UNSET))

        src_type = d.pop("src_type", UNSET)

        src_path = d.pop("src_path", UNSET)

        dest_path = d.pop("dest_path", UNSET)

        req_uri = d.pop("req_uri", UNSET)

        _mapping_type = d.pop("mapping_type", UNSET)
        mapping_type: ServiceConfigMappingType | Unset
        if isinstance(_mapping_type, Unset):
            mapping_type = UNSET
        else:
            mapping_type = ServiceConfigMappingType(_mapping_type)

        _mapping_rule = d.pop("mapping_rule", UNSET)
        mapping_rule: ServiceMappingRule | Unset
        if isinstance(_mapping_rule, Unset):
            mapping_rule = UNSET
        else:
            mapping_rule = ServiceMappingRule.from_dict(_mapping_rule)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ModelAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset):
            additional_properties = UNSET
        else:
            additional_properties = ModelAdditionalProperties.from_dict(
                _additional_properties
            )

        _affinity = d.pop("affinity", UNSET)
        affinity: ServiceAffinity | Unset
        if isinstance(_affinity, Unset):
            affinity = UNSET
        else:
            affinity = ServiceAffinity.from_dict(_affinity)

        type(self).__init__(
            self,
            model_id=model_id,
            specification=specification,
            instance_count=instance_count,
            weight=weight,
            custom_spec=custom_spec,
            envs=envs,
            cluster_id=cluster_id,
            pool_name=pool_name,
            deploy_timeout_in_seconds=deploy_timeout_in_seconds,
            nodes=nodes,
            src_type=src_type,
            src_path=src_path,
            dest_path=dest_path,
            req_uri=req_uri,
            mapping_type=mapping_type,
            mapping_rule=mapping_rule,
            additional_properties_=additional_properties,
            affinity=affinity,
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

    global ServiceAffinity
    from ..models.service_affinity import ServiceAffinity

    global ServiceCustomSpec
    from ..models.service_custom_spec import ServiceCustomSpec

    global ServiceEnvs
    from ..models.service_envs import ServiceEnvs

    global ServiceMappingRule
    from ..models.service_mapping_rule import ServiceMappingRule

    _references_pending = False

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.edge_node import EdgeNode
    from ..models.model_additional_properties import ModelAdditionalProperties
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_envs import ServiceEnvs
    from ..models.service_mapping_rule import ServiceMappingRule


T = TypeVar("T", bound="ServiceConfigDetail")


@_attrs_define
class ServiceConfigDetail(LazyModel):
    """Configuration of one model of a service, as reported by showService (real-time and batch fields) and
    listServiceUpdateLogs. A shared service reports only model_id, model_name and model_version.

        Attributes:
            model_id (str): Model id.
            model_name (str | Unset): Model name.
            model_version (str | Unset): Model version.
            source_type (None | str | Unset): Model source; auto for ExeML models.
            status (str | Unset): Real-time only; state of the model's instances. Documented values: ready (all started),
                concerning (some started), notReady (none started).
            weight (int | Unset): Real-time only; share of the traffic in percent.
            specification (str | Unset): Resource flavor, for example modelarts.vm.cpu.2u.
            custom_spec (None | ServiceCustomSpec | Unset): Custom resources, with specification custom.
            envs (None | ServiceEnvs | Unset): Environment variables of the model's instances.
            instance_count (int | Unset): Number of instances of the model.
            scaling (bool | None | Unset): Whether auto scaling is enabled.
            cluster_id (None | str | Unset): Dedicated resource pool of the model's instances.
            pool_name (None | str | Unset): New-version dedicated resource pool of the model's instances.
            support_debug (bool | None | Unset): Whether the model supports online debugging.
            nodes (list[EdgeNode] | None | Unset): Edge only; the edge nodes the model is deployed on.
            src_type (None | str | Unset): Batch only; ManifestFile when src_path is a manifest file.
            src_path (None | str | Unset): Batch only; OBS path of the input data.
            dest_path (None | str | Unset): Batch only; OBS path of the results.
            req_uri (None | str | Unset): Batch only; model API path each input is sent to.
            mapping_type (None | str | Unset): Batch only; input mapping. Documented values: file, csv.
            mapping_rule (None | ServiceMappingRule | Unset): Batch only; CSV mapping rule, with mapping_type csv.
            start_time (int | None | Unset): Batch only; start time of the task, epoch milliseconds; absent until it starts.
            finished_time (int | None | Unset): Batch only; end time of the task, epoch milliseconds; absent until it ends.
            additional_properties_ (ModelAdditionalProperties | None | Unset): Further settings of the model's instances.
            affinity (None | ServiceAffinity | Unset): Where the model's instances are scheduled.
    """

    model_id: str
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    status: str | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: None | ServiceCustomSpec | Unset = UNSET
    envs: None | ServiceEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    scaling: bool | None | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    pool_name: None | str | Unset = UNSET
    support_debug: bool | None | Unset = UNSET
    nodes: list[EdgeNode] | None | Unset = UNSET
    src_type: None | str | Unset = UNSET
    src_path: None | str | Unset = UNSET
    dest_path: None | str | Unset = UNSET
    req_uri: None | str | Unset = UNSET
    mapping_type: None | str | Unset = UNSET
    mapping_rule: None | ServiceMappingRule | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finished_time: int | None | Unset = UNSET
    additional_properties_: ModelAdditionalProperties | None | Unset = UNSET
    affinity: None | ServiceAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        status = self.status

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

        instance_count = self.instance_count

        scaling: bool | None | Unset
        if isinstance(self.scaling, Unset):
            scaling = UNSET
        else:
            scaling = self.scaling

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        pool_name: None | str | Unset
        if isinstance(self.pool_name, Unset):
            pool_name = UNSET
        else:
            pool_name = self.pool_name

        support_debug: bool | None | Unset
        if isinstance(self.support_debug, Unset):
            support_debug = UNSET
        else:
            support_debug = self.support_debug

        nodes: list[dict[str, Any]] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, list):
            nodes = []
            for nodes_type_0_item_data in self.nodes:
                nodes_type_0_item = nodes_type_0_item_data.to_dict()
                nodes.append(nodes_type_0_item)

        else:
            nodes = self.nodes

        src_type: None | str | Unset
        if isinstance(self.src_type, Unset):
            src_type = UNSET
        else:
            src_type = self.src_type

        src_path: None | str | Unset
        if isinstance(self.src_path, Unset):
            src_path = UNSET
        else:
            src_path = self.src_path

        dest_path: None | str | Unset
        if isinstance(self.dest_path, Unset):
            dest_path = UNSET
        else:
            dest_path = self.dest_path

        req_uri: None | str | Unset
        if isinstance(self.req_uri, Unset):
            req_uri = UNSET
        else:
            req_uri = self.req_uri

        mapping_type: None | str | Unset
        if isinstance(self.mapping_type, Unset):
            mapping_type = UNSET
        else:
            mapping_type = self.mapping_type

        mapping_rule: dict[str, Any] | None | Unset
        if isinstance(self.mapping_rule, Unset):
            mapping_rule = UNSET
        elif isinstance(self.mapping_rule, ServiceMappingRule):
            mapping_rule = self.mapping_rule.to_dict()
        else:
            mapping_rule = self.mapping_rule

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finished_time: int | None | Unset
        if isinstance(self.finished_time, Unset):
            finished_time = UNSET
        else:
            finished_time = self.finished_time

        additional_properties: dict[str, Any] | None | Unset
        if isinstance(self.additional_properties_, Unset):
            additional_properties = UNSET
        elif isinstance(self.additional_properties_, ModelAdditionalProperties):
            additional_properties = self.additional_properties_.to_dict()
        else:
            additional_properties = self.additional_properties_

        affinity: dict[str, Any] | None | Unset
        if isinstance(self.affinity, Unset):
            affinity = UNSET
        elif isinstance(self.affinity, ServiceAffinity):
            affinity = self.affinity.to_dict()
        else:
            affinity = self.affinity

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
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if support_debug is not UNSET:
            field_dict["support_debug"] = support_debug
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
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

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

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        status = d.pop("status", UNSET)

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

        instance_count = d.pop("instance_count", UNSET)

        def _parse_scaling(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scaling = _parse_scaling(d.pop("scaling", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_pool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pool_name = _parse_pool_name(d.pop("pool_name", UNSET))

        def _parse_support_debug(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        support_debug = _parse_support_debug(d.pop("support_debug", UNSET))

        def _parse_nodes(data: object) -> list[EdgeNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nodes_type_0 = []
                _nodes_type_0 = data
                for nodes_type_0_item_data in _nodes_type_0:
                    nodes_type_0_item = EdgeNode.from_dict(nodes_type_0_item_data)

                    nodes_type_0.append(nodes_type_0_item)

                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EdgeNode] | None | Unset, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))

        def _parse_src_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        src_type = _parse_src_type(d.pop("src_type", UNSET))

        def _parse_src_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        src_path = _parse_src_path(d.pop("src_path", UNSET))

        def _parse_dest_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dest_path = _parse_dest_path(d.pop("dest_path", UNSET))

        def _parse_req_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        req_uri = _parse_req_uri(d.pop("req_uri", UNSET))

        def _parse_mapping_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mapping_type = _parse_mapping_type(d.pop("mapping_type", UNSET))

        def _parse_mapping_rule(data: object) -> None | ServiceMappingRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mapping_rule_type_1 = ServiceMappingRule.from_dict(data)

                return mapping_rule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceMappingRule | Unset, data)

        mapping_rule = _parse_mapping_rule(d.pop("mapping_rule", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_finished_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_time = _parse_finished_time(d.pop("finished_time", UNSET))

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

        def _parse_affinity(data: object) -> None | ServiceAffinity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affinity_type_1 = ServiceAffinity.from_dict(data)

                return affinity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceAffinity | Unset, data)

        affinity = _parse_affinity(d.pop("affinity", UNSET))

        type(self).__init__(
            self,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            source_type=source_type,
            status=status,
            weight=weight,
            specification=specification,
            custom_spec=custom_spec,
            envs=envs,
            instance_count=instance_count,
            scaling=scaling,
            cluster_id=cluster_id,
            pool_name=pool_name,
            support_debug=support_debug,
            nodes=nodes,
            src_type=src_type,
            src_path=src_path,
            dest_path=dest_path,
            req_uri=req_uri,
            mapping_type=mapping_type,
            mapping_rule=mapping_rule,
            start_time=start_time,
            finished_time=finished_time,
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
    global EdgeNode
    from ..models.edge_node import EdgeNode

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="EdgeNode")


@_attrs_define
class EdgeNode(LazyModel):
    """An edge node a model of an edge service is deployed on.

    Attributes:
        id (str | Unset): Edge node id (of Intelligent EdgeFabric).
        name (str | Unset): Edge node name.
        description (str | Unset): Node description.
        instance_status (str | Unset): State of the model's instance on the node. Documented values: running, stopped,
            notReady, failed.
        message (str | Unset): Why the instance is failed or notReady.
        predict_url (str | Unset): Inference URL of the node.
        state (str | Unset): Host state. Documented values: RUNNING, FAIL, UNCONNECTED.
        deployment_num (int | Unset): Application instances deployed on the node.
        host_name (str | Unset): Host name of the node.
        host_ips (list[str] | Unset): IP addresses of the node.
        os_type (str | Unset): OS type.
        os_name (str | Unset): OS name.
        os_version (str | Unset): OS version.
        arch (str | Unset): CPU architecture.
        cpu (int | Unset): CPU cores.
        memory (int | Unset): Memory, MB.
        enable_gpu (bool | Unset): Whether GPUs are enabled.
        gpu_num (int | Unset): Number of GPUs.
        node_label (str | Unset): Node label.
        created_at (str | Unset): Creation time, YYYY-MM-DDThh:mm:ss (UTC).
        updated_at (str | Unset): Update time, YYYY-MM-DDThh:mm:ss (UTC).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    message: str | Unset = UNSET
    predict_url: str | Unset = UNSET
    state: str | Unset = UNSET
    deployment_num: int | Unset = UNSET
    host_name: str | Unset = UNSET
    host_ips: list[str] | Unset = UNSET
    os_type: str | Unset = UNSET
    os_name: str | Unset = UNSET
    os_version: str | Unset = UNSET
    arch: str | Unset = UNSET
    cpu: int | Unset = UNSET
    memory: int | Unset = UNSET
    enable_gpu: bool | Unset = UNSET
    gpu_num: int | Unset = UNSET
    node_label: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        instance_status = self.instance_status

        message = self.message

        predict_url = self.predict_url

        state = self.state

        deployment_num = self.deployment_num

        host_name = self.host_name

        host_ips: list[str] | Unset = UNSET
        if not isinstance(self.host_ips, Unset):
            host_ips = self.host_ips

        os_type = self.os_type

        os_name = self.os_name

        os_version = self.os_version

        arch = self.arch

        cpu = self.cpu

        memory = self.memory

        enable_gpu = self.enable_gpu

        gpu_num = self.gpu_num

        node_label = self.node_label

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if message is not UNSET:
            field_dict["message"] = message
        if predict_url is not UNSET:
            field_dict["predict_url"] = predict_url
        if state is not UNSET:
            field_dict["state"] = state
        if deployment_num is not UNSET:
            field_dict["deployment_num"] = deployment_num
        if host_name is not UNSET:
            field_dict["host_name"] = host_name
        if host_ips is not UNSET:
            field_dict["host_ips"] = host_ips
        if os_type is not UNSET:
            field_dict["os_type"] = os_type
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if arch is not UNSET:
            field_dict["arch"] = arch
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if enable_gpu is not UNSET:
            field_dict["enable_gpu"] = enable_gpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if node_label is not UNSET:
            field_dict["node_label"] = node_label
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        instance_status = d.pop("instance_status", UNSET)

        message = d.pop("message", UNSET)

        predict_url = d.pop("predict_url", UNSET)

        state = d.pop("state", UNSET)

        deployment_num = d.pop("deployment_num", UNSET)

        host_name = d.pop("host_name", UNSET)

        host_ips = cast(list[str], d.pop("host_ips", UNSET))

        os_type = d.pop("os_type", UNSET)

        os_name = d.pop("os_name", UNSET)

        os_version = d.pop("os_version", UNSET)

        arch = d.pop("arch", UNSET)

        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        enable_gpu = d.pop("enable_gpu", UNSET)

        gpu_num = d.pop("gpu_num", UNSET)

        node_label = d.pop("node_label", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        type(self).__init__(
            self,
            id=id,
            name=name,
            description=description,
            instance_status=instance_status,
            message=message,
            predict_url=predict_url,
            state=state,
            deployment_num=deployment_num,
            host_name=host_name,
            host_ips=host_ips,
            os_type=os_type,
            os_name=os_name,
            os_version=os_version,
            arch=arch,
            cpu=cpu,
            memory=memory,
            enable_gpu=enable_gpu,
            gpu_num=gpu_num,
            node_label=node_label,
            created_at=created_at,
            updated_at=updated_at,
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

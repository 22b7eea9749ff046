from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ServiceMonitor")


@_attrs_define
class ServiceMonitor(LazyModel):
    """Monitoring data of one model (real-time services) or one node (edge services).

    Attributes:
        model_id (str | Unset): Model id (real-time).
        model_name (str | Unset): Model name (real-time).
        model_version (str | Unset): Model version (real-time).
        node_id (str | Unset): Edge node id (edge).
        node_name (str | Unset): Edge node name (edge).
        invocation_times (int | Unset): Number of calls of the model's instances.
        failed_times (int | Unset): Number of failed calls of the model's instances.
        cpu_core_usage (float | Unset): CPU cores in use.
        cpu_core_total (float | Unset): CPU cores in total.
        cpu_memory_usage (int | Unset): Memory in use, MB.
        cpu_memory_total (int | Unset): Memory in total, MB.
        gpu_usage (float | Unset): GPUs in use.
        gpu_total (float | Unset): GPUs in total.
        gpu_memory_usage (float | Unset): GPU memory in use, MB.
        gpu_memory_total (float | Unset): GPU memory in total, MB.
        npu_usage (float | Unset): NPUs in use.
        npu_total (float | Unset): NPUs in total.
        npu_memory_usage (float | Unset): NPU memory in use, MB.
        npu_memory_total (float | Unset): NPU memory in total, MB.
        model_running_instance_count (int | Unset): Running instances of the model.
        model_instance_count (int | Unset): Instances of the model.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    cpu_core_usage: float | Unset = UNSET
    cpu_core_total: float | Unset = UNSET
    cpu_memory_usage: int | Unset = UNSET
    cpu_memory_total: int | Unset = UNSET
    gpu_usage: float | Unset = UNSET
    gpu_total: float | Unset = UNSET
    gpu_memory_usage: float | Unset = UNSET
    gpu_memory_total: float | Unset = UNSET
    npu_usage: float | Unset = UNSET
    npu_total: float | Unset = UNSET
    npu_memory_usage: float | Unset = UNSET
    npu_memory_total: float | Unset = UNSET
    model_running_instance_count: int | Unset = UNSET
    model_instance_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        node_id = self.node_id

        node_name = self.node_name

        invocation_times = self.invocation_times

        failed_times = self.failed_times

        cpu_core_usage = self.cpu_core_usage

        cpu_core_total = self.cpu_core_total

        cpu_memory_usage = self.cpu_memory_usage

        cpu_memory_total = self.cpu_memory_total

        gpu_usage = self.gpu_usage

        gpu_total = self.gpu_total

        gpu_memory_usage = self.gpu_memory_usage

        gpu_memory_total = self.gpu_memory_total

        npu_usage = self.npu_usage

        npu_total = self.npu_total

        npu_memory_usage = self.npu_memory_usage

        npu_memory_total = self.npu_memory_total

        model_running_instance_count = self.model_running_instance_count

        model_instance_count = self.model_instance_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if cpu_core_usage is not UNSET:
            field_dict["cpu_core_usage"] = cpu_core_usage
        if cpu_core_total is not UNSET:
            field_dict["cpu_core_total"] = cpu_core_total
        if cpu_memory_usage is not UNSET:
            field_dict["cpu_memory_usage"] = cpu_memory_usage
        if cpu_memory_total is not UNSET:
            field_dict["cpu_memory_total"] = cpu_memory_total
        if gpu_usage is not UNSET:
            field_dict["gpu_usage"] = gpu_usage
        if gpu_total is not UNSET:
            field_dict["gpu_total"] = gpu_total
        if gpu_memory_usage is not UNSET:
            field_dict["gpu_memory_usage"] = gpu_memory_usage
        if gpu_memory_total is not UNSET:
            field_dict["gpu_memory_total"] = gpu_memory_total
        if npu_usage is not UNSET:
            field_dict["npu_usage"] = npu_usage
        if npu_total is not UNSET:
            field_dict["npu_total"] = npu_total
        if npu_memory_usage is not UNSET:
            field_dict["npu_memory_usage"] = npu_memory_usage
        if npu_memory_total is not UNSET:
            field_dict["npu_memory_total"] = npu_memory_total
        if model_running_instance_count is not UNSET:
            field_dict["model_running_instance_count"] = model_running_instance_count
        if model_instance_count is not UNSET:
            field_dict["model_instance_count"] = model_instance_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        node_id = d.pop("node_id", UNSET)

        node_name = d.pop("node_name", UNSET)

        invocation_times = d.pop("invocation_times", UNSET)

        failed_times = d.pop("failed_times", UNSET)

        cpu_core_usage = d.pop("cpu_core_usage", UNSET)

        cpu_core_total = d.pop("cpu_core_total", UNSET)

        cpu_memory_usage = d.pop("cpu_memory_usage", UNSET)

        cpu_memory_total = d.pop("cpu_memory_total", UNSET)

        gpu_usage = d.pop("gpu_usage", UNSET)

        gpu_total = d.pop("gpu_total", UNSET)

        gpu_memory_usage = d.pop("gpu_memory_usage", UNSET)

        gpu_memory_total = d.pop("gpu_memory_total", UNSET)

        npu_usage = d.pop("npu_usage", UNSET)

        npu_total = d.pop("npu_total", UNSET)

        npu_memory_usage = d.pop("npu_memory_usage", UNSET)

        npu_memory_total = d.pop("npu_memory_total", UNSET)

        model_running_instance_count = d.pop("model_running_instance_count", UNSET)

        model_instance_count = d.pop("model_instance_count", UNSET)

        type(self).__init__(
            self,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            node_id=node_id,
            node_name=node_name,
            invocation_times=invocation_times,
            failed_times=failed_times,
            cpu_core_usage=cpu_core_usage,
            cpu_core_total=cpu_core_total,
            cpu_memory_usage=cpu_memory_usage,
            cpu_memory_total=cpu_memory_total,
            gpu_usage=gpu_usage,
            gpu_total=gpu_total,
            gpu_memory_usage=gpu_memory_usage,
            gpu_memory_total=gpu_memory_total,
            npu_usage=npu_usage,
            npu_total=npu_total,
            npu_memory_usage=npu_memory_usage,
            npu_memory_total=npu_memory_total,
            model_running_instance_count=model_running_instance_count,
            model_instance_count=model_instance_count,
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

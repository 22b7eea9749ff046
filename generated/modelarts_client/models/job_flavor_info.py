from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

if TYPE_CHECKING:
    from ..models.cpu_info import CpuInfo
    from ..models.disk_info import DiskInfo
    from ..models.gpu_info import GpuInfo
    from ..models.memory_info import MemoryInfo
    from ..models.npu_info import NpuInfo


T = TypeVar("T", bound="JobFlavorInfo")


@_attrs_define
class JobFlavorInfo(LazyModel):
    """Hardware details of the flavor of a training job (its disk size is a string).

    Attributes:
        max_num (int | Unset): Maximum number of nodes that can be selected; 1 means distributed training is not
            supported.
        cpu (CpuInfo | Unset): CPU specifications of a flavor.
        gpu (GpuInfo | Unset): GPU specifications of a flavor.
        npu (NpuInfo | Unset): NPU (Ascend) specifications of a flavor.
        memory (MemoryInfo | Unset): Memory of a flavor.
        disk (DiskInfo | Unset): Disk of the flavor of a training job.
    """

    max_num: int | Unset = UNSET
    cpu: CpuInfo | Unset = UNSET
    gpu: GpuInfo | Unset = UNSET
    npu: NpuInfo | Unset = UNSET
    memory: MemoryInfo | Unset = UNSET
    disk: DiskInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _references_pending:
            _import_references()
        max_num = self.max_num

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if npu is not UNSET:
            field_dict["npu"] = npu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk is not UNSET:
            field_dict["disk"] = disk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls._unread_from(src_dict, ())

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        if _references_pending:
            _import_references()
        d = dict(src_dict)
        max_num = d.pop("max_num", UNSET)

        _cpu = d.pop("cpu", UNSET)
        cpu: CpuInfo | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = CpuInfo.from_dict(_cpu)

        _gpu = d.pop("gpu", UNSET)
        gpu: GpuInfo | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = GpuInfo.from_dict(_gpu)

        _npu = d.pop("npu", UNSET)
        npu: NpuInfo | Unset
        if isinstance(_npu, Unset):
            npu = UNSET
        else:
            npu = NpuInfo.from_dict(_npu)

        _memory = d.pop("memory", UNSET)
        memory: MemoryInfo | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = MemoryInfo.from_dict(_memory)

        _disk = d.pop("disk", UNSET)
        disk: DiskInfo | Unset
        if isinstance(_disk, Unset):
            disk = UNSET
        else:
            disk = DiskInfo.from_dict(_disk)

        type(self).__init__(
            self,
            max_num=max_num,
            cpu=cpu,
            gpu=gpu,
            npu=npu,
            memory=memory,
            disk=disk,
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
    global CpuInfo
    from ..models.cpu_info import CpuInfo

    global DiskInfo
    from ..models.disk_info import DiskInfo

    global GpuInfo
    from ..models.gpu_info import GpuInfo

    global MemoryInfo
    from ..models.memory_info import MemoryInfo

    global NpuInfo
    from ..models.npu_info import NpuInfo

    _references_pending = False

"""Resource flavors and AI engines the local backend offers, shaped like ModelArts' public catalogs.

The public flavors mirror ModelArts' public resource pool (jobs on them run here anyway); the
``modelarts.local.cpu`` flavor describes this machine, with its real CPU count and memory.
"""

from __future__ import annotations

import copy
import os
import platform
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

__all__ = ["LOCAL_FLAVOR_ID", "engines", "find_engine", "find_flavor", "flavor_detail", "flavors"]

LOCAL_FLAVOR_ID = "modelarts.local.cpu"

_GIB = 1024**3


@dataclass(frozen=True)
class _Flavor:
    flavor_id: str
    flavor_type: str
    cpu_cores: int
    memory_gb: int
    max_num: int
    gpu: tuple[int, str, str] | None = None  # count, product, memory per unit
    npu: tuple[int, str, str] | None = None
    arch: str = "x86"
    disk_gb: int = 500

    def name(self) -> str:
        host = f"{'ARM' if self.arch == 'arm' else 'CPU'}: {self.cpu_cores} vCPUs {self.memory_gb}GB"
        if self.gpu is not None:
            return f"GPU: {self.gpu[0]}*{self.gpu[1]}({self.gpu[2]}) | {host}"
        if self.npu is not None:
            return f"Ascend: {self.npu[0]}*{self.npu[1]}({self.npu[2]}) | {host}"
        return host

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "max_num": self.max_num,
            "cpu": {"arch": self.arch, "core_num": self.cpu_cores},
            "memory": {"size": self.memory_gb, "unit": "GB"},
            "disk": {"size": self.disk_gb, "unit": "GB"},
        }
        if self.gpu is not None:
            info["gpu"] = {"unit_num": self.gpu[0], "product_name": self.gpu[1], "memory": self.gpu[2]}
        if self.npu is not None:
            info["npu"] = {"unit_num": str(self.npu[0]), "product_name": self.npu[1], "memory": self.npu[2]}
        return info


_PUBLIC_FLAVORS = (
    _Flavor("modelarts.vm.cpu.2u", "CPU", 2, 8, 1),
    _Flavor("modelarts.vm.cpu.8u", "CPU", 8, 32, 16),
    _Flavor("modelarts.vm.cpu.32u", "CPU", 32, 128, 16),
    _Flavor("modelarts.vm.gpu.pnt004", "GPU", 8, 64, 16, gpu=(1, "NVIDIA-T4", "16GB")),
    _Flavor("modelarts.p3.large.public", "GPU", 8, 64, 16, gpu=(1, "NVIDIA-V100", "32GB")),
    _Flavor("modelarts.p3.4xlarge.public", "GPU", 32, 256, 16, gpu=(4, "NVIDIA-V100", "32GB")),
    _Flavor("modelarts.p3.8xlarge.public", "GPU", 64, 512, 16, gpu=(8, "NVIDIA-V100", "32GB")),
    _Flavor("modelarts.kat1.xlarge", "Ascend", 24, 96, 16, npu=(1, "Ascend-910", "32GB"), arch="arm"),
    _Flavor("modelarts.kat1.8xlarge", "Ascend", 192, 720, 16, npu=(8, "Ascend-910", "32GB"), arch="arm"),
)


def _local_flavor(state_dir: Path | None) -> dict[str, Any]:
    machine = platform.machine().lower()
    arch = "arm" if machine.startswith(("arm", "aarch")) else "x86"
    disk = shutil.disk_usage(state_dir if state_dir is not None and state_dir.exists() else Path.cwd())
    cores = os.cpu_count() or 1
    # One node per core at most: local distributed jobs run their workers as processes side by side.
    flavor = _Flavor(
        LOCAL_FLAVOR_ID,
        "CPU",
        cores,
        max(1, round(psutil.virtual_memory().total / _GIB)),
        cores,
        arch=arch,
        disk_gb=max(1, disk.total // _GIB),
    )
    return {
        **_flavor_document(flavor),
        "flavor_name": f"{flavor.name()} (this machine)",
        "attributes": {"description": "used to run jobs on this machine", "local": "true"},
    }


def _flavor_document(flavor: _Flavor) -> dict[str, Any]:
    return {
        "flavor_id": flavor.flavor_id,
        "flavor_name": flavor.name(),
        "flavor_type": flavor.flavor_type,
        "max_num": flavor.max_num,
        "billing": {"code": flavor.flavor_id.replace(".public", ""), "unit_num": 1},
        "flavor_info": flavor.info(),
        "attributes": {},
    }


def flavors(state_dir: Path | None = None, flavor_type: str | None = None) -> list[dict[str, Any]]:
    """Every flavor (optionally of one type), the local one first."""
    documents = [_local_flavor(state_dir), *(_flavor_document(flavor) for flavor in _PUBLIC_FLAVORS)]
    return [doc for doc in documents if flavor_type is None or doc["flavor_type"] == flavor_type]


def find_flavor(flavor_id: str, state_dir: Path | None = None) -> dict[str, Any] | None:
    return next((doc for doc in flavors(state_dir) if doc["flavor_id"] == flavor_id), None)


# (engine_id, engine_name, engine_version, v1_compatible, cpu image, gpu image or "")
_ENGINES = (
    (
        "pytorch-cp36-1.4.0-v2",
        "PyTorch",
        "PyTorch-1.4.0-python3.6",
        True,
        "pytorch-cpu:1.4.0",
        "pytorch-gpu:1.4.0",
    ),
    (
        "pytorch-cp37-1.8.0",
        "PyTorch",
        "PyTorch-1.8.0-python3.7",
        True,
        "pytorch-cpu:1.8.0",
        "pytorch-gpu:1.8.0",
    ),
    (
        "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
        "PyTorch",
        "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
        False,
        "aip/pytorch_1_8:train",
        "aip/pytorch_1_8:train",
    ),
    (
        "pytorch_1.11.0-cuda_11.3-py_3.7-ubuntu_18.04-x86_64",
        "PyTorch",
        "pytorch_1.11.0-cuda_11.3-py_3.7-ubuntu_18.04-x86_64",
        False,
        "aip/pytorch_1_11:train",
        "aip/pytorch_1_11:train",
    ),
    ("tf-cp36-1.13.1-v2", "TensorFlow", "TF-1.13.1-python3.6", True, "tf-cpu:1.13.1", "tf-gpu:1.13.1"),
    ("tf-cp36-2.1.0", "TensorFlow", "TF-2.1.0-python3.6", True, "tf-cpu:2.1.0", "tf-gpu:2.1.0"),
    (
        "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
        "TensorFlow",
        "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
        False,
        "aip/tensorflow_2_1:train",
        "aip/tensorflow_2_1:train",
    ),
    ("mindspore-cp37-1.3.0", "MindSpore", "MindSpore-1.3.0-python3.7", True, "mindspore-cpu:1.3.0", ""),
    (
        "mindspore_1.7.0-cann_5.1.0-py_3.7-euler_2.8.3-aarch64",
        "MindSpore",
        "mindspore_1.7.0-cann_5.1.0-py_3.7-euler_2.8.3-aarch64",
        False,
        "aip/mindspore_1_7_0:train",
        "",
    ),
    (
        "scikit-learn-cp36-0.22.1",
        "Scikit_Learn",
        "Scikit_Learn-0.22.1-python3.6",
        True,
        "sklearn-cpu:0.22.1",
        "",
    ),
    (
        "scikit-learn-cp37-1.0.2",
        "Scikit_Learn",
        "Scikit_Learn-1.0.2-python3.7",
        True,
        "sklearn-cpu:1.0.2",
        "",
    ),
    ("xgboost-cp36-0.90", "XGBoost", "XGBoost-0.90-python3.6", True, "xgboost-cpu:0.90", ""),
    ("xgboost-cp37-1.5.1", "XGBoost", "XGBoost-1.5.1-python3.7", True, "xgboost-cpu:1.5.1", ""),
)


def flavor_detail(flavor: dict[str, Any]) -> dict[str, Any]:
    """A flavor as a job's ``spec.resource.flavor_detail`` reports it: there the disk size is a string."""
    info = copy.deepcopy(flavor["flavor_info"])
    if "disk" in info:
        info["disk"]["size"] = str(info["disk"]["size"])
    return {"flavor_type": flavor["flavor_type"], "billing": flavor["billing"], "flavor_info": info}


def engines() -> list[dict[str, Any]]:
    return [
        {
            "engine_id": engine_id,
            "engine_name": name,
            "engine_version": version,
            "v1_compatible": v1,
            "run_user": "1102" if not v1 else "",
            "image_info": {"cpu_image_url": cpu, "gpu_image_url": gpu, "image_version": version},
        }
        for engine_id, name, version, v1, cpu, gpu in _ENGINES
    ]


def find_engine(
    engine_id: str | None = None, engine_name: str | None = None, engine_version: str | None = None
) -> dict[str, Any] | None:
    """The engine with this id, or with this name and version."""
    for engine in engines():
        if engine_id is not None:
            if engine["engine_id"] == engine_id:
                return engine
        elif engine["engine_name"] == engine_name and engine["engine_version"] == engine_version:
            return engine
    return None

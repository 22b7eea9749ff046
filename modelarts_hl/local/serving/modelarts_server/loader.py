"""Loading a model folder: find the class of ``customize_service.py`` and construct it as ModelArts does."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["LoadError", "load_service", "model_path_for"]

SCRIPT = "customize_service.py"
# Engines whose services get the model *file* as model_path (the others get the model folder).
_FILE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "PyTorch": (".pt", ".pth", ".pkl", ".ckpt", ".bin"),
    "Scikit_Learn": (".pkl", ".pickle", ".joblib", ".m", ".model"),
    "XGBoost": (".m", ".model", ".json", ".ubj", ".bin", ".pkl", ".pickle", ".joblib"),
}
# Engines that have a built-in service, so a model folder of theirs needs no inference script.
_DEFAULT_SERVICES = {
    "Scikit_Learn": ("model_service.python_model_service", "XgSklServingBaseService"),
    "XGBoost": ("model_service.python_model_service", "XgSklServingBaseService"),
}


class LoadError(Exception):
    """The model folder cannot be served; the message says why."""


def _base_class(module: str, name: str) -> type[Any]:
    # Looked up by the names user scripts import, so that issubclass sees the very classes they inherit.
    value = getattr(importlib.import_module(module), name)
    if not isinstance(value, type):
        raise LoadError(f"{module}.{name} is not a class")
    return value


def model_path_for(model_type: str, model_dir: Path) -> Path:
    suffixes = _FILE_SUFFIXES.get(model_type)
    if suffixes is None:
        return model_dir
    candidates = sorted(path for path in model_dir.rglob("*") if path.is_file() and path.suffix in suffixes)
    return candidates[0] if candidates else model_dir


def _import_script(model_dir: Path) -> ModuleType:
    # Imported as <folder>.customize_service so that both ``import helper`` and ``from . import helper`` work.
    for entry in (str(model_dir), str(model_dir.parent)):
        if entry not in sys.path:
            sys.path.insert(0, entry)
    if model_dir.name.isidentifier():
        return importlib.import_module(f"{model_dir.name}.customize_service")
    spec = importlib.util.spec_from_file_location("customize_service", model_dir / SCRIPT)
    if spec is None or spec.loader is None:
        raise LoadError(f"cannot import {model_dir / SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _is_service_class(value: object, module: ModuleType) -> bool:
    return (
        inspect.isclass(value)
        and value.__module__ == module.__name__
        and (
            issubclass(value, _base_class("model_service.model_service", "ModelService"))
            or callable(getattr(value, "_inference", None))
        )
    )


def _service_class(module: ModuleType) -> type[Any]:
    classes: list[type[Any]] = [value for value in vars(module).values() if _is_service_class(value, module)]
    # The most derived class: one no other candidate inherits from.
    leaves = [
        cls for cls in classes if not any(other is not cls and issubclass(other, cls) for other in classes)
    ]
    if not leaves:
        raise LoadError(
            f"{SCRIPT} defines no inference class: subclass a base class of model_service "
            "(for example model_service.model_service.SingleNodeService) and implement _inference"
        )
    if len(leaves) > 1:
        names = ", ".join(sorted(cls.__name__ for cls in leaves))
        raise LoadError(f"{SCRIPT} defines several inference classes ({names}); keep exactly one")
    return leaves[0]


def _construct(cls: type[Any], model_name: str, model_path: Path) -> Any:
    try:
        parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except (TypeError, ValueError):
        parameters = []
    positional = [
        p
        for p in parameters
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is inspect.Parameter.empty
    ]
    # Machine-learning engines construct with the model path only.
    if len(positional) == 1 and positional[0].name != "model_name":
        return cls(str(model_path))
    return cls(model_name, str(model_path))


def load_service(model_dir: Path, model_name: str, model_type: str) -> Any:
    if (model_dir / SCRIPT).is_file():
        cls = _service_class(_import_script(model_dir))
    elif model_type in _DEFAULT_SERVICES:
        cls = _base_class(*_DEFAULT_SERVICES[model_type])
    else:
        raise LoadError(f"the model folder has no {SCRIPT}; {model_type} models need one")
    service = _construct(cls, model_name, model_path_for(model_type, model_dir))
    if not callable(getattr(service, "inference", None)) and not callable(
        getattr(service, "_inference", None)
    ):
        raise LoadError(f"{cls.__name__} has no inference method")
    return service

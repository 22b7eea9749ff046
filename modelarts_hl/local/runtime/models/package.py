"""Checking a model package (its ``model/`` folder) and reading its ``config.json``, as ModelArts imports.

Fields given in the import request win; ``config.json`` fills in what the request left out (model_algorithm,
runtime, apis, dependencies, metrics), and the inference API's parameters are derived from ``apis``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["CONFIG_FILE", "SCRIPT_FILE", "PackageError", "inspect_package", "needs_script"]

CONFIG_FILE = "config.json"
SCRIPT_FILE = "customize_service.py"
# Engines with a built-in inference service: their packages may leave out the script.
_BUILT_IN_SERVICES = frozenset({"Scikit_Learn", "XGBoost"})
_RESTRAINTS = frozenset({"EXACT", "ATLEAST", "ATMOST"})


class PackageError(Exception):
    """The package cannot be imported; the message is the reason shown to the user."""


def needs_script(model_type: str) -> bool:
    return model_type not in _BUILT_IN_SERVICES


def inspect_package(model_dir: Path, model: Mapping[str, Any]) -> dict[str, Any]:
    """The fields the import adds to the model record; :class:`PackageError` when the package is unusable."""
    files = [path for path in model_dir.rglob("*") if path.is_file()]
    if not files:
        raise PackageError("the model/ folder is empty")
    config = _read_config(model_dir / CONFIG_FILE)
    fields: dict[str, Any] = {"model_size": sum(path.stat().st_size for path in files)}
    if config is not None:
        fields["config"] = json.dumps(config)
    for name in ("model_algorithm", "runtime"):
        value = model.get(name) or (config or {}).get(name)
        if value is not None and not isinstance(value, str):
            raise PackageError(f"{CONFIG_FILE}: {name} must be a string")
        if value:
            fields[name] = value
    if "model_algorithm" not in fields:
        raise PackageError(f"model_algorithm is neither given nor set in {CONFIG_FILE}")
    apis = _apis(model, config)
    if apis is not None:
        fields["apis"] = json.dumps(apis)
        for direction, message in (("input_params", "request"), ("output_params", "response")):
            if not model.get(direction):
                fields[direction] = _params(apis, message)
    if not model.get("dependencies") and config is not None and "dependencies" in config:
        fields["dependencies"] = _dependencies(config["dependencies"])
    if not model.get("model_metrics") and config is not None and "metrics" in config:
        fields["model_metrics"] = json.dumps(_metrics(config["metrics"]))
    _check_script(model_dir, str(model["model_type"]))
    return fields


def _read_config(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(f"{CONFIG_FILE} is not valid JSON: {exc}") from None
    if not isinstance(config, dict):
        raise PackageError(f"{CONFIG_FILE} must hold a JSON object")
    return config


def _apis(model: Mapping[str, Any], config: Mapping[str, Any] | None) -> list[dict[str, Any]] | None:
    given = model.get("apis")
    raw = json.loads(given) if isinstance(given, str) else given
    if raw is None and config is not None:
        raw = config.get("apis")
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(api, dict) for api in raw):
        raise PackageError(f"{CONFIG_FILE}: apis must be a list of objects")
    apis = []
    for index, api in enumerate(raw):
        normalized = {"url": api.get("url") or "/", "method": str(api.get("method") or "post").lower(), **api}
        if not isinstance(normalized["url"], str) or not normalized["url"].startswith("/"):
            raise PackageError(f"{CONFIG_FILE}: apis[{index}].url must be a path starting with '/'")
        for message in ("request", "response"):
            part = normalized.get(message)
            if part is None:
                continue
            if not isinstance(part, dict) or not isinstance(part.get("data", {}), dict):
                raise PackageError(
                    f"{CONFIG_FILE}: apis[{index}].{message} must be an object with a data schema"
                )
        apis.append(normalized)
    return apis


def _params(apis: list[dict[str, Any]], message: str) -> list[dict[str, Any]]:
    params = []
    for api in apis:
        schema = (api.get(message) or {}).get("data") or {}
        properties = schema.get("properties") or {}
        for name, prop in properties.items():
            prop = prop if isinstance(prop, dict) else {}
            param: dict[str, Any] = {
                "url": api["url"],
                "method": api["method"],
                "param_name": str(name)[:64],
                "param_type": str(prop.get("type", "object")),
            }
            for bound, key in (("min", "minimum"), ("max", "maximum")):
                if isinstance(prop.get(key), int | float):
                    param[bound] = float(prop[key])
            if isinstance(prop.get("description"), str):
                param["param_desc"] = prop["description"]
            params.append(param)
    return params


def _dependencies(raw: object) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise PackageError(f"{CONFIG_FILE}: dependencies must be a list")
    dependencies = []
    for index, dependency in enumerate(raw):
        where = f"{CONFIG_FILE}: dependencies[{index}]"
        if not isinstance(dependency, dict) or not isinstance(dependency.get("packages"), list):
            raise PackageError(f"{where} must be an object with a packages list")
        installer = dependency.get("installer", "pip")
        if installer != "pip":
            raise PackageError(f"{where}.installer must be pip")
        packages = []
        for number, package in enumerate(dependency["packages"]):
            spot = f"{where}.packages[{number}]"
            if not isinstance(package, dict) or not isinstance(package.get("package_name"), str):
                raise PackageError(f"{spot} needs a package_name")
            version, restraint = package.get("package_version"), package.get("restraint")
            if version and restraint not in _RESTRAINTS:
                raise PackageError(
                    f"{spot}.restraint must be EXACT, ATLEAST or ATMOST with a package_version"
                )
            packages.append(
                {
                    key: package[key]
                    for key in ("package_name", "package_version", "restraint")
                    if package.get(key)
                }
            )
        dependencies.append({"installer": installer, "packages": packages})
    return dependencies


def _metrics(raw: object) -> dict[str, float]:
    if not isinstance(raw, dict) or not all(isinstance(v, int | float) for v in raw.values()):
        raise PackageError(
            f"{CONFIG_FILE}: metrics must map names (f1, recall, precision, accuracy) to numbers"
        )
    return {str(name): float(value) for name, value in raw.items()}


def _check_script(model_dir: Path, model_type: str) -> None:
    script = model_dir / SCRIPT_FILE
    if not script.is_file():
        if needs_script(model_type):
            raise PackageError(
                f"{SCRIPT_FILE} is missing from the model/ folder; {model_type} models need one"
            )
        return
    try:
        compile(script.read_bytes(), str(script), "exec")
    except SyntaxError as exc:
        raise PackageError(f"{SCRIPT_FILE} line {exc.lineno}: {exc.msg}") from None

"""``modelarts-hl models``: the model registry, over ``Model``.

JSON output: ``list`` an array of model summaries (the reference's Table 7-9), ``show``/``create`` the
model's details (Tables 7-13 to 7-17), ``delete`` ``{"model_id", "deleted"}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from .context import command, current
from .inputs import arguments_of, build, build_list, file_option, load_file, page_options
from .output import Column, emit, emit_list, format_ms

__all__ = ["group"]

group = click.Group("models", help="Models of the registry: list, show, create, delete.")

MODEL_COLUMNS = (
    Column("ID", "model_id"),
    Column("NAME", "model_name"),
    Column("VERSION", "model_version"),
    Column("STATUS", "model_status"),
    Column("TYPE", "model_type"),
    Column("CREATED", lambda item: format_ms(item.get("create_at"))),
)


@command(group, "list")
@click.option("--name", "model_name", help="Models whose name contains this.")
@click.option("--version", "model_version", help="Model version.")
@click.option("--status", "model_status", help="publishing, published, failed, building, building_failed.")
@click.option("--description", help="Models whose description contains this.")
@page_options("create_at, model_version or model_size")
@click.option("--workspace-id", help="Workspace.")
def list_models(**filters: Any) -> None:
    """List the models of the project."""
    from modelarts_hl.inference import Model

    listing = Model.get_model_list(current().session(), **filters)
    emit_list(listing.to_dict().get("models") or [], MODEL_COLUMNS)


@command(group, "show")
@click.argument("model_id")
def show(model_id: str) -> None:
    """Show a model."""
    from modelarts_hl.inference import Model

    emit(Model(current().session(), model_id=model_id).get_model_info().to_dict())


@command(group, "create")
@file_option("Model arguments")
@click.option("--name", "model_name", help="Model name.")
@click.option("--version", "model_version", help="Model version (1.0.0).")
@click.option("--source-location", help="OBS folder holding model/ (or a local folder with --local-source).")
@click.option("--local-source", is_flag=True, help="Upload the local folder --source-location first.")
@click.option("--model-type", help="PyTorch, TensorFlow, MindSpore, Image, ...")
@click.option("--model-algorithm", help="predict_analysis, image_classification, ...")
@click.option("--runtime", help="Runtime (python3.7, ...).")
@click.option("--execution-code", help="OBS path of customize_service.py.")
@click.option("--source-job-id", help="Training job the model comes from.")
@click.option("--description", help="Description.")
@click.option("--no-wait", is_flag=True, help="Return at once instead of waiting until it is published.")
@click.option("--timeout", type=float, help="Give up waiting after this many seconds (default 600).")
def create(path: str | None, local_source: bool, no_wait: bool, timeout: float | None, **flags: Any) -> None:
    """Create (import) a model and wait until it is published."""
    from modelarts_hl.inference import Model, Params

    where = path or "options"
    settings = arguments_of(
        Model.__init__, load_file(path, "--file") if path else {}, where, skip=["model_id"]
    )
    settings.update({name: value for name, value in flags.items() if value is not None})
    if local_source:
        settings["source_location_type"] = "LOCAL_SOURCE"
    if no_wait:
        settings["publish"] = False
    if timeout is not None:
        settings["timeout"] = timeout
    for name in ("input_params", "output_params"):
        if settings.get(name) is not None:
            settings[name] = build_list(Params, settings[name], name)
    if settings.get("dependencies") is not None:
        settings["dependencies"] = _dependencies(settings["dependencies"])
    model = Model(current().session(), **settings)
    info = model.get_model_info().to_dict()
    emit(info, text=f"Created model {model.model_id} ({info.get('model_status')})")


def _dependencies(value: object) -> list[Any]:
    from modelarts_hl.inference import Dependencies, Packages

    if not isinstance(value, list):
        raise click.UsageError("dependencies: expected a list of Dependencies mappings")
    found = []
    for index, item in enumerate(value):
        if isinstance(item, Mapping) and "packages" in item:
            item = {
                **item,
                "packages": build_list(Packages, item["packages"], f"dependencies[{index}].packages"),
            }
        found.append(build(Dependencies, item, f"dependencies[{index}]"))
    return found


@command(group, "delete")
@click.argument("model_id")
def delete(model_id: str) -> None:
    """Delete a model (refused while a service uses it)."""
    from modelarts_hl.inference import Model

    Model(current().session(), model_id=model_id).delete_model()
    emit({"model_id": model_id, "deleted": True}, text=f"Deleted model {model_id}")

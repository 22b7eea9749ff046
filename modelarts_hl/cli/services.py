"""``modelarts-hl services``: real-time and batch services, over ``Model.deploy_*``, ``Predictor`` and
``Transformer``.

JSON output: ``list`` an array of service summaries (the reference's Table 8-12), ``show``/``deploy``/
``update`` the service's details (Tables 8-7 to 8-9), ``monitor`` Table 8-21, ``logs`` Tables 8-22 to 8-25,
``predict`` the service's reply as it sent it, ``delete`` ``{"service_id", "deleted"}``.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from .context import command, current
from .inputs import (
    arguments_of,
    build_list,
    file_option,
    json_value,
    key_values,
    load_file,
    page_options,
    read_document,
)
from .output import Column, emit, emit_list, emit_rows, format_ms, json_text

if TYPE_CHECKING:
    from modelarts_hl.inference import Predictor

__all__ = ["group"]

group = click.Group(
    "services",
    help="Real-time and batch services: list, show, deploy, update, monitor, logs, predict, delete.",
)

SERVICE_COLUMNS = (
    Column("ID", "service_id"),
    Column("NAME", "service_name"),
    Column("TYPE", "infer_type"),
    Column("STATUS", "status"),
    Column("CALLS", "invocation_times"),
    Column("FAILED", "failed_times"),
    Column("PUBLISHED", lambda item: format_ms(item.get("publish_at"))),
)

MONITOR_COLUMNS = (
    Column("MODEL", "model_name"),
    Column("VERSION", "model_version"),
    Column("CALLS", "invocation_times"),
    Column("FAILED", "failed_times"),
    Column("CPU", lambda m: f"{m.get('cpu_core_usage') or 0:.2f}/{m.get('cpu_core_total') or 0:g}"),
    Column("MEMORY MB", lambda m: f"{m.get('cpu_memory_usage') or 0}/{m.get('cpu_memory_total') or 0}"),
    Column(
        "INSTANCES",
        lambda m: f"{m.get('model_running_instance_count') or 0}/{m.get('model_instance_count') or 0}",
    ),
)
LOG_COLUMNS = (
    Column("UPDATED", lambda entry: format_ms(entry.get("update_time"))),
    Column("RESULT", "result"),
    Column(
        "MODELS",
        lambda entry: ", ".join(
            f"{c.get('model_name')} {c.get('model_version')} ({c.get('weight', '-')}%)"
            for c in entry.get("config") or []
        ),
    ),
    Column("EXTEND", "extend_config"),
)


def _predictor(service_id: str) -> Predictor:
    from modelarts_hl.inference import Predictor

    return Predictor(current().session(), service_id)


def _service(service_id: str) -> Predictor:
    """The service as the object of its kind (a batch service is a Transformer)."""
    from modelarts_hl.inference import Transformer

    predictor = _predictor(service_id)
    if predictor.get_service_info().to_dict().get("infer_type") == "batch":
        return Transformer(predictor.session, service_id)
    return predictor


@command(group, "list")
@page_options("publish_at or service_name")
@click.option("--name", "service_name", help="Services whose name contains this.")
@click.option("--id", "service_id", help="Service id.")
@click.option("--model-id", help="Services running this model.")
@click.option(
    "--type", "infer_type", type=click.Choice(["real-time", "batch", "edge"]), help="Kind of service."
)
@click.option("--status", "service_status", help="running, deploying, concerning, failed, stopped, finished.")
def list_services(**filters: Any) -> None:
    """List the services of the project."""
    from modelarts_hl.inference import Predictor

    services = Predictor.get_service_list(current().session(), **filters).to_dict().get("services")
    emit_list(services or [], SERVICE_COLUMNS)


@command(group, "show")
@click.argument("service_id")
def show(service_id: str) -> None:
    """Show a service."""
    emit(_predictor(service_id).get_service_info().to_dict())


def _configs(value: object, batch: bool, where: str) -> list[Any]:
    from modelarts_hl.inference import ServiceConfig, TransformerConfig

    return build_list(TransformerConfig if batch else ServiceConfig, value, where)


@command(group, "deploy")
@file_option("deploy_predictor arguments (with infer_type: batch, deploy_transformer's)")
@click.option("--model-id", help="Model to serve (one model; several need --file).")
@click.option("--name", "service_name", help="Service name.")
@click.option("--batch", is_flag=True, help="A batch service (deploy_transformer), not a real-time one.")
@click.option("--specification", help="Resource flavor (modelarts.vm.cpu.2u).")
@click.option("--instance-count", type=int, default=1, show_default=True, help="Instances of the model.")
@click.option("--env", multiple=True, metavar="NAME=VALUE", help="Environment variable. Repeatable.")
@click.option("--src-path", help="Batch: OBS folder of the inputs.")
@click.option("--dest-path", help="Batch: OBS folder for the results.")
@click.option("--req-uri", help="Batch: API path each input is sent to (/).")
@click.option(
    "--mapping-type", type=click.Choice(["file", "csv"]), help="Batch: one request per file or per CSV row."
)
@click.option("--mapping-rule", metavar="JSON|@FILE", help="Batch: CSV mapping rule.")
@click.option("--description", help="Description.")
@click.option("--no-wait", is_flag=True, help="Return at once instead of waiting until it runs.")
@click.option("--timeout", type=float, help="Give up waiting after this many seconds.")
def deploy(
    path: str | None,
    model_id: str | None,
    batch: bool,
    specification: str | None,
    instance_count: int,
    env: tuple[str, ...],
    src_path: str | None,
    dest_path: str | None,
    req_uri: str | None,
    mapping_type: str | None,
    mapping_rule: str | None,
    no_wait: bool,
    timeout: float | None,
    **flags: Any,
) -> None:
    """Deploy a model as a service and wait until it runs (a batch service: until it has finished)."""
    from modelarts_hl.inference import Model, Schedule

    where = path or "options"
    data = load_file(path, "--file") if path else {}
    batch = batch or data.get("infer_type") == "batch"
    method = Model.deploy_transformer if batch else Model.deploy_predictor
    settings = arguments_of(method, data, where, skip=["wait", "timeout"])
    settings.update({name: value for name, value in flags.items() if value is not None})
    if model_id is not None:
        config: dict[str, Any] = {
            "model_id": model_id,
            "specification": specification,
            "instance_count": instance_count,
        }
        if env:
            config["envs"] = key_values(env, "--env")
        if batch:
            rule = None if mapping_rule is None else json_value(mapping_rule, "--mapping-rule")
            config.update(src_path=src_path, dest_path=dest_path, req_uri=req_uri, mapping_type=mapping_type)
            config["mapping_rule"] = rule
        else:
            config["weight"] = 100
        settings["configs"] = [config]
    configs = _configs(settings.get("configs"), batch, "configs")
    if not configs:
        raise click.UsageError("give --model-id (with --specification), or configs in --file")
    settings["configs"] = configs
    if settings.get("schedule") is not None:
        settings["schedule"] = build_list(Schedule, settings["schedule"], "schedule")
    settings["infer_type"] = "batch" if batch else settings.get("infer_type", "real-time")
    model = Model(current().session(), model_id=configs[0].model_id)
    options: dict[str, Any] = {"wait": not no_wait}
    if timeout is not None:
        options["timeout"] = timeout
    service = method(model, **settings, **options)
    info = service.get_service_info().to_dict()
    emit(info, text=f"Deployed service {service.service_id} ({info.get('status')})")


@command(group, "update")
@click.argument("service_id")
@click.option("--description", help="New description.")
@click.option("--status", type=click.Choice(["running", "stopped"]), help="Start or stop the service.")
@click.option(
    "--configs",
    "path",
    type=click.Path(dir_okay=False),
    help="YAML or JSON file: a list of model configurations (or `configs:` holding one) to deploy instead.",
)
@click.option("--wait", is_flag=True, help="Wait until a start or new configurations are deployed.")
@click.option("--timeout", type=float, help="With --wait: give up after this many seconds.")
def update(
    service_id: str,
    description: str | None,
    status: str | None,
    path: str | None,
    wait: bool,
    timeout: float | None,
) -> None:
    """Change a service: its description, its status, or its model configurations."""
    service = _service(service_id)
    configs = None
    if path is not None:
        from modelarts_hl.inference import Transformer

        data = read_document(path, "--configs")
        if isinstance(data, Mapping):
            data = data.get("configs")
        configs = _configs(data, isinstance(service, Transformer), f"{path}: configs")
    options: dict[str, Any] = {"wait": wait}
    if timeout is not None:
        options["timeout"] = timeout
    service.update_service_config(description, status, configs, **options)
    info = service.get_service_info().to_dict()
    emit(info, text=f"Updated service {service_id} ({info.get('status')})")


@command(group, "monitor")
@click.argument("service_id")
def monitor(service_id: str) -> None:
    """Show a service's calls, failures and resource use per model."""
    emit_rows(_predictor(service_id).get_service_monitor().to_dict(), "monitors", MONITOR_COLUMNS)


@command(group, "logs")
@click.argument("service_id")
def logs(service_id: str) -> None:
    """Show a service's update log (its deployments and configuration changes)."""
    emit_rows(_predictor(service_id).get_service_logs().to_dict(), "logs", LOG_COLUMNS)


@command(group, "delete")
@click.argument("service_id")
def delete(service_id: str) -> None:
    """Delete a service."""
    _predictor(service_id).delete_service()
    emit({"service_id": service_id, "deleted": True}, text=f"Deleted service {service_id}")


@command(group, "predict")
@click.argument("service_id")
@click.option(
    "-d", "--data", metavar="JSON|@FILE|@-", help="JSON request body, inline or from a file (@- stdin)."
)
@click.option(
    "--file", "path", type=click.Path(exists=True, dir_okay=False), help="Local file to send (multipart)."
)
@click.option(
    "--data-type",
    type=click.Choice(["images", "files"]),
    help="Form field of --file when the model names none (default: images for an image, else files).",
)
@click.option("--path", "api", default="/", show_default=True, help="API path inside the service.")
def predict(service_id: str, data: str | None, path: str | None, data_type: str | None, api: str) -> None:
    """Send one prediction request to a real-time service and print its reply."""
    if (data is None) == (path is None):
        raise click.UsageError("give either --data or --file")
    predictor = _predictor(service_id)
    if path is not None:
        kind = data_type or (
            "images" if (mimetypes.guess_type(path)[0] or "").startswith("image/") else "files"
        )
        reply = predictor.predict(data=path, data_type=kind, path=api)
    else:
        reply = predictor.predict(data=json_value(str(data), "--data"), path=api)
    click.echo(reply if isinstance(reply, str) else json_text(reply))

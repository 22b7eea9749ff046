"""``modelarts-hl jobs``: training jobs, over ``Estimator`` and ``TrainingJob``.

JSON output: ``list`` an array of JobResponse objects (the reference's Table 6-11), ``show``/``stop``/
``submit`` one JobResponse, ``metrics`` ``{"metrics": [{"metric", "value"}]}``, ``flavors`` an array of
flavors, ``engines`` an array of ``{"framework_type", "framework_version"}``, ``delete`` ``{"job_id",
"deleted"}``. ``logs`` prints the log as text, into a pipe too (with ``-o json``: the log preview
``{"content", "current_size", "full_size"}``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from .context import command, current
from .inputs import arguments_of, build, build_list, file_option, key_values, load_file, section
from .output import Column, emit, emit_list, emit_rows, format_ms, pick

if TYPE_CHECKING:
    from modelarts_hl.training import TrainingJob

__all__ = ["group"]

group = click.Group("jobs", help="Training jobs: list, show, logs, metrics, submit, stop, delete.")

_TASK = click.option("--task", default="worker-0", show_default=True, help="Task of the job (worker-N).")


def _seconds(item: Mapping[str, Any]) -> str:
    duration = pick(item, "status.duration")
    return f"{duration / 1000:.0f}s" if isinstance(duration, int | float) else ""


JOB_COLUMNS = (
    Column("ID", "metadata.id"),
    Column("NAME", "metadata.name"),
    Column("PHASE", "status.phase"),
    Column("FLAVOR", "spec.resource.flavor_id"),
    Column("NODES", "spec.resource.node_count"),
    Column("CREATED", lambda item: format_ms(pick(item, "metadata.create_time"))),
    Column("DURATION", _seconds),
)


def _job(job_id: str) -> TrainingJob:
    from modelarts_hl.training import TrainingJob

    return TrainingJob(current().session(), job_id)


@command(group, "list")
@click.option("--offset", type=int, help="Jobs to skip (0 or more).")
@click.option("--limit", type=int, help="Jobs of the page (1 to 50).")
@click.option("--sort-by", help="Field to sort by (default create_time).")
@click.option("--order", type=click.Choice(["asc", "desc"]), help="Sort order (default desc).")
@click.option("--group-by", help="Field to group by.")
@click.option(
    "--filter",
    "filters",
    nargs=3,
    multiple=True,
    metavar="KEY OPERATOR VALUES",
    help="A filter of the reference's get_job_list: operator like, in, not or between; VALUES "
    "comma-separated (--filter phase in Running,Pending). Repeatable.",
)
@click.option("--all", "every", is_flag=True, help="Page through every matching job.")
def list_jobs(
    offset: int | None,
    limit: int | None,
    sort_by: str | None,
    order: str | None,
    group_by: str | None,
    filters: tuple[tuple[str, str, str], ...],
    every: bool,
) -> None:
    """List the project's training jobs (one page, or --all)."""
    from modelarts_hl.training import Estimator

    criteria = [{"key": key, "operator": op, "value": values.split(",")} for key, op, values in filters]
    session = current().session()
    if every:
        if offset is not None or limit is not None or group_by is not None:
            raise click.UsageError(
                "--all pages through every job: leave out --offset, --limit and --group-by"
            )
        jobs = Estimator.iter_jobs(session, filters=criteria or None, sort_by=sort_by, order=order)
        items = [job.to_dict() for job in jobs]
    else:
        page = Estimator.get_job_list(session, offset, limit, sort_by, order, group_by, criteria or None)
        items = page.to_dict().get("items") or []
    emit_list(items, JOB_COLUMNS)


@command(group, "show")
@click.argument("job_id")
def show(job_id: str) -> None:
    """Show a training job."""
    emit(_job(job_id).get_job_info().to_dict())


def _follow(
    job: TrainingJob, task: str, timeout: float | None, *, log_to_stderr: bool
) -> tuple[dict[str, Any], int]:
    """Stream the job's log until it ends; its final details and the exit code of its outcome (0 when it
    completed; a failed job raises JobFailedError)."""
    with contextlib.redirect_stdout(sys.stderr if log_to_stderr else sys.stdout):
        final = job.wait(show_log=True, timeout=timeout, task_id=task)
    details = final.to_dict()
    return details, 0 if pick(details, "status.phase") == "Completed" else 1


@command(group, "logs")
@click.argument("job_id")
@_TASK
@click.option(
    "-f", "--follow", is_flag=True, help="Stream new lines until the job ends; exit 0 if it completed."
)
def logs(job_id: str, task: str, follow: bool) -> int:
    """Print a training job's log (each line once, also with --follow)."""
    job = _job(job_id)
    if follow:
        return _follow(job, task, None, log_to_stderr=False)[1]
    preview = job.get_job_log(task).to_dict()
    if current().json_asked:
        emit(preview)
    else:
        click.echo(preview.get("content") or "", nl=False)
    return 0


@command(group, "metrics")
@click.argument("job_id")
@_TASK
def metrics(job_id: str, task: str) -> None:
    """Show a training job's runtime metrics (one value per minute)."""
    emit_rows(
        _job(job_id).get_job_metrics(task).to_dict(),
        "metrics",
        (
            Column("METRIC", "metric"),
            Column("LATEST", lambda item: (item.get("value") or [None])[-1]),
            Column("VALUES", "value"),
        ),
    )


@command(group, "stop")
@click.argument("job_id")
def stop(job_id: str) -> None:
    """Stop (terminate) a training job."""
    from modelarts_hl.training import Estimator

    info = Estimator.control_job_by_id(current().session(), job_id).to_dict()
    emit(info, text=f"Stopping training job {job_id} (phase {pick(info, 'status.phase')})")


@command(group, "delete")
@click.argument("job_id")
def delete(job_id: str) -> None:
    """Delete a training job (a running job is stopped first)."""
    from modelarts_hl.training import Estimator

    Estimator.delete_job_by_id(current().session(), job_id)
    emit({"job_id": job_id, "deleted": True}, text=f"Deleted training job {job_id}")


@command(group, "flavors")
def flavors() -> None:
    """List the resource flavors for training jobs (--flavor of submit)."""
    from modelarts_hl.training import Estimator

    found = [flavor.to_dict() for flavor in Estimator.get_train_instance_types(current().session())]
    emit_list(
        found,
        (
            Column("FLAVOR", "flavor_id"),
            Column("NAME", "flavor_name"),
            Column("TYPE", "flavor_type"),
            Column("MAX NODES", "max_num"),
        ),
    )


@command(group, "engines")
def engines() -> None:
    """List the preset engines (--framework-type and --framework-version of submit)."""
    from modelarts_hl.training import Estimator

    found = [engine.to_dict() for engine in Estimator.get_framework_list(current().session())]
    emit_list(
        found, (Column("FRAMEWORK TYPE", "framework_type"), Column("FRAMEWORK VERSION", "framework_version"))
    )


def _channels(pairs: tuple[str, ...], option: str) -> list[dict[str, str]]:
    return [{"name": name, "obs_path": path} for name, path in key_values(pairs, option).items()]


@command(group, "submit")
@file_option("`estimator:` holds Estimator arguments, `fit:` fit arguments")
@click.option("--code-dir", help="OBS folder of the code (obs://bucket/code/).")
@click.option("--boot-file", help="Boot file, relative to --code-dir.")
@click.option("--input-data", multiple=True, metavar="NAME=OBS_PATH", help="Input channel. Repeatable.")
@click.option("--output-data", multiple=True, metavar="NAME=OBS_PATH", help="Output channel. Repeatable.")
@click.option("--param", multiple=True, metavar="NAME=VALUE", help="Hyperparameter. Repeatable.")
@click.option("--env", multiple=True, metavar="NAME=VALUE", help="Environment variable. Repeatable.")
@click.option("--framework-type", help="Preset engine (see `jobs engines`).")
@click.option("--framework-version", help="Its version.")
@click.option("--image", "user_image_url", help="Custom image, instead of a preset engine.")
@click.option("--command", "user_command", help="Command of the custom image.")
@click.option("--flavor", "train_instance_type", help="Resource flavor (see `jobs flavors`).")
@click.option("--instance-count", "train_instance_count", type=int, help="Number of nodes.")
@click.option("--log-url", help="OBS folder for the logs.")
@click.option("--description", "job_description", help="Description of the job.")
@click.option("--pool-id", help="Dedicated resource pool.")
@click.option("--name", "job_name", help="Job name (default: <boot file>-<time>-<random>).")
@click.option("--wait", is_flag=True, help="Stream the log until the job ends; exit 0 if it completed.")
@click.option("--timeout", type=float, help="With --wait: give up after this many seconds.")
def submit(
    path: str | None,
    code_dir: str | None,
    boot_file: str | None,
    input_data: tuple[str, ...],
    output_data: tuple[str, ...],
    param: tuple[str, ...],
    env: tuple[str, ...],
    job_name: str | None,
    wait: bool,
    timeout: float | None,
    **flags: Any,
) -> int:
    """Submit a training job (Estimator(...).fit(...)) from options or a file."""
    from modelarts_hl.training import Estimator, InputData, OutputData, TrainingFiles

    data = load_file(path, "--file") if path else {}
    where = path or "options"
    unknown = sorted(set(data) - {"estimator", "fit"})
    if unknown:
        raise click.UsageError(f"{where}: unknown keys {unknown}; expected `estimator:` and `fit:`")
    settings = arguments_of(
        Estimator.__init__, section(data, "estimator", where), f"{where}: estimator", skip=["job_id"]
    )
    fit = arguments_of(
        Estimator.fit,
        section(data, "fit", where),
        f"{where}: fit",
        skip=["wait", "show_log", "timeout", "backoff"],
    )
    settings.update({name: value for name, value in flags.items() if value is not None})
    given_files = {k: v for k, v in (("code_dir", code_dir), ("boot_file", boot_file)) if v is not None}
    if given_files:
        files = settings.get("training_files")
        settings["training_files"] = {**(files if isinstance(files, Mapping) else {}), **given_files}
    if output_data:
        settings["outputs"] = _channels(output_data, "--output-data")
    if param:
        settings["parameters"] = [{"name": k, "value": v} for k, v in key_values(param, "--param").items()]
    if env:
        settings["env_variables"] = key_values(env, "--env")
    if input_data:
        fit["inputs"] = _channels(input_data, "--input-data")
    if job_name is not None:
        fit["job_name"] = job_name
    if settings.get("training_files") is not None:
        settings["training_files"] = build(TrainingFiles, settings["training_files"], "training_files")
    if settings.get("outputs") is not None:
        settings["outputs"] = build_list(OutputData, settings["outputs"], "outputs")
    if fit.get("inputs") is not None:
        fit["inputs"] = build_list(InputData, fit["inputs"], "inputs")

    job = Estimator(session=current().session(), **settings).fit(**fit)
    if not wait:
        info = job.get_job_info().to_dict()
        emit(info, text=f"Submitted training job {job.job_id} ({job.job_name})")
        return 0
    click.echo(f"Submitted training job {job.job_id} ({job.job_name}); its log follows.", err=True)
    # With JSON output the log goes to stderr, so that stdout holds the JSON document alone.
    details, code = _follow(job, "worker-0", timeout, log_to_stderr=current().json)
    emit(details, text=f"Training job {job.job_id} {pick(details, 'status.phase')}")
    return code

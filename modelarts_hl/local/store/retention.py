"""How long training jobs and what they hold are kept: the job record's aging, the resources' reservation.

A job created with ``spec.retention.policy: enabled`` ages out: its record is deleted once the job has been
over for the backend's ``job_retention`` (the platform ages job records the same way, after a period of its
own). A job created with ``spec.reserved_time`` reports in ``status.retention_time`` how long it has been kept
since it ended, up to that time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from .state import Document

__all__ = ["FINAL_PHASES", "aged", "ended_at", "reserved_for"]

FINAL_PHASES = ("Completed", "Failed", "Terminated", "Abnormal")
_HOUR_MS = 3_600_000


def ended_at(job: Document) -> int | None:
    """When a job that is over ended (epoch milliseconds), or None while it is not over."""
    status = job.get("status") or {}
    if status.get("phase") not in FINAL_PHASES:
        return None
    records = status.get("running_records") or []
    if records and records[-1].get("end_at") is not None:
        return int(records[-1]["end_at"]) * 1000
    return int(job["metadata"].get("create_time", 0)) + int(status.get("duration", 0))


def reserved_for(job: Document) -> int | None:
    """How long a job's resources are kept after it ends (milliseconds), or None if it reserved none."""
    reserved = (job.get("spec") or {}).get("reserved_time")
    if not reserved:
        return None
    return int(reserved["duration"]) * _HOUR_MS


def aged(jobs: Iterable[Document], now_ms: int, retention: timedelta) -> list[Document]:
    """The jobs whose record has aged out at ``now_ms``."""
    limit = int(retention.total_seconds() * 1000)
    found = []
    for job in jobs:
        if ((job.get("spec") or {}).get("retention") or {}).get("policy") != "enabled":
            continue
        ended = ended_at(job)
        if ended is not None and now_ms - ended >= limit:
            found.append(job)
    return found

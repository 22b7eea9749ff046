"""The documents the state store holds: their kinds, the time stamps and locations written into them.

Handlers create these documents and runtimes move them on, so both name them from here.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from .state import Store

__all__ = [
    "JOB_KIND",
    "METRICS_KIND",
    "MODEL_KIND",
    "SCHEDULE_UNIT_SECONDS",
    "SERVICE_KIND",
    "access_address",
    "now_ms",
    "task_log_path",
]

JOB_KIND = "training_job"
# Documents {"<metric>": [values per minute]} keyed "<job id>:<task id>", written by a training runtime.
METRICS_KIND = "training_metrics"
MODEL_KIND = "model"
SERVICE_KIND = "service"

# Length of each time_unit of a service schedule (ServiceSchedule in the document).
SCHEDULE_UNIT_SECONDS = {"MINUTES": 60.0, "HOURS": 3600.0, "DAYS": 86400.0}


def now_ms() -> int:
    """ModelArts timestamps: epoch milliseconds."""
    return int(time.time() * 1000)


def epoch_ms(moment: datetime) -> int:
    """A moment of the backend's clock as a ModelArts timestamp (epoch milliseconds)."""
    return int(moment.timestamp() * 1000)


def task_log_path(store: Store, job_id: str, task_id: str) -> Path:
    """Where a task's log lives (named ``modelarts-job-<job id>-<task id>.log``, as on ModelArts)."""
    return store.log_path(JOB_KIND, job_id, f"modelarts-job-{job_id}-{task_id}.log")


def access_address(endpoint: str, service_id: str) -> str:
    """The URL a real-time service answers predictions at, on the backend listening at ``endpoint``."""
    return f"{endpoint}/v1/infers/{service_id}"

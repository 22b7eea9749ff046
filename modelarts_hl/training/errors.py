"""Exceptions of training jobs."""

from __future__ import annotations

from collections.abc import Mapping

from modelarts_hl.errors import ModelArtsError

__all__ = ["JobFailedError"]

# Lines of the log tail shown in the message (the whole tail stays in ``log_tail``).
_MESSAGE_LOG_LINES = 20


class JobFailedError(ModelArtsError):
    """A training job ended in ``Failed`` or ``Abnormal``.

    ``exit_codes`` maps task names (``worker-0``) to their exit codes, ``messages`` to their error messages;
    ``log_tail`` is the end of the failing task's log.
    """

    def __init__(
        self,
        *,
        job_id: str,
        job_name: str | None,
        phase: str,
        secondary_phase: str | None,
        exit_codes: Mapping[str, int | None],
        messages: Mapping[str, str],
        log_task: str | None,
        log_tail: str,
    ) -> None:
        self.job_id = job_id
        self.job_name = job_name
        self.phase = phase
        self.secondary_phase = secondary_phase
        self.exit_codes = dict(exit_codes)
        self.messages = dict(messages)
        self.log_task = log_task
        self.log_tail = log_tail
        super().__init__(self._message())

    def _message(self) -> str:
        name = f"{self.job_name} ({self.job_id})" if self.job_name else self.job_id
        status = self.phase + (f"/{self.secondary_phase}" if self.secondary_phase else "")
        lines = [f"training job {name} ended {status}"]
        for task, code in self.exit_codes.items():
            message = self.messages.get(task)
            lines.append(f"  {task}: exit code {code}" + (f": {message}" if message else ""))
        tail = self.log_tail.rstrip("\n").splitlines()[-_MESSAGE_LOG_LINES:]
        if tail:
            lines.append(f"  last lines of the log of {self.log_task}:")
            lines.extend(f"    {line}" for line in tail)
        return "\n".join(lines)

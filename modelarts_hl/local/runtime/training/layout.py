"""Where a training job lives on this machine: a work area shaped like a ModelArts training container.

``<state dir>/training/<job id>/home`` stands for ``/home/ma-user``::

    home/modelarts/user-job-dir/<code dir name>/   MA_JOB_DIR (the code directory is downloaded into it)
    home/modelarts/inputs/<channel>_0/             input channels
    home/modelarts/outputs/<channel>_0/            output channels (uploaded to OBS when the job ends)
    home/modelarts/log/                            MA_LOG_DIR

Every worker of the job shares the work area (ModelArts gives each node its own container; here they are
processes of one machine). The task logs stay where the log preview API reads them, in the state store.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CONTAINER_HOME", "JobLayout"]

# The home directory of the user training code runs as in a ModelArts container.
CONTAINER_HOME = "/home/ma-user"


@dataclass(frozen=True)
class JobLayout:
    root: Path

    @classmethod
    def of(cls, state_dir: Path, job_id: str) -> JobLayout:
        return cls(state_dir / "training" / job_id)

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def job_dir(self) -> Path:
        return self.home / "modelarts" / "user-job-dir"

    @property
    def log_dir(self) -> Path:
        return self.home / "modelarts" / "log"

    def input_dir(self, name: str) -> Path:
        return self.home / "modelarts" / "inputs" / f"{name}_0"

    def output_dir(self, name: str) -> Path:
        return self.home / "modelarts" / "outputs" / f"{name}_0"

    def staging_dir(self, name: str) -> Path:
        """A scratch folder for downloading an input before it takes its channel's place."""
        return self.home / "modelarts" / "inputs" / f".download-{name}"

    def create(self) -> None:
        for path in (self.job_dir, self.log_dir):
            path.mkdir(parents=True, exist_ok=True)

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def to_local(self, text: str) -> str:
        """``/home/ma-user/...`` paths of a container command, pointed at the work area."""
        return text.replace(CONTAINER_HOME, str(self.home))

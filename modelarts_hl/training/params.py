"""``TrainingFiles``, ``InputData`` and ``OutputData``: where a training job's code and data live in OBS.

Importable as documented: ``from modelarts_hl.train_params import TrainingFiles, InputData, OutputData``.
Paths are checked when the object is built, so a wrong path fails before any request.
"""

from __future__ import annotations

from dataclasses import dataclass

from modelarts_hl._core.rules import schema_rule

from .paths import boot_file_key, obs_folder, obs_location, to_rest

__all__ = ["InputData", "OutputData", "TrainingFiles"]


@dataclass(frozen=True)
class TrainingFiles:
    """The code of a training job: ``code_dir`` (``obs://bucket/code/``) and the ``boot_file`` inside it.

    ``boot_file`` is relative to ``code_dir`` (``train.py``, ``src/train.py``) or an ``obs://`` path in it.
    """

    code_dir: str
    boot_file: str

    def __post_init__(self) -> None:
        boot_file_key(obs_folder(self.code_dir, "code_dir"), self.boot_file)

    @property
    def rest_code_dir(self) -> str:
        """``code_dir`` as the REST API takes it: ``/bucket/code/``."""
        return to_rest(obs_folder(self.code_dir, "code_dir"))

    @property
    def rest_boot_file(self) -> str:
        """The boot file as the REST API takes it: ``/bucket/code/train.py``."""
        code_dir = obs_folder(self.code_dir, "code_dir")
        return f"/{code_dir.bucket}/{boot_file_key(code_dir, self.boot_file)}"


@dataclass(frozen=True)
class InputData:
    """An input channel: the OBS data at ``obs_path`` reaches the boot file as ``--<name>=<local folder>``."""

    obs_path: str
    name: str

    def __post_init__(self) -> None:
        obs_location(self.obs_path, "obs_path")
        # The name becomes a command-line option (--name=...) and an environment variable of the job.
        schema_rule("ChannelName").text("name", self.name)

    @property
    def rest_path(self) -> str:
        return to_rest(obs_location(self.obs_path, "obs_path"))


@dataclass(frozen=True)
class OutputData:
    """An output channel: the boot file writes to ``--<name>=<local folder>``, exported to ``obs_path``."""

    obs_path: str
    name: str

    def __post_init__(self) -> None:
        obs_folder(self.obs_path, "obs_path")
        schema_rule("ChannelName").text("name", self.name)

    @property
    def rest_path(self) -> str:
        return to_rest(obs_folder(self.obs_path, "obs_path"))

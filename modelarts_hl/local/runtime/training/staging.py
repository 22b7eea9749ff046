"""Moving a training job's files between OBS and its work area, through the backend's object store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from modelarts_hl.errors import ModelArtsError
from modelarts_hl.obs import OBS, ObsNotFoundError, TransferSummary

from .layout import JobLayout
from .plan import Channel, PlanError

__all__ = ["Staging"]


def _describe(summary: TransferSummary) -> str:
    return f"{summary.files} files, {summary.bytes} bytes"


class Staging:
    """Downloads code and inputs before the tasks start, uploads outputs and logs after they end.

    Transfer problems (a missing or unreadable path, a refused object key) become :class:`PlanError`, whose
    message the job's status and log show.
    """

    def __init__(self, obs: OBS) -> None:
        self._obs = obs

    def download_code(self, code_dir: str, layout: JobLayout) -> tuple[Path, str]:
        """``obs://bucket/code/`` lands in ``MA_JOB_DIR/code``; returns that folder and what was done."""
        with _reported(f"downloading the code directory {code_dir}"):
            summary = self._obs.download_dir(code_dir, f"{layout.job_dir}/")
        folder = code_dir.rstrip("/").rsplit("/", 1)[-1]
        return layout.job_dir / folder, _describe(summary)

    def download_input(self, channel: Channel, layout: JobLayout) -> str:
        """The data under the channel's OBS path (a folder, or one object) lands in the channel's folder."""
        target = channel.local_dir
        target.mkdir(parents=True, exist_ok=True)
        url = channel.obs_url
        with _reported(f"downloading input {channel.name} from {url}"):
            if not url.endswith("/") and self._obs.exists(url):
                return _describe(self._obs.download_file(url, f"{target}/"))
            staging = layout.staging_dir(channel.name)
            shutil.rmtree(staging, ignore_errors=True)
            folder_url = url if url.endswith("/") else url + "/"
            summary = self._obs.download_dir(folder_url, f"{staging}/")
        downloaded = staging / folder_url.rstrip("/").rsplit("/", 1)[-1]
        target.rmdir()
        downloaded.rename(target)
        shutil.rmtree(staging, ignore_errors=True)
        return _describe(summary)

    def upload_output(self, channel: Channel) -> str:
        """Everything in the channel's folder goes under its OBS path (subfolders keep their names)."""
        files = size = 0
        if not channel.local_dir.is_dir():
            return "nothing to upload"
        with _reported(f"uploading output {channel.name} to {channel.obs_url}"):
            for entry in sorted(channel.local_dir.iterdir()):
                if entry.is_dir():
                    summary = self._obs.upload_dir(str(entry), channel.obs_url)
                elif entry.is_file():
                    summary = self._obs.upload_file(str(entry), channel.obs_url)
                else:
                    continue
                files += summary.files
                size += summary.bytes
        return f"{files} files, {size} bytes"

    def upload_log(self, log_file: Path, log_url: str) -> None:
        if log_file.is_file():
            with _reported(f"uploading the log to {log_url}"):
                self._obs.upload_file(str(log_file), log_url)


@contextmanager
def _reported(what: str) -> Iterator[None]:
    try:
        yield
    except ObsNotFoundError as error:
        raise PlanError(f"{what} failed: the path is empty or does not exist ({error.error_msg})") from error
    except (ModelArtsError, OSError) as error:
        raise PlanError(f"{what} failed: {error}") from error

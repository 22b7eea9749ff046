"""Run one transfer until it is killed: ``python -m tests.obs.interrupted_transfer MODE ... DONE``.

MODE is ``upload`` or ``download``; after DONE part or range requests the next one never returns, so the test
can kill the process with exactly DONE parts in its checkpoint, however fast the machine is. Arguments:
endpoint, checkpoint folder, source, destination, DONE.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import obs as sdk

from modelarts_hl.obs import OBS, transfer

from .support import CREDENTIALS, make_settings


def main() -> None:
    mode, endpoint, checkpoint_dir, source, destination, done = sys.argv[1:7]
    name = "uploadPart" if mode == "upload" else "getObject"
    original = getattr(sdk.ObsClient, name)
    sent = 0

    def held(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal sent
        sent += 1
        if sent > int(done):
            threading.Event().wait()  # until the test kills the process
        return original(self, *args, **kwargs)

    setattr(sdk.ObsClient, name, held)
    # Every finished part is written to the checkpoint at once, so the test sees the DONE-th one.
    transfer._SAVE_INTERVAL = 0.0
    client = OBS(make_settings(endpoint, Path(checkpoint_dir), concurrency=1), lambda: CREDENTIALS)
    move = client.upload_file if mode == "upload" else client.download_file
    move(source, destination)


if __name__ == "__main__":
    main()

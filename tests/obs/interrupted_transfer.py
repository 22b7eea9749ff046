"""Run one slowed-down transfer until it is killed: ``python -m tests.obs.interrupted_transfer MODE ...``.

MODE is ``upload`` or ``download``; every part or range request first waits, so the test can kill the
process between two parts. Arguments: endpoint, checkpoint folder, source, destination.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import obs as sdk

from modelarts_hl.obs import OBS

from .support import CREDENTIALS, make_settings

DELAY_SECONDS = 0.3


def main() -> None:
    mode, endpoint, checkpoint_dir, source, destination = sys.argv[1:6]
    name = "uploadPart" if mode == "upload" else "getObject"
    original = getattr(sdk.ObsClient, name)

    def slowed(self: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(DELAY_SECONDS)
        return original(self, *args, **kwargs)

    setattr(sdk.ObsClient, name, slowed)
    client = OBS(make_settings(endpoint, Path(checkpoint_dir), concurrency=1), lambda: CREDENTIALS)
    transfer = client.upload_file if mode == "upload" else client.download_file
    transfer(source, destination)


if __name__ == "__main__":
    main()

"""Run as ``python -m tests.session.logging_probe CONFIG SETTINGS_JSON``: configures logging the way CONFIG
names, then uses a password session (IAM token, ModelArts calls, temporary OBS credentials, an OBS upload)
against the backend SETTINGS_JSON describes. Log lines go to stderr; the credentials the session got are
printed to stdout as JSON, so that the test can look for them in the log.
"""

from __future__ import annotations

import json
import logging
import logging.config
import sys
import tempfile
from pathlib import Path
from typing import Any

DICT_CONFIG: dict[str, Any] = {
    "version": 1,
    # Loggers that exist but are not named here (httpx's, ours) are disabled; httpcore gets its own handler.
    "disable_existing_loggers": True,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    },
    "loggers": {"httpcore": {"level": "DEBUG", "handlers": ["stderr"], "propagate": False}},
    "root": {"level": "DEBUG", "handlers": ["stderr"]},
}


def configure(config: str, before_import: bool) -> None:
    if config == "basicConfig" and before_import:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    elif config == "handler" and not before_import:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.DEBUG)
    elif config == "dictConfig" and not before_import:
        logging.config.dictConfig(DICT_CONFIG)


def main(config: str, settings: dict[str, Any]) -> None:
    configure(config, before_import=True)
    from modelarts_client.api.training import list_training_job_flavors
    from modelarts_hl.session import Session

    configure(config, before_import=False)
    with Session(**settings) as session, tempfile.TemporaryDirectory() as folder:
        session.call(list_training_job_flavors)
        session.obs.create_bucket("logging-probe")
        source = Path(folder, "probe.txt")
        source.write_text("probe", encoding="utf-8")
        session.obs.upload_file(str(source), "obs://logging-probe/probe/")
        credentials = session._obs_credentials()
        seen = {
            "token": session._token.get(),
            "temporary_secret": credentials.secret_key,
            "security_token": credentials.security_token,
        }
    print(json.dumps(seen))


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]))

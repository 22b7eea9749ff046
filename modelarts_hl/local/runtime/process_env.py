"""The environment user code runs with: this process's, without anything that looks like a credential.

Inference scripts (and training code) must not see the keys, passwords or tokens of the process that runs the
backend; ModelArts' containers do not have them either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["without_credentials"]

_CREDENTIAL_NAME = re.compile(
    r"SECRET|PASSWORD|PASSWD|TOKEN|ACCESS_KEY|CREDENTIAL|^MODELARTS_", re.IGNORECASE
)


def without_credentials(environ: Mapping[str, str]) -> dict[str, str]:
    return {name: value for name, value in environ.items() if not _CREDENTIAL_NAME.search(name)}

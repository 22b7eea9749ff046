"""Running a command on a pseudo-terminal, as a person at a terminal would: its controlling terminal, so that
password prompts turn the echo off exactly as they do for people, and isatty() is true for its output."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence

from ..waiting import HANG

# Makes the terminal on standard input the controlling terminal of a new session, then runs the command.
_TAKE_TERMINAL = (
    "import fcntl, os, sys, termios; os.setsid(); fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def run_in_terminal(
    command: Sequence[str], env: Mapping[str, str], answers: Sequence[tuple[str, str]] = ()
) -> tuple[int, str]:
    """Exit code and everything the terminal showed; each ``(prompt, reply)`` is typed once the prompt
    appears, in order (once the line ends with ": ")."""
    master, slave = pty.openpty()
    # A terminal has a size (a new pseudo-terminal has none, and progress bars would draw nothing).
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-c", _TAKE_TERMINAL, *command],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(env),
        close_fds=True,
    )
    os.close(slave)
    shown = b""
    pending = list(answers)
    deadline = time.monotonic() + HANG
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the command exited and closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
            last_line = shown.rsplit(b"\n", 1)[-1]
            # A prompt is complete (and a password prompt has turned the echo off) once its ": " is shown.
            if pending and pending[0][0].encode() in last_line and last_line.endswith(b": "):
                os.write(master, pending.pop(0)[1].encode() + b"\n")
            elif process.poll() is not None and not ready:
                break
        else:
            raise AssertionError(f"{command} did not finish within {HANG} s; it showed {shown!r}")
        return process.wait(HANG), shown.decode("utf-8", errors="replace")
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
            process.wait(10)

"""Background processes: exit callbacks, stopping whole trees, and no orphans in any way of ending."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime.runners import ProcessHandle, ProcessRunner

from ...processes import alive, gone
from ...waiting import HANG, wait_for

PYTHON = sys.executable
# A process that starts two grandchildren: one in its group, one that escaped into its own session.
TREE = textwrap.dedent(
    """
    import subprocess, sys, time
    sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
    a = subprocess.Popen(sleeper)
    b = subprocess.Popen(sleeper, start_new_session=True)
    print(a.pid, b.pid, flush=True)
    time.sleep(60)
    """
)


def logged(log: Path) -> str:
    """What the process wrote to ``log``, once it wrote something."""
    return wait_for(lambda: log.read_text() if log.exists() else "", f"output in {log.name}")


def tree_pids(handle: ProcessHandle, log: Path) -> list[int]:
    return [handle.pid, *map(int, logged(log).split())]


@pytest.fixture
def runner() -> Iterator[ProcessRunner]:
    # Processes here end on SIGTERM: a long grace costs nothing, a short one would race a busy machine.
    runner = ProcessRunner(stop_timeout=HANG)
    yield runner
    runner.shutdown()


def test_exit_callback_and_log(runner: ProcessRunner, tmp_path: Path) -> None:
    exits: list[tuple[str, int]] = []
    log = tmp_path / "out.log"
    handle = runner.start(
        "hello",
        [PYTHON, "-c", "import sys; print('hello'); sys.exit(3)"],
        log_path=log,
        on_exit=lambda h, code: exits.append((h.name, code)),
    )
    assert handle.wait(10) == 3
    assert exits == [("hello", 3)]
    assert log.read_text() == "hello\n"
    assert runner.running() == []


def test_failing_callback_still_marks_exit(runner: ProcessRunner, caplog: pytest.LogCaptureFixture) -> None:
    def explode(handle: ProcessHandle, code: int) -> None:
        raise RuntimeError("callback failed")

    handle = runner.start("quick", [PYTHON, "-c", "pass"], on_exit=explode)
    assert handle.wait(10) == 0
    assert "exit callback of quick" in caplog.text


def test_stop_terminates_whole_tree(runner: ProcessRunner, tmp_path: Path) -> None:
    log = tmp_path / "tree.log"
    handle = runner.start("tree", [PYTHON, "-c", TREE], log_path=log)
    pids = tree_pids(handle, log)
    assert runner.stop(handle) == -signal.SIGTERM
    assert gone(pids)
    assert handle.stop_requested


def test_stop_kills_what_ignores_sigterm(runner: ProcessRunner, tmp_path: Path) -> None:
    stubborn = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(60)"
    )
    log = tmp_path / "stubborn.log"
    # The exit callback outlasts the grace: the exit code is still reported once the callback is done.
    handle = runner.start(
        "stubborn", [PYTHON, "-c", stubborn], log_path=log, on_exit=lambda handle, code: time.sleep(1)
    )
    assert "ready" in logged(log)
    assert runner.stop(handle, timeout=0.5) == -signal.SIGKILL


def test_children_outlive_the_thread_that_started_them(runner: ProcessRunner) -> None:
    handles: list[ProcessHandle] = []
    thread = threading.Thread(target=lambda: handles.append(runner.start("sleeper", ["sleep", "30"])))
    thread.start()
    thread.join()
    # Linux signals the children of a thread (PR_SET_PDEATHSIG) as that thread ends, before it leaves /proc.
    task = Path(f"/proc/self/task/{thread.native_id}")
    wait_for(lambda: not task.exists(), "the end of the starting thread")
    assert handles[0].wait(0.3) is None
    assert handles[0].running and alive(handles[0].pid)


def test_shutdown_leaves_no_orphans(tmp_path: Path) -> None:
    runner = ProcessRunner(stop_timeout=HANG)
    log = tmp_path / "tree.log"
    handle = runner.start("tree", [PYTHON, "-c", TREE], log_path=log)
    pids = tree_pids(handle, log)
    plain = runner.start("plain", ["sleep", "30"])
    runner.shutdown()
    assert gone([*pids, plain.pid])
    assert runner.running() == []
    with pytest.raises(RuntimeError, match="shut down"):
        runner.start("late", ["true"])


def test_backend_stop_leaves_no_processes(tmp_path: Path) -> None:
    log = tmp_path / "tree.log"
    with LocalBackend() as backend:
        handle = backend.context.runner.start("tree", [PYTHON, "-c", TREE], log_path=log)
        pids = tree_pids(handle, log)
    assert gone(pids)
    assert not set(pids) & {child.pid for child in psutil.Process().children(recursive=True)}


def test_empty_command_refused(runner: ProcessRunner) -> None:
    with pytest.raises(ValueError, match="argv"):
        runner.start("nothing", [])


@pytest.mark.slow
def test_children_die_with_a_killed_backend(tmp_path: Path) -> None:
    """Without any cleanup (SIGKILL), PR_SET_PDEATHSIG still takes the direct children down."""
    script = textwrap.dedent(
        """
        import sys, time
        from modelarts_hl.local.runtime.runners import ProcessRunner
        runner = ProcessRunner()
        handle = runner.start("sleeper", ["sleep", "60"])
        print(handle.pid, flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen(
        [PYTHON, "-c", script], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[3]
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert psutil.pid_exists(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        assert gone([child])
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(10)

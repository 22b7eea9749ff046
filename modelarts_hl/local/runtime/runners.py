"""Background processes of the local backend: start, watch, stop, and never leave orphans.

Each process starts in its own session (so its whole tree shares one process group that can be signalled
at once) and with ``PR_SET_PDEATHSIG`` so the kernel kills it if the backend dies without cleaning up. Linux
sends that signal when the *thread* that forked the child exits, so all processes are forked from one
long-lived spawner thread rather than from short-lived request threads.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

__all__ = ["ExitCallback", "ProcessHandle", "ProcessRunner"]

log = logging.getLogger("modelarts_hl.local.runners")

_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None

ExitCallback = Callable[["ProcessHandle", int], None]

_KILLED_EXIT_TIMEOUT = 30.0


def _child_setup(parent_pid: int) -> Callable[[], None]:
    def setup() -> None:
        if _libc is not None:
            _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        # The parent may have died between fork and prctl; then no signal will ever come.
        if os.getppid() != parent_pid:
            os._exit(1)

    return setup


class ProcessHandle:
    """One started process (and the tree below it)."""

    def __init__(self, name: str, popen: subprocess.Popen[bytes], log_path: Path | None) -> None:
        self.name = name
        self.popen = popen
        self.pid = popen.pid
        self.log_path = log_path
        self.stop_requested = False
        self._exited = threading.Event()
        self._returncode: int | None = None

    @property
    def returncode(self) -> int | None:
        return self._returncode

    @property
    def running(self) -> bool:
        return not self._exited.is_set()

    def wait(self, timeout: float | None = None) -> int | None:
        """The exit code once the process has exited and its callbacks ran; None on timeout."""
        self._exited.wait(timeout)
        return self._returncode

    def _set_exited(self, returncode: int) -> None:
        self._returncode = returncode
        self._exited.set()

    def __repr__(self) -> str:
        return f"ProcessHandle(name={self.name!r}, pid={self.pid}, returncode={self._returncode})"


class ProcessRunner:
    """Starts processes, calls back when they exit, stops whole process trees; ``shutdown()`` stops all."""

    def __init__(self, *, stop_timeout: float = 5.0) -> None:
        self.stop_timeout = stop_timeout
        # One worker that lives as long as the runner: the parent thread of every child (see module doc).
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="modelarts-local-spawner")
        self._lock = threading.Lock()
        self._handles: dict[int, ProcessHandle] = {}
        self._closed = False

    def start(
        self,
        name: str,
        argv: Sequence[str],
        *,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
        log_path: Path | None = None,
        on_exit: ExitCallback | None = None,
    ) -> ProcessHandle:
        """Start ``argv``; stdout and stderr go to ``log_path`` (appended) or are discarded."""
        if not argv:
            raise ValueError("argv: expected a non-empty command")
        with self._lock:
            if self._closed:
                raise RuntimeError("the process runner is shut down")
        future = self._spawner.submit(self._spawn, name, list(argv), cwd, env, log_path)
        handle = future.result()
        with self._lock:
            self._handles[handle.pid] = handle
        watcher = threading.Thread(
            target=self._watch,
            args=(handle, on_exit),
            name=f"modelarts-local-watch-{handle.pid}",
            daemon=True,
        )
        watcher.start()
        log.debug("started %s (pid %d)", name, handle.pid)
        return handle

    def _spawn(
        self,
        name: str,
        argv: list[str],
        cwd: Path | None,
        env: Mapping[str, str] | None,
        log_path: Path | None,
    ) -> ProcessHandle:
        output = log_path.open("ab") if log_path is not None else None
        try:
            popen = subprocess.Popen(
                argv,
                cwd=cwd,
                env=None if env is None else dict(env),
                stdin=subprocess.DEVNULL,
                stdout=output if output is not None else subprocess.DEVNULL,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_child_setup(os.getpid()),
            )
        finally:
            if output is not None:
                output.close()
        return ProcessHandle(name, popen, log_path)

    def _watch(self, handle: ProcessHandle, on_exit: ExitCallback | None) -> None:
        returncode = handle.popen.wait()
        with self._lock:
            self._handles.pop(handle.pid, None)
        try:
            if on_exit is not None:
                on_exit(handle, returncode)
        except Exception:
            log.exception("exit callback of %s (pid %d) failed", handle.name, handle.pid)
        finally:
            handle._set_exited(returncode)

    def running(self) -> list[ProcessHandle]:
        with self._lock:
            return list(self._handles.values())

    def stop(self, handle: ProcessHandle, timeout: float | None = None) -> int | None:
        """SIGTERM the process tree, SIGKILL what is left after ``timeout``; returns the exit code."""
        handle.stop_requested = True
        grace = self.stop_timeout if timeout is None else timeout
        # The root is reaped by its watcher thread only: psutil's wait would reap it first and lose its code.
        descendants = [proc for proc in _tree(handle) if proc.pid != handle.pid]
        _signal(handle, descendants, signal.SIGTERM)
        deadline = time.monotonic() + grace
        handle.wait(grace)
        alive = _wait_gone(descendants, deadline)
        if handle.running or alive:
            log.debug("%s (pid %d) outlived SIGTERM; killing", handle.name, handle.pid)
            _signal(handle, alive, signal.SIGKILL)
            # SIGKILL cannot be ignored: wait for the exit itself, however long a busy machine takes to
            # reap it, so that the caller gets the exit code (the bound only guards against a hung kernel).
            grace = max(grace, _KILLED_EXIT_TIMEOUT)
            _wait_gone(alive, time.monotonic() + grace)
        return handle.wait(grace)

    def shutdown(self) -> None:
        """Stop every process still running and refuse new ones."""
        with self._lock:
            self._closed = True
            handles = list(self._handles.values())
        for handle in handles:
            self.stop(handle)
        self._spawner.shutdown(wait=True)


def _tree(handle: ProcessHandle) -> list[psutil.Process]:
    """The process, its descendants (even those that left its group) and the rest of its group."""
    procs: dict[int, psutil.Process] = {}
    try:
        root = psutil.Process(handle.pid)
        procs[root.pid] = root
        procs.update((child.pid, child) for child in root.children(recursive=True))
    except psutil.NoSuchProcess:
        pass
    for proc in psutil.process_iter():
        try:
            if proc.pid not in procs and os.getpgid(proc.pid) == handle.pid:
                procs[proc.pid] = proc
        except (ProcessLookupError, psutil.Error):
            continue
    return list(procs.values())


def _wait_gone(procs: list[psutil.Process], deadline: float) -> list[psutil.Process]:
    """Waits until ``deadline`` for the processes to end; returns those still alive.

    Descendants are not our children: once dead they may stay zombies until whoever inherited them reaps
    them, so a zombie counts as gone.
    """
    alive = procs
    while True:
        alive = [proc for proc in alive if _alive(proc)]
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.02)


def _alive(proc: psutil.Process) -> bool:
    try:
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _signal(handle: ProcessHandle, procs: list[psutil.Process], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(handle.pid, sig)
    for proc in procs:
        try:
            proc.send_signal(sig)
        except psutil.Error:
            continue

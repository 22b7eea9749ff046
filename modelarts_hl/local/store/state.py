"""Persistent state of the local backend: JSON documents in SQLite, task logs as files.

Every resource (training job, model, service, ...) is one JSON document keyed by ``(kind, id)``. Resources
are few on one machine, so filtering and sorting happen in Python; SQLite brings atomic updates and survival
across restarts. One connection is shared behind a lock (requests are served from a thread pool); WAL keeps
readers in other processes (a second backend on the same state directory, a debugging shell) from blocking
writers.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["Document", "Store"]

Document = dict[str, Any]

_SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]+$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS events (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_resource ON events (kind, id, seq);
"""


class Store:
    """Thread-safe document store rooted at ``state_dir`` (``state.db`` plus a ``logs/`` tree)."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        state_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(state_dir / "state.db", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def put(self, kind: str, id_: str, doc: Document) -> None:
        with self._transaction() as db:
            seq = db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM resources WHERE kind = ?", (kind,)
            ).fetchone()
            db.execute(
                "INSERT INTO resources (kind, id, seq, doc) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc",
                (kind, id_, seq[0], json.dumps(doc)),
            )

    def get(self, kind: str, id_: str) -> Document | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM resources WHERE kind = ? AND id = ?", (kind, id_)
            ).fetchone()
        return None if row is None else _load(row[0])

    def documents(self, kind: str) -> list[Document]:
        """All documents of a kind in insertion order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT doc FROM resources WHERE kind = ? ORDER BY seq", (kind,)
            ).fetchall()
        return [_load(row[0]) for row in rows]

    def update(self, kind: str, id_: str, change: Callable[[Document], Document]) -> Document | None:
        """Atomically replace a document by ``change(old)``; returns the new one, or None if it is absent."""
        with self._transaction() as db:
            row = db.execute("SELECT doc FROM resources WHERE kind = ? AND id = ?", (kind, id_)).fetchone()
            if row is None:
                return None
            new = change(_load(row[0]))
            db.execute("UPDATE resources SET doc = ? WHERE kind = ? AND id = ?", (json.dumps(new), kind, id_))
        return new

    def delete(self, kind: str, id_: str) -> bool:
        """Removes a document with its history and its log files; False if there was none."""
        with self._transaction() as db:
            deleted = db.execute("DELETE FROM resources WHERE kind = ? AND id = ?", (kind, id_)).rowcount
            db.execute("DELETE FROM events WHERE kind = ? AND id = ?", (kind, id_))
        if _SAFE_NAME.match(kind) and _SAFE_NAME.match(id_) and id_ not in {".", ".."}:
            shutil.rmtree(self.state_dir / "logs" / kind / id_, ignore_errors=True)
        return bool(deleted)

    def append_event(self, kind: str, id_: str, doc: Document) -> None:
        """Append to a resource's history (service update logs and the like)."""
        with self._transaction() as db:
            db.execute("INSERT INTO events (kind, id, doc) VALUES (?, ?, ?)", (kind, id_, json.dumps(doc)))

    def update_last_event(
        self, kind: str, id_: str, change: Callable[[Document], Document]
    ) -> Document | None:
        """Atomically replace a resource's latest history entry (an update finished, say)."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT seq, doc FROM events WHERE kind = ? AND id = ? ORDER BY seq DESC LIMIT 1", (kind, id_)
            ).fetchone()
            if row is None:
                return None
            new = change(_load(row[1]))
            db.execute("UPDATE events SET doc = ? WHERE seq = ?", (json.dumps(new), row[0]))
        return new

    def events(self, kind: str, id_: str) -> list[Document]:
        with self._lock:
            rows = self._db.execute(
                "SELECT doc FROM events WHERE kind = ? AND id = ? ORDER BY seq", (kind, id_)
            ).fetchall()
        return [_load(row[0]) for row in rows]

    def log_path(self, kind: str, id_: str, name: str) -> Path:
        """Path of a log file of one resource, e.g. a training task's stdout/stderr (the directory exists)."""
        for part in (kind, id_, name):
            if not _SAFE_NAME.match(part) or part in {".", ".."}:
                raise ValueError(f"log path part: expected letters, digits, '.', '_' or '-', got {part!r}")
        directory = self.state_dir / "logs" / kind / id_
        directory.mkdir(parents=True, exist_ok=True)
        return directory / name


def _load(text: str) -> Document:
    doc: Document = json.loads(text)
    return doc

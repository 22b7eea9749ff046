"""``obs``: mb, ls, cp (local<->OBS, OBS<->OBS, -r), sync (--delete, --include/--exclude, --dry-run), rm."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from modelarts_hl.local import LocalBackend

from .conftest import EXECUTABLE, Cli
from .terminal import run_in_terminal

pytestmark = pytest.mark.xdist_group("cli-obs")


def _tree(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _keys(cli: Cli, prefix: str) -> list[str]:
    return [item["key"] for item in cli("obs", "ls", prefix).json()]


def test_cp_in_every_direction(cli: Cli, bucket: str, tmp_path: Path) -> None:
    src = _tree(tmp_path / "src", {"a.txt": "alpha", "sub/b.txt": "beta"})
    one = cli("obs", "cp", str(src / "a.txt"), f"obs://{bucket}/one/a.txt").json()
    assert (one["operation"], one["files"], one["bytes"]) == ("upload", 1, 5)

    refused = cli("obs", "cp", str(src), f"obs://{bucket}/tree/", expect=2)
    assert "-r" in refused.err and _keys(cli, f"obs://{bucket}/tree/") == []
    cli("obs", "cp", "-r", str(src), f"obs://{bucket}/tree/")
    assert _keys(cli, f"obs://{bucket}/tree/") == ["tree/src/a.txt", "tree/src/sub/b.txt"]
    cli("obs", "cp", "-r", "--flat", str(src), f"obs://{bucket}/flat")
    assert _keys(cli, f"obs://{bucket}/flat/") == ["flat/a.txt", "flat/sub/b.txt"]

    # OBS folder to OBS (the server copies), then down to a local folder; a folder needs -r here too.
    cli("obs", "cp", f"obs://{bucket}/flat", f"obs://{bucket}/copy/", expect=2)
    copied = cli("obs", "cp", "-r", f"obs://{bucket}/flat", f"obs://{bucket}/copy/").json()
    assert copied["operation"] == "copy" and _keys(cli, f"obs://{bucket}/copy/flat/") == [
        "copy/flat/a.txt",
        "copy/flat/sub/b.txt",
    ]
    down = tmp_path / "down"
    cli("obs", "cp", "-r", f"obs://{bucket}/copy/flat/", str(down))
    assert (down / "flat" / "sub" / "b.txt").read_text() == "beta"
    cli("obs", "cp", f"obs://{bucket}/one/a.txt", str(tmp_path / "single.txt"))
    assert (tmp_path / "single.txt").read_text() == "alpha"

    listing = cli("obs", "ls", f"obs://{bucket}/one/").json()
    assert listing == [
        {
            "bucket": bucket,
            "key": "one/a.txt",
            "size": 5,
            "etag": listing[0]["etag"],
            "last_modified": listing[0]["last_modified"],
            "path": f"obs://{bucket}/one/a.txt",
        }
    ]
    table = cli("obs", "ls", f"obs://{bucket}/", "--limit", "2", "-o", "table").out.splitlines()
    assert table[0].split() == ["SIZE", "MODIFIED", "PATH"] and len(table) == 3
    missing = cli("obs", "cp", f"obs://{bucket}/no/such.txt", str(tmp_path / "x"), "-o", "json", expect=1)
    assert missing.error()["type"] == "NoSuchKeyError"


def test_sync_dry_run_changes_nothing_then_sync_and_delete(cli: Cli, bucket: str, tmp_path: Path) -> None:
    src = _tree(tmp_path / "src", {"keep.txt": "k", "data/x.csv": "1,2", "scratch.tmp": "t"})
    target = f"obs://{bucket}/synced"
    cli("obs", "cp", str(src / "keep.txt"), f"{target}/stale.txt")

    plan = cli("obs", "sync", str(src), target, "--delete", "--exclude", "*.tmp", "--dry-run").json()
    assert plan["dry_run"] is True and plan["transfer"] is None
    assert (plan["copied"], plan["deleted"]) == (["data/x.csv", "keep.txt"], ["stale.txt"])
    assert _keys(cli, f"{target}/") == ["synced/stale.txt"], "a dry run changes nothing"
    text = cli("obs", "sync", str(src), target, "--delete", "--exclude", "*.tmp", "--dry-run", "-o", "table")
    assert "would delete  stale.txt" in text.out and "dry run" in text.out

    done = cli("obs", "sync", str(src), target, "--delete", "--exclude", "*.tmp").json()
    assert done["transfer"]["files"] == 2 and done["deleted"] == ["stale.txt"]
    assert _keys(cli, f"{target}/") == ["synced/data/x.csv", "synced/keep.txt"]
    again = cli("obs", "sync", str(src), target).json()
    assert (again["copied"], sorted(again["skipped"])) == (["scratch.tmp"], ["data/x.csv", "keep.txt"])

    # Down again, only what an include selects; a local file the source lacks is deleted only with --delete.
    local = _tree(tmp_path / "local", {"extra.txt": "e"})
    plan = cli("obs", "sync", f"{target}/", str(local), "--include", "data/*", "--delete", "--dry-run").json()
    assert (plan["copied"], plan["deleted"]) == (["data/x.csv"], [])
    assert sorted(os.listdir(local)) == ["extra.txt"]
    cli("obs", "sync", f"{target}/", str(local), "--delete")
    assert (local / "data" / "x.csv").read_text() == "1,2" and not (local / "extra.txt").exists()


def test_rm_refuses_without_yes(cli: Cli, bucket: str, tmp_path: Path) -> None:
    src = _tree(tmp_path / "src", {"a.txt": "a", "b/c.txt": "c"})
    cli("obs", "cp", "-r", "--flat", str(src), f"obs://{bucket}/d/")
    for args in (["obs", "rm", f"obs://{bucket}/d/a.txt"], ["obs", "rm", "-r", f"obs://{bucket}/d"]):
        assert "without --yes" in cli(*args, expect=2).err
    assert _keys(cli, f"obs://{bucket}/d/") == ["d/a.txt", "d/b/c.txt"], "nothing was deleted"

    assert cli("obs", "rm", "--yes", f"obs://{bucket}/d/a.txt").json() == {
        "path": f"obs://{bucket}/d/a.txt",
        "deleted": 1,
    }
    assert cli("obs", "rm", "-y", f"obs://{bucket}/d/a.txt").json()["deleted"] == 0
    assert cli("obs", "rm", "-r", "--yes", f"obs://{bucket}/d").json()["deleted"] == 1
    assert _keys(cli, f"obs://{bucket}/") == []
    assert (
        "InvalidArgumentError" in cli("obs", "rm", "--yes", "s3://elsewhere/x", "-o", "table", expect=2).err
    )


@pytest.mark.slow
def test_progress_bars_on_a_terminal_only(
    cli: Cli, backend: LocalBackend, bucket: str, tmp_path: Path
) -> None:
    src = _tree(tmp_path / "src", {f"f{i}.txt": "x" * 1000 for i in range(3)})
    piped = cli("obs", "cp", "-r", str(src), f"obs://{bucket}/piped/")
    assert "files" not in piped.err and "\r" not in piped.err
    code, shown = run_in_terminal(
        [str(EXECUTABLE), "obs", "cp", "-r", str(src), f"obs://{bucket}/tty/"], cli.env
    )
    assert code == 0, shown
    assert "files: 100%" in shown and "3/3" in shown, "tqdm's bars of bytes and files"
    assert "upload: 3 of 3 files transferred" in shown, "a summary for a person"

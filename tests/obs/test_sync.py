"""``sync``: only what differs moves, deletes only when asked; filters, dry runs, interruptions, bad keys."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import obs as sdk
import pytest

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs import OBS, NoSuchKeyError, UnsafeObjectKeyError, UnusableObjectKeysError

from .support import MIB, tree, write_tree
from .test_resume import count_calls
from .test_transfers import body, keys

FILES = {"a.txt": b"aaa", "sub/b.txt": b"bbb", "sub/c.log": b"log", "big.bin": os.urandom(7 * MIB)}
PAST = 1_000_000_000  # 2001: older than any object


def age(root: Path) -> None:
    """Give every file under ``root`` an old modification time (as if written long before the objects)."""
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (PAST, PAST))


def test_first_sync_up_copies_everything_and_the_second_nothing(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path / "src", FILES)
    first = obs.sync(str(tmp_path / "src"), f"obs://{bucket}/dst")
    assert sorted(first.copied) == sorted(FILES)
    assert (first.skipped, first.deleted, first.dry_run) == ((), (), False)
    assert first.transfer is not None and first.transfer.files == len(FILES)
    assert keys(s3, bucket) == {f"dst/{name}" for name in FILES}
    puts = count_calls(monkeypatch, "putContent")
    second = obs.sync(str(tmp_path / "src"), f"obs://{bucket}/dst/")
    assert (second.copied, sorted(second.skipped), puts) == ((), sorted(FILES), [])
    assert "0 copied, 4 skipped, 0 deleted" in repr(second)


def test_sync_up_copies_new_and_newer_files(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_tree(src, FILES)
    obs.sync(str(src), f"obs://{bucket}/dst")
    (src / "new.txt").write_bytes(b"new")
    (src / "a.txt").write_bytes(b"AAA")  # same size, newer than the object
    os.utime(src / "a.txt", (2**33, 2**33))
    result = obs.sync(str(src), f"obs://{bucket}/dst")
    assert sorted(result.copied) == ["a.txt", "new.txt"]
    assert body(s3, bucket, "dst/a.txt") == b"AAA"


def test_content_compare_finds_same_size_changes_without_downloading(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "src"
    write_tree(src, FILES)
    obs.sync(str(src), f"obs://{bucket}/dst")
    (src / "sub" / "b.txt").write_bytes(b"BBB")
    big = bytearray((src / "big.bin").read_bytes())
    big[-1] ^= 0xFF
    (src / "big.bin").write_bytes(bytes(big))
    age(src)
    # Same sizes and older files: by size and time nothing changed.
    assert obs.sync(str(src), f"obs://{bucket}/dst").copied == ()
    gets = count_calls(monkeypatch, "getObject")
    result = obs.sync(str(src), f"obs://{bucket}/dst", compare="content")
    assert sorted(result.copied) == ["big.bin", "sub/b.txt"]
    assert gets == []
    assert body(s3, bucket, "dst/sub/b.txt") == b"BBB"
    assert body(s3, bucket, "dst/big.bin") == bytes(big)


def test_sync_down_by_content_and_by_time(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    write_tree(tmp_path / "src", FILES)
    obs.upload_dir(f"{tmp_path / 'src'}/", f"obs://{bucket}/")
    local = tmp_path / "local"
    first = obs.sync(f"obs://{bucket}/src", str(local))
    assert sorted(first.copied) == sorted(FILES)
    assert tree(local) == FILES
    # The files got their objects' times: nothing is newer on either side.
    assert obs.sync(f"obs://{bucket}/src", str(local)).copied == ()
    assert obs.sync(str(local), f"obs://{bucket}/src").copied == ()
    (local / "sub" / "b.txt").write_bytes(b"xxx")
    (local / "big.bin").write_bytes(os.urandom(7 * MIB))
    age(local)
    result = obs.sync(f"obs://{bucket}/src/", str(local), compare="content")
    assert sorted(result.copied) == ["big.bin", "sub/b.txt"]
    assert tree(local) == FILES


def test_deleted_at_the_source_is_deleted_only_when_asked(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    write_tree(src, FILES)
    obs.sync(str(src), f"obs://{bucket}/dst")
    (src / "sub" / "b.txt").unlink()
    kept = obs.sync(str(src), f"obs://{bucket}/dst")
    assert kept.deleted == ()
    assert "dst/sub/b.txt" in keys(s3, bucket)
    removed = obs.sync(str(src), f"obs://{bucket}/dst", delete=True)
    assert removed.deleted == ("sub/b.txt",)
    assert "dst/sub/b.txt" not in keys(s3, bucket)

    local = tmp_path / "local"
    obs.sync(f"obs://{bucket}/dst", str(local))
    (local / "extra.txt").write_bytes(b"extra")
    assert obs.sync(f"obs://{bucket}/dst", str(local)).deleted == ()
    assert (local / "extra.txt").exists()
    assert obs.sync(f"obs://{bucket}/dst", str(local), delete=True).deleted == ("extra.txt",)
    assert not (local / "extra.txt").exists()


def test_include_and_exclude_match_the_relative_path(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_tree(src, FILES)
    result = obs.sync(str(src), f"obs://{bucket}/dst", include=["*.txt", "*.log"], exclude="sub/c*")
    assert sorted(result.copied) == ["a.txt", "sub/b.txt"]
    assert keys(s3, bucket) == {"dst/a.txt", "dst/sub/b.txt"}
    # None is no pattern: everything else arrives.
    assert sorted(obs.sync(str(src), f"obs://{bucket}/dst", include=None).copied) == ["big.bin", "sub/c.log"]
    # Excluded files at the destination are not deleted, even with delete=True.
    s3.put_object(Bucket=bucket, Key="dst/keep.tmp", Body=b"x")
    (src / "a.txt").unlink()
    pruned = obs.sync(str(src), f"obs://{bucket}/dst", delete=True, exclude=["*.tmp", "*.bin", "*.log"])
    assert pruned.deleted == ("a.txt",)
    assert "dst/keep.tmp" in keys(s3, bucket)


def test_dry_run_changes_nothing_and_returns_the_plan(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    src = tmp_path / "src"
    write_tree(src, FILES)
    obs.sync(str(src), f"obs://{bucket}/dst")
    s3.put_object(Bucket=bucket, Key="dst/extra.txt", Body=b"x")
    (src / "new.txt").write_bytes(b"new")
    before = {k: body(s3, bucket, k) for k in keys(s3, bucket)}
    plan = obs.sync(str(src), f"obs://{bucket}/dst", delete=True, dry_run=True)
    assert (plan.copied, plan.deleted, plan.transfer, plan.dry_run) == (
        ("new.txt",),
        ("extra.txt",),
        None,
        True,
    )
    assert sorted(plan.skipped) == sorted(FILES)
    assert {k: body(s3, bucket, k) for k in keys(s3, bucket)} == before
    assert "(dry run)" in repr(plan)

    local = tmp_path / "local"
    write_tree(local, {"stale.txt": b"s"})
    down = obs.sync(f"obs://{bucket}/dst", str(local), delete=True, dry_run=True)
    assert (sorted(down.copied), down.deleted) == (sorted([*FILES, "extra.txt"]), ("stale.txt",))
    assert tree(local) == {"stale.txt": b"s"}


def test_interrupted_sync_finishes_without_redoing_what_was_done(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "src"
    many = {f"f{i:02d}.txt": f"content {i}".encode() for i in range(12)}
    write_tree(src, {**many, "big.bin": os.urandom(16 * MIB)})
    original = sdk.ObsClient.uploadPart
    sent: list[int] = []

    def interrupt(self: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(args[2])
        if len(sent) == 2:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, "uploadPart", interrupt)
    with pytest.raises(KeyboardInterrupt):
        obs.sync(str(src), f"obs://{bucket}/dst")
    done = keys(s3, bucket)
    assert "dst/big.bin" not in done
    monkeypatch.undo()
    puts = count_calls(monkeypatch, "putContent")
    parts = count_calls(monkeypatch, "uploadPart")
    result = obs.sync(str(src), f"obs://{bucket}/dst")
    assert set(result.skipped) == {key.removeprefix("dst/") for key in done}
    assert {args[1] for args in puts} == {f"dst/{name}" for name in many} - done
    # The large file continues from its checkpoint: only the parts it lacked are sent.
    assert result.transfer is not None and result.transfer.resumed == 1
    assert 0 < len(parts) < 4
    assert body(s3, bucket, "dst/big.bin") == (src / "big.bin").read_bytes()
    assert obs.sync(str(src), f"obs://{bucket}/dst").copied == ()


def test_hostile_keys_are_refused_before_anything_is_written(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="d/fine.txt", Body=b"fine")
    s3.put_object(Bucket=bucket, Key="d/../escaped.txt", Body=b"payload")
    s3.put_object(Bucket=bucket, Key="d/bell\x07.txt", Body=b"payload")
    local = tmp_path / "local"
    write_tree(local, {"old.txt": b"old"})
    with pytest.raises(UnusableObjectKeysError) as info:
        obs.sync(f"obs://{bucket}/d", str(local), delete=True)
    assert isinstance(info.value, UnsafeObjectKeyError)
    assert sorted(p.key for p in info.value.problems) == ["d/../escaped.txt", "d/bell\x07.txt"]
    assert tree(local) == {"old.txt": b"old"}
    assert not (tmp_path / "escaped.txt").exists()
    skipped = obs.sync(f"obs://{bucket}/d", str(local), skip_unusable_keys=True)
    assert skipped.copied == ("fine.txt",)
    assert len(skipped.refused) == 2


def test_sync_arguments_are_checked_before_any_request(obs: OBS, bucket: str, tmp_path: Path) -> None:
    src = str(tmp_path)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"delete": "false"}, "delete"),
        ({"delete": 1}, "delete"),
        ({"dry_run": "yes"}, "dry_run"),
        ({"compare": "mtime"}, "compare"),
        ({"include": [1]}, "include"),
        ({"exclude": 5}, "exclude"),
    ]
    for options, argument in cases:
        with pytest.raises(InvalidArgumentError) as info:
            obs.sync(src, f"obs://{bucket}/x", **options)
        assert info.value.argument == argument
    with pytest.raises(InvalidArgumentError, match="dst"):
        obs.sync(src, str(tmp_path / "other"))
    with pytest.raises(InvalidArgumentError, match="dst"):
        obs.sync(src, f"obs://{bucket}/../x")
    with pytest.raises(NoSuchKeyError):
        obs.sync(f"obs://{bucket}/nothing-here", str(tmp_path / "out"), delete=True)

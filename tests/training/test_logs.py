"""The log follower: successive tails of a growing log become each line exactly once."""

from __future__ import annotations

import random

import pytest

from modelarts_hl._core.calls import Plan, drive
from modelarts_hl.errors import NotFoundError
from modelarts_hl.training.logs import LogFollower, LogPrinter

GAP_MARKER = "[... "


def make_log(rng: random.Random, lines: int, *, unicode: bool) -> bytes:
    words = (
        ["epoch", "loss=0.25", "acc", "Ünïcödé", "日本語", "✓"] if unicode else ["epoch", "loss=0.25", "acc"]
    )
    text = "".join(
        f"{index} " + " ".join(rng.choices(words, k=rng.randint(0, 12))) + "\n" for index in range(lines)
    )
    return text.encode("utf-8")


def serve(log: bytes, full: int, window: int) -> tuple[str, int, int]:
    """The log preview of a log ``full`` bytes long that returns at most ``window`` bytes."""
    tail = log[max(0, full - window) : full]
    return tail.decode("utf-8", errors="replace"), len(tail), full


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("unicode", [False, True])
def test_polls_within_the_window_give_every_line_once(seed: int, unicode: bool) -> None:
    rng = random.Random(seed)
    log = make_log(rng, 2000, unicode=unicode)
    window = rng.choice([64, 300, 4096])
    follower = LogFollower()
    emitted: list[str] = []
    full = 0
    while full < len(log):
        # The log grows by arbitrary amounts (lines split anywhere), never by more than the window; a writer
        # writes whole characters, but the window's start may cut one.
        full = min(len(log), full + rng.randint(0, window - 8))
        while full < len(log) and log[full] & 0xC0 == 0x80:
            full -= 1
        emitted += follower.feed(*serve(log, full, window))
    emitted += follower.feed(*serve(log, full, window), final=True)
    assert emitted == log.decode("utf-8").splitlines()
    assert follower.skipped_bytes == 0


def test_a_character_cut_at_either_end_of_the_tail_is_read_whole_later() -> None:
    log = "héllo\nwörld ✓\nend\n".encode()
    follower = LogFollower()
    polls = [
        (9, 9, ["héllo"]),  # ends inside "ö": the line is read again next time
        (15, 13, []),  # starts inside "é" and ends inside "✓": nothing is certain yet
        (18, 16, ["wörld ✓"]),  # starts inside "é", ends whole: positions count from the end
        (22, 22, ["end"]),
    ]
    for full, window, expected in polls:
        assert follower.feed(*serve(log, full, window)) == expected


@pytest.mark.parametrize("seed", range(8))
def test_a_log_that_outgrows_the_window_reports_what_was_lost(seed: int) -> None:
    rng = random.Random(seed)
    log = make_log(rng, 3000, unicode=False)
    original = log.decode().splitlines()
    window = 256
    follower = LogFollower()
    emitted: list[str] = []
    full = 0
    while full < len(log):
        full = min(len(log), full + rng.randint(0, 3 * window))
        emitted += follower.feed(*serve(log, full, window))
    emitted += follower.feed(*serve(log, full, window), final=True)
    markers = [index for index, line in enumerate(emitted) if line.startswith(GAP_MARKER)]
    assert markers, "the log grew faster than the window at least once"
    shown = sum(len(line) + 1 for line in emitted if not line.startswith(GAP_MARKER))
    assert shown + follower.skipped_bytes == len(log)
    # Lines come in order and never twice; only the first line after a gap may be the end of a cut line.
    position = -1
    after_gap = False
    for index, line in enumerate(emitted):
        if line.startswith(GAP_MARKER):
            after_gap = True
            continue
        if line in original[position + 1 :]:
            found = original.index(line, position + 1)
            assert after_gap or found == position + 1, "a line inside the window was skipped"
            position, after_gap = found, False
        else:
            assert emitted[index - 1].startswith(GAP_MARKER), f"not a line of the log: {line!r}"
            assert any(candidate.endswith(line) for candidate in original[position + 1 :])


def test_unterminated_last_line_waits_for_its_newline_or_the_end() -> None:
    follower = LogFollower()
    assert follower.feed("epoch 1\nepo", 11, 11) == ["epoch 1"]
    assert follower.feed("epoch 1\nepoch 2", 15, 15) == []
    assert follower.feed("epoch 1\nepoch 2\r\ndone", 21, 21) == ["epoch 2"]
    assert follower.feed("epoch 1\nepoch 2\r\ndone", 21, 21, final=True) == ["done"]
    assert follower.feed("epoch 1\nepoch 2\r\ndone", 21, 21, final=True) == []


def test_a_restarted_log_is_followed_from_its_start() -> None:
    follower = LogFollower()
    assert follower.feed("a\nb\nc\n", 6, 6) == ["a", "b", "c"]
    assert follower.feed("x\n", 2, 2) == ["x"]


def test_missing_sizes_fall_back_to_the_content() -> None:
    follower = LogFollower()
    assert follower.feed("a\nb\n", None, None) == ["a", "b"]
    assert follower.feed("a\nb\nc\n", None, None) == ["c"]


def test_printer_skips_previews_that_are_not_there_yet() -> None:
    answers: list[tuple[str, int, int] | Exception] = [
        NotFoundError(status_code=404, error_msg="no such task yet"),
        ("one\ntw", 6, 6),
        ("one\ntwo\n", 8, 8),
    ]
    printed: list[str] = []

    def fetch() -> Plan[tuple[str, int, int]]:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer
        yield  # a plan that needs no step

    printer = LogPrinter(fetch, printed.append)
    for _ in range(3):
        drive(printer.poll(), perform=lambda step: pytest.fail(f"unexpected step {step}"))
    assert printed == ["one", "two"]

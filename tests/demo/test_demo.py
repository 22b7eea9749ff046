"""The main job runs the whole lifecycle against the local backend and says what it does."""

from __future__ import annotations

import pytest

from modelarts_hl.demo.__main__ import main


@pytest.mark.slow
def test_the_main_job_passes_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    steps = [line for line in out.splitlines() if line.startswith("==> ")]
    assert [s.split(" ")[1] for s in steps] == [
        "Starting",
        "Uploading",
        "Training",
        "Inspecting",
        "Creating",
        "Deploying",
        "Predicting",
        "Reading",
        "Scoring",
        "Cleaning",
    ]
    assert "epoch  300" in out, "show_log streams the training log"
    assert "accuracy" in out and "All steps passed" in out
    assert "deleted service" in out and "deleted model" in out and "deleted training job" in out


def test_cloud_mode_needs_a_bucket(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MODELARTS_DEMO_BUCKET", raising=False)
    assert main(["--cloud"]) == 2
    assert "--bucket" in capsys.readouterr().err


@pytest.mark.slow
def test_a_failed_step_exits_non_zero(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import modelarts_hl.demo.lifecycle as lifecycle

    monkeypatch.setattr(lifecycle, "MIN_ACCURACY", 1.01)
    assert main([]) == 1
    captured = capsys.readouterr()
    assert "FAILED" in captured.err and "accuracy" in captured.err
    assert "deleted training job" in captured.out, "what was created is cleaned up after a failure"


@pytest.mark.parametrize("keep", ["no", "false", 0, None])
def test_the_cleanup_switch_takes_exactly_a_bool(keep: object) -> None:
    from modelarts_hl.demo.lifecycle import run
    from modelarts_hl.errors import InvalidArgumentError

    # Refused before the session, settings or report are touched.
    with pytest.raises(InvalidArgumentError) as info:
        run(None, None, None, keep=keep)  # type: ignore[arg-type]
    assert info.value.argument == "keep"

"""TrainingFiles, InputData and OutputData: obs:// paths checked on construction, sent as /bucket/key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelarts_hl._core.rules import field_rule
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles
from modelarts_hl.training.config import default_job_name


def test_relative_boot_file_is_joined_to_code_dir() -> None:
    files = TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="src/train.py")
    assert files.rest_code_dir == "/bucket-a/code/"
    assert files.rest_boot_file == "/bucket-a/code/src/train.py"


def test_absolute_boot_file_inside_code_dir() -> None:
    files = TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="obs://bucket-a/code/train.py")
    assert files.rest_boot_file == "/bucket-a/code/train.py"


def test_channels_are_sent_in_rest_form() -> None:
    assert InputData(obs_path="obs://bucket-a/data/", name="data_url").rest_path == "/bucket-a/data/"
    assert InputData(obs_path="obs://bucket-a/data.csv", name="data_url").rest_path == "/bucket-a/data.csv"
    assert OutputData(obs_path="obs://bucket-a/out/", name="train_url").rest_path == "/bucket-a/out/"


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: TrainingFiles(code_dir="/bucket-a/code/", boot_file="train.py"), "code_dir"),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/code", boot_file="train.py"), "code_dir"),
        (lambda: TrainingFiles(code_dir="obs://Bad_Bucket/code/", boot_file="train.py"), "code_dir"),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/a/../code/", boot_file="train.py"), "code_dir"),
        (
            lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="obs://bucket-a/other/train.py"),
            "boot_file",
        ),
        (
            lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="obs://bucket-b/code/train.py"),
            "boot_file",
        ),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="../train.py"), "boot_file"),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="/train.py"), "boot_file"),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="src/"), "boot_file"),
        (lambda: TrainingFiles(code_dir="obs://bucket-a/code/", boot_file=""), "boot_file"),
        (lambda: InputData(obs_path="bucket-a/data/", name="data_url"), "obs_path"),
        (lambda: InputData(obs_path="obs://bucket-a//data/", name="data_url"), "obs_path"),
        (lambda: InputData(obs_path="obs://bucket-a/data/", name="data url"), "name"),
        (lambda: InputData(obs_path="obs://bucket-a/data/", name="1st"), "name"),
        (lambda: OutputData(obs_path="obs://bucket-a/out", name="train_url"), "obs_path"),
        (lambda: OutputData(obs_path="s3://bucket-a/out/", name="train_url"), "obs_path"),
        (lambda: OutputData(obs_path="obs://bucket-a/out/", name=""), "name"),
    ],
)
def test_bad_paths_and_names_are_refused(build: object, argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        build()  # type: ignore[operator]
    assert caught.value.argument == argument


def test_default_job_names_are_valid_and_unique() -> None:
    names = {default_job_name("my train.py script, version 2") for _ in range(50)}
    assert len(names) == 50
    for name in names:
        assert name.startswith("my-train-py-script-version-2-")
        assert 1 <= len(name) <= 64
        assert all(ch.isalnum() or ch in "-_" for ch in name)
    assert default_job_name(None).startswith("job-")
    assert len(default_job_name("x" * 200)) <= 64


@given(st.text(max_size=100))
def test_a_default_job_name_follows_the_spec_rule_whatever_its_base(base: str) -> None:
    assert field_rule("JobMetadata", "name").accepts(default_job_name(base))

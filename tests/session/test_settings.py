"""Session settings without a network: endpoints, credential discovery, validation, masking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from modelarts_hl._core.endpoints import process_defaults
from modelarts_hl.errors import CredentialsNotFoundError, InvalidArgumentError
from modelarts_hl.session import Session

SECRET = "s3cr3t-SK-value-that-must-never-show"
PASSWORD = "pa55word-that-must-never-show"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    import os

    for name in list(os.environ):
        if name.startswith(("MODELARTS_", "HUAWEICLOUD_SDK_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(tmp_path / "absent-config"))
    process_defaults.reset()
    yield
    process_defaults.reset()


class Recorder(httpx.MockTransport):
    """Fails the test if any request is made."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        super().__init__(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


def aksk(**kwargs: object) -> Session:
    options: dict[str, object] = {"access_key": "AK0123456789", "secret_key": SECRET, "project_id": "p1"}
    options.update(kwargs)
    return Session(**options)  # type: ignore[arg-type]


def test_endpoints_are_derived_from_the_region() -> None:
    session = aksk(region_name="cn-north-4")
    assert session.modelarts_endpoint == "https://modelarts.cn-north-4.myhuaweicloud.com"
    assert session.iam_endpoint == "https://iam.cn-north-4.myhuaweicloud.com"
    assert session.obs_endpoint == "https://obs.cn-north-4.myhuaweicloud.com"


def test_set_endpoint_is_a_process_default_and_sessions_can_override_it() -> None:
    Session.set_endpoint(
        iam_endpoint="iam.example.com",
        obs_endpoint="obs.example.com",
        modelarts_endpoint="ma.example.com",
        region_name="xx-1",
    )
    first = aksk()
    assert (first.iam_endpoint, first.obs_endpoint, first.modelarts_endpoint, first.region_name) == (
        "https://iam.example.com",
        "https://obs.example.com",
        "https://ma.example.com",
        "xx-1",
    )
    second = aksk(modelarts_endpoint="http://127.0.0.1:9000/")
    assert second.modelarts_endpoint == "http://127.0.0.1:9000"
    assert second.iam_endpoint == "https://iam.example.com"


def test_no_region_and_no_endpoints_is_a_clear_error() -> None:
    with pytest.raises(InvalidArgumentError, match="region_name"):
        aksk()


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"access_key": "AK", "secret_key": SECRET, "username": "u", "password": PASSWORD}, "access_key"),
        ({"access_key": "AK"}, "secret_key"),
        ({"username": "u"}, "password"),
        ({"access_key": "AK", "secret_key": SECRET}, "project_id"),
        ({"access_key": "AK", "secret_key": "", "project_id": "p"}, "secret_key"),
        (
            {"access_key": "AK", "secret_key": SECRET, "project_id": "p", "obs_signature": "v2"},
            "obs_signature",
        ),
        (
            {"access_key": "AK", "secret_key": SECRET, "project_id": "p", "modelarts_endpoint": "ftp://x"},
            "modelarts_endpoint",
        ),
    ],
)
def test_invalid_arguments_fail_before_any_request(kwargs: dict[str, object], argument: str) -> None:
    recorder = Recorder()
    with pytest.raises(InvalidArgumentError) as caught:
        Session(region_name="cn-north-4", http_transport=recorder, **kwargs)  # type: ignore[arg-type]
    assert caught.value.argument == argument
    assert isinstance(caught.value, ValueError)
    assert SECRET not in str(caught.value) and PASSWORD not in str(caught.value)
    assert recorder.requests == []


def test_no_credentials_anywhere_names_what_to_set() -> None:
    with pytest.raises(CredentialsNotFoundError) as caught:
        Session()
    message = str(caught.value)
    for name in ("MODELARTS_ACCESS_KEY", "MODELARTS_SECRET_KEY", "MODELARTS_USERNAME", "absent-config"):
        assert name in message


def test_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELARTS_ACCESS_KEY", "AKENV")
    monkeypatch.setenv("MODELARTS_SECRET_KEY", SECRET)
    monkeypatch.setenv("MODELARTS_PROJECT_ID", "penv")
    monkeypatch.setenv("MODELARTS_REGION", "ap-southeast-1")
    session = Session()
    assert (session.auth_mode, session.project_id, session.region_name) == ("aksk", "penv", "ap-southeast-1")
    assert session.settings_source == "environment variables"


def test_huaweicloud_sdk_variables_are_understood(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "AKHW")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", SECRET)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "phw")
    assert Session(region_name="cn-north-4").project_id == "phw"


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELARTS_ACCESS_KEY", "AKENV")
    monkeypatch.setenv("MODELARTS_SECRET_KEY", SECRET)
    monkeypatch.setenv("MODELARTS_REGION", "ap-southeast-1")
    session = Session(username="alice", password=PASSWORD, project_id="p2")
    assert session.auth_mode == "password"
    assert session.region_name == "ap-southeast-1"


def test_profiles_from_the_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text(
        "[default]\naccess_key = AKDEF\nsecret_key = "
        + SECRET
        + "\nproject_id = pdef\nregion_name = cn-north-4\n"
        "[dev]\nusername = bob\npassword = " + PASSWORD + "\nproject_id = pdev\nregion_name = cn-south-1\n"
        "modelarts_endpoint = http://127.0.0.1:1\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(config))
    assert Session().project_id == "pdef"
    dev = Session(profile="dev")
    assert (dev.auth_mode, dev.region_name, dev.modelarts_endpoint) == (
        "password",
        "cn-south-1",
        "http://127.0.0.1:1",
    )
    monkeypatch.setenv("MODELARTS_PROFILE", "dev")
    assert Session().auth_mode == "password"
    with pytest.raises(InvalidArgumentError, match="profile"):
        Session(profile="nope")


def test_unknown_keys_in_a_profile_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text("[default]\naccess_key = A\nsecret_key = B\nsecretkey = typo\n", encoding="utf-8")
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(config))
    with pytest.raises(InvalidArgumentError, match="secretkey"):
        Session(project_id="p", region_name="r")


def test_repr_and_str_never_show_secrets() -> None:
    keys = aksk(region_name="cn-north-4", security_token="sec-token-value-never-shown")
    password = Session(username="alice", password=PASSWORD, project_id="p", region_name="cn-north-4")
    for text in (repr(keys), str(keys), repr(password), str(password)):
        assert SECRET not in text and PASSWORD not in text and "sec-token-value" not in text
    assert "AK0123456789" not in repr(keys)  # only the key's tail identifies it
    assert "6789" in repr(keys)


def test_obs_signature_and_path_style_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELARTS_OBS_SIGNATURE", "v4")
    monkeypatch.setenv("MODELARTS_OBS_PATH_STYLE", "true")
    session = aksk(region_name="cn-north-4")
    assert (session.obs_signature, session.obs_path_style) == ("v4", True)
    assert aksk(region_name="cn-north-4", obs_signature="obs", obs_path_style=False).obs_signature == "obs"
    monkeypatch.setenv("MODELARTS_OBS_SIGNATURE", "v2")
    with pytest.raises(InvalidArgumentError, match="obs_signature"):
        aksk(region_name="cn-north-4")
    monkeypatch.setenv("MODELARTS_OBS_SIGNATURE", "obs")
    monkeypatch.setenv("MODELARTS_OBS_PATH_STYLE", "sometimes")
    with pytest.raises(InvalidArgumentError, match="obs_path_style"):
        aksk(region_name="cn-north-4")

"""A missing optional dependency becomes one sentence naming the extra to install."""

from __future__ import annotations

import pytest

from modelarts_hl._core.extras import requiring_extra
from modelarts_hl.errors import MissingExtraError, ModelArtsError


def test_a_missing_third_party_module_names_the_extra() -> None:
    with pytest.raises(MissingExtraError) as info, requiring_extra("local", "the local backend"):
        raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")
    error = info.value
    assert str(error) == (
        "the local backend needs the 'local' extra: pip install 'modelarts-hl[local]' "
        "(module 'uvicorn' is not installed)"
    )
    assert (error.extra, error.missing) == ("local", "uvicorn")
    assert isinstance(error, ImportError) and isinstance(error, ModelArtsError)
    assert isinstance(error.__cause__, ModuleNotFoundError)


@pytest.mark.parametrize("name", ["modelarts_hl.local.nothing", "modelarts_client.api", None])
def test_a_broken_installation_is_not_taken_for_a_missing_extra(name: str | None) -> None:
    with pytest.raises(ModuleNotFoundError) as info, requiring_extra("local", "the local backend"):
        raise ModuleNotFoundError("missing", name=name)
    assert not isinstance(info.value, MissingExtraError)

"""A model's creation parameters (Tables 7-3 to 7-5): ``Params``, ``Packages``, ``Dependencies``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from modelarts_client import models
from modelarts_client.types import UNSET
from modelarts_hl._core.checks import (
    check_member,
    check_text,
    optional_text,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl._core.rules import field_rule
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .validation import check_objects

if TYPE_CHECKING:
    from modelarts_client.models import ModelDependency, ModelPackage, ModelParam

__all__ = ["Dependencies", "Packages", "Params"]


def _bound(argument: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidArgumentError(argument, "a finite number", got=value)
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise InvalidArgumentError(argument, "a finite number", got=value) from None
    if not math.isfinite(number):  # JSON has no NaN or Infinity
        raise InvalidArgumentError(argument, "a finite number", got=value)
    return number


@dataclass
class Params:
    """An input or output parameter of the model's inference API (Table 7-3)."""

    url: str | None = None
    param_name: str | None = None
    param_type: str | None = None
    min: float | str | None = None
    max: float | str | None = None
    param_desc: str | None = None

    def __post_init__(self) -> None:
        self.url = check_text("url", self.url)
        self.param_name = field_rule("ModelParam", "param_name").text("param_name", self.param_name)
        self.param_type = check_member("param_type", self.param_type, models.ModelParamParamType).value
        self.min = _bound("min", self.min)
        self.max = _bound("max", self.max)
        self.param_desc = field_rule("ModelParam", "param_desc").optional_text("param_desc", self.param_desc)

    def to_request(self) -> ModelParam:
        return models.ModelParam(
            url=str(self.url),
            param_name=str(self.param_name),
            param_type=models.ModelParamParamType(str(self.param_type)),
            min_=UNSET if self.min is None else float(self.min),
            max_=UNSET if self.max is None else float(self.max),
            param_desc=or_unset(self.param_desc),
        )


@dataclass
class Packages:
    """A package the model needs (Table 7-5); ``restraint`` (EXACT, ATLEAST, ATMOST) goes with a version."""

    package_name: str | None = None
    package_version: str | None = None
    restraint: str | None = None

    def __post_init__(self) -> None:
        self.package_name = check_text("package_name", self.package_name)
        self.package_version = optional_text("package_version", self.package_version)
        if self.restraint is not None:
            self.restraint = check_member("restraint", self.restraint, models.ModelPackageRestraint).value
        if self.package_version is not None and self.restraint is None:
            raise InvalidArgumentError(
                "restraint",
                f"one of {', '.join(models.ModelPackageRestraint)} whenever package_version is given",
            )

    def to_request(self) -> ModelPackage:
        return models.ModelPackage(
            package_name=str(self.package_name),
            package_version=or_unset(self.package_version),
            restraint=UNSET if self.restraint is None else models.ModelPackageRestraint(self.restraint),
        )


@dataclass
class Dependencies:
    """Packages to install before the inference code runs (Table 7-4); ``installer`` is ``pip``."""

    installer: str = models.ModelDependencyInstaller.PIP.value
    packages: Sequence[Packages] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.installer = check_member("installer", self.installer, models.ModelDependencyInstaller).value
        self.packages = check_objects("packages", self.packages, Packages)

    def to_request(self) -> ModelDependency:
        return models.ModelDependency(
            installer=models.ModelDependencyInstaller(self.installer),
            packages=[p.to_request() for p in self.packages],
        )

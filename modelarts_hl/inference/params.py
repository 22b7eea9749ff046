"""A model's creation parameters (Tables 7-3 to 7-5): ``Params``, ``Packages``, ``Dependencies``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from modelarts_client.models import (
    ModelDependency,
    ModelPackage,
    ModelParam,
)
from modelarts_client.types import UNSET
from modelarts_hl._core.checks import (
    check_length,
    check_text,
    optional_text,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .validation import (
    check_choice,
    check_objects,
)

__all__ = ["PARAM_TYPES", "RESTRAINTS", "Dependencies", "Packages", "Params"]

PARAM_TYPES = (
    "string",
    "object",
    "array",
    "boolean",
    "number",
    "integer",
    "int",
    "float",
    "timestamp",
    "date",
    "file",
)
RESTRAINTS = ("EXACT", "ATLEAST", "ATMOST")


def _bound(argument: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidArgumentError(argument, "a number", got=value)
    try:
        return float(value)
    except ValueError:
        raise InvalidArgumentError(argument, "a number", got=value) from None


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
        self.param_name = check_text("param_name", self.param_name)
        if len(self.param_name) > 64:
            raise InvalidArgumentError("param_name", "at most 64 characters", got=self.param_name)
        self.param_type = check_choice("param_type", self.param_type, PARAM_TYPES)
        self.min = _bound("min", self.min)
        self.max = _bound("max", self.max)
        if self.param_desc is not None:
            self.param_desc = check_length("param_desc", self.param_desc, 100)

    def to_request(self) -> ModelParam:
        return ModelParam(
            url=str(self.url),
            param_name=str(self.param_name),
            param_type=str(self.param_type),
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
            self.restraint = check_choice("restraint", self.restraint, RESTRAINTS)
        if self.package_version is not None and self.restraint is None:
            raise InvalidArgumentError(
                "restraint", "EXACT, ATLEAST or ATMOST whenever package_version is given"
            )

    def to_request(self) -> ModelPackage:
        return ModelPackage(
            package_name=str(self.package_name),
            package_version=or_unset(self.package_version),
            restraint=or_unset(self.restraint),
        )


@dataclass
class Dependencies:
    """Packages to install before the inference code runs (Table 7-4); ``installer`` is ``pip``."""

    installer: str = "pip"
    packages: Sequence[Packages] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.installer = check_choice("installer", self.installer, ("pip",))
        self.packages = check_objects("packages", self.packages, Packages)

    def to_request(self) -> ModelDependency:
        return ModelDependency(installer=self.installer, packages=[p.to_request() for p in self.packages])

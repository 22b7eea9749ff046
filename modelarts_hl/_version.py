"""The package's version: the one place it is written (pyproject.toml reads it from here when building), so
that the User-Agent carries it without a metadata lookup at import."""

__version__ = "0.1.0"

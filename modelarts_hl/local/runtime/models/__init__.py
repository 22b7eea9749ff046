"""The model runtime of this machine: importing a model copies and checks its package (:mod:`.package`)."""

from .runtime import LocalModelRuntime

__all__ = ["LocalModelRuntime"]

"""Cancelling a bulk write: the algorithm being run says how to ask whether its task was cancelled, and the store's
writes ask while they work and before they commit. A cancelled write rolls back: nothing is written.

The question is held in a context variable, so each thread (each task of QGIS's task manager) has its own and the
services need no feedback object passed down.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from typing import TYPE_CHECKING

from ..translation import tr

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_CANCELLED: ContextVar = ContextVar("cultural_district_cancelled", default=None)


class OperationCancelledError(Exception):
    """The user cancelled the task; what it was writing has been rolled back."""


@contextlib.contextmanager
def cancellable(is_cancelled: Callable[[], bool]) -> Iterator[None]:
    """Within the block, :func:`raise_if_cancelled` asks ``is_cancelled`` (e.g. a feedback's isCanceled)."""
    token = _CANCELLED.set(is_cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)


def raise_if_cancelled() -> None:
    is_cancelled = _CANCELLED.get()
    if is_cancelled is not None and is_cancelled():
        raise OperationCancelledError(tr("cancelled: nothing was written"))

"""Work that releases Python's lock (GEOS through shapely, scipy's trees) run side by side on the machine's cores:
one item per task, results in the items' order, exactly as a one-by-one loop gives them. What a task prepares or
changes must be its own (a shapely geometry prepared by two threads at once is not safe)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

MAX_WORKERS = 4  # threads at most (the GEOS work of a district is seconds at most: more threads gain nothing)


def thread_count(items: int) -> int:
    """Threads for ``items`` pieces of work: one per core, at most :data:`MAX_WORKERS`, at least one."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, items))


def map_in_threads(function: Callable, items: Iterable) -> list:
    """``[function(item) for item in items]``, computed in up to :data:`MAX_WORKERS` threads (one per core)."""
    items = list(items)
    workers = thread_count(len(items))
    if workers == 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, items))

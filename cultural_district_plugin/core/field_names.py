"""Field names for formats that limit them (the Shapefile's dBase: 10 characters), truncated predictably and kept
unique, with the mapping written beside the file."""

from __future__ import annotations

import re

DBF_LIMIT = 10


def truncated_names(names: list[str], limit: int = DBF_LIMIT) -> dict[str, str]:
    """``{original: short}``: ASCII letters, digits and ``_``, at most ``limit`` characters; a name that would
    repeat an earlier one ends with ``_2``, ``_3``… (in the order given, so the same columns give the same names)."""
    taken: set[str] = set()
    mapping = {}
    for name in names:
        base = re.sub(r"[^A-Za-z0-9_]", "_", name)[:limit] or "field"
        short, number = base, 2
        while short.lower() in taken:
            suffix = f"_{number}"
            short = base[: limit - len(suffix)] + suffix
            number += 1
        taken.add(short.lower())
        mapping[name] = short
    return mapping

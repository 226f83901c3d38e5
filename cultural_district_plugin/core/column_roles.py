"""Recognise the columns of a table by their headers (Italian and English), for every import."""

from __future__ import annotations

from .input_error import InputError
from .text_keys import text_key
from .translatable import translatable


def recognise_columns(
    header: list[str], candidates: dict[str, tuple[str, ...]], overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """Role → column name for the header; ``candidates`` lists the accepted headers of each role (as text keys,
    in order of preference); ``overrides`` (role → column) win. Each column is used once."""
    keys = {text_key(h): h for h in header}
    mapping = {}
    used = set()
    for role, column in (overrides or {}).items():
        if column:
            if column not in header:
                raise InputError(
                    translatable("no column {column!r} in the file (columns: {columns})"),
                    column=column,
                    columns=", ".join(header),
                )
            mapping[role] = column
            used.add(column)
    for role, accepted in candidates.items():
        if role in mapping:
            continue
        for candidate in accepted:
            column = keys.get(candidate)
            if column is not None and column not in used:
                mapping[role] = column
                used.add(column)
                break
    return mapping

"""Text a spreadsheet would run as a formula (CSV/XLSX injection, OWASP): cells starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return get a leading apostrophe, so they are shown as text."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: object) -> object:
    """``value`` unchanged unless it is text a spreadsheet would evaluate; then ``"'" + value``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value

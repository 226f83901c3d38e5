"""Numbers written for a language: Italian ``2.132,24`` (thousands dot, decimal comma), English ``2,132.24``."""

from __future__ import annotations

SEPARATORS = {"it": (".", ","), "en": (",", ".")}


def format_number(value: float | int | None, decimals: int = 0, language: str = "it") -> str:
    """``value`` with ``decimals`` decimals and the language's separators; ``"—"`` when missing."""
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    thousands, decimal = SEPARATORS.get(language, SEPARATORS["en"])
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_share(value: float | None, decimals: int = 0, language: str = "it") -> str:
    """A share as a percentage: ``0.662`` → ``66 %`` (Italian and English alike put a space before %)."""
    if value is None or value != value:
        return "—"
    return f"{format_number(100 * value, decimals, language)} %"

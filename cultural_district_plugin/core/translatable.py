"""Marking user-visible text in the Qt-free core for translation."""

from __future__ import annotations


def translatable(template: str) -> str:
    """Mark a message template for extraction into the translation files (like QT_TR_NOOP); the faces
    and services translate it with ``tr`` and then fill in its arguments."""
    return template


def translatable_n(count: int, singular: str, plural: str) -> str:
    """The template for ``count`` (``singular`` for exactly one), both marked for translation. Italian, like
    English, has one singular form; a language with more plural forms would need Qt's numerus forms."""
    return singular if count == 1 else plural

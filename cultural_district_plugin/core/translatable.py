"""Marking user-visible text in the Qt-free core for translation."""

from __future__ import annotations


def translatable(template: str) -> str:
    """Mark a message template for extraction into the translation files (like QT_TR_NOOP); the faces
    and services translate it with ``tr`` and then fill in its arguments."""
    return template

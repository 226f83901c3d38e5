"""The language of a document (a dossier), chosen apart from QGIS's own: Italian or English.

Strings are the plugin's English sources; Italian comes from the shipped ``.ts`` catalogue, read directly (a
QTranslator would be the application's, and PyQt passes its strings as ASCII)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from ..core.number_format import format_number, format_share
from ..plugin_resources import resource_path
from ..translation import user_locale

LANGUAGES = ("it", "en")


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict:
    source = Path(resource_path("i18n")) / f"cultural_district_{language}.ts"
    if not source.exists():
        return {}
    entries = {}
    for message in ET.parse(source).getroot().iter("message"):  # noqa: S314  (the plugin's own .ts)
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            entries[message.findtext("source")] = translation.text
    return entries


class DocumentLanguage:
    def __init__(self, language: str | None = None):
        language = (language or user_locale() or "en")[:2]
        self.code = language if language in LANGUAGES else "en"

    def tr(self, text: str) -> str:
        if self.code == "en":
            return text
        return _catalogue(self.code).get(text, text)

    def number(self, value, decimals: int = 0) -> str:
        return format_number(value, decimals, self.code)

    def share(self, value, decimals: int = 0) -> str:
        return format_share(value, decimals, self.code)

"""The language of a document (a dossier), chosen apart from QGIS's own: Italian or English.

Strings are the plugin's English sources; Italian comes from the shipped ``.ts`` catalogue, read directly (a
QTranslator would be the application's, and PyQt passes its strings as ASCII)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.PyQt.QtXml import QDomDocument

from ..core.number_format import format_number, format_share
from ..plugin_resources import resource_path
from ..translation import user_locale

LANGUAGES = ("it", "en")


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict:
    source = Path(resource_path("i18n")) / f"cultural_district_{language}.ts"
    if not source.exists():
        return {}
    document = QDomDocument()
    if not document.setContent(source.read_bytes()):  # Qt's parser: no external entities are resolved
        return {}
    entries = {}
    messages = document.elementsByTagName("message")
    for i in range(messages.count()):
        message = messages.at(i).toElement()
        translation = message.firstChildElement("translation")
        if translation.text() and translation.attribute("type") != "unfinished":
            entries[message.firstChildElement("source").text()] = translation.text()
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

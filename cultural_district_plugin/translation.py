"""User-visible strings: English source text, translated through Qt (Italian shipped as a .qm file)."""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.translatable import translatable_n
from .plugin_resources import resource_path

CONTEXT = "CulturalDistrict"


def tr(text):
    """Translate ``text`` in the plugin's single translation context."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(count, singular, plural):
    """Translate the singular (exactly one) or the plural English text for ``count``."""
    return tr(translatable_n(count, singular, plural))


def error_message(error):
    """An exception's message in the user's language when the core marked it for translation."""
    return error.message_in(tr) if hasattr(error, "message_in") else str(error)


def user_locale():
    """Two-letter language QGIS runs in (``--lang``, its own setting, else the system's)."""
    app = QgsApplication.instance()
    chosen = app.translation() if isinstance(app, QgsApplication) else ""  # qgis --lang it
    locale = (
        chosen or QgsApplication.locale() or QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    )
    return str(locale)[:2]


def install_translator(locale=None, directory=None):
    """Load the plugin's .qm for ``locale`` (from ``directory``, default the shipped translations) into the
    application; returns the translator, or None when there is no translation for that language."""
    translator = QTranslator()
    folder = directory or resource_path("i18n")
    if translator.load(str(Path(folder) / f"cultural_district_{locale or user_locale()}.qm")):
        QCoreApplication.installTranslator(translator)
        return translator
    return None

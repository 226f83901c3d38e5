"""The locale the panel writes its figures in: that of the language its words are in, with thousands separators.

QGIS leaves the group separator out of every number unless *Settings ▸ Options ▸ General ▸ Show group (thousand)
separator* is ticked — off by default, so a planner read "576190 residents". That option is about how QGIS
shows and edits numbers in attribute tables and forms; the panel's figures are read, not edited, so they keep
the separators either way. And they follow the language of the sentence they sit in: QGIS in Italian on a system
whose locale is English formats numbers the English way, and "576,190 residenti · 2,170.92 km²" reads as 576 point
19 residents to an Italian; QGIS's own locale is kept when it is in that language (its country's conventions).
"""

from qgis.PyQt.QtCore import QLocale

from ..services.document_language import LANGUAGES
from ..translation import user_locale


def display_locale() -> QLocale:
    """QGIS's locale, or the panel's language's when QGIS formats numbers in another language; with its
    thousands separators."""
    language = user_locale()
    words = QLocale(language if language in LANGUAGES else "en")
    locale = QLocale()
    if locale.language() != words.language():
        locale = words
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale

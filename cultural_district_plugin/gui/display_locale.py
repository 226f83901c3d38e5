"""The locale the panel writes its figures in: QGIS's, always with thousands separators.

QGIS leaves the group separator out of every number unless *Settings ▸ Options ▸ General ▸ Show group (thousand)
separator* is ticked — off by default, so a planner read "576190 residents". That option is about how QGIS
shows and edits numbers in attribute tables and forms; the panel's figures are read, not edited, so they keep
the language's separators either way: 576.190 in Italian, 576,190 in English.
"""

from qgis.PyQt.QtCore import QLocale


def display_locale() -> QLocale:
    """QGIS's current locale with its thousands separators."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale

"""The user guide (Italian or English, the interface's language) and the methods, inside QGIS: Markdown shown by
Qt's own renderer, with the screenshots beside it."""

import re
from pathlib import Path

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

from ..plugin_resources import help_path
from ..translation import tr, user_locale

IMAGE_WIDTH = 680  # pixels


def _page(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setObjectName(name)
    browser.setOpenExternalLinks(True)
    path = Path(help_path(name))
    browser.setSearchPaths([str(path.parent)])
    browser.setMarkdown(path.read_text(encoding="utf-8") if path.exists() else tr("{0} is missing").format(path))
    # screenshots fitted to the page's width (Markdown has no image size)
    browser.setHtml(re.sub(r'<img src="([^"]+)"', rf'<img src="\1" width="{IMAGE_WIDTH}"', browser.toHtml()))
    return browser


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Cultural District Planner — help"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        guide = "guide_it.md" if user_locale() == "it" else "guide_en.md"
        self.tabs.addTab(_page(guide), tr("User guide"))
        self.tabs.addTab(_page("methods.md"), tr("Methods"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

"""The plugin object QGIS loads: menu entry, toolbar action, dock panel and Processing provider."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .dependencies import install_command, missing_requirements
from .plugin_resources import resource_path
from .translation import install_translator, tr

MESSAGE_TAG = "Cultural District Planner"


class CulturalDistrictPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.action = None
        self.dock = None
        self.menu_title = tr("&Cultural District Planner")

    # Processing ---------------------------------------------------------------------------------
    def initProcessing(self):
        if self.provider is None:
            from .processing_provider.provider import CulturalDistrictProvider

            self.provider = CulturalDistrictProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI ----------------------------------------------------------------------------------------
    def initGui(self):
        self.initProcessing()
        from .gui.district_dock import DistrictDock

        self.dock = DistrictDock(self.iface)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.action = QAction(
            QIcon(resource_path("icons", "icon.svg")), tr("Cultural District Planner"), self.iface.mainWindow()
        )
        self.action.setObjectName("cultural_district_planner_action")
        self.action.setCheckable(True)
        self.action.setChecked(self.dock.isVisible())
        self.action.setToolTip(tr("Show or hide the Cultural District Planner panel"))
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu_title, self.action)
        self.iface.addToolBarIcon(self.action)
        missing = missing_requirements()
        if missing:
            message = tr("Analysis disabled: missing {0}. Install with: {1}").format(
                ", ".join(m.describe() for m in missing), install_command(missing)
            )
            QgsMessageLog.logMessage(message, MESSAGE_TAG, Qgis.MessageLevel.Warning)
            self.iface.messageBar().pushWarning(MESSAGE_TAG, message)

    def unload(self):
        if self.action is not None:
            self.action.toggled.disconnect(self.dock.setVisible)
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.iface.removePluginMenu(self.menu_title, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.close_down()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

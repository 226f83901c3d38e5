"""`make run`: executed by QGIS (`qgis --code`) — load the plugin, show its dock with the sample data."""

import qgis.utils
from qgis.utils import iface

NAME = "cultural_district_plugin"
if NAME not in qgis.utils.active_plugins:
    qgis.utils.loadPlugin(NAME)
    qgis.utils.startPlugin(NAME)
panel = qgis.utils.plugins[NAME].dock
panel.add_sample_municipalities()
panel.add_sample_heritage()  # added last, drawn on top
panel.region_edit.setText("19")
panel.name_edit.setText("Tardo barocco del Val di Noto")
panel.codes_edit.setPlainText("087011, 087015, 087025, 088006, 088009, 088011, 089013, 089015")
panel.show()
iface.zoomFull()

"""Dock section 6, coverage: how well the districts cover their heritage, people and access points
(``coverage``), and where new hubs would reach the most (``suggestsites``), run on the open store."""

from qgis.core import QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ..qgis_enums import layer_filter
from ..settings import (
    COVERAGE_CATCHMENT_M,
    COVERAGE_DEMAND,
    COVERAGE_HUB_M,
    COVERAGE_HUBS,
    COVERAGE_NEAR_M,
    COVERAGE_SITES,
)
from ..translation import tr, tr_n
from .analysis_outputs import add_analysis_output
from .display_locale import display_locale
from .dock_state import DockState, set_available
from .layout_rows import replace_items, row
from .push_button import push_button


def _metres_box(maximum=100000.0):
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(0)
    spin.setSingleStep(100.0)
    spin.setSuffix(" m")
    return spin


def _share(value):
    return "" if value is None or value != value else display_locale().toString(100.0 * float(value), "f", 0) + " %"


class CoverageSection(QGroupBox):
    """Runs ``coverage`` over the store's districts and ``suggestsites`` for one of them."""

    TABLE_COLUMNS = ("district", "assets_inside", "assets_near", "catchment_share", "residents_share")

    def __init__(self, runner, session, parent=None):
        super().__init__(tr("6. Coverage"), parent)
        self.runner = runner
        self.session = session
        form = QFormLayout(self)
        self.near_spin = _metres_box()
        self.near_spin.setToolTip(tr("Assets outside a district but this close to its boundary are near misses"))
        self.catchment_spin = _metres_box()
        self.catchment_spin.setToolTip(tr("The area and residents within this distance of an asset count as served"))
        form.addRow(tr("Near misses within:"), self.near_spin)
        form.addRow(tr("Catchment:"), self.catchment_spin)
        self.hubs_combo = QgsMapLayerComboBox()
        self.hubs_combo.setFilters(layer_filter("PointLayer"))
        self.hubs_combo.setAllowEmptyLayer(True)
        self.hubs_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hubs_combo.setMinimumContentsLength(8)
        self.hubs_combo.setLayer(None)
        self.hubs_combo.setToolTip(tr("Stations, ports or visitor centres (optional)"))
        self.hub_spin = _metres_box()
        self.hub_spin.setToolTip(tr("Reach of a hub, and of a suggested new site"))
        form.addRow(tr("Hubs:"), row(self.hubs_combo, self.hub_spin))
        self.measure_button = push_button(
            tr("Measure coverage"),
            self.run_coverage,
            tr(
                "Assets inside and just outside each district, the share of its area and residents within the "
                "catchment of an asset, assets near a hub; adds the near misses and the land beyond the "
                "catchment to the map"
            ),
        )
        form.addRow(self.measure_button)
        self.table = QTableWidget(0, len(self.TABLE_COLUMNS))
        self.table.setObjectName("coverageTable")
        headers = (
            (tr("District"), ""),
            (tr("In"), tr("Heritage assets inside the district (its border included)")),
            (tr("Near"), tr("Heritage assets outside it within the near-miss distance")),
            (tr("Area"), tr("Share of its area within the catchment of an asset inside it")),
            (tr("Residents"), tr("Share of its residents within the catchment of an asset inside it")),
        )
        for column, (title, tip) in enumerate(headers):
            header = QTableWidgetItem(title)
            header.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, header)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.TABLE_COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(150)
        self.table.setVisible(False)
        form.addRow(self.table)
        self.district_combo = QComboBox()
        self.district_combo.setToolTip(tr("The district new sites should serve"))
        self.sites_spin = QSpinBox()
        self.sites_spin.setRange(1, 50)
        self.sites_spin.setToolTip(tr("How many new sites to suggest"))
        self.demand_combo = QComboBox()
        self.demand_combo.addItems([tr("Heritage assets"), tr("Residents")])
        self.demand_combo.setToolTip(tr("What the new sites should reach that no hub reaches yet"))
        self.suggest_button = push_button(
            tr("Suggest sites"),
            self.run_suggest_sites,
            tr("Where new hubs or visitor services would reach the most uncovered assets or residents (greedy)"),
        )
        form.addRow(tr("District:"), self.district_combo)
        form.addRow(tr("New sites:"), row(self.sites_spin, self.demand_combo))
        form.addRow(self.suggest_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("coverageResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.result_label)
        self.restore_defaults()

    # Inputs remembered with the project ------------------------------------------------------------------------
    def inputs(self):
        """``{setting key: (getter, setter)}`` of the inputs the project keeps (settings.PANEL_INPUTS)."""

        def number_of(spin):
            return (lambda: str(spin.value()), lambda text: spin.setValue(float(text or 0)))

        def hubs_getter():
            layer = self.hubs_combo.currentLayer()
            return layer.id() if layer is not None else ""

        def hubs_setter(layer_id):
            self.hubs_combo.setLayer(QgsProject.instance().mapLayer(layer_id) if layer_id else None)

        def sites_setter(text):
            self.sites_spin.setValue(int(float(text or COVERAGE_SITES.default)))

        return {
            COVERAGE_NEAR_M.key: number_of(self.near_spin),
            COVERAGE_CATCHMENT_M.key: number_of(self.catchment_spin),
            COVERAGE_HUB_M.key: number_of(self.hub_spin),
            COVERAGE_HUBS.key: (hubs_getter, hubs_setter),
            COVERAGE_SITES.key: (lambda: str(self.sites_spin.value()), sites_setter),
            COVERAGE_DEMAND.key: (
                lambda: str(self.demand_combo.currentIndex()),
                lambda t: self.demand_combo.setCurrentIndex(int(t or 0)),
            ),
        }

    def restore_defaults(self):
        for setting in (COVERAGE_NEAR_M, COVERAGE_CATCHMENT_M, COVERAGE_HUB_M, COVERAGE_SITES, COVERAGE_DEMAND):
            self.inputs()[setting.key][1](setting.default)

    def update_state(self, state: DockState) -> None:
        blocker = state.blocker("ready", "store", "districts", "idle")
        set_available(self.measure_button, blocker)
        set_available(self.suggest_button, blocker)

    def set_districts(self, names) -> None:
        replace_items(self.district_combo, names)

    def clear(self) -> None:
        self.result_label.clear()
        self.table.setRowCount(0)
        self.table.setVisible(False)
        self.district_combo.clear()

    # Running the algorithms ---------------------------------------------------------------------------------------
    def coverage_parameters(self):
        return {
            "STORE": self.session.path,
            "NEAR_DISTANCE": self.near_spin.value(),
            "CATCHMENT_DISTANCE": self.catchment_spin.value(),
            "HUBS": self.hubs_combo.currentLayer(),
            "HUB_DISTANCE": self.hub_spin.value(),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "NEAR_MISSES": "TEMPORARY_OUTPUT",
            "UNCOVERED": "TEMPORARY_OUTPUT",
        }

    def run_coverage(self):
        from ..services.output_styles import style_near_misses, style_uncovered

        def done(results):
            add_analysis_output(results["UNCOVERED"], "uncovered", tr("Beyond the catchment"), style_uncovered)
            add_analysis_output(results["NEAR_MISSES"], "near_misses", tr("Near misses"), style_near_misses)
            rows = [
                {name: feature[name] for name in self.TABLE_COLUMNS if feature.fieldNameIndex(name) >= 0}
                for feature in results["OUTPUT"].getFeatures()
            ]
            self.show_coverage(rows)
            self.result_label.setText(
                tr_n(
                    int(results["NEAR_MISS_COUNT"]),
                    "{0} near miss within {1} m; areas and residents reached within {2} m of an asset",
                    "{0} near misses within {1} m; areas and residents reached within {2} m of an asset",
                ).format(
                    int(results["NEAR_MISS_COUNT"]),
                    display_locale().toString(self.near_spin.value(), "f", 0),
                    display_locale().toString(self.catchment_spin.value(), "f", 0),
                )
            )
            return tr("Coverage: done")

        return self.runner.run("coverage", self.coverage_parameters(), done)

    def show_coverage(self, rows):
        self.table.setRowCount(len(rows))
        for i, values in enumerate(rows):
            cells = [
                str(values["district"]),
                str(int(values["assets_inside"])),
                str(int(values["assets_near"])),
                _share(values.get("catchment_share")),
                _share(values.get("residents_share")),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(i, j, item)
        self.table.setVisible(bool(rows))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + sum(self.table.rowHeight(r) for r in range(min(len(rows), 5))))

    def run_suggest_sites(self):
        from ..services.output_styles import style_points

        district = self.district_combo.currentText()

        def done(results):
            add_analysis_output(
                results["OUTPUT"],
                "suggested_sites",
                tr("Suggested sites"),
                lambda layer: style_points(layer, "30,110,200", "star", 6),
            )
            self.result_label.setText(
                tr(
                    "{0}: {1} new site(s) reach {2} of the {3} not yet within {4} m of a hub ({5}); no choice of as "
                    "many sites reaches more than {6}"
                ).format(
                    district,
                    results["OUTPUT"].featureCount(),
                    display_locale().toString(float(results["COVERED_GAIN"]), "f", 0),
                    display_locale().toString(float(results["DEMAND_TOTAL"] - results["ALREADY_COVERED"]), "f", 0),
                    display_locale().toString(self.hub_spin.value(), "f", 0),
                    _share(results["COVERED_SHARE"]),
                    display_locale().toString(float(results["OPTIMUM_BOUND"]), "f", 0),
                )
            )
            return tr("Suggested sites: done")

        return self.runner.run(
            "suggestsites",
            {
                "STORE": self.session.path,
                "DISTRICT": district,
                "DEMAND": self.demand_combo.currentIndex(),
                "HUBS": self.hubs_combo.currentLayer(),
                "SERVICE_DISTANCE": self.hub_spin.value(),
                "COUNT": self.sites_spin.value(),
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            done,
        )

"""Dock section 5, concentration: heritage hot spots, clustering of a district's assets, location quotients and
candidate districts — each one of the concentration algorithms, run on the open store."""

from qgis.core import QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from ..qgis_enums import layer_filter
from ..translation import tr, tr_n
from .analysis_outputs import add_analysis_output
from .display_locale import display_locale
from .dock_state import DockState, set_available
from .layout_rows import replace_items, row
from .push_button import push_button


def category_fields():
    """The category fields of the store's assets a planner can compare, with their labels."""
    return (("category", tr("National vocabulary of places of culture")), ("art101_class", tr("Art. 101 class")))


def _number(value, decimals=2):
    return display_locale().toString(float(value), "f", decimals)


class ConcentrationSection(QGroupBox):
    """Runs ``hotspots``, ``pointpattern``, ``locationquotients`` and ``candidatedistricts`` on the store."""

    changed = pyqtSignal()

    def __init__(self, runner, session, parent=None):
        super().__init__(tr("5. Concentration"), parent)
        self.runner = runner
        self.session = session
        self.candidates = []  # (name, comma-separated ISTAT codes)
        form = QFormLayout(self)
        self.measure_combo = QComboBox()
        for label in (tr("Count"), tr("Count per km²"), tr("Count per 10,000 residents")):
            self.measure_combo.addItem(label)
        self.measure_combo.setToolTip(tr("The value of each municipality: its heritage assets, or their density"))
        self.hot_spots_button = push_button(
            tr("Hot spots"),
            self.run_hot_spots,
            tr(
                "Getis–Ord Gi* and Moran's I of the heritage assets over the store's "
                "municipalities; adds a styled map layer"
            ),
        )
        form.addRow(tr("Value:"), row(self.measure_combo, self.hot_spots_button))
        self.district_combo = QComboBox()
        self.district_combo.setToolTip(tr("The district whose assets are measured"))
        self.pattern_button = push_button(
            tr("Clustering"),
            lambda: self.run_point_pattern(self.district_combo.currentText()),
            tr("Clark–Evans R and Ripley's L of the district's heritage assets"),
        )
        form.addRow(tr("District:"), row(self.district_combo, self.pattern_button))
        self.points_combo = QgsMapLayerComboBox()
        self.points_combo.setFilters(layer_filter("PointLayer"))
        self.points_combo.setAllowEmptyLayer(True)
        self.points_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.points_combo.setMinimumContentsLength(8)
        self.points_combo.setLayer(None)
        self.points_combo.setToolTip(
            tr(
                "Points whose categories are compared: empty for the store's heritage "
                "assets, or a layer such as a register of cultural enterprises"
            )
        )
        self.points_combo.layerChanged.connect(self._points_changed)
        self.sample_button = push_button(
            tr("Add sample"),
            self.add_sample_enterprises,
            tr("Add the sample's SYNTHETIC local units (invented enterprises, for trying the " "analysis)"),
        )
        form.addRow(tr("Points:"), row(self.points_combo, self.sample_button))
        self.category_combo = QComboBox()
        self.weight_combo = QComboBox()
        self.weight_combo.setToolTip(tr("Weight of each point, e.g. its employees (none: each point counts 1)"))
        self._points_changed(None)
        form.addRow(tr("Weight:"), self.weight_combo)
        self.lq_button = push_button(
            tr("Location quotients"),
            self.run_location_quotients,
            tr(
                "Which categories of heritage each district over-represents compared with the "
                "store's territory, with 95 % intervals"
            ),
        )
        form.addRow(tr("Categories:"), row(self.category_combo, self.lq_button))
        self.result_label = QLabel()
        self.result_label.setObjectName("concentrationResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.result_label)
        self.lq_table = QTableWidget(0, 4)
        self.lq_table.setObjectName("lqTable")
        self.lq_table.setHorizontalHeaderLabels([tr("Category"), tr("LQ"), tr("95 % interval"), tr("Specialised")])
        self.lq_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lq_table.verticalHeader().setVisible(False)
        self.lq_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lq_table.setMaximumHeight(170)
        self.lq_table.setVisible(False)
        form.addRow(self.lq_table)
        self.candidates_button = push_button(
            tr("Find candidate districts"),
            self.run_candidates,
            tr(
                "Contiguous municipalities that are heritage hot spots at 95 % "
                "confidence, as candidate districts on the map"
            ),
        )
        self.candidate_combo = QComboBox()
        self.make_district_button = push_button(
            tr("Make district"),
            lambda: self.make_district(self.candidate_combo.currentIndex()),
            tr("Build a district from the chosen candidate's municipalities"),
        )
        form.addRow(self.candidates_button)
        form.addRow(row(self.candidate_combo, self.make_district_button))
        self.lq_rows = []

    def update_state(self, state: DockState) -> None:
        base = state.blocker("ready", "store", "municipalities", "idle")
        set_available(self.hot_spots_button, base)
        set_available(self.candidates_button, base)
        set_available(self.pattern_button, base or state.blocker("districts"))
        set_available(self.lq_button, base or state.blocker("districts"))
        set_available(
            self.make_district_button,
            base
            or state.blocker("not_editing", "writable")
            or ("" if self.candidates else tr("Find candidate districts first")),
        )
        self.candidate_combo.setEnabled(bool(self.candidates))

    def set_districts(self, names) -> None:
        replace_items(self.district_combo, names)

    def clear(self) -> None:
        self.result_label.clear()
        self.lq_table.setRowCount(0)
        self.lq_table.setVisible(False)
        self.candidates = []
        self.candidate_combo.clear()
        self.district_combo.clear()

    # Running the algorithms ---------------------------------------------------------------------------------------
    def run_hot_spots(self):
        from ..services.output_styles import style_hot_spots

        def done(results):
            add_analysis_output(results["OUTPUT"], "hotspots", tr("Heritage hot spots"), style_hot_spots)
            text = tr("Moran's I {0} (z {1}, p {2}); {3} hot spots and {4} cold spots at 95 %").format(
                _number(results["MORAN_I"], 3),
                _number(results["MORAN_Z"]),
                f"{results['MORAN_P']:.2g}",
                int(results["HOT_SPOTS"]),
                int(results["COLD_SPOTS"]),
            )
            if results["ISLANDS"]:
                text += "\n" + tr("Without neighbours: {0}").format(results["ISLAND_NAMES"])
            self.result_label.setText(text)
            return tr("Hot spots: done")

        return self.runner.run(
            "hotspots",
            {"STORE": self.session.path, "MEASURE": self.measure_combo.currentIndex(), "OUTPUT": "TEMPORARY_OUTPUT"},
            done,
        )

    def run_point_pattern(self, district):
        def done(results):
            text = tr("{0}: {1} assets; Clark–Evans R {2} (z {3}, p {4}) — {5}").format(
                district,
                int(results["N"]),
                _number(results["R"], 3),
                _number(results["Z"]),
                f"{results['P']:.2g}",
                tr("clustered")
                if results["R"] < 1 and results["P"] < 0.05
                else tr("regular")
                if results["R"] > 1 and results["P"] < 0.05
                else tr("not different from random"),
            )
            if results["R_GUARD"] == results["R_GUARD"]:
                text += "\n" + tr("With a {0} m guard zone: R {1} ({2} assets)").format(
                    _number(results["GUARD_M"], 0), _number(results["R_GUARD"], 3), int(results["N_GUARD"])
                )
            self.result_label.setText(text)
            return tr("Clustering: done")

        return self.runner.run(
            "pointpattern", {"STORE": self.session.path, "DISTRICT": district, "L_TABLE": "TEMPORARY_OUTPUT"}, done
        )

    def run_location_quotients(self):
        def done(results):
            add_analysis_output(results["OUTPUT"], "locationquotients", tr("Location quotients"))
            district = self.district_combo.currentText()
            self.lq_rows = [f for f in results["OUTPUT"].getFeatures() if f["area"] == district]
            self.show_location_quotients(self.lq_rows)
            self.result_label.setText(
                tr("{0}: location quotients against the store's territory ({1} points)").format(
                    district, int(results["POINTS_IN_REFERENCE"])
                )
            )
            return tr("Location quotients: done")

        return self.runner.run(
            "locationquotients",
            {
                "STORE": self.session.path,
                "POINTS": self.points_combo.currentLayer(),
                "CATEGORY_FIELD": self.category_combo.currentData(),
                "WEIGHT_FIELD": self.weight_combo.currentData() or None,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "SPECIALISATION": "TEMPORARY_OUTPUT",
            },
            done,
        )

    def _points_changed(self, layer):
        """The categories and weights offered: the store's asset categories, or the chosen layer's fields."""
        self.category_combo.clear()
        self.weight_combo.clear()
        self.weight_combo.addItem(tr("(none)"), "")
        if layer is None:
            for field, label in category_fields():
                self.category_combo.addItem(label, field)
            return
        for field in layer.fields():
            if field.name() == "fid":
                continue
            if field.isNumeric():
                self.weight_combo.addItem(field.name(), field.name())
            else:
                self.category_combo.addItem(field.name(), field.name())
        for preferred in ("domain", "category", "ateco"):
            if self.category_combo.findData(preferred) >= 0:
                self.category_combo.setCurrentIndex(self.category_combo.findData(preferred))
                break
        if self.weight_combo.findData("employees") >= 0:
            self.weight_combo.setCurrentIndex(self.weight_combo.findData("employees"))

    def add_sample_enterprises(self):
        from qgis.core import QgsVectorLayer

        from ..plugin_resources import sample_data_path

        layer = QgsVectorLayer(
            f"{sample_data_path()}|layername=local_units_synthetic", tr("Sample local units (SYNTHETIC)"), "ogr"
        )
        QgsProject.instance().addMapLayer(layer)
        self.points_combo.setLayer(layer)
        return layer

    def show_location_quotients(self, features):
        self.lq_table.setSortingEnabled(False)
        self.lq_table.setRowCount(len(features))
        for i, feature in enumerate(features):
            cells = [
                feature["category"],
                _number(feature["lq"]),
                f"{_number(feature['ci_low'])}–{_number(feature['ci_high'])}",
                tr("yes") if feature["specialised"] else "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if j:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.lq_table.setItem(i, j, item)
        self.lq_table.setVisible(bool(features))

    def run_candidates(self):
        from ..services.output_styles import style_candidates

        def done(results):
            layer = add_analysis_output(results["OUTPUT"], "candidates", tr("Candidate districts"), style_candidates)
            self.candidates = [(f["name"], f["members"]) for f in layer.getFeatures()]
            self.candidate_combo.clear()
            self.candidate_combo.addItems([name for name, _ in self.candidates])
            self.result_label.setText(
                tr_n(
                    int(results["CANDIDATES"]),
                    "{0} candidate district from {1} municipalities that are hot spots",
                    "{0} candidate districts from {1} municipalities that are hot spots",
                ).format(int(results["CANDIDATES"]), int(results["UNITS_PASSING"]))
            )
            return tr("Candidate districts: done")

        return self.runner.run("candidatedistricts", {"STORE": self.session.path, "OUTPUT": "TEMPORARY_OUTPUT"}, done)

    def make_district(self, index):
        """The chosen candidate becomes a district of the store (built from its municipalities)."""
        if not 0 <= index < len(self.candidates):
            return False
        name, codes = self.candidates[index]

        def done(results):
            self.session.reload_layers()
            self.changed.emit()
            return tr("District {0} built: {1} municipalities").format(name, int(results["MEMBERS"]))

        return self.runner.run(
            "builddistrictfrommunicipalities", {"STORE": self.session.path, "NAME": name, "CODES": codes}, done
        )

"""The Export dialog: what to produce for official documents — the dossier (PDF), the layers, the RNDT metadata —
for one district or all, into one folder. The choices (and the office's iPA code, name and e-mail) are remembered
with the project; each product is its Processing algorithm (``exportdossier``, ``exportlayers``,
``exportmetadata``)."""

import json
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..settings import EXPORT_CHOICES
from ..translation import tr

FORMATS = ("gpkg", "shp", "geojson", "kml", "dxf", "csv", "xlsx")  # exportlayers' FORMATS
ALL = ""


def text_key_slug(name: str) -> str:
    from ..core.text_keys import text_key

    return text_key(name).replace(" ", "_") if name else "districts"


class ExportDialog(QDialog):
    def __init__(self, district_names, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export for official documents"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.district_combo = QComboBox()
        self.district_combo.addItem(tr("All districts (the dossier as an atlas)"), ALL)
        for name in district_names:
            self.district_combo.addItem(name, name)
        form.addRow(tr("District:"), self.district_combo)
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        form.addRow(tr("Folder:"), self.folder_widget)
        layout.addLayout(form)

        self.dossier_box = QGroupBox(tr("Dossier (PDF)"))
        self.dossier_box.setCheckable(True)
        dossier = QFormLayout(self.dossier_box)
        self.page_combo = QComboBox()
        self.page_combo.addItems(["A4", "A3"])
        self.language_combo = QComboBox()
        self.language_combo.addItems([tr("The user interface's"), "Italiano", "English"])
        dossier.addRow(tr("Page size:"), self.page_combo)
        dossier.addRow(tr("Language:"), self.language_combo)
        layout.addWidget(self.dossier_box)

        self.layers_box = QGroupBox(tr("Layers"))
        self.layers_box.setCheckable(True)
        layers = QFormLayout(self.layers_box)
        grid = QGridLayout()
        self.format_checks = {}
        for position, name in enumerate(FORMATS):
            check = QCheckBox(name.upper())
            self.format_checks[name] = check
            grid.addWidget(check, position // 4, position % 4)
        holder = QWidget()
        holder.setLayout(grid)
        layers.addRow(tr("Formats:"), holder)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("RDN2008 / UTM zone of the districts"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        layers.addRow(tr("CRS:"), self.crs_widget)
        self.dialect_combo = QComboBox()
        self.dialect_combo.addItems([tr("Italian (; and decimal comma)"), tr("International (, and decimal point)")])
        layers.addRow(tr("CSV:"), self.dialect_combo)
        layout.addWidget(self.layers_box)

        self.metadata_box = QGroupBox(tr("RNDT metadata"))
        self.metadata_box.setCheckable(True)
        metadata = QFormLayout(self.metadata_box)
        self.ipa_edit = QLineEdit()
        self.ipa_edit.setPlaceholderText("r_sicili")
        self.organisation_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.licence_edit = QLineEdit("CC-BY 4.0")
        self.accuracy_spin = QDoubleSpinBox()
        self.accuracy_spin.setRange(0.01, 10000.0)
        self.accuracy_spin.setValue(10.0)
        self.accuracy_spin.setSuffix(" m")
        self.online_edit = QLineEdit()
        for label, widget in (
            (tr("iPA code:"), self.ipa_edit),
            (tr("Organisation:"), self.organisation_edit),
            (tr("E-mail:"), self.email_edit),
            (tr("Licence:"), self.licence_edit),
            (tr("Positional accuracy:"), self.accuracy_spin),
            (tr("Download address:"), self.online_edit),
        ):
            metadata.addRow(label, widget)
        layout.addWidget(self.metadata_box)

        self.overwrite_check = QCheckBox(tr("Overwrite files that exist"))
        layout.addWidget(self.overwrite_check)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore(json.loads(EXPORT_CHOICES.value() or "{}"))

    # Remembered choices ------------------------------------------------------------------------------------------
    def choices(self) -> dict:
        return {
            "district": self.district_combo.currentData(),
            "folder": self.folder_widget.filePath(),
            "dossier": self.dossier_box.isChecked(),
            "page_size": self.page_combo.currentIndex(),
            "language": self.language_combo.currentIndex(),
            "layers": self.layers_box.isChecked(),
            "formats": [name for name, check in self.format_checks.items() if check.isChecked()],
            "crs": self.crs_widget.crs().authid(),
            "dialect": self.dialect_combo.currentIndex(),
            "metadata": self.metadata_box.isChecked(),
            "ipa_code": self.ipa_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "licence": self.licence_edit.text().strip(),
            "accuracy": self.accuracy_spin.value(),
            "online": self.online_edit.text().strip(),
            "overwrite": self.overwrite_check.isChecked(),
        }

    def restore(self, choices: dict) -> None:
        index = self.district_combo.findData(choices.get("district", ALL))
        self.district_combo.setCurrentIndex(max(index, 0))
        self.folder_widget.setFilePath(choices.get("folder", ""))
        self.dossier_box.setChecked(choices.get("dossier", True))
        self.page_combo.setCurrentIndex(choices.get("page_size", 0))
        self.language_combo.setCurrentIndex(choices.get("language", 0))
        self.layers_box.setChecked(choices.get("layers", True))
        for name in choices.get("formats", ["gpkg", "csv"]):
            if name in self.format_checks:
                self.format_checks[name].setChecked(True)
        if choices.get("crs"):
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(choices["crs"]))
        self.dialect_combo.setCurrentIndex(choices.get("dialect", 0))
        self.metadata_box.setChecked(choices.get("metadata", False))
        self.ipa_edit.setText(choices.get("ipa_code", ""))
        self.organisation_edit.setText(choices.get("organisation", ""))
        self.email_edit.setText(choices.get("email", ""))
        self.licence_edit.setText(choices.get("licence", "CC-BY 4.0"))
        self.accuracy_spin.setValue(choices.get("accuracy", 10.0))
        self.online_edit.setText(choices.get("online", ""))
        self.overwrite_check.setChecked(choices.get("overwrite", False))

    def _accept(self):
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        EXPORT_CHOICES.set_value(json.dumps(self.choices()))
        self.accept()

    def problem(self) -> str:
        """Why the export cannot start ("" when it can)."""
        choices = self.choices()
        if not choices["folder"] or not Path(choices["folder"]).is_dir():
            return tr("Choose an existing folder")
        if not (choices["dossier"] or choices["layers"] or choices["metadata"]):
            return tr("Choose at least one product")
        if choices["layers"] and not choices["formats"]:
            return tr("Choose at least one format for the layers")
        if choices["metadata"] and not (choices["ipa_code"] and choices["organisation"] and choices["email"]):
            return tr("The metadata need the iPA code, the organisation and the e-mail")
        return ""

    # The algorithms' parameters ----------------------------------------------------------------------------------
    def jobs(self, store_path: str) -> list[tuple[str, dict]]:
        """``[(algorithm, parameters)]`` of the chosen products."""
        choices = self.choices()
        folder = Path(choices["folder"])
        base = text_key_slug(choices["district"])
        common = {"STORE": store_path, "DISTRICT": choices["district"], "OVERWRITE": choices["overwrite"]}
        jobs = []
        if choices["dossier"]:
            jobs.append(
                (
                    "exportdossier",
                    dict(
                        common,
                        OUTPUT=str(folder / f"{base}_dossier.pdf"),
                        PAGE_SIZE=choices["page_size"],
                        LANGUAGE=choices["language"],
                    ),
                )
            )
        if choices["layers"]:
            parameters = dict(
                common,
                FORMATS=",".join(choices["formats"]),
                CSV_DIALECT=choices["dialect"],
                OUTPUT_FOLDER=str(folder),
            )
            if choices["crs"]:
                parameters["CRS"] = choices["crs"]
            jobs.append(("exportlayers", parameters))
        if choices["metadata"]:
            parameters = dict(
                common,
                IPA_CODE=choices["ipa_code"],
                ORGANISATION=choices["organisation"],
                CONTACT_EMAIL=choices["email"],
                LICENCE=choices["licence"],
                POSITIONAL_ACCURACY_M=choices["accuracy"],
                ONLINE_RESOURCE=choices["online"],
                OUTPUT=str(folder / f"{base}_rndt.xml"),
            )
            if choices["crs"]:
                parameters["CRS"] = choices["crs"]
            jobs.append(("exportmetadata", parameters))
        return jobs

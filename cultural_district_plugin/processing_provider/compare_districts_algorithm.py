"""``cultural_district:comparedistricts`` — two districts (e.g. two drafts of one project) side by side."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ..translation import tr
from .algorithm_base import CulturalDistrictAlgorithm


class CompareDistrictsAlgorithm(CulturalDistrictAlgorithm):
    FIRST = "FIRST"
    SECOND = "SECOND"
    OUTPUT = "OUTPUT"
    DIFFERENCES = "DIFFERENCES"

    def name(self):
        return "comparedistricts"

    def displayName(self):
        return self.tr("Compare two districts")

    def shortHelpString(self):
        return self.tr(
            "Two districts of the store side by side — for instance two drafts of the same project: members, "
            "residents, ellipsoidal area, parts, holes, heritage assets inside and by category, protected assets, "
            "UNESCO components, visitors, densities, the heritage density ratio and Clark–Evans R, the members one "
            "has and the other has not, and the findings of the latest check run by severity. One row per figure "
            "with both values and the difference (second − first). Nothing is written to the store."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.FIRST, self.tr("First district (name)")))
        self.addParameter(QgsProcessingParameterString(self.SECOND, self.tr("Second district (name)")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Comparison"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber(self.DIFFERENCES, self.tr("Figures that differ")))

    def process(self, parameters, context, feedback):
        from ..core.district_comparison import compare_districts
        from ..services.check_runner import latest_run_id
        from ..services.district_report import district_summaries
        from ..services.district_store import StoreError
        from ..services.export_tables import selected_districts

        store = self.open_store(parameters, context)
        names = [self.parameterAsString(parameters, key, context).strip() for key in (self.FIRST, self.SECOND)]
        ids = []
        for name in names:
            table, _ = selected_districts(store, [name])
            ids.append(int(table["fid"].iloc[0]))
        if ids[0] == ids[1]:
            raise StoreError(tr("Give two different districts to compare"))
        summaries = {s.district_id: s for s in district_summaries(store, ids)}
        members, _ = store.read_table("district_members", ["district_id", "pro_com_t"])
        codes = [set(members.loc[members["district_id"] == i, "pro_com_t"]) for i in ids]
        findings = [None, None]
        run = latest_run_id(store)
        if run is not None:
            mine, _ = store.read_table(  # that run's findings only, without their geometries
                "check_results", ["run_id", "district_id", "severity"], geometry=False, where=f"run_id = {int(run)}"
            )
            findings = [mine.loc[mine["district_id"] == i, "severity"].value_counts().to_dict() for i in ids]
        rows = compare_districts(summaries[ids[0]], summaries[ids[1]], codes[0], codes[1], *findings)
        outputs = {self.DIFFERENCES: sum(row.differs for row in rows)}
        self.write_sink(
            parameters,
            self.OUTPUT,
            context,
            outputs,
            (
                ("figure", "string"),
                ("label", "string"),
                ("first", "double"),
                ("second", "double"),
                ("difference", "double"),
                ("first_text", "string"),
                ("second_text", "string"),
                ("differs", "int"),
            ),
            [
                (r.figure, tr(r.label), r.first, r.second, r.difference, r.first_text, r.second_text, int(r.differs))
                for r in rows
            ],
        )
        feedback.pushInfo(
            self.tr("{0} against {1}: {2} figures differ").format(names[0], names[1], outputs[self.DIFFERENCES])
        )
        return outputs

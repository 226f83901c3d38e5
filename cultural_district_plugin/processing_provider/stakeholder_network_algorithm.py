"""``cultural_district:stakeholdernetwork`` — lines from each stakeholder to the districts it commits to."""

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSink, QgsWkbTypes

from .algorithm_base import CulturalDistrictAlgorithm
from .style_post_processor import StylePostProcessor


class StakeholderNetworkAlgorithm(CulturalDistrictAlgorithm):
    def name(self):
        return "stakeholdernetwork"

    def displayName(self):
        return self.tr("Stakeholder network")

    def group(self):
        return self.tr("Stakeholders and funding")

    def groupId(self):
        return "funding"

    def shortHelpString(self):
        return self.tr(
            "A line from each stakeholder (at its location or its municipality) to the centroid (a point on the "
            "surface) of each district it commits to, with its role, type, public or private side, the amount and the "
            "number of commitments; styled by role, for a network view. Stakeholders without a location are left out "
            "and counted in the log."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Stakeholder links"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def process(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ..core.funding_summary import stakeholder_links
        from ..services.funding_inputs import read_funding
        from ..services.output_styles import style_links

        store = self.open_store(parameters, context)
        links = stakeholder_links(read_funding(store))
        stakeholders, points = store.read_table("stakeholders", [])
        districts, areas = store.read_table("districts", ["name"])
        where = dict(zip(stakeholders["fid"].astype(int), points))
        centre = dict(zip(districts["fid"].astype(int), shapely.point_on_surface(areas) if len(areas) else []))
        names = dict(zip(districts["fid"].astype(int), districts["name"]))
        lines, keep = [], []
        for stakeholder, district in zip(links["stakeholder_id"], links["district_id"]):
            start, end = where.get(int(stakeholder)), centre.get(int(district))
            located = start is not None and not start.is_empty and end is not None
            keep.append(located)
            if located:
                lines.append(shapely.LineString([start, end]))
        keep = np.array(keep, dtype=bool)
        if (~keep).any():
            feedback.pushWarning(
                self.tr("{0} link(s) left out: their stakeholder has no location").format(int((~keep).sum()))
            )
        frame = links[keep].reset_index(drop=True)
        frame.insert(2, "district", [names.get(int(d)) for d in frame["district_id"]])
        outputs = {}
        self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            outputs,
            frame,
            np.array(lines, dtype=object),
            QgsWkbTypes.Type.LineString,
            store.crs,
        )
        StylePostProcessor.attach(context, outputs.get(self.OUTPUT), style_links)
        return outputs

"""``cultural_district:createstore`` — create a district project store (GeoPackage)."""

import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from .algorithm_base import CulturalDistrictAlgorithm


class CreateStoreAlgorithm(CulturalDistrictAlgorithm):
    CRS_AUTHID = "CRS_AUTHID"
    MUNICIPALITIES_LOADED = "MUNICIPALITIES_LOADED"
    REPAIRED = "REPAIRED"
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"

    def name(self):
        return "createstore"

    def displayName(self):
        return self.tr("Create district project store")

    def shortHelpString(self):
        return self.tr(
            "Creates a district project GeoPackage holding every table of a district project (districts, "
            "members, municipalities, heritage assets, stakeholders, commitments, check runs and results). "
            "Its CRS is the one given, or else the RDN2008 / UTM zone of the municipalities loaded "
            "(RDN2008 / Italy zone when they span zones). Municipalities given are loaded as the "
            "reference layer; invalid boundaries are repaired and counted."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Store file"), self.tr("GeoPackage (*.gpkg)"))
        )
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Store CRS"), optional=True))
        self.add_municipality_parameters(optional=True)
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Replace an existing file"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputString(self.CRS_AUTHID, self.tr("Store CRS")))
        self.addOutput(QgsProcessingOutputNumber(self.MUNICIPALITIES_LOADED, self.tr("Municipalities loaded")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Boundaries repaired")))

    def process(self, parameters, context, feedback):
        from ..services.district_store import StoreError, create_store
        from ..services.municipality_loader import load_municipalities, suggested_store_epsg

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        layer, regions, year = self.municipality_arguments(parameters, context)
        if crs.isValid():
            epsg = int(crs.authid().split(":")[1]) if crs.authid().startswith("EPSG:") else None
            if epsg is None:
                raise StoreError(self.tr("The store CRS must be an EPSG CRS"))
        elif layer is not None:
            epsg = suggested_store_epsg(layer, regions)
        else:
            raise StoreError(self.tr("Give the store CRS or the municipalities to load"))
        if os.path.exists(path) and self.parameterAsBool(parameters, self.OVERWRITE, context):
            os.remove(path)
        store = create_store(path, epsg)
        feedback.pushInfo(self.tr("Created {0} in EPSG:{1}").format(path, epsg))
        loaded = repaired = 0
        if layer is not None:
            try:
                result = load_municipalities(store, layer, regions, year)
            except Exception:
                os.remove(path)  # nothing half-written: no store without the asked-for municipalities
                raise
            loaded, repaired = result.loaded, len(result.repaired)
            self.report_repairs(feedback, result.repaired)
        return {
            self.OUTPUT: path,
            self.CRS_AUTHID: f"EPSG:{epsg}",
            self.MUNICIPALITIES_LOADED: loaded,
            self.REPAIRED: repaired,
        }

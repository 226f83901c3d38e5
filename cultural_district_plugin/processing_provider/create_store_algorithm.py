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
            "members, municipalities, heritage assets, stakeholders, commitments, check runs and results), or "
            "the same tables in a new schema of a PostgreSQL/PostGIS database given as "
            "postgresql://user@host:port/dbname?schema=name (see Copy district project store). "
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

    def _epsg(self, parameters, context, layer, regions) -> int:
        from ..services.district_store import StoreError
        from ..services.municipality_loader import suggested_store_epsg

        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if crs.isValid():
            if not crs.authid().startswith("EPSG:"):
                raise StoreError(self.tr("The store CRS must be an EPSG CRS"))
            return int(crs.authid().split(":")[1])
        if layer is not None:
            return suggested_store_epsg(layer, regions)
        raise StoreError(self.tr("Give the store CRS or the municipalities to load"))

    def process(self, parameters, context, feedback):
        from ..core.store_address import looks_like_postgres, parse_store_address

        given = parameters.get(self.OUTPUT)
        if isinstance(given, str) and looks_like_postgres(given):
            return self._create_in_postgis(parse_store_address(given), parameters, context, feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if os.path.exists(path) and self.parameterAsBool(parameters, self.OVERWRITE, context):
            os.remove(path)
        return self._create_geopackage(path, parameters, context, feedback)

    def _create_geopackage(self, path, parameters, context, feedback):
        from ..services.district_store import create_store
        from ..services.municipality_loader import load_municipalities

        layer, regions, year = self.municipality_arguments(parameters, context)
        epsg = self._epsg(parameters, context, layer, regions)
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

    def _create_in_postgis(self, address, parameters, context, feedback):
        """The same store in a new PostgreSQL schema: made as a GeoPackage in a temporary folder (the same code
        path, municipalities included), then copied and checked (:func:`store_copy.copy_store`). An existing schema
        is never replaced: a team's shared project is removed by its administrator, not by a checkbox."""
        import tempfile
        from pathlib import Path

        from ..core.store_address import StoreAddress
        from ..services.postgis_store import ensure_new_schema
        from ..services.store_copy import copy_store

        ensure_new_schema(address)
        with tempfile.TemporaryDirectory(prefix="cdp-store-") as folder:
            staging = Path(folder) / "store.gpkg"
            result = self._create_geopackage(str(staging), parameters, context, feedback)
            copy_store(StoreAddress(geopackage=staging), address)
        feedback.pushInfo(self.tr("Copied into {0}").format(address.shown()))
        return {**result, self.OUTPUT: address.shown()}

"""Measures reported to users: ellipsoidal areas on the CRS's ellipsoid (docs/methods.md, CRS and measures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import QgsCoordinateTransformContext, QgsDistanceArea, QgsEllipsoidUtils, QgsGeometry

if TYPE_CHECKING:
    from collections.abc import Iterable

    import shapely
    from qgis.core import QgsCoordinateReferenceSystem


def to_qgs_geometry(geometry: shapely.Geometry) -> QgsGeometry:
    """A shapely geometry as a QgsGeometry (through WKB)."""
    result = QgsGeometry()
    result.fromWkb(geometry.wkb)
    return result


def ellipsoidal_area_km2(geometries: Iterable, crs: QgsCoordinateReferenceSystem) -> tuple[list[float], str]:
    """Ellipsoidal area in km² of each shapely geometry given in ``crs``, and the method's description."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsCoordinateTransformContext())  # no datum shift: thread-safe
    ellipsoid = crs.ellipsoidAcronym()
    if not measure.setEllipsoid(ellipsoid) or not measure.willUseEllipsoid():
        raise ValueError(f"{crs.authid()}: no ellipsoid for area measurement")
    # With an ellipsoid, QgsDistanceArea measures areas in square metres.
    areas = [measure.measureArea(to_qgs_geometry(g)) / 1e6 for g in geometries]
    return areas, f"ellipsoidal, {ellipsoid_name(ellipsoid)}"


def ellipsoid_name(acronym: str) -> str:
    """Readable ellipsoid name ("GRS 1980" for EPSG:7019), the acronym when QGIS has no description."""
    for definition in QgsEllipsoidUtils.definitions():
        if definition.acronym == acronym:
            return definition.description
    return acronym

"""Open vector files as QGIS layers, zipped shapefiles and KMZ included."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import QgsVectorLayer

from ..translation import tr
from .district_store import StoreError

if TYPE_CHECKING:
    from qgis.core import QgsProject


def source_uri(path: str | Path) -> str:
    """The OGR data source for a file: ``/vsizip/`` for .zip (shapefiles inside) and .kmz (doc.kml)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            shapefiles = [n for n in archive.namelist() if n.lower().endswith(".shp")]
        if len(shapefiles) != 1:
            raise StoreError(tr("{0}: the archive holds {1} shapefiles; expected one").format(path, len(shapefiles)))
        return f"/vsizip/{path}/{shapefiles[0]}"
    if suffix == ".kmz":
        with zipfile.ZipFile(path) as archive:
            kml = next((n for n in archive.namelist() if n.lower().endswith(".kml")), None)
        if kml is None:
            raise StoreError(tr("{0}: the KMZ holds no KML document").format(path))
        return f"/vsizip/{path}/{kml}"
    return str(path)


def open_vector(source: str | QgsVectorLayer, project: QgsProject | None = None) -> QgsVectorLayer:
    """A project layer (by id) or a file as a valid QgsVectorLayer; a clear error otherwise."""
    if project is not None and project.mapLayer(str(source)) is not None:
        return project.mapLayer(str(source))
    if isinstance(source, QgsVectorLayer):
        return source
    layer = QgsVectorLayer(source_uri(source), Path(str(source)).stem, "ogr")
    if not layer.isValid():
        raise StoreError(tr("{0}: cannot be read as a vector layer").format(source))
    return layer

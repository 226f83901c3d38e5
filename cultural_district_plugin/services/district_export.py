"""Export districts with their summary figures (GeoPackage layer, JSON summary)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import QgsFeature, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from ..translation import tr
from .atomic_files import replaced_atomically
from .district_report import summaries_with_geometries, summary_attributes, summary_fields
from .district_store import StoreError
from .measures import to_qgs_geometry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..core.district_summary import DistrictSummary
    from .district_store import DistrictStore

EXPORT_LAYER = "districts"


def export_districts(
    store: DistrictStore, output_path: str | Path, district_ids: Iterable[int] | None = None
) -> list[DistrictSummary]:
    """Write the districts (all, or the given fids) with their summaries to a GeoPackage layer
    ``districts`` in the store's CRS. Returns the summaries written."""
    summaries, geometries = summaries_with_geometries(store, district_ids)
    if not summaries:
        raise StoreError(tr("{0}: no district to export").format(store.path))
    memory = QgsVectorLayer(f"MultiPolygon?crs={store.crs.authid()}", EXPORT_LAYER, "memory")
    fields = summary_fields()
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    features = []
    for summary, geometry in zip(summaries, geometries):
        feature = QgsFeature(memory.fields())
        feature.setAttributes(summary_attributes(summary))
        feature.setGeometry(to_qgs_geometry(geometry))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = EXPORT_LAYER
    options.fileEncoding = "UTF-8"
    with replaced_atomically(output_path, ".gpkg") as tmp:
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            memory, tmp, QgsProject.instance().transformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise StoreError(tr("{0}: export failed: {1}").format(output_path, message))
    return summaries


def write_summary_json(summaries: list[DistrictSummary], output_path: str | Path) -> None:
    """The summaries as a JSON list (one object per district), written atomically."""
    with replaced_atomically(output_path, ".json") as tmp:
        Path(tmp).write_text(
            json.dumps([dataclasses.asdict(s) for s in summaries], indent=2, ensure_ascii=False), encoding="utf-8"
        )

"""Import district boundaries from any vector source into the store, as one batch.

The CRS is read and transformed to the store's; a layer without CRS needs the CRS stated, never
guessed. Invalid geometries are repaired (made valid; what changed is listed) or refused feature by
feature with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shapely

from ..core.district_geometry import polygonal_part
from ..core.district_plausibility import implausibility
from ..core.text_keys import text_key
from ..qgis_enums import field_type
from ..translation import tr
from .district_store import StoreError
from .layer_reader import read_layer

if TYPE_CHECKING:
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsVectorLayer

    from .district_store import DistrictStore

# as text keys; with the forms dBase (10 characters) leaves of them: DENOMINAZ(IONE), NOME_DISTR(ETTO)
NAME_FIELDS = (
    "name",
    "nome",
    "denominazione",
    "denominazi",
    "denominaz",
    "denom",
    "nome distretto",
    "nome distr",
    "nome dist",
    "distretto",
    "distrett",
    "district",
    "district n",
    "district name",
    "comune",
)


@dataclass
class DistrictImport:
    imported: list[tuple[int, str]] = field(default_factory=list)  # (source fid, name)
    repaired: list[tuple] = field(default_factory=list)  # (source fid, name, reason, km² before, after)
    refused: list[tuple[int, str, str]] = field(default_factory=list)  # (source fid, name, reason)
    batch_id: str = ""
    name_field: str | None = None  # the field the names were read from (None: "<layer> <fid>")
    warnings: list[tuple[int, str, str]] = field(default_factory=list)  # (source fid, name, why implausible)


def district_name_field(layer: QgsVectorLayer, name_field: str | None = None) -> str | None:
    """The field naming a layer's districts: the one given (checked), else a recognised one, else None."""
    if name_field:
        if layer.fields().indexOf(name_field) < 0:
            raise StoreError(tr("layer {0!r} has no field {1!r}").format(layer.name(), name_field))
        return name_field
    keys = {text_key(f.name()): f.name() for f in layer.fields()}
    return next((keys[n] for n in NAME_FIELDS if n in keys), None) or unique_text_field(layer)


def unique_text_field(layer: QgsVectorLayer) -> str | None:
    """The first text field whose values are all filled and all different (a name in all but name), or None."""
    candidates = [f.name() for f in layer.fields() if f.type() == field_type("string") and f.name().lower() != "fid"]
    if not candidates:
        return None
    table, _ = read_layer(layer, None, candidates)  # in bulk, as the import itself reads
    for name in candidates:
        texts = table[name].fillna("").astype(str).str.strip()
        if len(texts) and (texts != "").all() and texts.is_unique:
            return name
    return None


def _territory(store: DistrictStore):
    """``(bounds, km²)`` of the store's municipalities, or None without them."""
    _, units = store.read_table("municipalities", [])
    if not len(units):
        return None
    return tuple(shapely.total_bounds(units)), float(shapely.area(units).sum()) / 1e6


def import_districts(
    store: DistrictStore,
    layer: QgsVectorLayer,
    name_field: str | None = None,
    source_crs: QgsCoordinateReferenceSystem | None = None,
    request: QgsFeatureRequest | None = None,
    status: str = "proposal",
) -> DistrictImport:
    """Copy the polygon features of ``layer`` (optionally filtered by ``request``) into the districts."""
    if layer.isSpatial() and not layer.crs().isValid() and (source_crs is None or not source_crs.isValid()):
        raise StoreError(
            tr(
                "layer {0!r} has no coordinate reference system: state the CRS of its coordinates (it is "
                "never guessed)"
            ).format(layer.name())
        )
    name_field = district_name_field(layer, name_field)
    table, geometries = read_layer(layer, store.crs, [name_field] if name_field else [], request, source_crs)
    result = DistrictImport(name_field=name_field)
    territory = _territory(store)
    records, kept = [], []
    existing, _ = store.read_table("districts", ["name"])
    names_taken = {text_key(n): n for n in existing["name"]}
    for i, fid in enumerate(table["fid"]):
        name = (
            str(table[name_field].iloc[i])
            if name_field and table[name_field].iloc[i] is not None
            else f"{layer.name()} {fid}"
        )
        if text_key(name) in names_taken:
            result.refused.append(
                (
                    int(fid),
                    name,
                    tr("duplicate name: a district named {0!r} already exists").format(names_taken[text_key(name)]),
                )
            )
            continue
        geometry = geometries[i]
        if geometry is None or geometry.is_empty:
            result.refused.append((int(fid), name, "no geometry"))
            continue
        polygonal = polygonal_part(geometry)
        if polygonal.is_empty:
            result.refused.append((int(fid), name, f"not a polygon ({geometry.geom_type})"))
            continue
        if not polygonal.is_valid:
            reason = shapely.is_valid_reason(polygonal)
            fixed = polygonal_part(shapely.make_valid(polygonal))
            if fixed.is_empty:
                result.refused.append((int(fid), name, f"invalid ({reason}) and nothing is left after repair"))
                continue
            result.repaired.append((int(fid), name, reason, polygonal.area / 1e6, fixed.area / 1e6))
            polygonal = fixed
        names_taken[text_key(name)] = name
        records.append(
            {
                "name": name,
                "status": status,
                "origin": "imported",
                "notes": tr("imported from {0} (feature {1})").format(layer.name(), fid),
            }
        )
        kept.append(polygonal)
        result.imported.append((int(fid), name))
        doubt = implausibility(polygonal, *territory) if territory else None
        if doubt:
            result.warnings.append((int(fid), name, tr(doubt[0]).format(**doubt[1])))
    if not records:
        raise StoreError(
            tr("layer {0!r}: no feature could be imported ({1})").format(
                layer.name(), "; ".join(f"{n}: {r}" for _, n, r in result.refused[:3])
            )
        )
    with store.batch("import_districts", tr("{0} districts from {1}").format(len(records), layer.name())) as batch:
        batch.add("districts", records, kept)
    result.batch_id = batch.batch_id
    return result

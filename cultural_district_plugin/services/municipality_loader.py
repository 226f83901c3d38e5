"""Load reference municipalities (ISTAT boundary files, the bundled sample) into a store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsExpression, QgsFeatureRequest

from ..core.district_geometry import polygonal_part
from ..core.istat_codes import InvalidIstatCodeError, normalise_pro_com_t
from ..core.istat_fields import recognise_fields
from ..core.store_crs import store_epsg_for_longitudes
from ..translation import error_message, tr
from .district_store import StoreError
from .layer_reader import read_layer

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer

    from .district_store import DistrictStore

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class MunicipalityLoad:
    loaded: int
    batch_id: str
    repaired: list[tuple[str, str, str]] = field(default_factory=list)  # (pro_com_t, name, reason)


def _region_request(layer, region_codes):
    """Feature request limited to the given ISTAT region codes (all features when empty)."""
    if not region_codes:
        return None
    column = recognise_fields([f.name() for f in layer.fields()]).get("region_code")
    if column is None:
        raise StoreError(tr("layer {0!r} has no region code field (COD_REG) to filter on").format(layer.name()))
    codes = ", ".join(str(int(c)) for c in region_codes)
    return QgsFeatureRequest(QgsExpression(f"{QgsExpression.quotedColumnRef(column)} IN ({codes})"))


def suggested_store_epsg(layer: QgsVectorLayer, region_codes: list[int] | None = None) -> int:
    """RDN2008 CRS for the municipalities of ``layer`` (optionally only some regions)."""
    _, geometries = read_layer(layer, WGS84, fields=[], request=_region_request(layer, region_codes))
    if len(geometries) == 0:
        raise StoreError(tr("layer {0!r} has no municipality in regions {1}").format(layer.name(), region_codes))
    xmin, _, xmax, _ = shapely.total_bounds(geometries)
    return store_epsg_for_longitudes(xmin, xmax)


def population_table(path: str | Path) -> dict[str, int | None]:
    """``{ISTAT code: residents}`` from a delimited table (e.g. ISTAT's demo.istat.it export): the code
    and population columns are recognised (PRO_COM_T / Codice comune, Popolazione / Totale …); codes
    without their leading zeros are padded."""
    from ..core.delimited_text import read_delimited
    from ..core.number_text import parse_integer

    table = read_delimited(Path(path).read_bytes())
    roles = recognise_fields([h.lower().replace(" ", "_") for h in table.header], required=("pro_com_t", "population"))
    columns = {role: [h.lower().replace(" ", "_") for h in table.header].index(name) for role, name in roles.items()}
    population = {}
    for line, cells in table.rows:
        try:
            population[normalise_pro_com_t(cells[columns["pro_com_t"]])] = parse_integer(cells[columns["population"]])
        except (InvalidIstatCodeError, ValueError) as error:
            raise StoreError(tr("{0}, line {1}: {2}").format(path, line, error_message(error))) from error
    return population


def load_municipalities(
    store: DistrictStore,
    layer: QgsVectorLayer,
    region_codes: list[int] | None = None,
    boundary_year: int | None = None,
    population: dict[str, int | None] | None = None,
    population_year: int | None = None,
) -> MunicipalityLoad:
    """Copy the municipalities of ``layer`` into ``store`` as one batch, repairing invalid geometries
    (each repair reported). Codes are normalised to 6-character text; a bad code refuses the whole load.
    ``population`` (``{code: residents}``, see :func:`population_table`) is joined by ISTAT code."""
    roles = recognise_fields([f.name() for f in layer.fields()])
    table, geometries = read_layer(
        layer, store.crs, fields=list(roles.values()), request=_region_request(layer, region_codes)
    )
    if table.empty:
        raise StoreError(tr("layer {0!r}: no municipality to load").format(layer.name()))
    table = table.rename(columns={v: k for k, v in roles.items()})
    try:
        table["pro_com_t"] = [normalise_pro_com_t(v) for v in table["pro_com_t"]]
    except InvalidIstatCodeError as error:
        raise StoreError(tr("layer {0!r}: {1}").format(layer.name(), error_message(error))) from error
    if population is not None:
        table["population"] = [population.get(code) for code in table["pro_com_t"]]
        table["population_year"] = population_year
    if "boundary_year" not in table or boundary_year is not None:
        if boundary_year is None:
            raise StoreError(tr("layer {0!r}: no boundary year field; give the boundary year").format(layer.name()))
        table["boundary_year"] = boundary_year
    duplicated = table["pro_com_t"].duplicated()
    if duplicated.any():
        raise StoreError(
            tr("layer {0!r}: ISTAT code {1} appears more than once").format(
                layer.name(), table["pro_com_t"][duplicated].iloc[0]
            )
        )
    existing = set(zip(*_existing_keys(store)))
    clash = [c for c, y in zip(table["pro_com_t"], table["boundary_year"]) if (c, int(y)) in existing]
    if clash:
        raise StoreError(
            tr(
                "{0}: municipalities already loaded for the same boundary year (e.g. {1}); nothing was " "loaded"
            ).format(store.path, clash[0])
        )

    invalid = np.flatnonzero(~shapely.is_valid(geometries))
    repairs = []
    geometries = geometries.copy()
    for i in invalid:
        repairs.append((table["pro_com_t"].iloc[i], table["name"].iloc[i], shapely.is_valid_reason(geometries[i])))
        geometries[i] = polygonal_part(shapely.make_valid(geometries[i]))
    geometries = np.array([polygonal_part(g) for g in geometries], dtype=object)

    columns = [
        c
        for c in (
            "pro_com_t",
            "name",
            "province_code",
            "province",
            "region_code",
            "region",
            "population",
            "population_year",
            "boundary_year",
        )
        if c in table
    ]
    records = table[columns].to_dict("records")
    description = tr("{0} municipalities from {1}").format(len(records), layer.name())
    with store.batch("load_municipalities", description) as batch:
        batch.add("municipalities", records, geometries)
    return MunicipalityLoad(len(records), batch.batch_id, repairs)


def _existing_keys(store):
    table, _ = store.read_table("municipalities", ["pro_com_t", "boundary_year"])
    return table["pro_com_t"].tolist(), table["boundary_year"].astype(int).tolist()

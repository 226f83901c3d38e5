"""Turn the rows of a heritage inventory into store records, with nothing silently dropped.

Every row ends imported, imported-and-flagged, or rejected, with reason codes and a message:

* rejected (not written): ``missing_coordinates``, ``unparsable_coordinate``, ``outside_italy``,
  ``duplicate`` (same or very similar name within a distance, 25 m by default: the first row is
  imported, the later one rejected with a pointer to the first);
* flagged (written): ``swapped_lat_lon`` (swapped back), ``outside_any_municipality``,
  ``unparsable_number`` (that value left empty), ``approximate_location`` (placed on the municipality),
  ``converted_to_point`` (a line, polygon or multi-part shape of a layer, placed at a point on its surface: a
  heritage asset is a point in the store; the point on the surface, unlike the centroid, lies inside the shape).

Coordinates are transformed by functions the caller injects (QGIS does it in the services), so this
module stays free of QGIS; they take and return numpy arrays.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely

from .asset_location import unit_of_points
from .delimited_text import TEXT_FLAG_REASONS
from .heritage_categories import normalise_category, parse_flag
from .italy_outline import in_italy
from .number_text import parse_coordinate, parse_decimal, parse_integer
from .source_rows import MunicipalityIndex, RowReport, SourceRow, cell_text
from .text_keys import text_key
from .translatable import translatable

if TYPE_CHECKING:
    from collections.abc import Callable

    Transform = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]

REJECTED_REASONS = ("missing_coordinates", "unparsable_coordinate", "outside_italy", "duplicate", "outside_store_area")
FLAG_REASONS = (
    "swapped_lat_lon",
    "outside_any_municipality",
    "unparsable_number",
    "approximate_location",
    "converted_to_point",
    *TEXT_FLAG_REASONS,
)
OWNER_WORDS = {
    "stato": "state",
    "statale": "state",
    "mic": "state",
    "demanio": "state",
    "regione": "region",
    "regionale": "region",
    "comune": "municipality",
    "comunale": "municipality",
    "provincia": "other_public",
    "pubblico": "other_public",
    "pubblica": "other_public",
    "diocesi": "religious",
    "ecclesiastico": "religious",
    "ecclesiastica": "religious",
    "chiesa": "religious",
    "parrocchia": "religious",
    "privato": "private",
    "privata": "private",
    "private": "private",
    "state": "state",
    "municipal": "municipality",
    "religious": "religious",
}


@dataclass
class PreparedInventory:
    records: list[dict[str, object]]  # heritage_assets columns, for the rows written
    points: np.ndarray  # shapely Points in the store CRS, one per record
    report: list[RowReport]  # every row, in row order
    municipality_codes: np.ndarray | None = None  # ISTAT code of the municipality holding each point (or None)

    def count(self, status: str) -> int:
        return sum(1 for r in self.report if r.status == status)

    def written_with(self, reason: str) -> list[RowReport]:
        """Reports of the rows written with a flag ``reason``."""
        return [r for r in self.report if r.status != "rejected" and reason in r.reasons]


@dataclass(frozen=True)
class ImportSettings:
    coordinates: str  # "latlon", "xy", "wkt" or "geometry"
    source_dataset: str = ""
    duplicate_distance_m: float = 25.0
    name_similarity: float = 0.85
    extra_synonyms: dict[str, tuple[str | None, str | None]] | None = None
    reject_outside_store_area: bool = False  # points outside every municipality: rejected instead of flagged
    italy: shapely.Geometry | None = None  # Italy's outline (lon/lat, see core.italy_outline); None: its box


_SAINT = {"s", "san", "sant", "santa", "santo", "st", "saint"}


def _name_tokens(name):
    return [("s" if token in _SAINT else token) for token in text_key(name).split()]


def _similar(a, b, threshold):
    """Same or very similar names: equal keys, one's words within the other's (at least two words, e.g.
    "Cattedrale di S. Agata" in "Basilica Cattedrale di Sant'Agata"), or a close spelling. Names whose numbers
    differ ("Torre 1" and "Torre 2", "Bene 123" and "Bene 1234") are different places."""
    a, b = _name_tokens(a), _name_tokens(b)
    if not a or not b:
        return False
    if {t for t in a if t.isdigit()} != {t for t in b if t.isdigit()}:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 2 and set(shorter) <= set(longer):
        return True
    return difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= threshold


def _owner(text):
    for word in text_key(text).split():
        if word in OWNER_WORDS:
            return OWNER_WORDS[word]
    return text or None


def _layer_coordinates(rows):
    """``(xy, converted)``: (x, y) of each row's geometry, or None without one, and the geometry type of the
    rows whose line, polygon or multi-part shape was placed at a point on its surface (else None) — all rows at
    once."""
    geometries = np.array([r.geometry for r in rows], dtype=object)
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    xy, converted = [None] * len(rows), [None] * len(rows)
    if present.any():
        shapes = geometries[present]
        not_point = shapely.get_type_id(shapes) != 0
        for position in np.flatnonzero(present)[not_point]:
            converted[position] = geometries[position].geom_type
        shapes[not_point] = shapely.point_on_surface(shapes[not_point])
        for position, x, y in zip(np.flatnonzero(present), shapely.get_x(shapes), shapely.get_y(shapes)):
            xy[position] = (float(x), float(y))
    return xy, converted


def _raw_coordinates(source, mapping, mode, report):
    """(a, b) in the source's axis order — (lon, lat) or (x, y) — or None with the reason recorded."""
    values = source.values
    if mode == "geometry":
        geometry = source.geometry
        if geometry is None or geometry.is_empty:
            return None
        point = geometry if geometry.geom_type == "Point" else shapely.point_on_surface(geometry)
        return point.x, point.y
    if mode == "wkt":
        text = cell_text(values, mapping.get("wkt"))
        if not text:
            return None
        try:
            geometry = shapely.from_wkt(text)
        except shapely.errors.GEOSException:
            report.reasons.append("unparsable_coordinate")
            report.note(translatable("WKT cannot be read: {wkt!r}"), wkt=text[:40])
            return "rejected"
        point = geometry if geometry.geom_type == "Point" else shapely.point_on_surface(geometry)
        return point.x, point.y
    first, second = ("lon", "lat") if mode == "latlon" else ("x", "y")
    texts = [cell_text(values, mapping.get(first)), cell_text(values, mapping.get(second))]
    if not any(texts):
        return None
    try:
        parse = parse_coordinate if mode == "latlon" else parse_decimal
        a, b = parse(texts[0]), parse(texts[1])
    except ValueError:
        report.reasons.append("unparsable_coordinate")
        report.note(
            translatable("{first}={a!r}, {second}={b!r}: not a coordinate"),
            first=first,
            a=texts[0],
            second=second,
            b=texts[1],
        )
        return "rejected"
    if a is None or b is None:
        report.reasons.append("missing_coordinates")
        report.note(
            translatable("only one coordinate given ({first}={a!r}, {second}={b!r})"),
            first=first,
            a=texts[0],
            second=second,
            b=texts[1],
        )
        return "rejected"
    return a, b


def prepare_inventory(
    rows: list[SourceRow],
    mapping: dict[str, str],
    settings: ImportSettings,
    to_lonlat: Transform | None,
    to_store: Transform,
    municipalities: MunicipalityIndex | None = None,
) -> PreparedInventory:
    """Classify and convert ``rows`` (:class:`SourceRow`) read with the column ``mapping`` (role → column).

    ``to_lonlat(a, b)`` maps source coordinates to WGS84 longitude/latitude arrays and ``to_store(lon, lat)``
    to the store's CRS (metres); ``municipalities`` (:class:`MunicipalityIndex`) places rows that only
    name a municipality and flags points outside every municipality.
    """
    reports, records, coords, approximate = [], [], [], []
    extra_columns = [c for c in (rows[0].values if rows else {}) if c not in mapping.values()]
    # an inventory repeats a few categories, owners and yes/no words over many rows: each text is read once
    categories: dict[str, tuple] = {}
    owners: dict[str, object] = {}
    flags: dict[str, object] = {}
    layer_xy, converted = _layer_coordinates(rows) if settings.coordinates == "geometry" else (None, None)
    for position, source in enumerate(rows):
        values = source.values
        source_id = cell_text(values, mapping.get("source_id"))
        name = cell_text(values, mapping.get("name")) or source_id or f"#{source.row}"
        report = RowReport(source.row, source_id, name, "imported")
        report.add_source_flags(source)
        reports.append(report)
        raw = (
            layer_xy[position]
            if layer_xy is not None
            else _raw_coordinates(source, mapping, settings.coordinates, report)
        )
        if raw == "rejected":
            report.status = "rejected"
            continue
        if converted is not None and converted[position]:
            report.reasons.append("converted_to_point")
            report.note(
                translatable("a {shape}, not a point: placed at a point on its surface"), shape=converted[position]
            )
        code = None
        if municipalities is not None:
            code = municipalities.code_for(
                cell_text(values, mapping.get("municipality_code")), cell_text(values, mapping.get("municipality"))
            )
        if raw is None:
            if code is None:
                report.status = "rejected"
                report.reasons.append("missing_coordinates")
                report.note(translatable("no coordinates and no known municipality"))
                continue
            report.reasons.append("approximate_location")
            report.note(translatable("placed on the territory of municipality {code}"), code=code)
        record = {"name": name, "source_id": source_id or None, "source_dataset": settings.source_dataset or None}
        category_text = cell_text(values, mapping.get("category"))
        if category_text not in categories:
            categories[category_text] = normalise_category(category_text, settings.extra_synonyms)
        record["category"], record["art101_class"] = categories[category_text]
        art101_text = cell_text(values, mapping.get("art101_class"))
        if art101_text:  # an explicit art. 101 class wins over the one the category implies
            record["art101_class"] = (
                normalise_category(art101_text, settings.extra_synonyms)[1] or record["art101_class"]
            )
        verified = cell_text(values, mapping.get("coord_verified"))
        if verified not in flags:
            flags[verified] = parse_flag(verified)
        record["coord_verified"] = int(bool(flags[verified]))
        for role, column in (("visitors", "visitors"), ("visitors_year", "visitors_year")):
            text = cell_text(values, mapping.get(role))
            try:
                record[column] = parse_integer(text)
            except ValueError:
                record[column] = None
                report.reasons.append("unparsable_number")
                report.note(
                    translatable("{column}={text!r} is not a number (left empty)"), column=mapping[role], text=text
                )
        record["protection"] = cell_text(values, mapping.get("protection")) or None
        unesco = cell_text(values, mapping.get("unesco"))
        if unesco not in flags:
            flags[unesco] = parse_flag(unesco)
        flag = flags[unesco]
        record["unesco_component"] = ("yes" if flag else None) if flag is not None else unesco
        owner = cell_text(values, mapping.get("owner_type"))
        if owner not in owners:
            owners[owner] = _owner(owner)
        record["owner_type"] = owners[owner]
        extras = {c: values.get(c) for c in extra_columns if values.get(c) not in (None, "")}
        if category_text and record["category"] is None:
            extras["category_original"] = category_text
        record["extra_attributes"] = json.dumps(extras, ensure_ascii=False, default=str) if extras else None
        records.append((report, record))
        coords.append(raw if raw is not None else (np.nan, np.nan))
        approximate.append(code if raw is None else None)

    points, units = _locate(records, coords, approximate, settings, to_lonlat, to_store, municipalities)
    kept = [i for i, (report, _) in enumerate(records) if report.status != "rejected"]
    _reject_duplicates([records[i] for i in kept], points[kept], settings)
    written = [i for i in kept if records[i][0].status != "rejected"]
    for report in reports:
        if report.status != "rejected" and any(r in FLAG_REASONS for r in report.reasons):
            report.status = "flagged"
    final = []
    for i in written:
        report, record = records[i]
        record["location_approximate"] = int("approximate_location" in report.reasons)
        record["import_flags"] = ",".join(r for r in report.reasons if r in FLAG_REASONS) or None
        final.append(record)
    codes = None
    if municipalities is not None:
        codes = np.full(len(written), None, dtype=object)
        held = units[written] >= 0
        codes[held] = np.asarray(municipalities.codes, dtype=object)[units[written][held]].astype(str)
    return PreparedInventory(final, np.asarray(points[written], dtype=object), reports, codes)


def _locate(records, coords, approximate, settings, to_lonlat, to_store, municipalities):
    """``(points in the store CRS, index of the municipality holding each or -1)``; rejects rows outside Italy,
    swaps lat/lon mix-ups back. Each point is placed in one municipality once (lowest code on a border), for the
    outside-the-store flags and for the codes the import writes."""
    count = len(records)
    points = np.full(count, None, dtype=object)
    units = np.full(count, -1, dtype=np.int64)
    if count == 0:
        return points, units
    a, b = (np.array([c[k] for c in coords], dtype=float) for k in (0, 1))
    measured = ~np.isnan(a)
    lon, lat = to_lonlat(a, b) if settings.coordinates != "latlon" else (a, b)
    swapped_lon, swapped_lat = to_lonlat(b, a) if settings.coordinates != "latlon" else (b, a)
    direct = in_italy(lon, lat, settings.italy)
    swapped = ~direct & in_italy(swapped_lon, swapped_lat, settings.italy)
    lon, lat = np.where(swapped, swapped_lon, lon), np.where(swapped, swapped_lat, lat)
    x, y = to_store(lon, lat)
    made = shapely.points(x, y)  # all at once; NaN rows give empty points, never used
    for i, (report, _) in enumerate(records):
        if not measured[i]:
            points[i] = municipalities.surface_point(approximate[i])
        elif swapped[i]:
            report.reasons.append("swapped_lat_lon")
            report.note(translatable("latitude and longitude were swapped; swapped back"))
            points[i] = made[i]
        elif not direct[i]:
            report.status = "rejected"
            report.reasons.append("outside_italy")
            report.note(translatable("({a:g}, {b:g}) lies outside Italy"), a=float(a[i]), b=float(b[i]))
        else:
            points[i] = made[i]
    if municipalities is not None and len(municipalities.geometries):
        placed = np.flatnonzero(~shapely.is_missing(points))
        units[placed] = unit_of_points(points[placed], municipalities.geometries, municipalities.codes)
        located = placed[measured[placed]]
        if len(located):
            for position in np.flatnonzero(units[located] < 0).tolist():
                report = records[located[position]][0]
                if settings.reject_outside_store_area:
                    report.status = "rejected"
                    report.reasons.append("outside_store_area")
                    report.note(translatable("the point lies outside every municipality of the store (left out)"))
                else:
                    report.reasons.append("outside_any_municipality")
                    report.note(translatable("the point lies outside every municipality of the store"))
    return points, units


def _reject_duplicates(kept, points, settings):
    """Later rows with the same or a very similar name within the distance are duplicates of the first."""
    if len(kept) < 2:
        return
    tree = shapely.STRtree(points)
    left, right = tree.query(points, predicate="dwithin", distance=settings.duplicate_distance_m)
    pairs = sorted((int(i), int(j)) for i, j in zip(left, right) if i < j)
    for i, j in pairs:
        first, later = kept[i][0], kept[j][0]
        if first.status == "rejected" or later.status == "rejected":
            continue
        if _similar(kept[i][1]["name"], kept[j][1]["name"], settings.name_similarity):
            later.status = "rejected"
            later.reasons.append("duplicate")
            later.note(
                translatable("duplicate of row {row} ({name!r}) within {distance:g} m"),
                row=first.row,
                name=first.name,
                distance=settings.duplicate_distance_m,
            )

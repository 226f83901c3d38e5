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
import functools
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from .asset_location import unit_of_points
from .delimited_text import TEXT_FLAG_REASONS
from .heritage_categories import normalise_category, parse_flag
from .import_report import REJECTED, ImportReport
from .italy_outline import in_italy
from .number_text import parse_coordinate, parse_decimal, parse_integer
from .source_columns import SourceColumns, parsed_per_distinct, per_distinct, per_distinct_pair
from .source_rows import MunicipalityIndex
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
    records: pd.DataFrame  # heritage_assets columns, one row per row written
    points: np.ndarray  # shapely Points in the store CRS, one per record
    report: ImportReport  # every row, in row order
    municipality_codes: np.ndarray | None = None  # ISTAT code of the municipality holding each point (or None)

    def count(self, status: str) -> int:
        return self.report.count(status)


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


@functools.lru_cache(maxsize=65536)
def _name_tokens(name):
    return [("s" if token in _SAINT else token) for token in text_key(name).split()]


_KEY_SEPARATORS = re.compile(r"[^a-z0-9]+")  # what text_key splits on, once accents are gone


@functools.lru_cache(maxsize=65536)
def _numbers(name):
    """The numbers written in a name (as words): names whose numbers differ are different places. A plain ASCII
    name is split as :func:`text_key` would split it, without its Unicode normalisation (a tenth of the time)."""
    tokens = _KEY_SEPARATORS.split(name.lower()) if isinstance(name, str) and name.isascii() else _name_tokens(name)
    return frozenset(t for t in tokens if t.isdigit())


def _similar(a, b, threshold):
    """Same or very similar names: equal keys, one's words within the other's (at least two words, e.g.
    "Cattedrale di S. Agata" in "Basilica Cattedrale di Sant'Agata"), or a close spelling. Names whose numbers
    differ ("Torre 1" and "Torre 2", "Bene 123" and "Bene 1234") are different places."""
    if _numbers(a) != _numbers(b):
        return False
    a, b = _name_tokens(a), _name_tokens(b)
    if not a or not b:
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


_GEOMETRY_TYPES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon")


def _layer_coordinates(geometries, report):
    """``(a, b)``: x and y of each row's geometry (NaN without one); a line, polygon or multi-part shape is
    placed at a point on its surface, noted on its row (when a ``report`` is given)."""
    a, b = np.full(len(geometries), np.nan), np.full(len(geometries), np.nan)
    present = np.flatnonzero(~(shapely.is_missing(geometries) | shapely.is_empty(geometries)))
    if len(present):
        shapes = geometries[present]
        kinds = shapely.get_type_id(shapes)
        not_point = kinds != 0
        for position, kind in zip(present[not_point].tolist(), kinds[not_point].tolist()) if report is not None else ():
            shape = _GEOMETRY_TYPES[kind] if kind < len(_GEOMETRY_TYPES) else "GeometryCollection"
            report.add(
                position,
                "converted_to_point",
                translatable("a {shape}, not a point: placed at a point on its surface"),
                shape=shape,
            )
        shapes = shapes.copy()
        shapes[not_point] = shapely.point_on_surface(shapes[not_point])
        a[present], b[present] = shapely.get_x(shapes), shapely.get_y(shapes)
    return a, b


def _wkt_coordinates(texts, report):
    """``(a, b)`` of each row's WKT shape (NaN without one); WKT that cannot be read rejects its row."""
    given = np.flatnonzero(texts != "")
    geometries = np.full(len(texts), None, dtype=object)
    geometries[given] = shapely.from_wkt(texts[given].astype(str), on_invalid="ignore")
    unreadable = given[shapely.is_missing(geometries[given])]
    for position in unreadable.tolist():
        report.add(
            position, "unparsable_coordinate", translatable("WKT cannot be read: {wkt!r}"), wkt=texts[position][:40]
        )
    report.reject(unreadable)
    return _layer_coordinates(geometries, None)  # a WKT line or polygon is placed on its surface unnoted


def _text_coordinates(columns, mapping, mode, report):
    """``(a, b)`` in the source's axis order — (lon, lat) or (x, y) — from two columns of text (NaN where a row
    has neither); a row with text that is not a coordinate, or with only one of the two, is rejected."""
    first, second = ("lon", "lat") if mode == "latlon" else ("x", "y")
    first_texts, second_texts = columns.texts(mapping.get(first)), columns.texts(mapping.get(second))
    parse = parse_coordinate if mode == "latlon" else parse_decimal
    a, a_unreadable = parsed_per_distinct(first_texts, parse)
    b, b_unreadable = parsed_per_distinct(second_texts, parse)
    given = (first_texts != "") | (second_texts != "")
    unreadable = given & (a_unreadable | b_unreadable)
    one_missing = given & ~unreadable & (np.isnan(a) | np.isnan(b))
    for mask, reason, template in (
        (unreadable, "unparsable_coordinate", translatable("{first}={a!r}, {second}={b!r}: not a coordinate")),
        (
            one_missing,
            "missing_coordinates",
            translatable("only one coordinate given ({first}={a!r}, {second}={b!r})"),
        ),
    ):
        for position in np.flatnonzero(mask).tolist():
            report.add(
                position,
                reason,
                template,
                first=first,
                a=first_texts[position],
                second=second,
                b=second_texts[position],
            )
    failed = unreadable | one_missing
    report.reject(failed)
    a[failed], b[failed] = np.nan, np.nan
    return a, b


def _coordinates(columns, mapping, mode, report):
    """``(a, b)`` of every row in the source's axis order, NaN for a row without coordinates."""
    if mode == "geometry":
        geometries = columns.geometries if columns.geometries is not None else np.full(len(columns), None)
        return _layer_coordinates(np.asarray(geometries, dtype=object), report)
    if mode == "wkt":
        return _wkt_coordinates(columns.texts(mapping.get("wkt")), report)
    return _text_coordinates(columns, mapping, mode, report)


def _named_municipalities(municipalities, code_texts, name_texts):
    """The ISTAT code each row names (code first, then the name), or None; once per distinct pair."""
    pairs = np.array(
        [f"{code}\x1f{name}" for code, name in zip(code_texts.tolist(), name_texts.tolist())], dtype=object
    )
    return per_distinct(pairs, lambda pair: municipalities.code_for(*pair.split("\x1f", 1)))


def _unesco(text):
    flag = parse_flag(text)
    return ("yes" if flag else None) if flag is not None else text


def _integers(texts, report, positions, column):
    """Whole numbers of ``texts`` (None when empty); a text that is not one is left empty and noted."""

    def attempt(text):
        try:
            return (parse_integer(text), False)
        except ValueError:
            return (None, True)

    values, unreadable = per_distinct_pair(texts, attempt)
    for i in np.flatnonzero(unreadable.astype(bool)).tolist():
        report.add(
            positions[i],
            "unparsable_number",
            translatable("{column}={text!r} is not a number (left empty)"),
            column=column,
            text=texts[i],
        )
    return values


def _extra_attributes(columns, extra_columns, positions, category_text, category):
    """The JSON of the cells of columns no role reads (and of a category the table does not know), per row:
    None for a row with none."""
    result = np.full(len(positions), None, dtype=object)
    values = {c: columns.values(c)[positions] for c in extra_columns}
    present = {c: ~(pd.isna(v) | (v == "")) for c, v in values.items()}
    original = (category_text != "") & pd.isna(category)
    anything = original.copy()
    for mask in present.values():
        anything |= mask
    for i in np.flatnonzero(anything).tolist():
        extras = {c: values[c][i] for c in extra_columns if present[c][i]}
        if original[i]:
            extras["category_original"] = category_text[i]
        result[i] = json.dumps(extras, ensure_ascii=False, default=str)
    return result


def _attribute_records(columns, mapping, settings, report, positions):
    """The heritage_assets columns of the rows at ``positions``, each rule once per distinct text."""
    extra = settings.extra_synonyms

    def texts(role):
        return columns.texts(mapping.get(role))[positions]

    category_text = texts("category")
    category, art101 = per_distinct_pair(category_text, lambda text: normalise_category(text, extra))
    # an explicit art. 101 class wins over the one the category implies
    explicit = per_distinct(texts("art101_class"), lambda text: normalise_category(text, extra)[1] if text else None)
    art101 = np.where(pd.isna(explicit), art101, explicit)
    source_ids = report.source_ids[positions]
    extra_columns = [c for c in columns.cells.columns if c not in mapping.values()]
    return pd.DataFrame(
        {
            "name": report.names[positions],
            "source_id": np.where(source_ids != "", source_ids, None),
            "source_dataset": np.full(len(positions), settings.source_dataset or None, dtype=object),
            "category": category,
            "art101_class": art101,
            "coord_verified": per_distinct(texts("coord_verified"), lambda t: int(bool(parse_flag(t)))).astype(int),
            "visitors": _integers(texts("visitors"), report, positions, mapping.get("visitors")),
            "visitors_year": _integers(texts("visitors_year"), report, positions, mapping.get("visitors_year")),
            "protection": per_distinct(texts("protection"), lambda text: text or None),
            "unesco_component": per_distinct(texts("unesco"), _unesco),
            "owner_type": per_distinct(texts("owner_type"), _owner),
            "extra_attributes": _extra_attributes(columns, extra_columns, positions, category_text, category),
        }
    )


def prepare_inventory(
    columns: SourceColumns,
    mapping: dict[str, str],
    settings: ImportSettings,
    to_lonlat: Transform | None,
    to_store: Transform,
    municipalities: MunicipalityIndex | None = None,
) -> PreparedInventory:
    """Classify and convert the rows of ``columns`` (:class:`SourceColumns`) read with the column ``mapping``
    (role → column), all rows at once.

    ``to_lonlat(a, b)`` maps source coordinates to WGS84 longitude/latitude arrays and ``to_store(lon, lat)``
    to the store's CRS (metres); ``municipalities`` (:class:`MunicipalityIndex`) places rows that only
    name a municipality and flags points outside every municipality.
    """
    count = len(columns)
    source_ids = columns.texts(mapping.get("source_id"))
    names = columns.texts(mapping.get("name")).copy()
    unnamed = np.flatnonzero(names == "")
    names[unnamed] = [s or f"#{row}" for s, row in zip(source_ids[unnamed].tolist(), columns.rows[unnamed].tolist())]
    report = ImportReport(columns.rows, source_ids, names)
    for position, flags in sorted(columns.flags.items()):
        for reason, template, arguments in flags:
            report.add(position, reason, template, **arguments)
    a, b = _coordinates(columns, mapping, settings.coordinates, report)
    measured = ~np.isnan(a)
    # a row without coordinates is placed on the municipality it names, or rejected
    approximate = np.full(count, None, dtype=object)
    unplaced = np.flatnonzero(~report.rejected & ~measured)
    if len(unplaced) and municipalities is not None:
        approximate[unplaced] = _named_municipalities(
            municipalities,
            columns.texts(mapping.get("municipality_code"))[unplaced],
            columns.texts(mapping.get("municipality"))[unplaced],
        )
    nowhere = unplaced[pd.isna(approximate[unplaced])]
    report.add_many(nowhere, "missing_coordinates", translatable("no coordinates and no known municipality"))
    report.reject(nowhere)
    placed_on = unplaced[pd.notna(approximate[unplaced])]
    report.add_many(
        placed_on,
        "approximate_location",
        translatable("placed on the territory of municipality {code}"),
        [{"code": code} for code in approximate[placed_on]],
    )
    alive = np.flatnonzero(~report.rejected)
    records = _attribute_records(columns, mapping, settings, report, alive)
    points, units = _locate(a, b, approximate, report, settings, to_lonlat, to_store, municipalities)
    kept = np.flatnonzero(~report.rejected)
    _reject_duplicates(report, kept, points[kept], settings)
    report.flag_rows_with(FLAG_REASONS)
    written = np.flatnonzero(~report.rejected)
    records = records[~report.rejected[alive]].reset_index(drop=True)
    import_flags = np.full(count, None, dtype=object)
    for position, reasons in report.reasons_by_position().items():
        import_flags[position] = ",".join(r for r in reasons if r in FLAG_REASONS) or None
    records["location_approximate"] = (~measured[written]).astype(int)
    records["import_flags"] = import_flags[written]
    codes = None
    if municipalities is not None:
        codes = np.full(len(written), None, dtype=object)
        held = units[written] >= 0
        codes[held] = np.asarray(municipalities.codes, dtype=object)[units[written][held]].astype(str)
    return PreparedInventory(records, np.asarray(points[written], dtype=object), report, codes)


def _locate(a, b, approximate, report, settings, to_lonlat, to_store, municipalities):
    """``(points in the store CRS, index of the municipality holding each or -1)`` of the rows not rejected;
    rejects rows outside Italy, swaps lat/lon mix-ups back. Each point is placed in one municipality once
    (lowest code on a border), for the outside-the-store flags and for the codes the import writes."""
    count = len(a)
    points = np.full(count, None, dtype=object)
    units = np.full(count, -1, dtype=np.int64)
    alive = ~report.rejected
    measured = np.flatnonzero(alive & ~np.isnan(a))
    if len(measured):
        ma, mb = a[measured], b[measured]
        lon, lat = to_lonlat(ma, mb) if settings.coordinates != "latlon" else (ma.copy(), mb.copy())
        direct = in_italy(lon, lat, settings.italy)
        swapped = np.zeros(len(measured), dtype=bool)
        retry = np.flatnonzero(~direct)  # only what is not in Italy as given is tried the other way round
        if len(retry):
            other_lon, other_lat = (
                to_lonlat(mb[retry], ma[retry]) if settings.coordinates != "latlon" else (mb[retry], ma[retry])
            )
            swapped[retry] = in_italy(other_lon, other_lat, settings.italy)
            lon[retry] = np.where(swapped[retry], other_lon, lon[retry])
            lat[retry] = np.where(swapped[retry], other_lat, lat[retry])
        report.add_many(
            measured[swapped], "swapped_lat_lon", translatable("latitude and longitude were swapped; swapped back")
        )
        outside = ~direct & ~swapped
        report.add_many(
            measured[outside],
            "outside_italy",
            translatable("({a:g}, {b:g}) lies outside Italy"),
            [{"a": float(x), "b": float(y)} for x, y in zip(ma[outside], mb[outside])],
        )
        report.reject(measured[outside])
        inside = ~outside
        x, y = to_store(lon[inside], lat[inside])
        points[measured[inside]] = shapely.points(x, y)
    on_municipality = np.flatnonzero(alive & np.isnan(a))
    if len(on_municipality):
        points[on_municipality] = per_distinct(approximate[on_municipality], municipalities.surface_point)
    if municipalities is not None and len(municipalities.geometries):
        placed = np.flatnonzero(~shapely.is_missing(points))
        units[placed] = unit_of_points(points[placed], municipalities.geometries, municipalities.codes)
        located = placed[~np.isnan(a[placed])]
        outside_store = located[units[located] < 0]
        if settings.reject_outside_store_area:
            report.add_many(
                outside_store,
                "outside_store_area",
                translatable("the point lies outside every municipality of the store (left out)"),
            )
            report.reject(outside_store)
        else:
            report.add_many(
                outside_store,
                "outside_any_municipality",
                translatable("the point lies outside every municipality of the store"),
            )
    return points, units


def _reject_duplicates(report, positions, points, settings):
    """Later rows with the same or a very similar name within the distance are duplicates of the first."""
    if len(positions) < 2:
        return
    # an unbalanced tree of plain nodes builds in half the time, and finds the same pairs (ordered below)
    tree = cKDTree(shapely.get_coordinates(points), balanced_tree=False, compact_nodes=False)
    pairs = tree.query_pairs(settings.duplicate_distance_m, output_type="ndarray")
    left, right = positions[pairs[:, 0]], positions[pairs[:, 1]]  # each pair once, the earlier row first
    # pairs whose names hold different numbers are told apart for all of them at once (a dense inventory's
    # "Bene 1234" and "Bene 1235"): each name's numbers worked out once, compared as integer ids
    rows = np.unique(np.concatenate([left, right]))
    signatures = pd.factorize(pd.Series([_numbers(report.names[r]) for r in rows.tolist()], dtype=object))[0]
    same_numbers = signatures[np.searchsorted(rows, left)] == signatures[np.searchsorted(rows, right)]
    left, right = left[same_numbers], right[same_numbers]
    order = np.lexsort((right, left))
    for first, second in zip(left[order].tolist(), right[order].tolist()):
        if report.status[first] == REJECTED or report.status[second] == REJECTED:
            continue
        if _similar(report.names[first], report.names[second], settings.name_similarity):
            report.add(
                second,
                "duplicate",
                translatable("duplicate of row {row} ({name!r}) within {distance:g} m"),
                row=int(report.rows[first]),
                name=report.names[first],
                distance=settings.duplicate_distance_m,
            )
            report.reject([second])

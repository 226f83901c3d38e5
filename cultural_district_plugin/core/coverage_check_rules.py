"""The rules behind the coverage checks of :mod:`district_checks` (docs/methods.md, "Coverage checks"): near
misses, catchment of the area and of the residents, members against the boundary, required fields.

Findings about assets, municipalities or stakeholders name them in ``feature_ids`` with their
``feature_table``, so the results view selects them on the right layer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from .check_framework import Finding, Severity
from .check_run_cache import assets_inside, repaired_districts, shared
from .coverage import areal_residents, catchment, inside_and_near, unit_parts
from .district_checks import RECORD_LABELS, REQUIRED_FIELDS
from .district_finding import district_finding, present_districts
from .district_geometry import polygonal_part, repaired
from .translatable import translatable, translatable_n
from .worker_threads import map_in_threads

EXAMPLES = 5  # names listed in a message before "…"
MARKER_RADIUS_M = 100.0  # findings about points carry small discs, so the findings layer shows them
# the discs as 12-sided polygons (3 segments a quadrant): a symbol on the map, stored with each recorded run and read
# whenever the panel shows a run (QGIS's 8 segments made a national run's near-miss markers 52 MB)
MARKER_SEGMENTS = 3

MISSING_FIELD_TEMPLATES = {
    "districts": translatable("District {name} has no {field}"),
    "heritage_assets": (
        translatable("{count} heritage asset has no {field}: {examples}"),
        translatable("{count} heritage assets have no {field}: {examples}"),
    ),
    "stakeholders": (
        translatable("{count} stakeholder has no {field}: {examples}"),
        translatable("{count} stakeholders have no {field}: {examples}"),
    ),
}


def _examples(labels: list[str]) -> str:
    shown = ", ".join(labels[:EXAMPLES])
    return shown + (" …" if len(labels) > EXAMPLES else "")


def _assets(data) -> np.ndarray | None:
    if not data.measurable or data.asset_points is None:
        return None
    return np.asarray(data.asset_points, dtype=object)


def _asset_ids(data, index: np.ndarray) -> tuple[int, ...]:
    return () if data.asset_ids is None else tuple(np.asarray(data.asset_ids)[index].astype(np.int64).tolist())


def _asset_names(data, index: np.ndarray) -> list[str]:
    if data.asset_names is None:
        return [str(int(j)) for j in index]
    return [str(data.asset_names[int(j)]) for j in index]


def check_near_misses(data, parameters):
    """Assets outside each district within ``near_distance_m`` of its boundary, nearest first."""
    points = _assets(data)
    present = present_districts(data)
    if points is None or not len(points) or not present:
        return
    distance = parameters["near_distance_m"]
    inside_of = assets_inside(data)
    inside = np.column_stack(
        [
            np.concatenate([inside_of[i] for i in present]),
            np.repeat(np.arange(len(present)), [len(inside_of[i]) for i in present]),
        ]
    ).astype(np.int64)
    _, near = inside_and_near(points, repaired_districts(data)[present], distance, inside)
    by_district = [near[near["district"] == k].sort_values(["distance_m", "point"]) for k in range(len(present))]
    # the markers (discs around the near misses, one buffer of their multipoint each: their union, twice as fast as
    # a union of single discs) side by side on the cores
    markers = map_in_threads(
        lambda rows: shapely.buffer(
            shapely.multipoints(points[rows["point"].to_numpy()]), MARKER_RADIUS_M, quad_segs=MARKER_SEGMENTS
        )
        if len(rows)
        else None,
        by_district,
    )
    for i, rows, marker in zip(present, by_district, markers):
        if rows.empty:
            continue
        index = rows["point"].to_numpy()
        labels = [f"{n} ({d:.0f} m)" for n, d in zip(_asset_names(data, index), rows["distance_m"])]
        yield district_finding(
            data,
            i,
            "near_misses",
            Severity.WARNING,
            translatable_n(
                len(index),
                "{count} heritage asset lies outside district {name} within {distance:.0f} m: {examples}",
                "{count} heritage assets lie outside district {name} within {distance:.0f} m: {examples}",
            ),
            arguments={"count": len(index), "distance": distance, "examples": _examples(labels)},
            value=len(index),
            threshold=0,
            geometry=marker,
            feature_ids=_asset_ids(data, index),
            feature_table="heritage_assets",
        )


def _catchments(data, distance: float, points: np.ndarray) -> list:
    """``(index, repaired district, its assets' catchment, assets inside)`` for each present district: computed
    once per check run (both coverage checks use them), the districts side by side in worker threads."""
    districts, inside_of = repaired_districts(data), assets_inside(data)

    def one(i):
        geometry = shapely.from_wkb(shapely.to_wkb(districts[i]))  # its own copy: prepared in this thread only
        inside = points[inside_of[i]]
        return i, geometry, catchment(geometry, inside, distance), len(inside)

    return shared(data, ("catchments", distance), lambda: map_in_threads(one, present_districts(data)))


def check_catchment_coverage(data, parameters):
    """Share of each district's area within ``catchment_distance_m`` of an asset inside it."""
    points = _assets(data)
    if points is None:
        return
    distance, minimum = parameters["catchment_distance_m"], parameters["min_catchment_share"]
    for i, geometry, covered, count in _catchments(data, distance, points):
        if geometry.area <= 0:
            continue
        share = covered.area / geometry.area
        if share < minimum:
            yield district_finding(
                data,
                i,
                "catchment_coverage",
                Severity.WARNING,
                translatable_n(
                    count,
                    "Only {share:.0%} of district {name} lies within {distance:.0f} m of its {count} heritage asset",
                    "Only {share:.0%} of district {name} lies within {distance:.0f} m of its {count} heritage assets",
                ),
                arguments={"share": share, "distance": distance, "count": count},
                value=share,
                threshold=minimum,
                geometry=polygonal_part(shapely.difference(geometry, covered)),
            )


def check_residents_coverage(data, parameters):
    """Share of each district's residents (areal weighting of the municipalities) within the catchment."""
    points = _assets(data)
    if points is None or data.unit_geometries is None or data.unit_population is None:
        return
    distance, minimum = parameters["catchment_distance_m"], parameters["min_residents_share"]
    units = np.asarray(repaired(data.unit_geometries), dtype=object)
    population = np.asarray(data.unit_population, dtype=float)
    tree = shapely.STRtree(units)

    def residents(entry):
        """``(residents, residents within the catchment)`` of one district (its own geometries: in a thread)."""
        _, geometry, covered, _ = entry
        parts = unit_parts(geometry, units, tree)
        everyone, _, _ = areal_residents(geometry, units, population, tree, parts=parts)
        within = areal_residents(geometry, units, population, tree, covered, parts=parts)[0] if everyone > 0 else 0.0
        return everyone, within

    entries = _catchments(data, distance, points)
    for (i, _, _, _), (everyone, within) in zip(entries, map_in_threads(residents, entries)):
        if everyone <= 0:
            continue
        share = within / everyone
        if share < minimum:
            yield district_finding(
                data,
                i,
                "residents_coverage",
                Severity.INFO,
                translatable(
                    "{share:.0%} of the {residents:.0f} residents of district {name} live within {distance:.0f} m "
                    "of one of its heritage assets (municipal populations spread evenly over their area)"
                ),
                arguments={"share": share, "residents": everyone, "distance": distance},
                value=share,
                threshold=minimum,
            )


def check_members_boundary(data, parameters):
    """Districts built from municipalities against the union of their members; drawn ones against the
    municipalities they cut."""
    if not data.measurable or data.unit_geometries is None or data.member_keys is None:
        return
    units = np.asarray(repaired(data.unit_geometries), dtype=object)
    keys = [str(k) for k in (data.unit_keys if data.unit_keys is not None else range(len(units)))]
    position = {k: j for j, k in enumerate(keys)}
    tree = shapely.STRtree(units)
    for i in present_districts(data):
        geometry = repaired_districts(data)[i]
        members = data.member_keys[i] if i < len(data.member_keys) else frozenset()
        if members:
            yield from _members_against_boundary(data, i, geometry, members, units, position, parameters)
        else:
            yield from _municipalities_cut(data, i, geometry, units, tree, parameters)


def _members_against_boundary(data, i, geometry, members, units, position, parameters):
    unknown = sorted(k for k in members if k not in position)
    if unknown:
        yield district_finding(
            data,
            i,
            "members_boundary",
            Severity.WARNING,
            translatable("District {name} lists members the store has no boundary for: {codes}"),
            arguments={"codes": _examples(unknown)},
            value=len(unknown),
            threshold=0,
        )
    index = np.array(sorted(position[k] for k in members if k in position), dtype=np.int64)
    union = shapely.union_all(units[index]) if len(index) else shapely.Polygon()
    tolerance = parameters["max_gap_m2"]
    for part, template in (
        (
            shapely.difference(union, geometry),
            translatable("{area:.0f} m² of the member municipalities lie outside the boundary of district {name}"),
        ),
        (
            shapely.difference(geometry, union),
            translatable("{area:.0f} m² of district {name} lie outside its member municipalities"),
        ),
    ):
        part = polygonal_part(part)
        if part.area > tolerance:
            yield district_finding(
                data,
                i,
                "members_boundary",
                Severity.WARNING,
                template,
                arguments={"area": part.area},
                value=part.area,
                threshold=tolerance,
                geometry=part,
            )


def _municipalities_cut(data, i, geometry, units, tree, parameters):
    candidates = tree.query(geometry, predicate="intersects")
    if not len(candidates):
        return
    tolerance = parameters["cut_share_tolerance"]
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = shapely.area(shapely.intersection(units[candidates], geometry)) / shapely.area(units[candidates])
    cut = (shares > tolerance) & (shares < 1 - tolerance)
    if not cut.any():
        return
    order = np.argsort(-shares[cut], kind="stable")
    index, cut_shares = candidates[cut][order], shares[cut][order]
    names = data.unit_names if data.unit_names is not None else [str(k) for k in range(len(units))]
    labels = [f"{names[j]} ({s:.0%})" for j, s in zip(index, cut_shares)]
    ids = () if data.unit_ids is None else tuple(int(f) for f in np.asarray(data.unit_ids)[index])
    yield district_finding(
        data,
        i,
        "members_boundary",
        Severity.INFO,
        translatable("District {name} cuts {count} municipalities (share inside): {examples}"),
        arguments={"count": len(index), "examples": _examples(labels)},
        value=len(index),
        threshold=0,
        feature_ids=ids,
        feature_table="municipalities",
    )


def _blank(column: pd.Series) -> np.ndarray:
    """Mask of the missing or whitespace-only values (a loop over the filled values: pandas' string methods
    over a million rows took four times as long and held Python's lock throughout)."""
    values = column.to_numpy(dtype=object)
    blank = pd.isna(values)
    filled = np.flatnonzero(~blank)
    blank[filled] = [not str(value).strip() for value in values[filled]]
    return blank


def check_completeness(data, parameters):
    """Records of the store without the fields a dossier needs (:data:`REQUIRED_FIELDS`)."""
    for table, frame in (data.records or {}).items():
        label = RECORD_LABELS[table]
        for field in REQUIRED_FIELDS[table]:
            if field not in frame.columns:
                continue
            blank = _blank(frame[field])
            if not blank.any():
                continue
            rows = frame.loc[blank, ["fid", label]]
            if table == "districts":
                yield from _districts_missing(data, rows, field)
                continue
            yield Finding(
                "completeness",
                Severity.WARNING,
                MISSING_FIELD_TEMPLATES[table][len(rows) != 1],
                {
                    "count": len(rows),
                    "field": field,
                    "examples": _examples(rows[label].head(EXAMPLES + 1).astype(str).tolist()),
                },
                value=float(len(rows)),
                threshold=0.0,
                feature_ids=tuple(rows["fid"].to_numpy(dtype=np.int64).tolist()),
                feature_table=table,
            )


def _districts_missing(data, rows: pd.DataFrame, field: str):
    position = {int(f): k for k, f in enumerate(data.district_ids)}
    for fid, name in zip(rows["fid"], rows[RECORD_LABELS["districts"]]):
        k = position.get(int(fid))
        arguments = {"field": field, "name": name}
        yield Finding(
            "completeness",
            Severity.WARNING,
            MISSING_FIELD_TEMPLATES["districts"],
            arguments,
            district_id=int(fid) if k is not None else None,
            value=1.0,
            threshold=0.0,
            feature_ids=(int(fid),),
        )

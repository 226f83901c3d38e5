"""Coverage of districts: their heritage, their people and their access points (docs/methods.md, "Coverage").

Everything in a projected CRS, metres; vectorised with STRtrees and KD-trees. Per district:

* **inside**: assets the district covers (border included); **near misses**: assets outside it within the near
  distance of its boundary (an asset near two districts is a near miss of both);
* **catchment share**: share of the district's area within the catchment distance of an asset inside it — exactly
  (the union of the buffers, per district) or on a grid of cells whose centres are tested (faster, approximate);
* **residents** of the district by areal weighting of population units (a unit's residents spread evenly over
  its area); **residents within** the catchment distance of an asset inside the district, likewise;
* **distance from residents to their nearest asset** (any asset of the inventory): residents placed at the
  representative point of each population unit's part inside the district, weighted by its residents; mean,
  median and 90th percentile (weighted, the smallest distance reaching the share);
* **hubs**: assets inside the district within the hub distance of a hub (stations, ports, visitor centres);
* **protected areas**: share of the district's area inside them, assets inside them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from .asset_location import points_in_areas
from .district_geometry import repaired

BUFFER_SEGMENTS = 16  # quadrant segments of the catchment buffers (area error below 0.1 %)


@dataclass(frozen=True)
class CoverageSettings:
    near_distance: float = 2000.0
    catchment_distance: float = 1000.0
    hub_distance: float = 2000.0
    grid_cell: float | None = None  # metres: estimate the catchment on a grid instead of exactly


def inside_and_near(points: np.ndarray, districts: np.ndarray, near: float) -> tuple[np.ndarray, pd.DataFrame]:
    """``(inside pairs (point, district), near misses DataFrame point/district/distance_m)``."""
    inside_p, inside_d = points_in_areas(points, districts)
    inside = np.column_stack([inside_p, inside_d]) if len(inside_p) else np.empty((0, 2), dtype=np.int64)
    tree = shapely.STRtree(np.asarray(districts, dtype=object))
    near_p, near_d = tree.query(np.asarray(points, dtype=object), predicate="dwithin", distance=near)
    if len(near_p):
        width = np.int64(len(districts))
        outside = ~np.isin(near_p * width + near_d, inside_p.astype(np.int64) * width + inside_d)
        near_p, near_d = near_p[outside], near_d[outside]
    distances = (
        shapely.distance(np.asarray(points, dtype=object)[near_p], np.asarray(districts, dtype=object)[near_d])
        if len(near_p)
        else np.empty(0)
    )
    return inside, pd.DataFrame(
        {"point": near_p.astype(np.int64), "district": near_d.astype(np.int64), "distance_m": distances}
    )


def catchment(district: shapely.Geometry, points: np.ndarray, distance: float) -> shapely.Geometry:
    """The part of ``district`` within ``distance`` of ``points`` (exact: union of buffers)."""
    if len(points) == 0:
        return shapely.Polygon()
    buffers = shapely.buffer(np.asarray(points, dtype=object), distance, quad_segs=BUFFER_SEGMENTS)
    return shapely.intersection(district, shapely.union_all(buffers))


def catchment_share_on_grid(district: shapely.Geometry, coordinates: np.ndarray, distance: float, cell: float) -> float:
    """Share of the district's grid cells (centres inside it) whose centre lies within ``distance`` of a point."""
    minx, miny, maxx, maxy = district.bounds
    xs = np.arange(minx + cell / 2, maxx, cell)
    ys = np.arange(miny + cell / 2, maxy, cell)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    shapely.prepare(district)
    inside = shapely.intersects_xy(district, gx, gy)
    if not inside.any():
        return float("nan")
    if len(coordinates) == 0:
        return 0.0
    nearest, _ = cKDTree(coordinates).query(np.column_stack([gx[inside], gy[inside]]), distance_upper_bound=distance)
    return float((nearest <= distance).mean())


def weighted_quantiles(values: np.ndarray, weights: np.ndarray, shares=(0.5, 0.9)) -> list[float]:
    """The smallest value whose cumulative weight reaches each share (inclusive)."""
    keep = weights > 0
    values, weights = values[keep], weights[keep]
    if len(values) == 0:
        return [float("nan")] * len(shares)
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order]) / weights.sum()
    return [float(values[order][np.searchsorted(cumulative, share - 1e-12)]) for share in shares]


def unit_parts(district: shapely.Geometry, units: np.ndarray, tree: shapely.STRtree) -> tuple[np.ndarray, np.ndarray]:
    """``(indexes of the units the district overlaps, their parts inside it)``."""
    candidates = tree.query(district, predicate="intersects")
    return candidates, _clipped(units[candidates], district)


def areal_residents(
    district: shapely.Geometry,
    units: np.ndarray,
    population: np.ndarray,
    tree: shapely.STRtree,
    within: shapely.Geometry | None = None,
    parts: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[float, np.ndarray, np.ndarray]:
    """Residents of the district by areal weighting: ``(residents, representative points of the units' parts in
    the district, their residents)``. ``parts`` (from :func:`unit_parts`) saves clipping the units again for the
    same district. With ``within`` (an area inside the district, e.g. its catchment), only the residents inside it,
    measured from the pieces of ``within`` over each unit (``within`` is small: the work is too); the points are
    then not returned (empty arrays)."""
    if within is not None:
        return _residents_within(units, population, tree, within), np.empty(0, dtype=object), np.empty(0)
    candidates, pieces = parts if parts is not None else unit_parts(district, units, tree)
    if len(candidates) == 0:
        return 0.0, np.empty(0, dtype=object), np.empty(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        whole = shapely.area(units[candidates])
        shares = np.where(whole > 0, shapely.area(pieces) / whole, 0.0)
    residents = np.nan_to_num(population[candidates]) * shares
    keep = residents > 0
    return float(residents.sum()), shapely.point_on_surface(pieces[keep]), residents[keep]


def _residents_within(units: np.ndarray, population: np.ndarray, tree: shapely.STRtree, within) -> float:
    blobs = shapely.get_parts(within)
    blobs = blobs[~shapely.is_empty(blobs)]
    if not len(blobs):
        return 0.0
    blob, unit = tree.query(blobs, predicate="intersects")
    with np.errstate(invalid="ignore"):
        overlap = shapely.area(shapely.intersection(blobs[blob], units[unit]))
    touched = np.unique(unit)
    per_unit = np.bincount(unit, weights=overlap, minlength=len(units))[touched]
    whole = shapely.area(units[touched])
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(whole > 0, per_unit / whole, 0.0)
    return float((np.nan_to_num(population[touched]) * shares).sum())


def _clipped(pieces: np.ndarray, area: shapely.Geometry) -> np.ndarray:
    """``pieces`` ∩ ``area``, intersecting only what must be: pieces the area covers stay whole, pieces that only
    touch it (no shared interior) become empty, the others — the few its boundary cuts — are intersected."""
    shapely.prepare(area)
    result = np.array(pieces, dtype=object)
    if not len(result):
        return result
    covered = shapely.covers(area, pieces)
    rest = np.flatnonzero(~covered)
    if len(rest):
        overlapping = shapely.relate_pattern(area, pieces[rest], "T********")  # interiors meet
        result[rest[~overlapping]] = shapely.Polygon()
        cut = rest[overlapping]
        if len(cut):
            with np.errstate(invalid="ignore"):  # GEOS reports empty intersections as NaN coordinates
                result[cut] = shapely.intersection(pieces[cut], area)
    return result


def district_coverage(
    districts: np.ndarray,
    names: list[str],
    points: np.ndarray,
    settings: CoverageSettings,
    population_units: np.ndarray | None = None,
    population: np.ndarray | None = None,
    hubs: np.ndarray | None = None,
    protected: shapely.Geometry | None = None,
) -> dict:
    """The coverage table (one row per district) and the layers behind it.

    Returns ``{"table": DataFrame, "near_misses": DataFrame, "uncovered": [geometry per district],
    "hub_distances": array per point (NaN without hubs)}``.
    """
    districts = repaired(districts)
    points = np.asarray(points, dtype=object)
    coordinates = shapely.get_coordinates(points) if len(points) else np.empty((0, 2))
    inside, near = inside_and_near(points, districts, settings.near_distance)
    inside_by_district = pd.Series(inside[:, 0]).groupby(inside[:, 1]).agg(list).to_dict() if len(inside) else {}
    hub_distance = np.full(len(points), np.nan)
    if hubs is not None and len(hubs) and len(points):
        hub_distance, _ = cKDTree(shapely.get_coordinates(np.asarray(hubs, dtype=object))).query(coordinates)
    all_tree = cKDTree(coordinates) if len(coordinates) else None
    units = np.asarray(repaired(population_units), dtype=object) if population_units is not None else None
    unit_tree = shapely.STRtree(units) if units is not None else None
    if protected is not None:
        shapely.prepare(protected)
    rows, uncovered = [], []
    for i, (district, name) in enumerate(zip(districts, names)):
        members = np.asarray(inside_by_district.get(i, []), dtype=np.int64)
        area = district.area
        if settings.grid_cell:
            share = catchment_share_on_grid(
                district, coordinates[members], settings.catchment_distance, settings.grid_cell
            )
            covered = None
        else:
            covered = catchment(district, points[members], settings.catchment_distance)
            share = covered.area / area if area else float("nan")
        uncovered.append(shapely.difference(district, covered) if covered is not None else None)
        row = {
            "district": name,
            "assets_inside": int(len(members)),
            "assets_total": int(len(points)),
            "inside_share": len(members) / len(points) if len(points) else float("nan"),
            "assets_near": int((near["district"] == i).sum()),
            "catchment_share": share,
        }
        if units is not None:
            parts = unit_parts(district, units, unit_tree)
            residents, locations, weights = areal_residents(district, units, population, unit_tree, parts=parts)
            if covered is None:
                covered = catchment(district, points[members], settings.catchment_distance)
            within, _, _ = areal_residents(district, units, population, unit_tree, covered, parts=parts)
            row.update(
                {
                    "residents": residents,
                    "residents_within": within,
                    "residents_share": within / residents if residents else float("nan"),
                }
            )
            if len(locations) and all_tree is not None:
                distances, _ = all_tree.query(shapely.get_coordinates(locations))
                median, p90 = weighted_quantiles(distances, weights)
                row.update(
                    {
                        "nearest_asset_mean_m": float(np.average(distances, weights=weights)),
                        "nearest_asset_median_m": median,
                        "nearest_asset_p90_m": p90,
                    }
                )
            else:
                row.update(
                    {
                        "nearest_asset_mean_m": float("nan"),
                        "nearest_asset_median_m": float("nan"),
                        "nearest_asset_p90_m": float("nan"),
                    }
                )
        if hubs is not None:
            near_hub = int((hub_distance[members] <= settings.hub_distance).sum()) if len(members) else 0
            row.update(
                {"assets_near_hub": near_hub, "hub_share": near_hub / len(members) if len(members) else float("nan")}
            )
        if protected is not None:
            row.update(
                {
                    "protected_area_share": shapely.intersection(district, protected).area / area
                    if area
                    else float("nan"),
                    "assets_in_protected": int(shapely.covers(protected, points[members]).sum()) if len(members) else 0,
                }
            )
        rows.append(row)
    return {"table": pd.DataFrame(rows), "near_misses": near, "uncovered": uncovered, "hub_distances": hub_distance}


def art142_bands(coast=None, lakes=None, rivers=None) -> shapely.Geometry:
    """The D.Lgs. 42/2004 art. 142 bands protected by law: 300 m from the coastline (a), 300 m from lake shores
    (b), 150 m from each bank of listed rivers and streams (c). Lines (or polygons' boundaries) in metres."""
    bands = []
    for lines, width in ((coast, 300.0), (lakes, 300.0), (rivers, 150.0)):
        if lines is not None and len(lines):
            geometries = np.asarray(lines, dtype=object)
            outlines = np.where(shapely.get_dimensions(geometries) == 2, shapely.boundary(geometries), geometries)
            bands.append(shapely.union_all(shapely.buffer(outlines, width, quad_segs=BUFFER_SEGMENTS)))
    return shapely.union_all(bands) if bands else shapely.Polygon()

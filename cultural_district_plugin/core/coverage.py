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

from .asset_location import PARALLEL_FROM, unit_of_points
from .boundary_distance import boundary_samples, distances_within
from .district_cells import covered_points, district_sides, within_reach
from .district_geometry import repaired
from .geometry_batches import in_batches
from .grid_distance import within_distance
from .label_order import label_ranges
from .worker_threads import map_in_threads, thread_count

BUFFER_SEGMENTS = 16  # quadrant segments of the catchment buffers (area error below 0.1 %)


@dataclass(frozen=True)
class CoverageSettings:
    near_distance: float = 2000.0
    catchment_distance: float = 1000.0
    hub_distance: float = 2000.0
    grid_cell: float | None = None  # metres: estimate the catchment on a grid instead of exactly


def inside_and_near(
    points: np.ndarray, districts: np.ndarray, near: float, inside: np.ndarray | None = None
) -> tuple[np.ndarray, pd.DataFrame]:
    """``(inside pairs (point, district) by district then point, near misses DataFrame point/district/distance_m
    by point then district)``; ``inside``: those pairs (any order) when the caller has found them already.

    District by district (each in a worker thread): the points in its bounding box grown by ``near``; which of them
    it covers (border included) by a grid of cells over it, testing only the points near its boundary
    (:mod:`.district_cells`); of the others, those that may be within ``near`` of it (a coarse grid) are measured:
    exactly the distance to the polygon for a point outside it (:func:`.boundary_distance.distances_within`,
    through a KD-tree of points along the boundary, where GEOS's distance to a large polygon visits every vertex).
    """
    points = np.asarray(points, dtype=object)
    districts = np.asarray(districts, dtype=object)
    found = []
    if len(points) and len(districts):
        # the points in a box: a range of the points sorted by x, then their y (short numpy steps, where a tree of
        # a million points is one long call that holds Python's lock)
        xy = np.column_stack([shapely.get_x(points), shapely.get_y(points)])  # NaN for a missing point
        by_x = np.argsort(xy[:, 0])
        sorted_xy = xy[by_x]
        given = label_ranges(inside[:, 1], len(districts)) if inside is not None else None

        def covered_of(k, district, candidates, coordinates, samples):
            if given is None:
                return covered_points(district, coordinates, district_sides(district, samples.points, samples.spacing))
            by_district, bounds = given
            return np.isin(candidates, inside[by_district[bounds[k] : bounds[k + 1]], 0])

        def sides(k):
            """``(points inside, points near, their distance)`` of district ``k`` (in a worker thread: the
            district's grid, samples and tree are its own, the points only read)."""
            district = districts[k]
            if district is None or district.is_empty:
                return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
            minx, miny, maxx, maxy = district.bounds
            first = np.searchsorted(sorted_xy[:, 0], minx - near, side="left")
            last = np.searchsorted(sorted_xy[:, 0], maxx + near, side="right")
            y = sorted_xy[first:last, 1]
            in_box = np.flatnonzero((y >= miny - near) & (y <= maxy + near))
            candidates, coordinates = by_x[first + in_box], sorted_xy[first + in_box]
            samples = boundary_samples(district, near)
            covered = covered_of(k, district, candidates, coordinates, samples)
            outside = np.flatnonzero(~covered)
            outside = outside[
                within_reach(samples.points, coordinates[outside], near + samples.spacing, district.bounds)
            ]
            hit, distance = distances_within(district, coordinates[outside], near, samples)
            mine = np.sort(candidates[covered]) if given is None else candidates[:0]  # the caller's pairs kept
            return mine, candidates[outside[hit]], distance

        found = map_in_threads(sides, range(len(districts)))
    if inside is None:  # the pairs found here, district by district
        parts = [part[0] for part in found]
        districts_of = np.repeat(np.arange(len(parts)), [len(p) for p in parts])
        inside_p = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
        inside = np.column_stack([inside_p, districts_of]).astype(np.int64)
    if found:
        near_p, distances = (np.concatenate([part[i] for part in found]) for i in (1, 2))
        near_d = np.repeat(np.arange(len(found)), [len(part[1]) for part in found])
        order = np.argsort(near_p, kind="stable")  # by point, then district
        near_p, near_d, distances = near_p[order], near_d[order], distances[order]
    else:
        near_p, near_d, distances = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    return inside, pd.DataFrame(
        {"point": near_p.astype(np.int64), "district": near_d.astype(np.int64), "distance_m": distances}
    )


def catchment(district: shapely.Geometry, points: np.ndarray, distance: float) -> shapely.Geometry:
    """The part of ``district`` within ``distance`` of ``points``: exactly the union of their buffers.

    Dense inventories put most buffers inside other buffers, and GEOS's union spends its time on them: a grid
    (:func:`_absorbed_by_cells`) finds the cells certainly covered and the buffers lying wholly inside those cells;
    the union is then taken of the remaining buffers and of the covered cells standing in for the absorbed ones
    (as runs of cells): the same set, with far fewer edges to node. A distance of 0 (no catchment asked) gives
    an empty catchment without buffering anything.
    """
    points = np.asarray(points, dtype=object)
    if len(points) == 0 or distance <= 0:
        return shapely.Polygon()
    coordinates = shapely.get_coordinates(points)
    needed, cells = _absorbed_by_cells(coordinates, distance, district)
    buffers = in_batches(shapely.buffer, points[needed], distance, quad_segs=BUFFER_SEGMENTS)
    return shapely.intersection(district, shapely.union_all(np.concatenate([buffers, cells])))


PRUNING_CELLS_PER_DISTANCE = 6  # grid cells per catchment distance when pruning buffers
PRUNING_MAX_CELLS = 16_000_000  # a larger extent gets coarser cells (fewer buffers pruned, same result)
PRUNING_MIN_POINTS = 200  # below this the union is quick anyway
PRUNING_MIN_SHARE = 0.4  # prune only when at least this share of the buffers is absorbed
PRUNING_HOPELESS_SHARE = 0.1  # below this share absorbed inside the points' cover, the area's outside is not tried


def _absorbed_by_cells(
    coordinates: np.ndarray, distance: float, area: shapely.Geometry | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``(mask of the points whose buffer must enter the union, rectangles of cells surely covered)``.

    On a grid of cells (:data:`PRUNING_CELLS_PER_DISTANCE` per catchment distance), by Euclidean distances
    between cell centres (:func:`.grid_distance.within_distance`; two points of cells whose centres are *c*
    apart are at most *c* + one diagonal apart, and at least *c* − one diagonal):

    * a cell is **surely covered** when an occupied cell's centre is within ``inradius − diagonal`` of its centre:
      then every point of it lies inside that point's buffer polygon (``inradius`` = ``distance·cos(π / 4q)``, the
      polygon's inner radius, less a metre);
    * a point's buffer is **absorbed** when every cell whose centre lies within ``distance + diagonal`` of its
      cell's centre is surely covered — or, given the ``area`` the union will be cut to, lies wholly outside it:
      those cells contain its buffer's part in the area.
    """
    count = len(coordinates)
    everything = np.ones(count, dtype=bool)
    if count < PRUNING_MIN_POINTS or distance <= 0:
        return everything, np.empty(0, dtype=object)
    low = coordinates.min(axis=0)
    extent = coordinates.max(axis=0) - low
    cell = distance / PRUNING_CELLS_PER_DISTANCE
    if np.prod(extent / cell + 2 * PRUNING_CELLS_PER_DISTANCE + 6) > PRUNING_MAX_CELLS:
        cell = float(np.sqrt(np.prod(extent + 2 * distance + 6 * cell) / PRUNING_MAX_CELLS))
    diagonal = np.sqrt(2.0)  # in cells
    inradius = (distance * np.cos(np.pi / (4 * BUFFER_SEGMENTS)) - min(1.0, distance / 1000)) / cell
    reach = distance / cell + diagonal
    if inradius - diagonal < 0:  # cells too coarse to sit inside one buffer: nothing to prune
        return everything, np.empty(0, dtype=object)
    pad = int(np.ceil(reach)) + 2  # cells beyond the points on every side, so no reach leaves the grid
    origin = low - pad * cell
    index = np.floor((coordinates - origin) / cell).astype(np.int64)
    shape = tuple(index.max(axis=0) + pad + 1)
    empty = np.ones(shape, dtype=bool)
    empty[index[:, 0], index[:, 1]] = False
    covered = within_distance(empty, inradius - diagonal)
    absorbed = ~within_distance(covered, reach)[index[:, 0], index[:, 1]]
    if area is not None and absorbed.sum() >= count * PRUNING_HOPELESS_SHARE:
        # the area's outside settles the buffers along its border too (not worth testing for sparse points)
        settled = covered | _cells_outside(area, origin, cell, shape)
        absorbed = ~within_distance(settled, reach)[index[:, 0], index[:, 1]]
    if absorbed.sum() < count * PRUNING_MIN_SHARE:  # sparse points: the cells would cost more than they save
        return everything, np.empty(0, dtype=object)
    # the cells the absorbed buffers can reach (all surely covered) stand in for those buffers
    outside_reach = np.ones(shape, dtype=bool)
    outside_reach[index[absorbed, 0], index[absorbed, 1]] = False
    within_reach = within_distance(outside_reach, reach)
    return ~absorbed, _row_runs(within_reach & covered, origin, cell)


def _cells_outside(area: shapely.Geometry, origin: np.ndarray, cell: float, shape: tuple) -> np.ndarray:
    """Cells of the grid that surely do not meet ``area``: neither their centre inside it nor, within one cell,
    a vertex of its boundary densified to half a cell (a boundary crossing a cell has such a vertex in it or in a
    neighbouring cell)."""
    centres_x = origin[0] + (np.arange(shape[0]) + 0.5) * cell
    centres_y = origin[1] + (np.arange(shape[1]) + 0.5) * cell
    gx, gy = np.meshgrid(centres_x, centres_y, indexing="ij")
    shapely.prepare(area)
    meets = shapely.intersects_xy(area, gx.ravel(), gy.ravel()).reshape(shape)
    vertices = shapely.get_coordinates(shapely.segmentize(shapely.boundary(area), cell / 2))
    index = np.floor((vertices - origin) / cell).astype(np.int64)
    keep = (index >= 0).all(axis=1) & (index < np.asarray(shape)).all(axis=1)
    meets[index[keep, 0], index[keep, 1]] = True
    return ~within_distance(~meets, 1.5)  # nor a neighbour of such a cell (its 8 neighbours lie within 1.5)


def _row_runs(mask: np.ndarray, origin: np.ndarray, cell: float) -> np.ndarray:
    """The true cells of ``mask`` (axis 0 along x, axis 1 along y) as rectangles, one per run along y."""
    padded = np.pad(mask, ((0, 0), (1, 1))).astype(np.int8)
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)  # same row order: np.nonzero scans row by row
    # every edge from the same origin + k·cell, so neighbouring rectangles share their edges bit for bit
    return in_batches(
        shapely.box,
        origin[0] + rows * cell,
        origin[1] + starts * cell,
        origin[0] + (rows + 1) * cell,
        origin[1] + ends * cell,
    )


@dataclass
class GridCatchment:
    """The catchment measured on a grid of square cells over a district."""

    centres: np.ndarray  # (n, 2): the centres of the cells whose centre lies inside the district
    covered: np.ndarray  # per cell: its centre within the catchment distance of an asset
    cell: float  # side of a cell (m)

    @property
    def share(self) -> float:
        """Share of the district's cells in the catchment (NaN when no cell centre lies inside the district)."""
        return float(self.covered.mean()) if len(self.covered) else float("nan")


def grid_catchment(district: shapely.Geometry, coordinates: np.ndarray, distance: float, cell: float) -> GridCatchment:
    """The district's cells (centres inside it) and which of them have an asset within ``distance`` of their centre
    (KD-tree of the assets)."""
    minx, miny, maxx, maxy = district.bounds
    gx, gy = np.meshgrid(np.arange(minx + cell / 2, maxx, cell), np.arange(miny + cell / 2, maxy, cell))
    gx, gy = gx.ravel(), gy.ravel()
    shapely.prepare(district)
    inside = shapely.intersects_xy(district, gx, gy)
    centres = np.column_stack([gx[inside], gy[inside]])
    if len(coordinates) == 0 or len(centres) == 0:
        return GridCatchment(centres, np.zeros(len(centres), dtype=bool), cell)
    nearest, _ = cKDTree(coordinates).query(centres, distance_upper_bound=distance)
    return GridCatchment(centres, nearest <= distance, cell)


def catchment_share_on_grid(district: shapely.Geometry, coordinates: np.ndarray, distance: float, cell: float) -> float:
    """Share of the district's grid cells (centres inside it) whose centre lies within ``distance`` of a point."""
    return grid_catchment(district, coordinates, distance, cell).share


def residents_within_on_grid(
    grid: GridCatchment, units: np.ndarray, population: np.ndarray, parts: tuple[np.ndarray, np.ndarray]
) -> float:
    """Residents in the catchment by areal weighting on the grid: ``Σ_u pop_u · (covered cells of u ∩ D) · cell² /
    area(u)`` — each covered cell counted in the unit part (``parts``, from :func:`unit_parts`) holding its centre,
    a unit's share capped at 1."""
    candidates, pieces = parts
    if not grid.covered.any() or not len(candidates):
        return 0.0
    covered = grid.centres[grid.covered]
    own = shapely.from_wkb(shapely.to_wkb(pieces))  # prepared below: copies (whole units are shared by threads)
    holder = unit_of_points(in_batches(shapely.points, covered), own, candidates)
    cells = np.bincount(holder[holder >= 0], minlength=len(candidates))
    whole = shapely.area(units[candidates])
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(whole > 0, np.minimum(cells * grid.cell**2 / whole, 1.0), 0.0)
    return float((np.nan_to_num(population[candidates]) * shares).sum())


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


def _residents_row(district, members, covered, units, population, unit_tree, all_tree, points, settings, grid) -> dict:
    """The residents of a district, those within the catchment (``covered``; on the grid when ``grid`` is given)
    and their distance to the nearest asset (weighted mean, median, 90th percentile)."""
    parts = unit_parts(district, units, unit_tree)
    residents, locations, weights = areal_residents(district, units, population, unit_tree, parts=parts)
    if grid is not None:
        within = residents_within_on_grid(grid, units, population, parts)
    else:
        within, _, _ = areal_residents(district, units, population, unit_tree, covered, parts=parts)
    row = {
        "residents": residents,
        "residents_within": within,
        "residents_share": within / residents if residents else float("nan"),
        "nearest_asset_mean_m": float("nan"),
        "nearest_asset_median_m": float("nan"),
        "nearest_asset_p90_m": float("nan"),
    }
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
    return row


def district_coverage(
    districts: np.ndarray,
    names: list[str],
    points: np.ndarray,
    settings: CoverageSettings,
    population_units: np.ndarray | None = None,
    population: np.ndarray | None = None,
    hubs: np.ndarray | None = None,
    protected: shapely.Geometry | None = None,
    all_hub_distances: bool = True,
) -> dict:
    """The coverage table (one row per district) and the layers behind it.

    Returns ``{"table": DataFrame, "near_misses": DataFrame, "uncovered": [geometry per district],
    "hub_distances": array per point (NaN without hubs)}``; with ``all_hub_distances=False`` only the distances up
    to the hub distance are measured (infinite beyond: the tree stops looking there), enough for the table.
    """
    districts = repaired(districts)
    points = np.asarray(points, dtype=object)
    coordinates = shapely.get_coordinates(points) if len(points) else np.empty((0, 2))
    inside, near = inside_and_near(points, districts, settings.near_distance)
    by_district, inside_bounds = label_ranges(inside[:, 1], len(districts))  # each district's points: a range

    def members_of(i):
        return inside[by_district[inside_bounds[i] : inside_bounds[i + 1]], 0].astype(np.int64)

    near_counts = np.bincount(near["district"].to_numpy(dtype=np.int64), minlength=len(districts))
    hub_distance = np.full(len(points), np.nan)
    if hubs is not None and len(hubs) and len(points):
        hub_tree = cKDTree(shapely.get_coordinates(np.asarray(hubs, dtype=object)))
        bound = np.inf if all_hub_distances else np.nextafter(settings.hub_distance, np.inf)  # the bound is strict
        hub_distance, _ = hub_tree.query(
            coordinates, workers=thread_count(len(coordinates) // PARALLEL_FROM), distance_upper_bound=bound
        )
    units = np.asarray(repaired(population_units), dtype=object) if population_units is not None else None
    # the residents' distances to their nearest asset (only distances are asked of it: an unbalanced tree of plain
    # nodes builds in half the time, same distances)
    all_tree = (
        cKDTree(coordinates, balanced_tree=False, compact_nodes=False)
        if len(coordinates) and units is not None
        else None
    )
    unit_tree = shapely.STRtree(units) if units is not None else None
    if protected is not None:
        shapely.prepare(protected)

    def measure(i):
        """The catchment, residents and distances of district ``i`` (GEOS and scipy work: in a worker thread,
        nothing shared is prepared or changed)."""
        district, name = districts[i], names[i]
        members = members_of(i)
        area = district.area
        grid = covered = None
        if settings.grid_cell:
            grid = grid_catchment(district, coordinates[members], settings.catchment_distance, settings.grid_cell)
            share = grid.share
        else:
            covered = catchment(district, points[members], settings.catchment_distance)
            share = covered.area / area if area else float("nan")
        row = {
            "district": name,
            "assets_inside": int(len(members)),
            "assets_total": int(len(points)),
            "inside_share": len(members) / len(points) if len(points) else float("nan"),
            "assets_near": int(near_counts[i]),
            "catchment_share": share,
        }
        if units is not None:
            row.update(
                _residents_row(
                    district, members, covered, units, population, unit_tree, all_tree, points, settings, grid
                )
            )
        return row, shapely.difference(district, covered) if covered is not None else None

    measured = map_in_threads(measure, range(len(districts)))  # each core takes a district
    rows, uncovered = [row for row, _ in measured], [shape for _, shape in measured]
    for i, (district, row) in enumerate(zip(districts, rows)):  # what uses shared prepared geometries: one by one
        members = members_of(i)
        area = district.area
        if hubs is not None:
            near_hub = int((hub_distance[members] <= settings.hub_distance).sum()) if len(members) else 0
            row.update(
                {"assets_near_hub": near_hub, "hub_share": near_hub / len(members) if len(members) else float("nan")}
            )
        if protected is not None:
            with np.errstate(invalid="ignore"):  # GEOS reports an empty intersection as NaN coordinates
                in_protected = shapely.intersection(district, protected).area
            row.update(
                {
                    "protected_area_share": in_protected / area if area else float("nan"),
                    "assets_in_protected": int(shapely.covers(protected, points[members]).sum()) if len(members) else 0,
                }
            )
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

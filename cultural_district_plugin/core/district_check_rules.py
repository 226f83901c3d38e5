"""The rules behind the district checks of :mod:`district_checks` (shapely 2, vectorised where the
work is per pair or per unit). Each rule yields :class:`Finding` objects."""

import numpy as np
import shapely

from .asset_location import covered_mask, unit_of_points
from .autocorrelation import local_statistics
from .check_framework import Finding, Severity
from .check_run_cache import assets_inside, repaired_districts
from .coverage_check_rules import (  # noqa: F401  (rules are looked up by name in this module)
    check_catchment_coverage,
    check_completeness,
    check_members_boundary,
    check_near_misses,
    check_residents_coverage,
)
from .district_checks import CRS_GEOGRAPHIC, CRS_MISSING
from .district_finding import assets_ready as _assets_ready
from .district_finding import district_finding as _finding
from .district_finding import present_districts as _present
from .district_geometry import polygonal_part, repaired
from .funding_check_rules import (  # noqa: F401  (rules are looked up by name in this module)
    check_asset_without_keeper,
    check_declared_totals,
    check_district_without_promoter,
    check_member_without_stakeholder,
)
from .heritage_density import density_ratio, located_in_units, reference_density, territory_km2
from .input_error import InputError
from .point_pattern import clark_evans
from .spatial_weights import QUEEN, build_weights
from .translatable import translatable, translatable_n


def check_validity(data, parameters):
    for i in _present(data):
        geometry = data.geometries[i]
        if not geometry.is_valid:
            yield _finding(
                data,
                i,
                "geometry_validity",
                Severity.ERROR,
                translatable("District {name} has an invalid geometry: {reason}"),
                arguments={"reason": shapely.is_valid_reason(geometry)},
                geometry=geometry,
            )


def check_empty(data, parameters):
    minimum = parameters["min_area_m2"]
    present = set(_present(data))
    for i in range(len(data.geometries)):
        geometry = data.geometries[i]
        if i not in present:
            yield _finding(data, i, "empty_geometry", Severity.ERROR, translatable("District {name} has no geometry"))
        elif data.measurable:
            area = polygonal_part(geometry).area if geometry.is_valid else repaired([geometry])[0].area
            if area < minimum:
                yield _finding(
                    data,
                    i,
                    "empty_geometry",
                    Severity.ERROR,
                    translatable("District {name} is degenerate: its area is {area:.3f} m²"),
                    arguments={"area": area},
                    value=area,
                    threshold=minimum,
                    geometry=geometry,
                )


def check_parts(data, parameters):
    maximum = parameters["max_parts"]
    for i in _present(data):
        parts = int(shapely.get_num_geometries(data.geometries[i]))
        if parts > maximum:
            yield _finding(
                data,
                i,
                "parts",
                Severity.WARNING,
                translatable(
                    "District {name} is in {parts} parts; a serial district such as the Val di "
                    "Noto may be discontinuous, check that this is intended"
                ),
                arguments={"parts": parts},
                value=parts,
                threshold=maximum,
                geometry=data.geometries[i],
            )


def check_holes(data, parameters):
    maximum = parameters["max_holes"]
    for i in _present(data):
        polygons = shapely.get_parts(data.geometries[i])
        rings = [ring for polygon in polygons for ring in polygon.interiors]
        if len(rings) > maximum:
            holes = shapely.multipolygons([shapely.polygons(r) for r in rings])
            yield _finding(
                data,
                i,
                "holes",
                Severity.WARNING,
                translatable_n(
                    len(rings),
                    "District {name} has {holes} hole (an area inside it that it excludes)",
                    "District {name} has {holes} holes (areas inside it that it excludes)",
                ),
                arguments={"holes": len(rings)},
                value=len(rings),
                threshold=maximum,
                geometry=holes,
            )


def check_overlaps(data, parameters):
    if not data.measurable:
        return
    minimum = parameters["min_overlap_m2"]
    present = _present(data)
    if len(present) < 2:
        return
    geometries = repaired(data.geometries[present])
    left, right = shapely.STRtree(geometries).query(geometries, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    overlaps = shapely.intersection(geometries[left], geometries[right])
    areas = shapely.area(overlaps)
    smaller = np.minimum(shapely.area(geometries[left]), shapely.area(geometries[right]))
    for a, b, overlap, area, small in zip(left, right, overlaps, areas, smaller):
        if area >= minimum:
            i, j = present[a], present[b]
            share = area / small if small else 1.0
            yield _finding(
                data,
                i,
                "overlaps",
                Severity.WARNING,
                translatable(
                    "Districts {name} and {other} overlap by {area_km2:.3f} km² ({share:.1%} of the " "smaller one)"
                ),
                arguments={"other": data.names[j], "area_km2": area / 1e6, "share": share},
                value=area / 1e6,
                threshold=minimum / 1e6,
                geometry=polygonal_part(overlap),
                feature_ids=(int(data.district_ids[i]), int(data.district_ids[j])),
            )


def check_area_sanity(data, parameters):
    """A district cannot be larger than the region(s) its municipalities belong to."""
    if not data.measurable or data.unit_geometries is None or len(data.unit_geometries) == 0:
        return
    units = repaired(data.unit_geometries)
    unit_areas = shapely.area(units)
    regions = np.asarray(data.unit_regions)
    region_area = {r: unit_areas[regions == r].sum() for r in np.unique(regions)}
    tree = shapely.STRtree(units)
    tolerance = parameters["area_tolerance"]
    for i in _present(data):
        geometry = repaired_districts(data)[i]
        touched = np.unique(regions[tree.query(geometry, predicate="intersects")])
        if len(touched) == 0:
            continue
        reference = sum(region_area[r] for r in touched)
        area = geometry.area
        if area > reference * (1.0 + tolerance):
            yield _finding(
                data,
                i,
                "area_sanity",
                Severity.ERROR,
                translatable(
                    "District {name} covers {area_km2:,.1f} km², more than the region(s) it lies in "
                    "({reference_km2:,.1f} km²)"
                ),
                arguments={"area_km2": area / 1e6, "reference_km2": reference / 1e6},
                value=area / 1e6,
                threshold=reference / 1e6,
                geometry=data.geometries[i],
            )


def check_crs(data, parameters):
    if data.crs_status == CRS_MISSING:
        yield Finding(
            "crs",
            Severity.ERROR,
            translatable(
                "The districts have no coordinate reference system: areas and distances " "cannot be measured"
            ),
        )
    elif data.crs_status == CRS_GEOGRAPHIC:
        yield Finding(
            "crs",
            Severity.WARNING,
            translatable(
                "The districts are in a geographic CRS ({crs}); they were projected to " "{measure_crs} to be measured"
            ),
            {"crs": data.crs_name, "measure_crs": data.measure_crs_name},
        )


def check_heritage_density(data, parameters):
    """Assets per km² of the district over assets per km² of the store's territory (all its municipalities;
    ``core.heritage_density``, the summaries' definition)."""
    if not _assets_ready(data):
        return
    minimum = parameters["min_density_ratio"]
    points = np.asarray(data.asset_points, dtype=object)
    units = repaired(data.unit_geometries)  # once, for both the count and the area
    reference = reference_density(located_in_units(points, units), territory_km2(units))
    if not np.isfinite(reference):
        return
    districts, inside_of = repaired_districts(data), assets_inside(data)
    for i in _present(data):
        geometry = districts[i]
        inside = len(inside_of[i])
        ratio = density_ratio(inside, geometry.area, reference)
        if ratio < minimum:
            yield _finding(
                data,
                i,
                "heritage_density",
                Severity.WARNING,
                translatable(
                    "District {name} holds {density:.3g} heritage assets per km², {ratio:.2f} times the "
                    "density of the store's territory: it does not concentrate heritage"
                ),
                arguments={"density": inside / (geometry.area / 1e6), "ratio": ratio},
                value=ratio,
                threshold=minimum,
            )


def check_heritage_clustering(data, parameters):
    """Clark–Evans R of the assets inside each district."""
    if not _assets_ready(data):
        return
    maximum = parameters["max_clark_evans_r"]
    points = np.asarray(data.asset_points, dtype=object)
    districts, inside_of = repaired_districts(data), assets_inside(data)
    for i in _present(data):
        geometry = districts[i]
        try:
            result = clark_evans(geometry, shapely.get_coordinates(points[inside_of[i]]))
        except InputError:
            yield _finding(
                data,
                i,
                "heritage_clustering",
                Severity.INFO,
                translatable(
                    "District {name} has fewer than 2 heritage assets: their clustering cannot be " "measured"
                ),
            )
            continue
        if result.r >= maximum:
            yield _finding(
                data,
                i,
                "heritage_clustering",
                Severity.WARNING,
                translatable(
                    "The heritage assets of district {name} are not clustered: Clark–Evans R {r:.2f} (z "
                    "{z:.2f}, p {p:.2g}, {n} assets)"
                ),
                arguments={"r": result.r, "z": result.z, "p": result.p, "n": result.n},
                value=result.r,
                threshold=maximum,
            )


def check_hot_spot_share(data, parameters):
    """Share of the municipalities inside each district that are Gi* hot spots (95 %) of heritage assets."""
    if not _assets_ready(data) or len(data.unit_geometries) < 3:
        return
    minimum = parameters["min_hot_spot_share"]
    units = repaired(data.unit_geometries)
    keys = data.unit_keys if data.unit_keys is not None else np.arange(len(units)).astype(str)
    index = unit_of_points(np.asarray(data.asset_points, dtype=object), units, keys)
    counts = np.bincount(index[index >= 0], minlength=len(units)).astype(float)
    if np.ptp(counts) == 0:
        return
    hot = local_statistics(counts, build_weights(QUEEN, units)).hotspot >= 2
    surface = shapely.point_on_surface(units)
    for i in _present(data):
        geometry = repaired_districts(data)[i]
        members = covered_mask(geometry, surface)
        if not members.any():
            continue
        share = float(hot[members].mean())
        if share < minimum:
            yield _finding(
                data,
                i,
                "hot_spot_share",
                Severity.WARNING,
                translatable(
                    "Only {hot} of the {members} municipalities of district {name} are heritage hot spots "
                    "({share:.0%})"
                ),
                arguments={"hot": int(hot[members].sum()), "members": int(members.sum()), "share": share},
                value=share,
                threshold=minimum,
            )

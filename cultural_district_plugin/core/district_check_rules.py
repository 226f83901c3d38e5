"""The rules behind the district checks of :mod:`district_checks` (shapely 2, vectorised where the
work is per pair or per unit). Each rule yields :class:`Finding` objects."""

import numpy as np
import shapely

from .check_framework import Finding, Severity
from .district_checks import CRS_GEOGRAPHIC, CRS_MISSING
from .district_geometry import polygonal_part, repaired
from .translatable import translatable


def _finding(data, i, check_id, severity, template, **kw):
    arguments = dict(kw.pop("arguments", {}), name=data.names[i])
    for key in ("value", "threshold"):  # plain floats: numpy scalars do not cross into Qt
        if kw.get(key) is not None:
            kw[key] = float(kw[key])
    return Finding(check_id, severity, template, arguments, district_id=int(data.district_ids[i]), **kw)


def _present(data):
    """Indexes of districts with a non-empty geometry."""
    geometries = data.geometries
    return [i for i in range(len(geometries)) if geometries[i] is not None and not geometries[i].is_empty]


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
                translatable("District {name} has {holes} hole(s) (areas inside it that it excludes)"),
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
        geometry = repaired([data.geometries[i]])[0]
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

"""Is an imported district plausible for the store it goes into? Boundaries in the wrong place or the wrong
units are imported without complaint by GIS tools: a district around Paris in a Sicily store, or one drawn in
degrees and declared in metres (a few centimetres wide). These are warnings with the figures, not refusals: the
planner decides."""

from __future__ import annotations

import shapely

from .translatable import translatable

TINY_KM2 = 0.01  # 1 hectare: smaller than any municipality's share a district could mean
HUGE_FACTOR = 2.0  # more than twice the store's whole territory


def implausibility(district, territory_bounds, territory_km2: float):
    """``(translatable template, arguments)`` when ``district`` (projected, metres) is implausible for a store
    whose municipalities span ``territory_bounds`` (minx, miny, maxx, maxy) and ``territory_km2``; else None."""
    area_km2 = float(shapely.area(district)) / 1e6
    if area_km2 < TINY_KM2:
        return (
            translatable(
                "is only {area_m2:.0f} m²: were its coordinates in degrees declared as metres, or in another CRS?"
            ),
            {"area_m2": area_km2 * 1e6},
        )
    territory = shapely.box(*territory_bounds)
    if not shapely.intersects(district, territory):
        return (
            translatable("lies {distance_km:.0f} km outside the store's municipalities: check its CRS"),
            {"distance_km": float(shapely.distance(district, territory)) / 1000},
        )
    if territory_km2 and area_km2 > HUGE_FACTOR * territory_km2:
        return (
            translatable(
                "is {area_km2:.0f} km², more than twice the store's whole territory ({territory_km2:.0f} km²)"
            ),
            {"area_km2": area_km2, "territory_km2": territory_km2},
        )
    return None

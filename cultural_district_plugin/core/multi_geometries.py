"""Single parts promoted to the MULTI type a column declares (a polygon in a MULTIPOLYGON column becomes a
one-part multipolygon), as GeoPackage writers, PostGIS's typed columns and the store's copy checksums expect."""

from __future__ import annotations

import numpy as np
import shapely

# a MULTI column's single-part GEOS type id and the constructor that wraps such parts one by one
PROMOTIONS = {
    "MULTIPOINT": (0, shapely.multipoints),
    "MULTILINESTRING": (1, shapely.multilinestrings),
    "MULTIPOLYGON": (3, shapely.multipolygons),
}


def promoted(shapes: np.ndarray, geometry_type: str | None) -> np.ndarray:
    """``shapes`` (no missing ones) with each single part wrapped in its own MULTI geometry when ``geometry_type``
    is a MULTI type; the array itself when nothing changes."""
    promotion = PROMOTIONS.get(str(geometry_type).upper())
    if promotion is None:
        return shapes
    single, wrap = promotion
    promote = np.flatnonzero(shapely.get_type_id(shapes) == single)
    if not len(promote):
        return shapes
    shapes = shapes.copy()
    shapes[promote] = wrap(shapes[promote], indices=np.arange(len(promote)))  # each part its own MULTI
    return shapes

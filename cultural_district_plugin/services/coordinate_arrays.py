"""Transform coordinate arrays between CRSs with QGIS (NaN stays NaN)."""

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext, QgsPointXY

WGS84 = "EPSG:4326"


def transformer(source, target):
    """A function ``(xs, ys) -> (xs, ys)`` from CRS ``source`` to ``target`` (CRS objects or auth ids)."""
    source = source if isinstance(source, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(source)
    target = target if isinstance(target, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(target)
    transform = QgsCoordinateTransform(source, target, QgsCoordinateTransformContext())

    def apply(xs, ys):
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        out_x, out_y = np.full(len(xs), np.nan), np.full(len(ys), np.nan)
        for i in np.flatnonzero(~(np.isnan(xs) | np.isnan(ys))):
            try:
                point = transform.transform(QgsPointXY(xs[i], ys[i]))
            except Exception:  # QgsCsException: outside the CRS's domain; stays NaN
                continue
            out_x[i], out_y[i] = point.x(), point.y()
        return out_x, out_y
    return apply

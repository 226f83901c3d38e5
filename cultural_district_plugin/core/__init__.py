"""Analysis core: pure Python on shapely >= 2, numpy and pandas. Never imports qgis.

Geometry arrives as shapely arrays in a projected, metric CRS; results leave as dataclasses or DataFrames.
"""

"""QGIS services: everything that touches PyQGIS (or GDAL) but no widgets."""

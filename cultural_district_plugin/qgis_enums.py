"""QGIS enums and APIs that moved between 3.22 and 3.40/4.x, looked up where the running QGIS has them: the
one place that knows QGIS versions (no version checks elsewhere)."""

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsSnappingConfig, QgsTolerance


def layer_filter(name):
    """``"PolygonLayer"`` → the layer-filter flag (Qgis.LayerFilter from 3.34, QgsMapLayerProxyModel before)."""
    enum = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter
    return getattr(enum, name)


def snapping_advanced_mode():
    enum = getattr(Qgis, "SnappingMode", None) or QgsSnappingConfig.SnappingMode
    return enum.AdvancedConfiguration


def snapping_vertex_and_segment():
    if hasattr(Qgis, "SnappingType"):
        return Qgis.SnappingTypes(Qgis.SnappingType.Vertex | Qgis.SnappingType.Segment)
    return QgsSnappingConfig.SnappingTypeFlag(
        QgsSnappingConfig.SnappingTypes.VertexFlag | QgsSnappingConfig.SnappingTypes.SegmentFlag
    )


def pixels_unit():
    enum = getattr(Qgis, "MapToolUnit", None) or QgsTolerance.UnitType
    return enum.Pixels


# Field types: QMetaType from QGIS 3.38 (QVariant types are deprecated there), QVariant before.
_FIELD_TYPE_NAMES = {
    "string": ("QString", "String"),
    "int": ("Int", "Int"),
    "int64": ("LongLong", "LongLong"),
    "double": ("Double", "Double"),
    "bool": ("Bool", "Bool"),
}


def field_type(kind):
    """The type to give ``QgsField`` for ``kind`` (string, int, int64, double, bool) on the running QGIS."""
    meta_name, variant_name = _FIELD_TYPE_NAMES[kind]
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, meta_name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, variant_name)


def new_field(name, kind):
    """A ``QgsField`` of ``kind`` (see :func:`field_type`)."""
    from qgis.core import QgsField

    return QgsField(name, field_type(kind))


def python_field_kind(python_type):
    """The field kind for a Python type (int, float, str)."""
    return {int: "int", float: "double", str: "string", bool: "int"}[python_type]


def always_text():
    """Text in PDFs as text (searchable, extractable): Qgis.TextRenderFormat, there from QGIS 3.22 on."""
    return Qgis.TextRenderFormat.AlwaysText


def crs_wkt_for_gdal():
    """WKT flavour GDAL reads best: Qgis.CrsWktVariant from 3.36, QgsCoordinateReferenceSystem.WktVariant before."""
    enum = getattr(Qgis, "CrsWktVariant", None)
    if enum is not None:
        return enum.PreferredGdal
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL


def set_label_font(label, font):
    """A layout label's font: as a QgsTextFormat from QGIS 3.24 (QgsLayoutItemLabel.setFont is deprecated
    there), with setFont before."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)


def save_style_to_database(layer, name: str, description: str) -> str:
    """Save ``layer``'s style as the default one in its database (GeoPackage ``layer_styles``); the error text,
    empty when saved. saveStyleToDatabaseV2 where QGIS has it (3.44; the first form is deprecated there)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _results, error = layer.saveStyleToDatabaseV2(name, description, True, "")
        return error
    return layer.saveStyleToDatabase(name, description, True, "")


def geometry_type(name: str):
    """``"Point"``, ``"Line"``, ``"Polygon"`` → a layer's geometry type: Qgis.GeometryType from 3.30,
    QgsWkbTypes.GeometryType (``PointGeometry``, …) before."""
    enum = getattr(Qgis, "GeometryType", None)
    if enum is not None:
        return getattr(enum, name)
    from qgis.core import QgsWkbTypes

    return getattr(QgsWkbTypes.GeometryType, f"{name}Geometry")

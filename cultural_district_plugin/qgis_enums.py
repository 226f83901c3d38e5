"""QGIS enums that moved between 3.22 and 3.40/4.x, looked up where the running QGIS has them."""

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
    return QgsSnappingConfig.SnappingTypeFlag(QgsSnappingConfig.SnappingTypes.VertexFlag |
                                              QgsSnappingConfig.SnappingTypes.SegmentFlag)


def pixels_unit():
    enum = getattr(Qgis, "MapToolUnit", None) or QgsTolerance.UnitType
    return enum.Pixels

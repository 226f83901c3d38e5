"""Cultural District Planner — QGIS plugin for designing and assessing Italian cultural districts."""


def classFactory(iface):
    """QGIS entry point: imports only what loads without the analysis dependencies."""
    from .plugin import CulturalDistrictPlugin

    return CulturalDistrictPlugin(iface)

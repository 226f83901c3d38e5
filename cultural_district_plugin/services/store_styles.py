"""Default symbology of the store's layers (district outlines over municipalities and asset points)."""

from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer

_SYMBOLS = {
    "districts": lambda: QgsFillSymbol.createSimple({
        "color": "200,60,40,70", "outline_color": "140,30,20,255", "outline_width": "0.8"}),
    "municipalities": lambda: QgsFillSymbol.createSimple({
        "color": "245,240,225,255", "outline_color": "150,150,150,255", "outline_width": "0.15"}),
    "heritage_assets": lambda: QgsMarkerSymbol.createSimple({
        "name": "circle", "color": "120,40,140,255", "outline_color": "255,255,255,255", "size": "2.6"}),
}


def apply_default_style(layer, table):
    """Give a store layer its default symbol; tables without one keep QGIS's default."""
    if table in _SYMBOLS:
        layer.setRenderer(QgsSingleSymbolRenderer(_SYMBOLS[table]()))

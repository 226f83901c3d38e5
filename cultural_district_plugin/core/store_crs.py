"""Choice of a district store's CRS (docs/methods.md): RDN2008 / UTM zone of the area, or Italy zone."""

from __future__ import annotations

RDN2008_UTM32N = 7791
RDN2008_UTM33N = 7792
RDN2008_UTM34N = 7793
RDN2008_ITALY_ZONE = 7794

_ZONES = ((6.0, 12.0, RDN2008_UTM32N), (12.0, 18.0, RDN2008_UTM33N), (18.0, 24.0, RDN2008_UTM34N))
# How far an area may reach beyond its zone's edges and still use that zone. Regional cartography
# extends zones this way (Sicily's Egadi islands and Pantelleria lie just west of 12°E, yet Sicily
# maps in zone 33); scale distortion 1.5° beyond an edge stays under ~0.1%.
ZONE_MARGIN_DEG = 1.5


def store_epsg_for_longitudes(min_lon: float, max_lon: float) -> int:
    """EPSG code of the RDN2008 CRS for an area spanning ``min_lon``..``max_lon`` (degrees east).

    The UTM zone holding the area's central longitude (32N west of 12°E, 33N 12–18°E, 34N east of
    18°E) when the area stays within that zone widened by :data:`ZONE_MARGIN_DEG`; otherwise the area
    really spans zones and gets RDN2008 / Italy zone (EPSG:7794).
    """
    if min_lon > max_lon:
        raise ValueError("min_lon must not exceed max_lon")
    centre = (min_lon + max_lon) / 2.0
    for west, east, epsg in _ZONES:
        if west <= centre < east:
            if min_lon >= west - ZONE_MARGIN_DEG and max_lon <= east + ZONE_MARGIN_DEG:
                return epsg
            break
    return RDN2008_ITALY_ZONE

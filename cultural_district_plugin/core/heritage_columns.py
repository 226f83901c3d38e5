"""Recognise the columns of heritage inventories (Italian and English headers)."""

from __future__ import annotations

from .column_roles import recognise_columns

# role -> accepted headers (compared as text keys), in order of preference
HERITAGE_COLUMNS = {
    "name": ("denominazione", "nome", "name", "titolo", "denominazione del luogo", "luogo", "bene"),
    "category": ("tipologia", "categoria", "tipo", "type", "category", "tipologia del luogo", "classe"),
    "municipality": ("comune", "municipality", "citta", "localita", "city", "town"),
    "municipality_code": ("pro com t", "codice istat", "istat", "cod istat", "pro com", "codice comune"),
    "source_id": ("codice", "id", "identificativo", "code", "source id", "cod", "dbunico", "nct", "ref"),
    "lat": ("latitudine", "lat", "latitude", "y wgs84"),
    "lon": ("longitudine", "lon", "lng", "long", "longitude", "x wgs84"),
    "x": ("x", "est", "easting", "coord x", "coordinata x"),
    "y": ("y", "nord", "northing", "coord y", "coordinata y"),
    "wkt": ("wkt", "geometria", "geometry", "geom"),
    "visitors": ("visitatori", "visitors", "ingressi", "presenze", "visitatori annui"),
    "visitors_year": ("anno", "anno visitatori", "year", "visitors year", "anno di riferimento"),
    "protection": ("vincolo", "tutela", "protezione", "protection"),
    "unesco": ("unesco", "patrimonio unesco", "sito unesco", "unesco component"),
    "owner_type": ("proprieta", "proprietario", "owner", "ownership", "tipo proprieta"),
    "art101_class": ("art101 class", "classe art 101", "istituto art 101", "art 101"),
    "coord_verified": ("coord verified", "coordinate verificate", "coordinate verified", "verificato"),
}


def recognise_heritage_columns(header: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Role → column name for an inventory's header; ``overrides`` (role → column) win."""
    return recognise_columns(header, HERITAGE_COLUMNS, overrides)

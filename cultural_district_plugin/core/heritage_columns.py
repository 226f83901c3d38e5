"""Recognise the columns of heritage inventories (Italian and English headers)."""

from __future__ import annotations

from .input_error import InputError
from .text_keys import text_key
from .translatable import translatable

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
    """Role → column name for the header; ``overrides`` (role → column) win. Each column is used once."""
    keys = {text_key(h): h for h in header}
    mapping = {}
    used = set()
    for role, column in (overrides or {}).items():
        if column:
            if column not in header:
                raise InputError(
                    translatable("no column {column!r} in the file (columns: {columns})"),
                    column=column,
                    columns=", ".join(header),
                )
            mapping[role] = column
            used.add(column)
    for role, candidates in HERITAGE_COLUMNS.items():
        if role in mapping:
            continue
        for candidate in candidates:
            column = keys.get(candidate)
            if column is not None and column not in used:
                mapping[role] = column
                used.add(column)
                break
    return mapping

"""Recognise the columns of stakeholder lists and of commitment (funding) tables (Italian and English headers)."""

from __future__ import annotations

from .column_roles import recognise_columns

# role -> accepted headers (compared as text keys), in order of preference
STAKEHOLDER_COLUMNS = {
    "name": ("denominazione", "nome", "soggetto", "ente", "name", "stakeholder", "organisation", "organization"),
    "stakeholder_type": ("tipologia", "tipo", "tipo soggetto", "natura", "type", "stakeholder type", "category"),
    "role": ("ruolo", "role", "funzione"),
    "municipality": ("comune", "sede", "municipality", "citta", "city", "town"),
    "municipality_code": ("codice istat", "pro com t", "istat", "cod istat", "codice comune"),
    "legal_status": ("natura giuridica", "stato giuridico", "pubblico privato", "legal status", "status"),
    "address": ("indirizzo", "address", "via"),
    "email": ("email", "e mail", "pec", "posta elettronica", "mail"),
    "website": ("sito", "sito web", "website", "web", "url"),
    "contact": ("referente", "contatto", "contact", "telefono", "phone"),
    "lat": ("latitudine", "lat", "latitude"),
    "lon": ("longitudine", "lon", "lng", "long", "longitude"),
    "owns": ("beni di proprieta", "proprietario di", "owns", "assets owned"),
    "manages": ("beni gestiti", "gestore di", "manages", "assets managed"),
}
COMMITMENT_COLUMNS = {
    "stakeholder": ("soggetto", "ente", "finanziatore", "stakeholder", "denominazione", "nome", "partner", "funder"),
    "stakeholder_id": ("id soggetto", "codice soggetto", "stakeholder id", "id stakeholder"),
    "district": ("distretto", "district", "distretto culturale"),
    "amount": ("importo", "importo euro", "importo eur", "contributo", "quota", "amount", "amount eur", "euro"),
    "year": ("anno", "year", "annualita"),
    "instrument": ("strumento", "accordo", "programma", "instrument", "programme", "program"),
    "purpose": ("finalita", "oggetto", "intervento", "descrizione", "purpose", "description"),
    "declared_total": ("totale dichiarato", "totale strumento", "totale accordo", "declared total", "total"),
}


def recognise_stakeholder_columns(header: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    return recognise_columns(header, STAKEHOLDER_COLUMNS, overrides)


def recognise_commitment_columns(header: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    return recognise_columns(header, COMMITMENT_COLUMNS, overrides)

"""Stakeholder types, roles and legal status as offices write them, normalised to the store's code lists
(Italian and English; accents, case and punctuation ignored), and which side of the funding each type is on.

Public: State bodies (ministry, soprintendenze, regional museum directorates), the Region, municipalities.
Private: banking foundations (private non-profit bodies by law: D.Lgs. 153/1999, art. 2), enterprises, the
third sector, religious bodies. Universities and research bodies, and "other", by their legal status (a field):
public or private; unclassified while it is unknown.
"""

from __future__ import annotations

from .code_lists import LEGAL_STATUSES, STAKEHOLDER_ROLES, STAKEHOLDER_TYPES
from .text_keys import text_key

OTHER = "other"
PUBLIC, PRIVATE, UNCLASSIFIED = "public", "private", "unclassified"
PUBLIC_TYPES = frozenset({"state_body", "region", "municipality"})
PRIVATE_TYPES = frozenset({"banking_foundation", "enterprise", "third_sector", "religious_body"})
STATUS_BY_LEGAL_FORM = frozenset({"university_research", OTHER})  # their side is their legal status

# synonym (text key) -> type code; the codes themselves and their English words are accepted too
TYPE_SYNONYMS = {
    "ente statale": "state_body",
    "amministrazione statale": "state_body",
    "stato": "state_body",
    "ministero": "state_body",
    "ministero della cultura": "state_body",
    "ministero per i beni e le attivita culturali": "state_body",
    "mic": "state_body",
    "mibact": "state_body",
    "mibac": "state_body",
    "soprintendenza": "state_body",
    "soprintendenza archeologia belle arti e paesaggio": "state_body",
    "direzione regionale musei": "state_body",
    "segretariato regionale": "state_body",
    "agenzia del demanio": "state_body",
    "state body": "state_body",
    "state": "state_body",
    "ministry": "state_body",
    "superintendency": "state_body",
    "regione": "region",
    "ente regionale": "region",
    "regione siciliana": "region",
    "assessorato regionale": "region",
    "region": "region",
    "comune": "municipality",
    "amministrazione comunale": "municipality",
    "unione di comuni": "municipality",
    "unione dei comuni": "municipality",
    "municipality": "municipality",
    "municipal": "municipality",
    "fondazione di origine bancaria": "banking_foundation",
    "fondazione bancaria": "banking_foundation",
    "fondazione ex bancaria": "banking_foundation",
    "banking foundation": "banking_foundation",
    "impresa": "enterprise",
    "impresa privata": "enterprise",
    "azienda": "enterprise",
    "societa": "enterprise",
    "srl": "enterprise",
    "spa": "enterprise",
    "enterprise": "enterprise",
    "company": "enterprise",
    "firm": "enterprise",
    "business": "enterprise",
    "ente del terzo settore": "third_sector",
    "terzo settore": "third_sector",
    "associazione": "third_sector",
    "associazione culturale": "third_sector",
    "fondazione": "third_sector",
    "cooperativa sociale": "third_sector",
    "impresa sociale": "third_sector",
    "onlus": "third_sector",
    "aps": "third_sector",
    "odv": "third_sector",
    "pro loco": "third_sector",
    "comitato": "third_sector",
    "third sector": "third_sector",
    "association": "third_sector",
    "non profit": "third_sector",
    "nonprofit": "third_sector",
    "universita": "university_research",
    "ateneo": "university_research",
    "politecnico": "university_research",
    "ente di ricerca": "university_research",
    "istituto di ricerca": "university_research",
    "university": "university_research",
    "research institute": "university_research",
    "university research": "university_research",
    "diocesi": "religious_body",
    "arcidiocesi": "religious_body",
    "parrocchia": "religious_body",
    "ente ecclesiastico": "religious_body",
    "confraternita": "religious_body",
    "curia": "religious_body",
    "ordine religioso": "religious_body",
    "religious body": "religious_body",
    "altro": OTHER,
    "altri": OTHER,
    "other": OTHER,
}
ROLE_SYNONYMS = {
    "promotore": "promoter",
    "soggetto promotore": "promoter",
    "capofila": "promoter",
    "proponente": "promoter",
    "promoter": "promoter",
    "lead partner": "promoter",
    "partner": "partner",
    "aderente": "partner",
    "socio": "partner",
    "membro": "partner",
    "partecipante": "partner",
    "finanziatore": "funder",
    "cofinanziatore": "funder",
    "sostenitore": "funder",
    "funder": "funder",
    "sponsor": "funder",
    "donor": "funder",
    "gestore": "manager",
    "soggetto gestore": "manager",
    "ente gestore": "manager",
    "manager": "manager",
    "operator": "manager",
}
LEGAL_STATUS_SYNONYMS = {
    "pubblico": "public",
    "pubblica": "public",
    "ente pubblico": "public",
    "statale": "public",
    "public": "public",
    "privato": "private",
    "privata": "private",
    "ente privato": "private",
    "private": "private",
    "non statale": "private",
}


def _lookup(text: object, synonyms: dict[str, str], codes: tuple[str, ...]) -> str | None:
    key = text_key(text)
    if not key:
        return None
    for code in codes:
        if key == text_key(code):
            return code
    if key in synonyms:
        return synonyms[key]
    # the longest synonym the text starts with: "Soprintendenza ABAP per la città metropolitana di Catania"
    for synonym in sorted(synonyms, key=len, reverse=True):
        if key.startswith(synonym + " "):
            return synonyms[synonym]
    return None


def normalise_type(text: object) -> str | None:
    """The store's type code for ``text``; None when unknown (or empty)."""
    return _lookup(text, TYPE_SYNONYMS, STAKEHOLDER_TYPES)


def normalise_role(text: object) -> str | None:
    return _lookup(text, ROLE_SYNONYMS, STAKEHOLDER_ROLES)


def normalise_legal_status(text: object) -> str | None:
    return _lookup(text, LEGAL_STATUS_SYNONYMS, LEGAL_STATUSES)


def funding_side(stakeholder_type: str | None, legal_status: str | None) -> str:
    """``public``, ``private`` or ``unclassified`` money, by type (and legal status where the type does not
    settle it)."""
    if stakeholder_type in PUBLIC_TYPES:
        return PUBLIC
    if stakeholder_type in PRIVATE_TYPES:
        return PRIVATE
    if legal_status in LEGAL_STATUSES:
        return legal_status
    return UNCLASSIFIED

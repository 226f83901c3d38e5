"""Recognise the usual field names of ISTAT municipal boundary files and population tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .input_error import InputError
from .translatable import translatable

if TYPE_CHECKING:
    from collections.abc import Iterable

# role -> accepted names (compared case-insensitively), in order of preference
MUNICIPALITY_FIELD_NAMES = {
    "pro_com_t": (
        "pro_com_t",
        "pro_com",
        "cod_istat",
        "codice_istat",
        "istat",
        "municipality_code",
        "codice",
        "codice_comune",
    ),
    "name": ("comune", "name", "nome", "denominazione", "municipality", "nome_comune"),
    "province_code": ("cod_prov", "cod_uts", "province_code", "codice_provincia"),
    "province": ("provincia", "den_uts", "den_prov", "province"),
    "region_code": ("cod_reg", "region_code", "codice_regione"),
    "region": ("regione", "den_reg", "region"),
    "population": (
        "population",
        "popolazione",
        "pop",
        "pop_tot",
        "residenti",
        "totale",
        "popolazione_residente",
        "totale_residenti",
    ),
    "population_year": ("population_year", "anno_popolazione"),
    "boundary_year": ("boundary_year", "anno", "anno_confini"),
}
REQUIRED_ROLES = ("pro_com_t", "name")


class FieldRecognitionError(InputError):
    """Required fields could not be recognised."""


def recognise_fields(
    field_names: Iterable[str],
    roles: dict[str, tuple[str, ...]] = MUNICIPALITY_FIELD_NAMES,
    required: tuple[str, ...] = REQUIRED_ROLES,
) -> dict[str, str]:
    """Map each role to the first matching field name present (case-insensitive); missing optional
    roles are left out, missing required roles raise :class:`FieldRecognitionError`."""
    by_lower = {name.lower(): name for name in field_names}
    found = {}
    for role, candidates in roles.items():
        for candidate in candidates:
            if candidate in by_lower:
                found[role] = by_lower[candidate]
                break
    missing = [role for role in required if role not in found]
    if missing:
        expected = "; ".join(f"{role}: {', '.join(roles[role])}" for role in missing)
        raise FieldRecognitionError(translatable("no field recognised for {expected}"), expected=expected)
    return found

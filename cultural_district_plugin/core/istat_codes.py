"""ISTAT municipality codes (PRO_COM_T): 6-character text with leading zeros."""

from __future__ import annotations

import re

from .input_error import InputError
from .translatable import translatable

_NOT_A_CODE = translatable("not an ISTAT municipality code: {value!r}")
_CODE = re.compile(r"^\d{1,6}$")


class InvalidIstatCodeError(InputError):
    """A value that cannot be read as an ISTAT municipality code."""


def normalise_pro_com_t(value: object) -> str:
    """Return the 6-character ISTAT code for ``value`` (``1272``, ``"1272"``, ``"001272"`` → ``"001272"``).

    Integers and digit strings are accepted (spreadsheets drop leading zeros); floats with no fractional
    part too (``1272.0``). Anything else raises :class:`InvalidIstatCodeError`.
    """
    if isinstance(value, bool) or value is None:
        raise InvalidIstatCodeError(_NOT_A_CODE, value=value)
    if isinstance(value, float):
        if not value.is_integer():
            raise InvalidIstatCodeError(_NOT_A_CODE, value=value)
        value = int(value)
    text = str(value).strip()
    if not _CODE.match(text) or int(text) == 0:
        raise InvalidIstatCodeError(_NOT_A_CODE, value=value)
    return text.zfill(6)


def parse_code_list(text: str) -> list[str]:
    """Split a pasted list of codes (commas, semicolons, spaces or new lines) into normalised codes,
    keeping the first occurrence of each, in order."""
    seen = []
    for token in re.split(r"[\s,;]+", text.strip()):
        if token:
            code = normalise_pro_com_t(token)
            if code not in seen:
                seen.append(code)
    return seen


def parse_region_codes(text: str | None) -> list[int]:
    """``"1, 19"`` → ``[1, 19]``; blank → ``[]`` (all regions). ISTAT region codes run from 1 to 20."""
    codes = []
    for token in re.split(r"[\s,;]+", (text or "").strip()):
        if token and (not token.isdigit() or not 1 <= int(token) <= 20):
            raise InvalidIstatCodeError(translatable("not an ISTAT region code (1-20): {token!r}"), token=token)
        if token:
            codes.append(int(token))
    return codes

"""Numbers and coordinates as Italian spreadsheets write them.

``"7.220"`` visitors is 7220 (thousands dot); ``"37,5023"`` is 37.5023 (decimal comma); ``"1.234,5"`` and
``"1,234.5"`` are both 1234.5; coordinates may be in degrees, minutes and seconds (``37°30'08.86"N``).
Empty text is a missing value (None); text that is not a number raises ValueError.
"""

from __future__ import annotations

import re

_DMS = re.compile(
    r"""^\s*(-?\d+(?:[.,]\d+)?)\s*[°º:d\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['′m:\s]\s*)?"""
    r"""(?:(\d+(?:[.,]\d+)?)\s*(?:["″]|''|s)?\s*)?([NSEWOnsewo])?\s*$"""
)
_HEMISPHERE_SIGN = {"N": 1, "E": 1, "S": -1, "W": -1, "O": -1}  # O = Ovest


def _clean(text):
    if text is None:
        return None
    text = str(text).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    return text or None


def parse_decimal(text: str | None) -> float | None:
    """A decimal number with either separator convention; None when empty."""
    if isinstance(text, str):
        try:  # the common case, plain decimal text: what float() reads is read the same way below
            return float(text)
        except ValueError:
            pass
    text = _clean(text)
    if text is None:
        return None
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):  # 1.234,5
            text = text.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") > 1:
            raise ValueError(f"not a number: {text!r}")
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None


def parse_integer(text: str | None) -> int | None:
    """A count such as visitors: dots and commas followed by three digits are thousands separators."""
    if isinstance(text, str):
        if not text:
            return None
        try:  # plain digits: what int() reads is read the same way below
            return int(text)
        except ValueError:
            pass
    text = _clean(text)
    if text is None:
        return None
    if re.fullmatch(r"-?\d{1,3}([.,]\d{3})+", text):
        return int(re.sub(r"[.,]", "", text))
    value = parse_decimal(text)
    if not float(value).is_integer():
        raise ValueError(f"not a whole number: {text!r}")
    return int(value)


def parse_coordinate(text: str | None) -> float | None:
    """Decimal degrees (either decimal separator) or degrees/minutes/seconds with a hemisphere letter."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    try:
        return parse_decimal(raw)
    except ValueError:
        pass
    match = _DMS.match(raw.replace("’", "'").replace("”", '"'))
    if not match:
        raise ValueError(f"not a coordinate: {raw!r}")
    degrees, minutes, seconds, hemisphere = match.groups()
    value = (
        abs(float(degrees.replace(",", ".")))
        + float((minutes or "0").replace(",", ".")) / 60
        + float((seconds or "0").replace(",", ".")) / 3600
    )
    sign = -1 if degrees.startswith("-") else _HEMISPHERE_SIGN.get((hemisphere or "N").upper(), 1)
    return sign * value


_CURRENCY = re.compile(r"(?i)€|\beur\b|\beuro\b|\beuros\b")
_MULTIPLIERS = (
    (re.compile(r"(?i)(m€|\bmln\b|\bmilioni\b|\bmilione\b|\bmillion\b|\bmillions\b|\bm\b)"), 1e6),
    (re.compile(r"(?i)(k€|\bmila\b|\bthousand\b|\bk\b)"), 1e3),
)
_ITALIAN_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
_ENGLISH_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")


def parse_amount(text: str | None) -> float | None:
    """An amount of money as offices write it: ``"1.250.000,00 €"``, ``"€ 11.800.000"``, ``"9.200.000,00"``,
    ``"1,250,000.00"``, ``"11,8 M€"`` or ``"11.8 milioni"`` (millions), ``"(1.000)"`` (negative). None when
    empty; ValueError when it is not an amount."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    negative = raw.startswith("(") and raw.endswith(")")
    body = raw.strip("()")
    factor = 1.0
    for pattern, multiplier in _MULTIPLIERS:
        if pattern.search(body):
            body, factor = pattern.sub("", body), multiplier
            break
    body = _CURRENCY.sub("", body)
    body = _clean(body)
    if body is None:
        raise ValueError(f"not an amount: {raw!r}")
    if _ITALIAN_THOUSANDS.fullmatch(body):
        value = float(body.replace(".", "").replace(",", "."))
    elif _ENGLISH_THOUSANDS.fullmatch(body):
        value = float(body.replace(",", ""))
    else:
        try:
            value = parse_decimal(body)
        except ValueError:
            raise ValueError(f"not an amount: {raw!r}") from None
    value *= factor
    return -value if negative else value

"""Comparable keys for names and headers: accents, case, punctuation and spacing ignored."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def text_key(text: object) -> str:
    """``"Città  dell'Università"`` → ``"citta dell universita"``."""
    if text is None:
        return ""
    return _key(str(text))


@lru_cache(maxsize=65536)  # inventories repeat their categories, owners and towns on every row
def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.split(r"[^a-z0-9]+", plain)).strip()

"""The cultural perimeter of economic activities: editable lists of ATECO codes (ATECO 2007 and 2025, ESSnet-Culture
and Symbola–Unioncamere "Io sono cultura"), each with its domain and whether it was verified at the source.

The shipped table (``resources/perimeters/cultural_ateco.csv``, ``;``-separated, columns perimeter, ateco_version,
code, label, domain, weight, verified, source) is a starting point flagged where unverified; users give their own
file with the same columns. A unit's ATECO code belongs to the perimeter when it starts with one of the
perimeter's codes (``91.02`` takes ``91.02.00``; dots and spaces are ignored).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .input_error import InputError
from .translatable import translatable

DOMAINS = ("heritage", "performing_arts", "cultural_industries", "creative_industries")
COLUMNS = ("perimeter", "ateco_version", "code", "label", "domain", "weight", "verified", "source")


def code_key(code: object) -> str:
    """``"91.02.00"`` → ``"910200"`` (digits only)."""
    return "".join(ch for ch in str(code or "") if ch.isdigit())


@dataclass(frozen=True)
class Perimeter:
    name: str
    version: str
    codes: tuple  # digit keys, longest first
    domains: tuple  # domain of each code
    weights: tuple
    unverified: int  # how many of the codes are flagged unverified

    def classify(self, ateco_codes: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        """``(domain or "" per unit, weight per unit)``: the first (longest) matching code wins. Each distinct code
        is classified once (a national register has millions of units but a few thousand codes)."""
        unit_code, distinct = pd.factorize(ateco_codes, use_na_sentinel=True)
        keys = pd.Series([code_key(code) for code in distinct], dtype=object)
        distinct_domain = np.full(len(keys) + 1, "", dtype=object)  # the extra slot: units without a code
        distinct_weight = np.zeros(len(keys) + 1)
        undecided = np.ones(len(keys), dtype=bool)
        for code, dom, w in zip(self.codes, self.domains, self.weights):
            hits = np.flatnonzero(undecided & keys.str.startswith(code).to_numpy(dtype=bool))
            distinct_domain[hits], distinct_weight[hits] = dom, w
            undecided[hits] = False
        return distinct_domain[unit_code], distinct_weight[unit_code]


def read_perimeters(text: str) -> dict[tuple[str, str], Perimeter]:
    """``{(perimeter, ATECO version): Perimeter}`` from the table's text."""
    reader = csv.DictReader(io.StringIO(text), delimiter=";")
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(translatable("the perimeter table lacks the column(s) {columns}"), columns=", ".join(missing))
    rows = list(reader)
    perimeters = {}
    for key in sorted({(r["perimeter"], r["ateco_version"]) for r in rows}):
        chosen = [r for r in rows if (r["perimeter"], r["ateco_version"]) == key]
        for r in chosen:
            if r["domain"] not in DOMAINS:
                raise InputError(
                    translatable("perimeter table: code {code} has an unknown domain {domain!r} (known: " "{known})"),
                    code=r["code"],
                    domain=r["domain"],
                    known=", ".join(DOMAINS),
                )
        chosen.sort(key=lambda r: -len(code_key(r["code"])))
        perimeters[key] = Perimeter(
            key[0],
            key[1],
            tuple(code_key(r["code"]) for r in chosen),
            tuple(r["domain"] for r in chosen),
            tuple(float(r["weight"] or 1) for r in chosen),
            sum(1 for r in chosen if r["verified"] != "1"),
        )
    return perimeters

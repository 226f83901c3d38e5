"""Turn the rows of a stakeholder list into store records, with nothing silently dropped.

Every row ends imported, imported-and-flagged, or rejected, with reason codes and a message:

* rejected (not written): ``missing_name``; ``duplicate`` (same name, type and municipality as an earlier row,
  or as a stakeholder already in the store; accents, case and punctuation ignored);
* flagged (written): ``unknown_type`` (kept as ``other``, the original text kept in the report),
  ``unknown_role`` (left empty), ``unknown_legal_status`` (left empty), ``no_location`` (no coordinates and no
  known municipality), ``unparsable_coordinate`` and
  ``outside_italy`` (the coordinates set aside; placed on the municipality when known), ``unknown_asset`` (an asset
  named in the owned/managed columns that the store does not have).

A stakeholder without coordinates is placed on its municipality (``location_approximate`` = 1, said in the
message): the usual case for bodies, not a flag. Coordinates are latitude/longitude (WGS84); the caller injects
the transform to the store's CRS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely

from .delimited_text import TEXT_FLAG_REASONS
from .italy_outline import in_italy
from .number_text import parse_coordinate
from .source_rows import RowReport, cell_text
from .stakeholder_types import OTHER, normalise_legal_status, normalise_role, normalise_type
from .text_keys import text_key
from .translatable import translatable

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

    from .source_rows import MunicipalityIndex, SourceRow

REJECTED_REASONS = ("missing_name", "duplicate")
FLAG_REASONS = (
    "unknown_type",
    "unknown_role",
    "unknown_legal_status",
    "no_location",
    "unparsable_coordinate",
    "outside_italy",
    "unknown_asset",
    *TEXT_FLAG_REASONS,
)
LIST_SEPARATORS = re.compile(r"[;|\n]")  # between asset names in one cell
RELATION_ROLES = (("owns", "owner"), ("manages", "manager"))  # column role -> stakeholder_assets.relation


@dataclass
class PreparedStakeholders:
    records: list[dict[str, object]]  # stakeholders columns, for the rows written
    points: np.ndarray  # shapely Points in the store CRS (None without a location), one per record
    links: list[tuple[int, int, str]]  # (index into records, asset fid, relation)
    report: list[RowReport]

    def count(self, status: str) -> int:
        return sum(1 for r in self.report if r.status == status)


def stakeholder_key(name: object, stakeholder_type: object, code: object) -> tuple[str, str, str]:
    """What makes two stakeholders the same: name, type and municipality, compared as text keys."""
    return text_key(name), str(stakeholder_type or ""), str(code or "")


def asset_keys(assets: pd.DataFrame) -> dict[str, list[int]]:
    """``{key: [asset fids]}`` by source id and by name (text keys), to match the assets a row names."""
    keys: dict[str, list[int]] = {}
    for fid, name, source_id in zip(assets["fid"], assets["name"], assets["source_id"]):
        for key in {text_key(source_id), text_key(name)} - {""}:
            keys.setdefault(key, []).append(int(fid))
    return keys


def prepare_stakeholders(
    rows: list[SourceRow],
    mapping: dict[str, str],
    municipalities: MunicipalityIndex | None,
    to_store: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
    existing: set[tuple[str, str, str]] | None = None,
    assets: dict[str, list[int]] | None = None,
    italy: shapely.Geometry | None = None,
) -> PreparedStakeholders:
    """Classify and convert the rows of a stakeholder list read with the column ``mapping`` (role → column).

    ``existing`` holds the :func:`stakeholder_key` of the store's stakeholders; ``assets`` the store's assets by
    key (:func:`asset_keys`); ``to_store(lon, lat)`` maps WGS84 to the store's CRS.
    """
    seen = set(existing or ())
    reports, records, lonlat, links = [], [], [], []
    for source in rows:
        values = source.values
        name = cell_text(values, mapping.get("name"))
        report = RowReport(source.row, "", name or f"#{source.row}", "imported")
        report.add_source_flags(source)
        reports.append(report)
        if not name:
            report.status = "rejected"
            report.reasons.append("missing_name")
            report.note(translatable("no name"))
            continue
        type_text = cell_text(values, mapping.get("stakeholder_type"))
        stakeholder_type = normalise_type(type_text)
        if stakeholder_type is None:
            stakeholder_type = OTHER
            report.reasons.append("unknown_type")
            report.note(translatable("type {text!r} unknown: kept as other"), text=type_text)
        code = None
        if municipalities is not None:
            code = municipalities.code_for(
                cell_text(values, mapping.get("municipality_code")), cell_text(values, mapping.get("municipality"))
            )
        key = stakeholder_key(name, stakeholder_type, code)
        if key in seen:
            report.status = "rejected"
            report.reasons.append("duplicate")
            report.note(translatable("the same name, type and municipality as an earlier stakeholder"))
            continue
        seen.add(key)
        record = {"name": name, "stakeholder_type": stakeholder_type, "pro_com_t": code}
        for role, column, normalise, reason in (
            ("role", "role", normalise_role, "unknown_role"),
            ("legal_status", "legal_status", normalise_legal_status, "unknown_legal_status"),
        ):
            text = cell_text(values, mapping.get(role))
            record[column] = normalise(text) if text else None
            if text and record[column] is None:
                report.reasons.append(reason)
                report.note(translatable("{column} {text!r} unknown: left empty"), column=column, text=text)
        for role in ("address", "email", "website", "contact"):
            record[role] = cell_text(values, mapping.get(role)) or None
        lonlat.append(_coordinates(values, mapping, report))
        records.append((report, record, code))
        for role, relation in RELATION_ROLES:
            for named in LIST_SEPARATORS.split(cell_text(values, mapping.get(role))):
                if not named.strip():
                    continue
                fids = (assets or {}).get(text_key(named))
                if not fids:
                    report.reasons.append("unknown_asset")
                    report.note(translatable("asset {name!r} is not in the store"), name=named.strip())
                    continue
                links.extend((len(records) - 1, fid, relation) for fid in fids)
    points, on_municipality = _locate(records, lonlat, municipalities, to_store, italy)
    for report in reports:
        if report.status != "rejected" and any(r in FLAG_REASONS for r in report.reasons):
            report.status = "flagged"
    final = []
    for (_, record, _), approximate in zip(records, on_municipality):
        record["location_approximate"] = int(approximate)
        final.append(record)
    return PreparedStakeholders(final, points, links, reports)


def _coordinates(values, mapping, report):
    texts = cell_text(values, mapping.get("lon")), cell_text(values, mapping.get("lat"))
    if not all(texts):
        return None
    try:
        lon, lat = (parse_coordinate(t) for t in texts)
    except ValueError:
        report.reasons.append("unparsable_coordinate")
        report.note(translatable("lon={a!r}, lat={b!r}: not a coordinate (set aside)"), a=texts[0], b=texts[1])
        return None
    return lon, lat


def _locate(records, lonlat, municipalities, to_store, italy):
    """``(points in the store CRS, placed on the municipality?)``: the coordinates when inside Italy, else the
    municipality's point on surface."""
    points = np.full(len(records), None, dtype=object)
    on_municipality = np.zeros(len(records), dtype=bool)
    given = [i for i, c in enumerate(lonlat) if c is not None]
    if given:
        lon = np.array([lonlat[i][0] for i in given], dtype=float)
        lat = np.array([lonlat[i][1] for i in given], dtype=float)
        inside = in_italy(lon, lat, italy)
        x, y = to_store(lon, lat)
        for k, i in enumerate(given):
            if inside[k]:
                points[i] = shapely.Point(x[k], y[k])
            else:
                report = records[i][0]
                report.reasons.append("outside_italy")
                report.note(translatable("({a:g}, {b:g}) lies outside Italy (set aside)"), a=lon[k], b=lat[k])
    for i, (report, _, code) in enumerate(records):
        if points[i] is not None:
            continue
        if code is not None and municipalities is not None:
            points[i] = municipalities.surface_point(code)
            on_municipality[i] = True
            report.note(translatable("placed on the territory of municipality {code}"), code=code)
        else:
            report.reasons.append("no_location")
            report.note(translatable("no coordinates and no known municipality: no location"))
    return points, on_municipality

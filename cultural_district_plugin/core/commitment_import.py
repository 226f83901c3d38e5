"""Turn the rows of a funding table into commitments of the store's stakeholders to its districts.

Every row is imported, imported-and-flagged or rejected, with a reason code and a message:

* rejected: ``unknown_stakeholder`` (no stakeholder by that id, or by that name — accents, case and punctuation
  ignored), ``ambiguous_stakeholder`` (several stakeholders share that name: give the id), ``unknown_district``,
  ``missing_amount``, ``unparsable_amount``, ``negative_amount``;
* flagged: ``unparsable_year`` (left empty), ``conflicting_total`` (a declared total differing from an earlier
  row's for the same district and instrument: the first is kept).

Amounts are read as offices write them (:func:`core.number_text.parse_amount`). A ``declared_total`` column
records the total declared for the district's instrument (``declared_totals``), once per district and
instrument.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .delimited_text import TEXT_FLAG_REASONS
from .number_text import parse_amount, parse_integer
from .source_rows import RowReport, cell_text
from .text_keys import text_key
from .translatable import translatable

if TYPE_CHECKING:
    import pandas as pd

    from .source_rows import SourceRow

REJECTED_REASONS = (
    "unknown_stakeholder",
    "ambiguous_stakeholder",
    "unknown_district",
    "missing_amount",
    "unparsable_amount",
    "negative_amount",
)
FLAG_REASONS = ("unparsable_year", "conflicting_total", *TEXT_FLAG_REASONS)


@dataclass
class PreparedCommitments:
    records: list[dict[str, object]]  # commitments columns
    declared: list[dict[str, object]]  # declared_totals columns
    report: list[RowReport]
    rows_of_records: list[int] = field(default_factory=list)

    @property
    def total_eur(self) -> float:
        return float(sum(r["amount_eur"] for r in self.records))

    def count(self, status: str) -> int:
        return sum(1 for r in self.report if r.status == status)


def _by_key(frame: pd.DataFrame, column: str) -> dict[str, list[int]]:
    keys: dict[str, list[int]] = {}
    for fid, value in zip(frame["fid"], frame[column]):
        keys.setdefault(text_key(value), []).append(int(fid))
    return keys


def prepare_commitments(
    rows: list[SourceRow],
    mapping: dict[str, str],
    stakeholders: pd.DataFrame,
    districts: pd.DataFrame,
    declared_before: set[tuple[int, str]] | None = None,
) -> PreparedCommitments:
    """Classify the rows; ``stakeholders`` and ``districts`` are the store's (fid, name); ``declared_before``
    the (district id, instrument key) pairs the store already has a declared total for."""
    stakeholder_names = _by_key(stakeholders, "name")
    stakeholder_ids = {int(f) for f in stakeholders["fid"]}
    district_names = _by_key(districts, "name")
    declared: dict[tuple[int, str], dict] = {}
    reports, records, record_rows = [], [], []
    for source in rows:
        values = source.values
        who = cell_text(values, mapping.get("stakeholder"))
        report = RowReport(source.row, cell_text(values, mapping.get("stakeholder_id")), who, "imported")
        report.add_source_flags(source)
        reports.append(report)
        stakeholder = _stakeholder(report, stakeholder_ids, stakeholder_names)
        district_text = cell_text(values, mapping.get("district"))
        districts_named = district_names.get(text_key(district_text), [])
        if stakeholder is not None and not districts_named:
            _reject(report, "unknown_district", translatable("no district named {name!r}"), name=district_text)
        amount = None
        if report.status != "rejected":
            amount = _amount(report, cell_text(values, mapping.get("amount")))
        if report.status == "rejected":
            continue
        district = districts_named[0]
        record = {"stakeholder_id": stakeholder, "district_id": district, "amount_eur": amount}
        year_text = cell_text(values, mapping.get("year"))
        try:
            record["year"] = parse_integer(year_text)
        except ValueError:
            record["year"] = None
            report.reasons.append("unparsable_year")
            report.note(translatable("year {text!r} is not a year (left empty)"), text=year_text)
        record["instrument"] = cell_text(values, mapping.get("instrument")) or None
        record["purpose"] = cell_text(values, mapping.get("purpose")) or None
        _declare(
            report,
            declared,
            declared_before or set(),
            district,
            record,
            cell_text(values, mapping.get("declared_total")),
        )
        if report.reasons:
            report.status = "flagged"
        records.append(record)
        record_rows.append(source.row)
    return PreparedCommitments(records, list(declared.values()), reports, record_rows)


def _reject(report, reason, template, **arguments):
    report.status = "rejected"
    report.reasons.append(reason)
    report.note(template, **arguments)


def _stakeholder(report, ids, names):
    if report.source_id:
        try:
            fid = parse_integer(report.source_id)
        except ValueError:
            fid = None
        if fid in ids:
            return fid
        _reject(report, "unknown_stakeholder", translatable("no stakeholder with id {id!r}"), id=report.source_id)
        return None
    matches = names.get(text_key(report.name), [])
    if len(matches) == 1:
        return matches[0]
    if matches:
        _reject(
            report,
            "ambiguous_stakeholder",
            translatable("{count} stakeholders are named {name!r}: give the stakeholder id"),
            count=len(matches),
            name=report.name,
        )
    else:
        _reject(report, "unknown_stakeholder", translatable("no stakeholder named {name!r}"), name=report.name)
    return None


def _amount(report, text):
    try:
        amount = parse_amount(text)
    except ValueError:
        _reject(report, "unparsable_amount", translatable("amount {text!r} cannot be read"), text=text)
        return None
    if amount is None:
        _reject(report, "missing_amount", translatable("no amount"))
    elif amount < 0:
        _reject(report, "negative_amount", translatable("amount {text!r} is negative"), text=text)
    return amount


def _declare(report, declared, before, district, record, text):
    if not text or not record["instrument"]:
        return
    try:
        total = parse_amount(text)
    except ValueError:
        total = None
    if total is None or total < 0:
        report.reasons.append("conflicting_total")
        report.note(translatable("declared total {text!r} cannot be read (ignored)"), text=text)
        return
    key = (district, text_key(record["instrument"]))
    if key in before:
        return  # the store already has it; a change of total is an edit of that record
    if key in declared:
        if abs(declared[key]["total_eur"] - total) > 0.005:
            report.reasons.append("conflicting_total")
            report.note(
                translatable("declared total {total:.2f} differs from {first:.2f} given earlier (the first is kept)"),
                total=total,
                first=declared[key]["total_eur"],
            )
        return
    declared[key] = {
        "district_id": district,
        "instrument": record["instrument"],
        "total_eur": total,
        "year": record["year"],
    }

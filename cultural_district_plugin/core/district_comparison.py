"""Two drafts of a district side by side: every figure of each, the difference, the members one has and the
other has not, and the findings of their latest check runs — so a planner choosing between two perimeters of the
same project sees what the choice changes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .district_summary import DistrictSummary
from .translatable import translatable

# (attribute of DistrictSummary, label): the figures compared, in the order a planner reads them
COMPARED_FIGURES = (
    ("members", translatable("Member municipalities")),
    ("population", translatable("Residents")),
    ("area_km2", translatable("Area (km²)")),
    ("parts", translatable("Parts")),
    ("holes", translatable("Holes")),
    ("assets_inside", translatable("Heritage assets inside")),
    ("protected", translatable("Protected assets")),
    ("unesco", translatable("UNESCO components")),
    ("visitors", translatable("Visitors")),
    ("assets_per_km2", translatable("Assets per km²")),
    ("assets_per_10k_residents", translatable("Assets per 10,000 residents")),
    ("heritage_density_ratio", translatable("Heritage density / the store territory's")),
    ("clark_evans_r", translatable("Clark–Evans R of the assets")),
)
# the figures that count things (shown without decimals)
COUNT_FIGURES = frozenset(
    {"members", "population", "parts", "holes", "assets_inside", "protected", "unesco", "visitors"}
    | {"only_in_first", "only_in_second", "findings_error", "findings_warning", "findings_info"}
)
SEVERITY_FIGURES = (
    ("error", translatable("Check findings: errors")),
    ("warning", translatable("Check findings: warnings")),
    ("info", translatable("Check findings: information")),
)


@dataclass(frozen=True)
class ComparisonRow:
    figure: str  # a stable key: the summary attribute, "only_in_first", "findings_error", …
    label: str  # translatable English label
    first: float | None  # the figure of the first district (a count for member lists)
    second: float | None
    difference: float | None  # second − first; None when either is missing
    first_text: str = ""  # for lists (member codes) and text figures (categories)
    second_text: str = ""

    @property
    def differs(self) -> bool:
        return (self.difference is not None and abs(self.difference) > 1e-9) or self.first_text != self.second_text


def _number(value) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _row(figure, label, first, second, first_text="", second_text="") -> ComparisonRow:
    a, b = _number(first), _number(second)
    return ComparisonRow(figure, label, a, b, None if a is None or b is None else b - a, first_text, second_text)


def compare_districts(
    first: DistrictSummary,
    second: DistrictSummary,
    first_members: set[str],
    second_members: set[str],
    first_findings: dict[str, int] | None = None,
    second_findings: dict[str, int] | None = None,
) -> list[ComparisonRow]:
    """The rows comparing ``first`` and ``second`` (their summaries, member ISTAT codes and, when given, the
    counts of their latest findings by severity)."""
    rows = [_row(key, label, getattr(first, key), getattr(second, key)) for key, label in COMPARED_FIGURES]
    rows.append(_row("categories", translatable("Assets by category"), None, None, first.categories, second.categories))
    only_first, only_second = sorted(first_members - second_members), sorted(second_members - first_members)
    only_first_label = translatable("Members only in the first")
    only_second_label = translatable("Members only in the second")
    rows.append(_row("only_in_first", only_first_label, len(only_first), 0, ", ".join(only_first)))
    rows.append(_row("only_in_second", only_second_label, 0, len(only_second), "", ", ".join(only_second)))
    if first_findings is not None and second_findings is not None:
        rows += [
            _row(f"findings_{severity}", label, first_findings.get(severity, 0), second_findings.get(severity, 0))
            for severity, label in SEVERITY_FIGURES
        ]
    return rows

"""One mechanism for every check (docs/architecture.md, Checks): declared checks that yield findings.

A check has an id, a title, a severity, parameters with defaults and a function that turns the data
it is given into :class:`Finding` objects (value vs threshold, a message, the features concerned).
Messages are English templates marked with :func:`translatable`; faces translate the template and
fill in ``Finding.arguments``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from .input_error import InputError
from .translatable import translatable

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import shapely


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Parameter:
    name: str
    default: float
    description: str
    minimum: float = 0.0


@dataclass(frozen=True)
class Finding:
    check_id: str
    severity: Severity
    template: str
    arguments: dict[str, object] = field(default_factory=dict)
    district_id: int | None = None
    value: float | None = None
    threshold: float | None = None
    geometry: shapely.Geometry | None = None  # in the checked data's CRS
    feature_ids: tuple[int, ...] = ()
    feature_table: str = "districts"  # the store table ``feature_ids`` point into

    @property
    def concerned_ids(self) -> tuple[int, ...]:
        """Ids of the features concerned (in ``feature_table``): ``feature_ids``, else the district's own id."""
        if self.feature_ids:
            return tuple(self.feature_ids)
        return () if self.district_id is None or self.feature_table != "districts" else (self.district_id,)

    @property
    def message(self) -> str:
        """The English message (faces translate ``template`` first)."""
        return self.template.format(**self.arguments)


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    severity: Severity
    rule: str  # name of the function (data, parameters dict) -> iterable of Finding, in the rules module
    parameters: tuple[Parameter, ...] = ()
    description: str = ""

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.parameters}


class CheckError(InputError):
    """Unknown check ids or bad parameter values."""


class CheckRegistry:
    """The checks of one kind of data, by id, in declaration order.

    The rules are looked up by name in ``rules_module`` when a run starts, so declarations can be listed
    (in menus, Processing parameters, help) without importing what the rules need.
    """

    def __init__(self, rules_module, checks):
        self._rules_module = rules_module
        self._checks = {c.id: c for c in checks}

    def __iter__(self):
        return iter(self._checks.values())

    def __getitem__(self, check_id):
        try:
            return self._checks[check_id]
        except KeyError:
            raise CheckError(
                translatable("unknown check {check!r} (known: {known})"), check=check_id, known=", ".join(self._checks)
            ) from None

    def ids(self) -> list[str]:
        return list(self._checks)

    def parameters(self) -> list[Parameter]:
        """Every declared parameter once (checks may share one, e.g. a catchment distance), in order."""
        seen = {}
        for check in self._checks.values():
            for parameter in check.parameters:
                seen.setdefault(parameter.name, parameter)
        return list(seen.values())

    def resolve_parameters(
        self, check_ids: Iterable[str], overrides: dict[str, float] | None = None
    ) -> dict[str, float]:
        """Defaults of the selected checks, updated with ``overrides``; values below a parameter's
        minimum are refused."""
        values = {}
        for check_id in check_ids:
            values.update(self[check_id].defaults())
        for name, value in (overrides or {}).items():
            if value is None:
                continue
            declared = [p for c in check_ids for p in self[c].parameters if p.name == name]
            if declared and value < declared[0].minimum:
                raise CheckError(
                    translatable("parameter {name} must be at least {minimum} (got {value})"),
                    name=name,
                    minimum=declared[0].minimum,
                    value=value,
                )
            values[name] = value
        return values

    def run(
        self,
        data: object,
        check_ids: Iterable[str] | None = None,
        overrides: dict[str, float] | None = None,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Finding] | None:
        """Findings of the selected checks (all by default) over ``data``.

        ``progress(percent)`` is called after each check; when ``cancelled()`` turns true the run stops
        and returns None (callers write nothing).
        """
        check_ids = self.ids() if check_ids is None else list(check_ids)
        parameters = self.resolve_parameters(check_ids, overrides)
        rules = importlib.import_module(self._rules_module)
        findings = []
        for done, check_id in enumerate(check_ids, start=1):
            if cancelled is not None and cancelled():
                return None
            findings.extend(getattr(rules, self[check_id].rule)(data, parameters))
            if progress is not None:
                progress(100.0 * done / len(check_ids))
        return findings

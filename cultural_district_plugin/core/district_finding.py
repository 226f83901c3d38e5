"""Building a finding about one district of a :class:`DistrictCheckData` (shared by the check rules)."""

from __future__ import annotations

from .check_framework import Finding


def district_finding(data, i: int, check_id: str, severity, template: str, **kw) -> Finding:
    """A finding about district ``i``: its name among the message's arguments, value and threshold as
    plain floats (numpy scalars do not cross into Qt)."""
    arguments = dict(kw.pop("arguments", {}), name=data.names[i])
    for key in ("value", "threshold"):
        if kw.get(key) is not None:
            kw[key] = float(kw[key])
    return Finding(check_id, severity, template, arguments, district_id=int(data.district_ids[i]), **kw)


def present_districts(data) -> list[int]:
    """Indexes of the districts with a non-empty geometry."""
    geometries = data.geometries
    return [i for i in range(len(geometries)) if geometries[i] is not None and not geometries[i].is_empty]


def assets_ready(data) -> bool:
    """Whether the data carry assets and reference municipalities in a measurable CRS."""
    return (
        data.measurable
        and data.asset_points is not None
        and data.unit_geometries is not None
        and len(data.unit_geometries) > 0
    )

"""The district project store's schema, defined once (docs/architecture.md, "The store").

Each table is declared as data; :func:`create_table_sql` turns a declaration into SQLite DDL with
NOT NULL, defaults, CHECKs, UNIQUE constraints and FOREIGN KEYs, and :func:`trigger_sql` into the triggers
that keep its timestamps, so the same declarations can later target PostGIS.

Timestamps are ISO 8601 UTC text (``2026-11-25T14:24:03.063Z``). They are not SQL column defaults: a
GeoPackage reader (OGR, and so QGIS) reports an expression default as literal text and writes it back as
such; triggers fill ``created_at`` on insert and ``updated_at`` on every change instead, whoever writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..core.code_lists import (
    ART101_CLASSES,
    ASSET_CATEGORIES,
    ASSET_RELATIONS,
    DISTRICT_STATUSES,
    DISTRICT_TYPES,
    LEGAL_STATUSES,
    OWNER_TYPES,
    SEVERITIES,
    STAKEHOLDER_ROLES,
    STAKEHOLDER_TYPES,
)

SCHEMA_VERSION = 3
GEOMETRY_COLUMN = "geom"
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # TEXT, INTEGER, REAL
    not_null: bool = False
    default: str | None = None  # SQL literal
    references: str | None = None  # "table(column)"
    on_delete: str = "CASCADE"
    check: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    geometry_type: str | None = None  # GPKG geometry type name, or None for an attribute table
    unique: tuple[tuple[str, ...], ...] = field(default_factory=tuple)  # tuples of column names
    created_column: str | None = None  # filled with the time of insertion when left empty
    updated_column: str | None = None  # set to the time of every change
    # columns the GeoPackage indexes (PostGIS indexes every foreign key): those the panel looks rows up by
    indexed: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _text(name, **kw):
    return Column(name, "TEXT", **kw)


def _int(name, **kw):
    return Column(name, "INTEGER", **kw)


def _real(name, **kw):
    return Column(name, "REAL", **kw)


_CREATED = _text("created_at")  # filled by a trigger (see the module docstring)
_BATCH = _text("batch_id", references="batches(batch_id)", on_delete="CASCADE")

# Columns whose values come from a code list (value maps in the layer styles)
CODE_LISTS = {
    ("districts", "district_type"): DISTRICT_TYPES,
    ("districts", "status"): DISTRICT_STATUSES,
    ("heritage_assets", "category"): ASSET_CATEGORIES,
    ("heritage_assets", "art101_class"): ART101_CLASSES,
    ("heritage_assets", "owner_type"): OWNER_TYPES,
    ("stakeholders", "stakeholder_type"): STAKEHOLDER_TYPES,
    ("stakeholders", "role"): STAKEHOLDER_ROLES,
    ("stakeholders", "legal_status"): LEGAL_STATUSES,
    ("stakeholder_assets", "relation"): ASSET_RELATIONS,
    ("check_results", "severity"): SEVERITIES,
}


def _one_of(column, values):
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IS NULL OR {column} IN ({quoted})"


TABLES = (
    Table(
        "store_info",
        "Key/value facts about the store (schema version, CRS, creating plugin).",
        (
            _text("key", not_null=True),
            _text("value"),
        ),
        unique=(("key",),),
    ),
    Table(
        "batches",
        "One row per bulk operation (import, build, check run); deleting it removes its rows.",
        (
            _text("batch_id", not_null=True),
            _text("operation", not_null=True),
            _text("description"),
            _CREATED,
        ),
        unique=(("batch_id",),),
        created_column="created_at",
    ),
    Table(
        "municipalities",
        "Reference units: ISTAT municipalities with population.",
        (
            _text("pro_com_t", not_null=True, check="length(pro_com_t) = 6"),
            _text("name", not_null=True),
            _int("province_code"),
            _text("province"),
            _int("region_code"),
            _text("region"),
            _int("population", check="population IS NULL OR population >= 0"),
            _int("population_year"),
            _int("boundary_year", not_null=True),
            _BATCH,
        ),
        geometry_type="MULTIPOLYGON",
        unique=(("pro_com_t", "boundary_year"),),
    ),
    Table(
        "districts",
        "Cultural districts (drawn, imported or built from municipalities).",
        (
            _text("name", not_null=True),
            _text("district_type", check=_one_of("district_type", DISTRICT_TYPES)),
            _text("status", not_null=True, default="'proposal'", check=_one_of("status", DISTRICT_STATUSES)),
            _text("legal_act"),
            _text("notes"),
            _text("origin", not_null=True, default="'drawn'"),
            _CREATED,
            _text("updated_at"),
            _BATCH,
        ),
        geometry_type="MULTIPOLYGON",
        unique=(("name",),),
        created_column="created_at",
        updated_column="updated_at",
    ),
    Table(
        "district_members",
        "District membership by ISTAT code and boundary year.",
        (
            _int("district_id", not_null=True, references="districts(fid)"),
            _text("pro_com_t", not_null=True, check="length(pro_com_t) = 6"),
            _int("boundary_year", not_null=True),
            _BATCH,
        ),
        unique=(("district_id", "pro_com_t", "boundary_year"),),
    ),
    Table(
        "heritage_assets",
        "Heritage inventory: places of culture, monuments, landscape assets.",
        (
            _text("name", not_null=True),
            _text("category"),
            _text("art101_class"),
            _text("protection"),
            _text("unesco_component"),
            _text("owner_type"),
            _int("visitors"),
            _int("visitors_year"),
            _text("visitors_source"),
            _text("source_dataset"),
            _text("source_id"),
            _int("coord_verified", default="0"),
            _int("location_approximate", default="0"),
            _text("import_flags"),
            _text("extra_attributes"),
            _text("pro_com_t"),
            _BATCH,
        ),
        geometry_type="POINT",
    ),
    Table(
        "stakeholders",
        "Public bodies, foundations, firms, associations and their roles.",
        (
            _text("name", not_null=True),
            _text("stakeholder_type"),
            _text("role"),
            _text("pro_com_t"),
            _text("contact"),
            _text("address"),
            _text("email"),
            _text("website"),
            _text("legal_status", check=_one_of("legal_status", LEGAL_STATUSES)),
            _int("location_approximate", default="0"),  # 1: placed at its municipality, not its address
            _BATCH,
        ),
        geometry_type="POINT",
    ),
    Table(
        "stakeholder_assets",
        "Which stakeholder owns or manages which heritage asset.",
        (
            _int("stakeholder_id", not_null=True, references="stakeholders(fid)"),
            _int("asset_id", not_null=True, references="heritage_assets(fid)"),
            _text("relation", not_null=True, check=_one_of("relation", ASSET_RELATIONS)),
            _BATCH,
        ),
        unique=(("stakeholder_id", "asset_id", "relation"),),
    ),
    Table(
        "commitments",
        "Stakeholder commitments to a district (funding, instruments).",
        (
            _int("stakeholder_id", not_null=True, references="stakeholders(fid)"),
            _int("district_id", not_null=True, references="districts(fid)"),
            _real("amount_eur"),
            _int("year"),
            _text("instrument"),
            _text("purpose"),
            _BATCH,
        ),
    ),
    Table(
        "declared_totals",
        "Totals declared for a district's funding instrument (an APQ, a CIS), to check commitments against.",
        (
            _int("district_id", not_null=True, references="districts(fid)"),
            _text("instrument", not_null=True),
            _real("total_eur", not_null=True, check="total_eur >= 0"),
            _int("year"),
            _text("source"),
            _BATCH,
        ),
        unique=(("district_id", "instrument"),),
    ),
    Table(
        "check_runs",
        "One row per run of the checks.",
        (
            _text("run_at", not_null=True),
            _text("parameters"),
            _BATCH,
        ),
    ),
    # Findings locate areas (overlaps, parts, holes); findings about points name them in feature_ids.
    # A generic GEOMETRY column would open in QGIS as a table without geometry while empty.
    Table(
        "check_results",
        "Findings of a check run.",
        (
            _int("run_id", not_null=True, references="check_runs(fid)"),
            _int("district_id", references="districts(fid)", on_delete="SET NULL"),  # findings outlive districts
            _text("check_id", not_null=True),
            _text("severity", not_null=True, check=_one_of("severity", SEVERITIES)),
            _real("value"),
            _real("threshold"),
            _text("message"),
            _text("feature_ids"),
            _text("feature_table"),  # the store table feature_ids point into (districts when empty)
            _BATCH,
        ),
        geometry_type="MULTIPOLYGON",
        # the findings of one run, without reading past the others' markers (SQLite reads a row's columns in
        # order, and the geometry comes before run_id: a scan reads every marker of every run)
        indexed=("run_id",),
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}


def foreign_keys() -> list[tuple[str, str, str, str]]:
    """``(table, column, referenced table, referenced column)`` for every link between store tables."""
    links = []
    for table in TABLES:
        for column in table.columns:
            if column.references:
                target, target_column = column.references.rstrip(")").split("(")
                links.append((table.name, column.name, target, target_column))
    return links


def table_sql(
    table: Table,
    primary_key: str,
    geometry_type: str | None,
    types: dict[str, str] | None = None,
    qualified: Callable[[str], str] = lambda name: f'"{name}"',
) -> str:
    """CREATE TABLE statement for a table declaration in one SQL dialect: the ``fid`` column's definition, the
    geometry column's type (None: none), the dialect's name for each declared type, how a table is named."""
    parts = [f"fid {primary_key}"]
    if geometry_type:
        parts.append(f"{GEOMETRY_COLUMN} {geometry_type}")
    for col in table.columns:
        spec = f"{col.name} {(types or {}).get(col.sql_type, col.sql_type)}"
        if col.not_null:
            spec += " NOT NULL"
        if col.default is not None:
            spec += f" DEFAULT {col.default}"
        if col.check:
            spec += f" CHECK ({col.check})"
        parts.append(spec)
    for col in table.columns:
        if col.references:
            target, target_column = col.references.rstrip(")").split("(")
            parts.append(
                f"FOREIGN KEY ({col.name}) REFERENCES {qualified(target)}({target_column}) ON DELETE {col.on_delete}"
            )
    for columns in table.unique:
        parts.append(f"UNIQUE ({', '.join(columns)})")
    return f"CREATE TABLE {qualified(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def create_table_sql(table: Table) -> str:
    """The GeoPackage's (SQLite's) CREATE TABLE for a table declaration."""
    return table_sql(table, "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", table.geometry_type)


def index_sql(table: Table) -> list[str]:
    """CREATE INDEX statements for the table's :attr:`Table.indexed` columns (harmless when they exist: a store
    written before they were declared gains them on its next write to the table)."""
    return [
        f'CREATE INDEX IF NOT EXISTS "{table.name}_{column}_idx" ON "{table.name}" ("{column}")'
        for column in table.indexed
    ]


def trigger_sql(table: Table) -> list[str]:
    """CREATE TRIGGER statements that keep the table's timestamps (none when it has no timestamp columns).

    The insert trigger fills an empty ``created_column``; the update trigger sets ``updated_column`` unless
    the change set it itself (SQLite triggers do not fire themselves recursively).
    """
    statements = []
    if table.created_column:
        column = table.created_column
        statements.append(  # names from the schema's declarations, never from users
            f'CREATE TRIGGER "{table.name}_{column}" AFTER INSERT ON "{table.name}" FOR EACH ROW '  # noqa: S608
            f'WHEN NEW."{column}" IS NULL BEGIN UPDATE "{table.name}" SET "{column}" = {NOW_SQL} '
            f"WHERE fid = NEW.fid; END"  # nosec B608
        )
    if table.updated_column:
        column = table.updated_column
        statements.append(
            f'CREATE TRIGGER "{table.name}_{column}" AFTER UPDATE ON "{table.name}" FOR EACH ROW '  # noqa: S608
            f'WHEN NEW."{column}" IS OLD."{column}" BEGIN UPDATE "{table.name}" SET "{column}" = {NOW_SQL} '
            f"WHERE fid = NEW.fid; END"  # nosec B608
        )
    return statements

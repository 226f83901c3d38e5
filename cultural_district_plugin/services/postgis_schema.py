"""The store's schema (:mod:`store_schema`) as PostGIS DDL: the second target of the same declarations.

One district project is one PostgreSQL schema. Each declared table becomes a table of that schema with the same
columns, NOT NULL, defaults, CHECKs, UNIQUE constraints and FOREIGN KEYs (ON DELETE as declared); ``fid`` is a
``serial`` primary key (GeoPackage's ``fid INTEGER PRIMARY KEY``; QGIS's PostgreSQL provider uses a 32-bit key as
the feature id itself, while a 64-bit one goes through a map of the features it has read, which broke edits of
rows not read yet), other INTEGER columns ``bigint`` (SQLite integers are 64-bit), REAL ``double precision``,
geometries typed with the store's SRID and indexed with GiST. The timestamp columns are kept by ``BEFORE`` triggers
writing the same ISO 8601 UTC text as the GeoPackage's triggers.
Names come from the declarations, never from users; the schema name is checked by
:func:`..core.store_address.parse_store_address` (lower-case letters, digits, underscores) and quoted.
"""

from __future__ import annotations

import re

from ..translation import tr
from .store_schema import GEOMETRY_COLUMN, TABLES, Table, table_sql

SQL_TYPES = {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}
GEOMETRY_TYPES = {"MULTIPOLYGON": "MultiPolygon", "POINT": "Point"}
NOW_TEXT = """to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""


def qualified(schema: str, name: str) -> str:
    return f'"{schema}"."{name}"'


def create_table_sql(schema: str, table: Table, srid: int) -> str:
    geometry = table.geometry_type and f"geometry({GEOMETRY_TYPES[table.geometry_type]}, {int(srid)})"
    return table_sql(table, "serial PRIMARY KEY", geometry, SQL_TYPES, lambda name: qualified(schema, name))


def index_sql(schema: str, table: Table) -> list[str]:
    """The GiST index of the geometry and an index on every foreign key (cascading deletes look them up)."""
    statements = []
    if table.geometry_type:
        statements.append(
            f'CREATE INDEX "{table.name}_{GEOMETRY_COLUMN}_gist" ON {qualified(schema, table.name)} '
            f"USING GIST ({GEOMETRY_COLUMN})"
        )
    for column in table.columns:
        if column.references:
            statements.append(
                f'CREATE INDEX "{table.name}_{column.name}_idx" ON {qualified(schema, table.name)} ({column.name})'
            )
    return statements


EXPECTED = "expected:"  # an edit's claim of the version it changed: "expected:<updated_at as read>"


def trigger_sql(schema: str, table: Table) -> list[str]:
    """Functions and triggers that fill an empty ``created_column`` on insert and set ``updated_column`` on every
    change that did not set it itself (as the GeoPackage's triggers).

    On PostGIS the ``updated_column`` is also the row's version for colleagues editing at once: an edit that sets it
    to ``expected:<the value it read>`` (the plugin's layers do, :mod:`edit_versions`) is refused when the row has
    changed since — the commit fails with a message naming the row and when it changed, nothing is overwritten.
    The message is written into the trigger in the language of whoever creates the store (the office's).
    """
    statements = []
    if table.created_column:
        column = table.created_column
        statements.extend(
            _trigger(
                schema, table, column, "INSERT", f"IF NEW.{column} IS NULL THEN NEW.{column} := {NOW_TEXT}; END IF;"
            )
        )
    if table.updated_column:
        column = table.updated_column
        body = (
            f"IF NEW.{column} LIKE '{EXPECTED}%' THEN "
            f"IF substr(NEW.{column}, {len(EXPECTED) + 1}) IS DISTINCT FROM coalesce(OLD.{column}, '') THEN "
            f"RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = format("
            f"{conflict_format()}, TG_TABLE_NAME, OLD.fid, coalesce(to_jsonb(OLD) ->> 'name', ''), "
            f"OLD.{column}); END IF; NEW.{column} := {NOW_TEXT}; "
            f"ELSIF NEW.{column} IS NOT DISTINCT FROM OLD.{column} THEN NEW.{column} := {NOW_TEXT}; END IF;"
        )
        statements.extend(_trigger(schema, table, column, "UPDATE", body))
    return statements


def conflict_format() -> str:
    """The edit-conflict message, translated, as a quoted PostgreSQL ``format()`` string: ``{0}``…``{3}`` (table,
    row, its name, when it changed) become ``%1$s``…``%4$s``, so a translation may put them in any order."""
    template = tr(
        "{0} {1} ({2}) was changed by someone else at {3}, after you started editing it: reload the layer and make "
        "your change again"
    )
    text = re.sub(r"\{(\d)\}", lambda m: f"%{int(m.group(1)) + 1}$s", template.replace("%", "%%"))
    return "'" + text.replace("'", "''") + "'"


def _trigger(schema: str, table: Table, column: str, event: str, body: str) -> list[str]:
    function = qualified(schema, f"{table.name}_{column}")
    return [
        f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NEW; END $$",
        f'CREATE TRIGGER "{table.name}_{column}" BEFORE {event} ON {qualified(schema, table.name)} '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def schema_sql(schema: str, srid: int) -> list[str]:
    """Every statement that creates an empty store in ``schema`` (run in one transaction)."""
    statements = [f'CREATE SCHEMA "{schema}"']
    for table in TABLES:
        statements.append(create_table_sql(schema, table, srid))
        description = table.description.replace("'", "''")
        statements.append(f"COMMENT ON TABLE {qualified(schema, table.name)} IS '{description}'")
        statements.extend(index_sql(schema, table))
        statements.extend(trigger_sql(schema, table))
    return statements

"""The store's schema (:mod:`store_schema`) as PostGIS DDL: the second target of the same declarations.

One district project is one PostgreSQL schema. Each declared table becomes a table of that schema with the same
columns, NOT NULL, defaults, CHECKs, UNIQUE constraints and FOREIGN KEYs (ON DELETE as declared); ``fid`` is a
``bigserial`` primary key (GeoPackage's ``fid INTEGER PRIMARY KEY``), INTEGER columns ``bigint`` (SQLite integers
are 64-bit), REAL ``double precision``, geometries typed with the store's SRID and indexed with GiST. The timestamp
columns are kept by ``BEFORE`` triggers writing the same ISO 8601 UTC text as the GeoPackage's triggers.
Names come from the declarations, never from users; the schema name is checked by
:func:`..core.store_address.parse_store_address` (lower-case letters, digits, underscores) and quoted.
"""

from __future__ import annotations

from .store_schema import GEOMETRY_COLUMN, TABLES, Table

SQL_TYPES = {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}
GEOMETRY_TYPES = {"MULTIPOLYGON": "MultiPolygon", "POINT": "Point"}
NOW_TEXT = """to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""


def qualified(schema: str, name: str) -> str:
    return f'"{schema}"."{name}"'


def create_table_sql(schema: str, table: Table, srid: int) -> str:
    parts = ["fid bigserial PRIMARY KEY"]
    if table.geometry_type:
        parts.append(f"{GEOMETRY_COLUMN} geometry({GEOMETRY_TYPES[table.geometry_type]}, {int(srid)})")
    for column in table.columns:
        spec = f"{column.name} {SQL_TYPES[column.sql_type]}"
        if column.not_null:
            spec += " NOT NULL"
        if column.default is not None:
            spec += f" DEFAULT {column.default}"
        if column.check:
            spec += f" CHECK ({column.check})"
        parts.append(spec)
    for column in table.columns:
        if column.references:
            target, target_column = column.references.rstrip(")").split("(")
            parts.append(
                f"FOREIGN KEY ({column.name}) REFERENCES {qualified(schema, target)} ({target_column}) "
                f"ON DELETE {column.on_delete}"
            )
    for columns in table.unique:
        parts.append(f"UNIQUE ({', '.join(columns)})")
    return f"CREATE TABLE {qualified(schema, table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


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


def trigger_sql(schema: str, table: Table) -> list[str]:
    """Functions and triggers that fill an empty ``created_column`` on insert and set ``updated_column`` on every
    change that did not set it itself (as the GeoPackage's triggers)."""
    statements = []
    for column, event, condition in (
        (table.created_column, "INSERT", f"NEW.{table.created_column} IS NULL"),
        (table.updated_column, "UPDATE", f"NEW.{table.updated_column} IS NOT DISTINCT FROM OLD.{table.updated_column}"),
    ):
        if not column:
            continue
        function = qualified(schema, f"{table.name}_{column}")
        statements.append(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {condition} THEN NEW.{column} := {NOW_TEXT}; END IF; RETURN NEW; END $$"
        )
        statements.append(
            f'CREATE TRIGGER "{table.name}_{column}" BEFORE {event} ON {qualified(schema, table.name)} '
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    return statements


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

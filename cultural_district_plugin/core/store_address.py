"""Where a district project store lives: a GeoPackage file, or one schema of a PostgreSQL/PostGIS database
(issue #17, docs/architecture.md "The store on PostGIS").

A PostgreSQL store is written as a libpq URI with the schema as a query parameter,
``postgresql://user@host:port/dbname?schema=val_di_noto`` (a password may follow the user after a colon), or as
libpq keywords with ``schema=``, ``service=regione schema=val_di_noto`` (the password then lives in the user's
``~/.pg_service.conf`` or ``~/.pgpass``, never in the address). ``authcfg=<id>`` names a QGIS authentication
configuration whose user name and password are looked up when connecting; ``connection=<name>`` a PostgreSQL
connection saved in QGIS (Browser ▸ PostgreSQL), whose settings are used. :meth:`StoreAddress.shown` is the form
written into messages and logs: never the password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from .input_error import InputError
from .translatable import translatable

SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_KEYWORD = re.compile(r"\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)")
_URI_PREFIXES = ("postgresql://", "postgres://")
_LIBPQ_START = re.compile(r"^(service|dbname|host|hostaddr|port|user|password|schema|sslmode|authcfg|connection)\s*=")
# URI parts and their libpq keyword
_URI_PARTS = {
    "username": "user",
    "password": "password",  # pragma: allowlist secret
    "hostname": "host",
    "port": "port",
}  # pragma: allowlist secret


@dataclass(frozen=True)
class StoreAddress:
    """A GeoPackage path, or a PostgreSQL connection (libpq keywords) and schema."""

    geopackage: Path | None = None
    keywords: dict[str, str] = field(default_factory=dict, repr=False)  # libpq keywords, without schema, authcfg
    schema: str | None = None
    authcfg: str | None = None
    given: str = field(default="", repr=False, compare=False)  # the text as written (may hold a password)

    @property
    def is_postgres(self) -> bool:
        return self.geopackage is None

    def conninfo(self, **overrides: str) -> str:
        """The libpq keyword/value connection string (``overrides``: e.g. the user and password of an authcfg)."""
        values = {**self.keywords, **{k: v for k, v in overrides.items() if v}}
        return " ".join(f"{key}={_quoted(value)}" for key, value in values.items())

    def saved(self) -> str:
        """The address to remember in a project: libpq keywords, schema and authcfg, never the password (it is
        found again in ~/.pgpass, a service file or the authcfg)."""
        if not self.is_postgres:
            return str(self.geopackage)
        keywords = {k: v for k, v in self.keywords.items() if k != "password"}
        keywords["schema"] = self.schema
        if self.authcfg:
            keywords["authcfg"] = self.authcfg
        return " ".join(f"{key}={_quoted(value)}" for key, value in keywords.items())

    def shown(self) -> str:
        """The address for messages and logs: the file, or ``postgresql://user@host:port/dbname?schema=s``
        (a service by name), never a password."""
        if not self.is_postgres:
            return str(self.geopackage)
        k = self.keywords
        if "connection" in k:
            where = f"connection={k['connection']}"
        elif "service" in k and "host" not in k:
            where = f"service={k['service']}"
        else:
            user = f"{k['user']}@" if "user" in k else ""
            port = f":{k['port']}" if "port" in k else ""
            where = f"postgresql://{user}{k.get('host', '')}{port}/{k.get('dbname', '')}"
        return f"{where}?schema={self.schema}"


def _quoted(value: str) -> str:
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def looks_like_postgres(text: str) -> bool:
    """Whether ``text`` is meant as a PostgreSQL store (a URI, ``PG:`` or libpq keywords) rather than a file."""
    text = text.strip()
    return text.startswith((*_URI_PREFIXES, "PG:")) or bool(_LIBPQ_START.match(text))


def parse_store_address(text: str) -> StoreAddress:
    """The store ``text`` names; :class:`InputError` saying what is wrong with a PostgreSQL address."""
    text = str(text).strip()
    if not looks_like_postgres(text):
        return StoreAddress(geopackage=Path(text), given=text)
    if text.startswith(_URI_PREFIXES):
        keywords = _uri_keywords(text)
    else:
        keywords = _keyword_pairs(text.removeprefix("PG:"))
    schema = keywords.pop("schema", None) or keywords.pop("active_schema", None)
    authcfg = keywords.pop("authcfg", None)
    if not schema:
        raise InputError(
            translatable(
                "{where}: a PostgreSQL store needs its schema, e.g. postgresql://host/dbname?schema=val_di_noto"
            ),
            where=_shown_without_schema(keywords),
        )
    if not SCHEMA_NAME.match(schema):
        raise InputError(
            translatable(
                "{where}: schema name {schema!r}: use lower-case letters, digits and underscores (at most 63), "
                "starting with a letter"
            ),
            where=_shown_without_schema(keywords),
            schema=schema,
        )
    return StoreAddress(keywords=keywords, schema=schema, authcfg=authcfg, given=text)


def _uri_keywords(text: str) -> dict[str, str]:
    parts = urlsplit(text)
    keywords = {}
    for attribute, keyword in _URI_PARTS.items():
        value = getattr(parts, attribute)
        if value not in (None, ""):
            keywords[keyword] = unquote(str(value))
    if parts.path.strip("/"):
        keywords["dbname"] = unquote(parts.path.strip("/"))
    keywords.update(parse_qsl(parts.query))
    return keywords


def _keyword_pairs(text: str) -> dict[str, str]:
    keywords, position = {}, 0
    while position < len(text.rstrip()):
        match = _KEYWORD.match(text, position)
        if not match:
            raise InputError(
                translatable("cannot read the PostgreSQL connection {text!r}: check its quotes"), text=_redacted(text)
            )
        keywords[match.group(1)] = _unquoted(match.group(2))
        position = match.end()
    return keywords


def _redacted(text: str) -> str:
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)", r"\1***", text)


def _shown_without_schema(keywords: dict[str, str]) -> str:
    return StoreAddress(keywords=keywords, schema="").shown().removesuffix("?schema=")

"""Where a store lives (#17): GeoPackage paths and PostgreSQL addresses, read without a server."""

from pathlib import Path

import pytest

from cultural_district_plugin.core.input_error import InputError
from cultural_district_plugin.core.store_address import looks_like_postgres, parse_store_address


def test_a_path_is_a_geopackage():
    address = parse_store_address("/data/progetti/val_di_noto.gpkg")
    assert not address.is_postgres and address.geopackage == Path("/data/progetti/val_di_noto.gpkg")
    assert address.shown() == "/data/progetti/val_di_noto.gpkg"


def test_uri_gives_libpq_keywords_schema_and_a_shown_form_without_password():
    address = parse_store_address(
        "postgresql://anna:s%20egreto@db.regione.sicilia.it:5433/distretti?schema=val_di_noto&sslmode=require"
    )
    assert address.is_postgres and address.schema == "val_di_noto"
    assert address.keywords == {
        "user": "anna",
        "password": "s egreto",
        "host": "db.regione.sicilia.it",
        "port": "5433",
        "dbname": "distretti",
        "sslmode": "require",
    }
    assert address.conninfo() == (
        "user=anna password='s egreto' host=db.regione.sicilia.it port=5433 dbname=distretti sslmode=require"
    )
    assert address.shown() == "postgresql://anna@db.regione.sicilia.it:5433/distretti?schema=val_di_noto"
    assert "egreto" not in repr(address)


def test_service_and_keyword_forms():
    service = parse_store_address("service=regione schema=val_di_noto")
    assert service.keywords == {"service": "regione"} and service.shown() == "service=regione?schema=val_di_noto"
    keywords = parse_store_address(
        "PG:dbname='distretti culturali' host=localhost password='a b' schema=s authcfg=ab12cd3"
    )
    assert keywords.keywords == {"dbname": "distretti culturali", "host": "localhost", "password": "a b"}
    assert keywords.authcfg == "ab12cd3" and keywords.schema == "s"
    assert (
        keywords.conninfo(user="anna", password="x")
        == "dbname='distretti culturali' host=localhost password=x user=anna"
    )
    assert looks_like_postgres("postgres://h/d?schema=s") and not looks_like_postgres("C:/dati/store.gpkg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("postgresql://db/distretti", "postgresql://db/distretti: a PostgreSQL store needs its schema"),
        ("postgresql://db/distretti?schema=Val-di-Noto", "schema name 'Val-di-Noto': use lower-case letters"),
        ("dbname=x password='unclosed schema=s", "cannot read the PostgreSQL connection 'dbname=x password=***"),
    ],
)
def test_bad_addresses_are_refused_with_what_is_wrong_and_no_password(text, expected):
    with pytest.raises(InputError) as raised:
        parse_store_address(text)
    assert expected in str(raised.value) and "unclosed" not in str(raised.value)

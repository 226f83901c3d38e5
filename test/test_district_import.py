"""importdistricts: every vector format (zipped shapefile and KMZ included), a file without CRS, the
invalid ISTAT 2023 boundaries (Santa Ninfa, Bronte) repaired, features refused with the reason."""

import zipfile

import pytest
from conftest import MUNICIPALITIES, SAMPLE, VAL_DI_NOTO
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from cultural_district_plugin.services.district_import import district_name_field
from cultural_district_plugin.services.district_store import DistrictStore

WHERE_VDN = "pro_com_t IN ({})".format(", ".join(f"'{c}'" for c in VAL_DI_NOTO))


@pytest.fixture
def store(run_algorithm, tmp_path):
    path = tmp_path / "store.gpkg"
    run_algorithm("createstore", OUTPUT=str(path), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    return path


def export(tmp_path, name, driver, where=WHERE_VDN, **options):
    target = tmp_path / name
    gdal.VectorTranslate(str(target), str(SAMPLE), format=driver, layers=["municipalities"], where=where, **options)
    return target


def districts(store):
    table, geometries = DistrictStore(store).read_table("districts", ["name", "origin"])
    return dict(zip(table["name"], geometries)), set(table["origin"])


@pytest.mark.parametrize("kind", ["gpkg", "geojson", "kml", "kmz", "zipped_shapefile"])
def test_every_format_lands_in_the_store_crs(run_algorithm, store, tmp_path, kind):
    if kind == "gpkg":
        source = export(tmp_path, "vdn.gpkg", "GPKG")
    elif kind == "geojson":
        source = export(tmp_path, "vdn.geojson", "GeoJSON")
    elif kind in ("kml", "kmz"):
        source = export(tmp_path, "vdn.kml", "KML", options=["-dsco", "NameField=comune"])
        if kind == "kmz":
            kmz = tmp_path / "vdn.kmz"
            with zipfile.ZipFile(kmz, "w") as archive:
                archive.write(source, "doc.kml")
            source = kmz
    else:
        folder = tmp_path / "shp"
        folder.mkdir()
        shp = export(folder, "vdn.shp", "ESRI Shapefile")
        source = tmp_path / "vdn.zip"
        with zipfile.ZipFile(source, "w") as archive:
            for part in folder.iterdir():
                archive.write(part, part.name)
        assert shp.exists()
    name_field = "Name" if kind in ("kml", "kmz") else "comune"
    result = run_algorithm(
        "importdistricts", INPUT=str(source), STORE=str(store), NAME_FIELD=name_field, REPORT="TEMPORARY_OUTPUT"
    )
    assert (result["IMPORTED"], result["REFUSED"]) == (8, 0)
    imported, origins = districts(store)
    assert origins == {"imported"} and "Noto" in imported
    # Noto's area in the store CRS (UTM 33N) as in docs/methods.md, Reference figures (549.43 km² planar)
    assert imported["Noto"].area / 1e6 == pytest.approx(549.43, abs=0.5)


def test_a_file_without_crs_needs_it_stated(run_algorithm, store, tmp_path):
    source = export(tmp_path, "nocrs.shp", "ESRI Shapefile", dstSRS="EPSG:7792")
    source.with_suffix(".prj").unlink()
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_algorithm("importdistricts", INPUT=str(source), STORE=str(store))
    assert districts(store)[0] == {}
    result = run_algorithm(
        "importdistricts", INPUT=str(source), STORE=str(store), SOURCE_CRS="EPSG:7792", FILTER="\"comune\" = 'Modica'"
    )
    assert result["IMPORTED"] == 1
    assert districts(store)[0]["Modica"].area / 1e6 == pytest.approx(289.37, abs=0.5)


def test_invalid_istat_boundaries_are_repaired_and_listed(run_algorithm, store, tmp_path):
    source = export(tmp_path, "invalid.gpkg", "GPKG", where="pro_com_t IN ('081019', '087009')")
    result = run_algorithm("importdistricts", INPUT=str(source), STORE=str(store), REPORT="TEMPORARY_OUTPUT")
    assert (result["IMPORTED"], result["REPAIRED"], result["REFUSED"]) == (2, 2, 0)
    report = {f["name"]: f for f in result["REPORT"].getFeatures()}
    assert set(report) == {"Santa Ninfa", "Bronte"}
    for row in report.values():
        assert row["outcome"] == "repaired" and "Self-intersection" in row["reason"]
        assert row["area_after_km2"] == pytest.approx(row["area_before_km2"], rel=0.01)
    assert all(g.is_valid for g in districts(store)[0].values())


def test_features_without_polygons_are_refused_with_the_reason(run_algorithm, store, tmp_path):
    source = tmp_path / "mixed.geojson"
    source.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"name": "Ok"}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[14.9, 37.0], [15.0, 37.0], [15.0, 37.1], [14.9, 37.0]]]}},'
        '{"type": "Feature", "properties": {"name": "Empty"}, "geometry": null}]}',
        encoding="utf-8",
    )
    result = run_algorithm("importdistricts", INPUT=str(source), STORE=str(store), REPORT="TEMPORARY_OUTPUT")
    assert (result["IMPORTED"], result["REFUSED"]) == (1, 1)
    refused = [f for f in result["REPORT"].getFeatures() if f["outcome"] == "refused"]
    assert refused[0]["name"] == "Empty" and refused[0]["reason"] == "no geometry"


def test_istat_boundary_files_with_a_population_table(run_algorithm, tmp_path):
    """An ISTAT-style shapefile (upper-case fields, WGS84 / UTM 32N, codes as numbers and text) and a
    population CSV whose codes lost their leading zeros."""
    source = tmp_path / "Com01012023_WGS84.shp"
    gdal.VectorTranslate(
        str(source),
        str(SAMPLE),
        format="ESRI Shapefile",
        dstSRS="EPSG:32632",
        SQLStatement="SELECT CAST(pro_com_t AS INTEGER) AS PRO_COM, pro_com_t AS PRO_COM_T, "
        "comune AS COMUNE, cod_prov AS COD_UTS, cod_reg AS COD_REG, geom "
        "FROM municipalities WHERE cod_reg = 1",
        SQLDialect="SQLITE",
    )
    population = tmp_path / "popolazione.csv"
    population.write_text(
        "Codice comune;Denominazione;Totale\n1272;Torino;841.600\n1292;Venaria Reale;32.288\n", encoding="utf-8"
    )
    store = tmp_path / "piemonte.gpkg"
    run_algorithm("createstore", OUTPUT=str(store), CRS="EPSG:7791")
    result = run_algorithm(
        "loadmunicipalities",
        STORE=str(store),
        MUNICIPALITIES=str(source),
        POPULATION_TABLE=str(population),
        POPULATION_YEAR=2023,
        BOUNDARY_YEAR=2023,
    )
    assert result["LOADED"] == 1179
    table, geometries = DistrictStore(store).read_table(
        "municipalities", ["pro_com_t", "name", "province_code", "population", "population_year"]
    )
    torino = table[table["pro_com_t"] == "001272"].iloc[0]
    assert (torino["name"], torino["province_code"], torino["population"], torino["population_year"]) == (
        "Torino",
        1,
        841600,
        2023,
    )
    assert table["population"].notna().sum() == 2
    # UTM 32N (WGS84) → RDN2008 / UTM 32N: the same projection, no shift
    assert geometries[table.index[table["pro_com_t"] == "001272"][0]].area / 1e6 == pytest.approx(130.01, abs=0.1)


@pytest.mark.parametrize(
    ("select", "expected_field"),
    [
        # a shapefile's dBase cuts DENOMINAZIONE_DISTRETTO to DENOMINAZI
        ("comune AS DENOMINAZIONE_DISTRETTO", "DENOMINAZI"),
        # no recognised name: the first text field filled and unique in every feature (not the constant one)
        ("'comune' AS tipo, comune AS etichetta", "etichetta"),
    ],
)
def test_district_names_are_found_without_a_name_field_given(run_algorithm, store, tmp_path, select, expected_field):
    folder = tmp_path / "shp"
    folder.mkdir()
    shp = folder / "distretti.shp"
    codes = ", ".join(f"'{c}'" for c in VAL_DI_NOTO)
    gdal.VectorTranslate(
        str(shp),
        str(SAMPLE),
        format="ESRI Shapefile",
        SQLStatement=f"SELECT {select}, geom FROM municipalities WHERE pro_com_t IN ({codes})",
        SQLDialect="SQLITE",
    )
    result = run_algorithm("importdistricts", INPUT=str(shp), STORE=str(store), REPORT="TEMPORARY_OUTPUT")
    assert (result["IMPORTED"], result["REFUSED"]) == (8, 0)
    names, _ = districts(store)
    assert "Noto" in names and "Ragusa" in names
    assert district_name_field(QgsVectorLayer(str(shp), "d", "ogr")) == expected_field


def test_implausible_districts_are_imported_with_a_warning(run_algorithm, store, tmp_path):
    """#14.3: a district around Paris in a Sicily store, and one whose coordinates are degrees declared as
    metres (a few m²): imported (the planner decides), each with the figures that make it implausible."""
    paris = tmp_path / "paris.geojson"
    paris.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nome": "Parigi"}, '
        '"geometry": {"type": "Polygon", "coordinates": [[[2.25, 48.8], [2.4, 48.8], [2.4, 48.9], [2.25, 48.9], '
        "[2.25, 48.8]]]}}]}"
    )
    result = run_algorithm("importdistricts", INPUT=str(paris), STORE=str(store), REPORT="TEMPORARY_OUTPUT")
    (row,) = [(f["name"], f["outcome"], f["reason"]) for f in result["REPORT"].getFeatures()]
    assert row[:2] == ("Parigi", "imported") and "km outside the store's municipalities" in row[2]
    assert 1000 < float(row[2].split("lies ")[1].split(" km")[0]) < 1500  # Paris–Sicily's bounding box
    folder = tmp_path / "degrees"
    folder.mkdir()
    shp = folder / "gradi.shp"
    gdal.VectorTranslate(
        str(shp),
        str(SAMPLE),
        format="ESRI Shapefile",
        SQLStatement="SELECT comune, ST_Transform(geom, 4326) AS geom FROM municipalities WHERE pro_com_t = '089013'",
        SQLDialect="SQLITE",
    )
    (folder / "gradi.prj").unlink()  # no CRS: the planner states metres (wrongly)
    result = run_algorithm(
        "importdistricts", INPUT=str(shp), STORE=str(store), SOURCE_CRS="EPSG:7792", REPORT="TEMPORARY_OUTPUT"
    )
    (row,) = [(f["name"], f["outcome"], f["reason"]) for f in result["REPORT"].getFeatures()]
    assert row[:2] == ("Noto", "imported") and row[2].startswith("is only ") and "degrees declared as metres" in row[2]

"""Write the messy heritage inventories used by test/test_heritage_import.py (committed outputs).

Each file imitates a real export: a regional spreadsheet in Windows-1252 with ';', title lines, decimal
commas and thousands dots; a UTF-8-with-BOM English CSV; a Gauss–Boaga X/Y table; an XLSX sheet; a
tab-separated file with WKT. Run with the Debian Python (it needs QGIS and GDAL):
``/usr/bin/python3 scripts/make_heritage_corpus.py``.
"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
)

OUT = Path(__file__).resolve().parent.parent / "test" / "data" / "heritage"

REGIONAL = '''Regione Siciliana - Assessorato dei Beni Culturali e dell'Identità Siciliana
Elenco dei luoghi della cultura al 31/12/2023;;;;;;;;

Codice;Denominazione;Tipologia;Comune;Latitudine;Longitudine;Visitatori;Anno;Note
CT001;Basilica Cattedrale di Sant'Agata;Cattedrale;Catania;37,502461;15,088211;7.220;2022;Città metropolitana
SR001;Cattedrale di San Nicolò;Chiesa;Noto;15,070981;36,891600;12.500;2022;coordinate invertite

RG001;Duomo di San Giorgio;Duomo;Modica;;;;;solo comune
XX001;Museo di Atlantide;Museo;Atlantide;;;;;comune inesistente
CT002;Monastero dei Benedettini;Complesso monumentale;Catania;37,2x;15,079000;;;coordinata illeggibile
FR001;Musée du Louvre;Museo;Parigi;48,860611;2,337644;8.900.000;2023;fuori Italia
MA001;Relitto della nave romana;Area archeologica;;37,000000;15,500000;;;in mare
CT003;Palazzo Biscari;Palazzo;Catania;37,501700;15,090300;n.d.;2022;visitatori non disponibili
CT004;Cattedrale di S. Agata;Cattedrale;Catania;37,502480;15,088250;7.220;2022;doppione
SR002;"Museo Archeologico Regionale ""Paolo Orsi""";Museo;Siracusa;37,073889;15,278611;71.204;2019;
CT005;Palazzo dell'Università;Palazzo;Catania;37,503889;15,086944;;;Città

'''

ENGLISH = """Name,Type,City,Lat,Lon,Visitors,Year
"Museo Civico, Castello Ursino",Castle,Catania,37.498611,15.083889,"45,000",2019
Teatro Massimo Bellini,Theatre,Catania,37.504722,15.090556,,
Scalinata di Santa Maria del Monte,Monumento,Caltagirone,37.237300,14.513700,,
Città di Noto – Palazzo Ducezio,Palace,Noto,36.891944,15.069444,"3,100",2022
"""

GAUSS_BOAGA = [
    ("GB1", "Duomo di San Giorgio", "Chiesa", 36.864092, 14.761668),
    ("GB2", "Cattedrale di San Nicolò", "Chiesa", 36.891600, 15.070981),
    ("GB3", "Castello di Donnafugata", "Castello", 36.882500, 14.563900),
]

XLSX_ROWS = [
    ("Denominazione", "Tipologia", "Comune", "Latitudine", "Longitudine", "Visitatori"),
    ("Villa Romana del Casale", "Area archeologica", "Piazza Armerina", 37.365556, 14.333889, 350000),
    ("Teatro antico di Taormina", "Area archeologica", "Taormina", 37.852222, 15.292222, 900000),
    ("Museo archeologico regionale di Aidone", "Museo", "Aidone", 37.415556, 14.447778, None),
]

WKT = (
    "id\tnome\tcategoria\tgeometria\nW1\tBasilica di San Sebastiano\tBasilica\tPOINT (14.903 37.0617)\n"
    "W2\tChiesa di San Paolo\tChiesa\tPOINT (14.901 37.0605)\nW3\tChiesa rotta\tChiesa\tPOINT (14.9 abc)\n"
)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "luoghi_regione_cp1252.csv").write_bytes(REGIONAL.replace("\n", "\r\n").encode("cp1252"))
    (OUT / "places_utf8_bom.csv").write_bytes(ENGLISH.encode("utf-8-sig"))
    to_gb = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3004"),
        QgsCoordinateTransformContext(),
    )
    lines = ["ID;NOME;CATEGORIA;X;Y"]
    for code, name, category, lat, lon in GAUSS_BOAGA:
        point = to_gb.transform(QgsPointXY(lon, lat))
        lines.append(f"{code};{name};{category};{point.x():.2f};{point.y():.2f}".replace(".", ","))
    (OUT / "gauss_boaga_est.csv").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    (OUT / "wkt_points.txt").write_bytes(WKT.encode("utf-8"))
    xlsx = OUT / "beni_sicilia.xlsx"
    if xlsx.exists():
        xlsx.unlink()
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(xlsx))
    sheet = ds.CreateLayer("beni", options=[])
    types = [ogr.OFTString, ogr.OFTString, ogr.OFTString, ogr.OFTReal, ogr.OFTReal, ogr.OFTInteger]
    for name, kind in zip(XLSX_ROWS[0], types):
        sheet.CreateField(ogr.FieldDefn(name, kind))
    for row in XLSX_ROWS[1:]:
        feature = ogr.Feature(sheet.GetLayerDefn())
        for name, value in zip(XLSX_ROWS[0], row):
            if value is not None:
                feature.SetField(name, value)
        sheet.CreateFeature(feature)
    ds = None
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()

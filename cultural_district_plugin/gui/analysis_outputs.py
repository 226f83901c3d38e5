"""The analysis layers the dock adds to the project: one of each kind, replaced when the analysis runs again."""

from qgis.core import QgsProject

OUTPUT_PROPERTY = "cultural_district/output"  # marks the analysis layers the panel added (one of each kind)


def add_analysis_output(layer, kind, title, style=None):
    """Add an analysis output to the project, replacing the panel's previous output of the same kind."""
    project = QgsProject.instance()
    old = [lyr.id() for lyr in project.mapLayers().values() if lyr.customProperty(OUTPUT_PROPERTY) == kind]
    project.removeMapLayers(old)
    layer.setName(title)
    layer.setCustomProperty(OUTPUT_PROPERTY, kind)
    if style is not None:
        style(layer)
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(0, layer)  # on top of the map, outside the store's group
    return layer


def analysis_output(kind):
    """The panel's current output layer of a kind, or None."""
    for layer in QgsProject.instance().mapLayers().values():
        if layer.customProperty(OUTPUT_PROPERTY) == kind:
            return layer
    return None


def add_import_report(report):
    """An import's report joins the project as a table to inspect or export, read in the user's language."""
    from ..services.output_styles import style_import_report
    from ..translation import tr

    report.setName(tr("Import report"))
    style_import_report(report)
    QgsProject.instance().addMapLayer(report)
    return report

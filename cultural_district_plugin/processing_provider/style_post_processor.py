"""Styles an algorithm's output when the Processing dialog loads it into the project."""

from qgis.core import QgsProcessingLayerPostProcessorInterface

_ALIVE = []  # QGIS keeps only a C++ pointer: the Python post-processors must outlive the algorithm run


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):
        self.style(layer)

    @staticmethod
    def attach(context, output_id, style):
        """Style ``output_id`` with ``style(layer)`` if the run will load it into the project."""
        if output_id and context.willLoadLayerOnCompletion(output_id):
            processor = StylePostProcessor(style)
            _ALIVE.append(processor)
            context.layerToLoadOnCompletionDetails(output_id).setPostProcessor(processor)

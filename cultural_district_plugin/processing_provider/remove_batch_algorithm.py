"""``cultural_district:removebatch`` — undo a bulk operation by removing its batch."""

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterString

from .algorithm_base import CulturalDistrictAlgorithm


class RemoveBatchAlgorithm(CulturalDistrictAlgorithm):
    OPERATION = "OPERATION"
    DESCRIPTION = "DESCRIPTION"
    REMOVED_BATCH = "REMOVED_BATCH"
    BATCH_ID = "BATCH_ID"

    def name(self):
        return "removebatch"

    def displayName(self):
        return self.tr("Remove a batch (undo a bulk operation)")

    def shortHelpString(self):
        return self.tr(
            "Every bulk operation (loading municipalities, building a district, attaching heritage, a check "
            "run) writes its rows in one batch. Removing the batch removes exactly those rows. Leave the "
            "batch id blank to remove the latest batch."
        )

    def initAlgorithm(self, config=None):
        self.add_store_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.BATCH_ID, self.tr("Batch id (blank: the latest)"), optional=True)
        )
        self.addOutput(QgsProcessingOutputString(self.REMOVED_BATCH, self.tr("Removed batch")))
        self.addOutput(QgsProcessingOutputString(self.OPERATION, self.tr("Operation undone")))
        self.addOutput(QgsProcessingOutputString(self.DESCRIPTION, self.tr("What the operation had written")))

    def process(self, parameters, context, feedback):
        from ..services.district_store import StoreError

        store = self.open_store(parameters, context)
        batch_id = self.parameterAsString(parameters, self.BATCH_ID, context).strip()
        latest = store.latest_batch()
        if not batch_id:
            if latest is None:
                raise StoreError(self.tr("The store has no batch to remove"))
            batch_id = latest[0]
        batches, _ = store.read_table("batches", ["batch_id", "operation", "description"])
        found = batches[batches["batch_id"] == batch_id]
        operation = found["operation"].iloc[0] if len(found) else ""
        description = (found["description"].iloc[0] if len(found) else None) or operation
        store.remove_batch(batch_id)
        feedback.pushInfo(self.tr("Removed batch {0} ({1})").format(batch_id, description))
        return {self.REMOVED_BATCH: batch_id, self.OPERATION: operation, self.DESCRIPTION: description}

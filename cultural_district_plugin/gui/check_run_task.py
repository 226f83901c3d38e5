"""A district check run as a background task: computes on copies in ``run()``, writes in ``finished()``.

A cancelled or failed run writes nothing.
"""

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..translation import tr


class CheckRunTask(QgsTask):
    completed = pyqtSignal(bool, str, int)  # success, message, run id (-1 when nothing was recorded)

    def __init__(self, store_path, check_ids=None):
        super().__init__(tr("District checks"), QgsTask.Flag.CanCancel)
        from ..core.district_checks import DISTRICT_CHECKS
        self.store_path = store_path
        self.check_ids = list(check_ids or DISTRICT_CHECKS.ids())
        self.findings = None
        self.error = ""

    def run(self):
        from ..core.district_checks import DISTRICT_CHECKS
        from ..services.check_runner import store_check_data
        from ..services.district_store import DistrictStore
        try:
            data = store_check_data(DistrictStore(self.store_path))
            self.findings = DISTRICT_CHECKS.run(data, self.check_ids, progress=self.setProgress,
                                                cancelled=self.isCanceled)
        except Exception as error:  # reported in finished(), on the main thread
            self.error = str(error)
            return False
        return self.findings is not None

    def finished(self, ok):
        from ..core.district_checks import DISTRICT_CHECKS
        from ..services.check_runner import write_check_run
        from ..services.district_store import DistrictStore
        if not ok:
            self.completed.emit(False, self.error or tr("Checks cancelled: nothing was recorded"), -1)
            return
        try:
            run_id, _ = write_check_run(DistrictStore(self.store_path), self.findings, self.check_ids,
                                        DISTRICT_CHECKS.resolve_parameters(self.check_ids), "store")
        except Exception as error:
            self.completed.emit(False, str(error), -1)
            return
        self.completed.emit(True, tr("{0} finding(s) recorded").format(len(self.findings)), run_id)

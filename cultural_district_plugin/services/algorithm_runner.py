"""The one way the GUI reaches the work: every operation runs as its Processing algorithm in a task.

:class:`AlgorithmRunner` starts ``cultural_district:<name>`` in a ``QgsProcessingAlgRunnerTask`` (QGIS task
manager: progress and cancel, GUI never blocked), keeps the task, its context and feedback alive while it
runs, hands layers written to ``TEMPORARY_OUTPUT`` over to the caller, and reports every outcome through
public signals. A callback that fails is logged with its traceback and reported as a failure: nothing
vanishes inside a task wrapper.

Because the dock and ``qgis_process`` run the same algorithm, they give the same results.
"""

from dataclasses import dataclass, field
from typing import Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .. import log
from ..translation import tr

PROVIDER_ID = "cultural_district"


class _CollectingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the algorithm's error and warning lines (the textLog keeps info too)."""

    def __init__(self):
        super().__init__()
        self.errors: list = []
        self.warnings: list = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


@dataclass
class Operation:
    """One running algorithm and what must outlive it until it has finished."""

    algorithm_id: str
    display_name: str
    task: object
    context: object
    feedback: object
    on_success: Optional[Callable] = None
    on_failure: Optional[Callable] = None
    results: dict = field(default_factory=dict)


class AlgorithmRunner(QObject):
    """Runs the plugin's algorithms as tasks; one operation or several at once."""

    busyChanged = pyqtSignal(bool)
    started = pyqtSignal(str)  # algorithm id
    finished = pyqtSignal(str, bool, str)  # algorithm id, success, message for the user

    def __init__(self, project: QgsProject = None, parent: QObject = None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self._operations: list = []

    @property
    def busy(self) -> bool:
        """True while an operation runs (or its callbacks are running)."""
        return bool(self._operations)

    def running(self) -> list:
        """Ids of the algorithms running now."""
        return [operation.algorithm_id for operation in self._operations]

    def run(self, name: str, parameters: dict, on_success: Callable = None, on_failure: Callable = None) -> bool:
        """Start ``cultural_district:<name>``. ``on_success(results)`` runs on the main thread when it
        succeeds and may return the message to show; ``on_failure(message)`` when it fails. Returns False
        when the algorithm could not even be started (the failure is reported all the same)."""
        algorithm_id = f"{PROVIDER_ID}:{name}"
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            message = tr("Processing algorithm {0} is not available").format(algorithm_id)
            log.error(message)
            if on_failure is not None:
                on_failure(message)
            self.finished.emit(algorithm_id, False, message)
            return False
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = _CollectingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        operation = Operation(algorithm_id, algorithm.displayName(), task, context, feedback, on_success, on_failure)
        task.executed.connect(lambda ok, results: self._executed(operation, ok, results))
        self._operations.append(operation)
        if len(self._operations) == 1:
            self.busyChanged.emit(True)
        self.started.emit(algorithm_id)
        QgsApplication.taskManager().addTask(task)
        return True

    def cancel_all(self) -> None:
        """Cancel every running operation (their failure is still reported when the task ends). Through the
        feedback, which the algorithms check at every step, not ``QgsTask.cancel()``: on QGIS 3.22 a task cancelled
        before its thread starts can leave that pool thread blocked; a task not started yet starts, finds itself
        cancelled at its first step and ends, writing nothing."""
        for operation in list(self._operations):
            operation.feedback.cancel()

    def _executed(self, operation: Operation, ok: bool, results: dict) -> None:
        """Main thread, when the task has ended: callbacks, then the signals. The operation counts as running
        until its callbacks are done, so an operation a callback starts keeps the runner busy throughout."""
        if sip.isdeleted(self):
            return  # the plugin was unloaded while the task ran
        try:
            if ok:
                message = self._succeeded(operation, results)
            else:
                message = self._failure_message(operation)
                if operation.on_failure is not None:
                    operation.on_failure(message)
        except Exception as error:  # a callback's bug: logged with its traceback, reported as a failure
            log.exception(tr("{0}: after the algorithm finished").format(operation.algorithm_id), error)
            ok, message = (
                False,
                tr("{0} failed: {1} (details in the log panel, tab {2})").format(
                    operation.display_name, error, log.TAG
                ),
            )
        self._operations.remove(operation)
        self.finished.emit(operation.algorithm_id, ok, message)
        if not self._operations:
            self.busyChanged.emit(False)

    def _succeeded(self, operation: Operation, results: dict) -> str:
        context = operation.context
        # layers written to TEMPORARY_OUTPUT live in the task's context: hand them over to the caller
        operation.results = {
            key: context.takeResultLayer(value)
            if isinstance(value, str) and context.temporaryLayerStore().mapLayer(value)
            else value
            for key, value in results.items()
        }
        for warning in operation.feedback.warnings:
            log.warning(f"{operation.algorithm_id}: {warning}")
        message = operation.on_success(operation.results) if operation.on_success is not None else None
        return message if isinstance(message, str) else tr("{0}: done").format(operation.display_name)

    @staticmethod
    def _failure_message(operation: Operation) -> str:
        if operation.feedback.isCanceled():
            return tr("{0} cancelled: nothing was changed").format(operation.display_name)
        errors = [line for line in operation.feedback.errors if line.strip()]
        reason = errors[-1] if errors else (operation.feedback.textLog().strip().splitlines() or [""])[-1]
        log.warning(f"{operation.algorithm_id}: {operation.feedback.textLog()}")
        return tr("{0} failed: {1}").format(operation.display_name, reason)

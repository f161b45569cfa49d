"""Run a function on Qt's thread pool and get its outcome back on the GUI thread.

The function must not touch widgets. Its result (or the exception it raised) is emitted by a
Task, a QObject living in the GUI thread, so connected slots run there. A Task whose parent is
deleted before the work ends simply drops the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot


class _Outcome(QObject):
    # Created in the GUI thread; emitting from the worker queues the call to Task's slots.
    done = Signal(object)
    raised = Signal(object)


class Task(QObject):
    """One piece of background work; `succeeded(result)` or `failed(exception)` follows."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._function = function
        self._outcome = _Outcome()
        self._outcome.done.connect(self._on_done)
        self._outcome.raised.connect(self._on_raised)

    def start(self) -> Task:
        function, outcome = self._function, self._outcome

        # The pool owns the runnable made from this closure, and the closure keeps `outcome`
        # alive, so the worker never emits on a deleted object even if the Task is gone.
        def job() -> None:
            try:
                result = function()
            except Exception as exc:
                outcome.raised.emit(exc)
            else:
                outcome.done.emit(result)

        QThreadPool.globalInstance().start(job)
        return self

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.succeeded.emit(result)
        self.deleteLater()

    @Slot(object)
    def _on_raised(self, exc: object) -> None:
        self.failed.emit(exc)
        self.deleteLater()


def run_in_background(
    function: Callable[[], Any],
    parent: QObject,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> Task:
    """Start `function` on the thread pool; the callbacks run in the GUI thread."""
    task = Task(function, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    return task.start()

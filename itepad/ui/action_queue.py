"""Database actions run off the GUI thread one at a time, in the order the user asked for them.

Two quick edits (a title typed, then "Later by a week" clicked) must reach the database in that
order, and the second must see the versions the first left behind. So each job is prepared in
the GUI thread only when its turn comes: `prepare` reads the state the previous job produced
and returns the function that then runs in a worker.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from itepad.errors import UserError
from itepad.ui.worker import run_in_background


@dataclass(frozen=True)
class _Job:
    prepare: Callable[[], Callable[[], Any]]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]


class ActionQueue(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[_Job] = deque()
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._waiting)

    def submit(
        self,
        prepare: Callable[[], Callable[[], Any]],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        was_busy = self.busy
        self._waiting.append(_Job(prepare, done, failed))
        if not was_busy:
            self.busy_changed.emit(True)
        self._next()

    def drop_waiting(self) -> None:
        """Forget the jobs not yet started (after a failure they may no longer make sense)."""
        self._waiting.clear()

    def _next(self) -> None:
        if self._running:
            return
        if not self._waiting:
            self.busy_changed.emit(False)
            return
        job = self._waiting.popleft()
        self._running = True
        run_in_background(
            job.prepare(),
            self,
            lambda result: self._finish(job.done, result),
            lambda exc: self._finish(job.failed, exc),
        )

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self._running = False
        try:
            callback(value)
        finally:
            self._next()


def refuse(parent: QWidget, queue: ActionQueue, exc: Exception, title: str) -> None:
    """A refused save or load: drop the actions asked for on top of it and tell the user.

    Anything but a UserError is a bug and is raised (it reaches sys.excepthook, and fails a
    pytest-qt test).
    """
    if not isinstance(exc, UserError):
        raise exc
    queue.drop_waiting()
    QMessageBox.warning(parent, title, str(exc))

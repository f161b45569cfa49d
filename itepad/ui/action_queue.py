"""Database actions run off the GUI thread one at a time, in the order the user asked for them.

Two quick edits (a title typed, then "Later by a week" clicked) must reach the database in that
order, and the second must see the versions the first left behind. So each job is prepared in
the GUI thread only when its turn comes: `prepare` reads the state the previous job produced
and returns the function that then runs in a worker.

A save refused because someone else saved first, or because the connection was lost, is not
the end of the user's edits: the editor `hold`s the queue (the failed job too, for a lost
connection) and `resume`s it once the user has chosen what to do, so nothing typed is lost.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from itepad.errors import UserError
from itepad.ui.worker import run_in_background

DATABASE = "the database"  # how a lost connection names what was lost


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
        self._held: list[_Job] = []
        self._holding = False
        self._current: _Job | None = None
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
        if self._holding:  # after the held ones, in the order asked for
            self._held.append(_Job(prepare, done, failed))
            return
        was_busy = self.busy
        self._waiting.append(_Job(prepare, done, failed))
        if not was_busy:
            self.busy_changed.emit(True)
        self._next()

    def drop_waiting(self) -> None:
        """Forget the jobs not yet started (after a failure they may no longer make sense)."""
        self._waiting.clear()

    @property
    def held(self) -> bool:
        """The queue waits for the user to say how to go on (see `hold`)."""
        return self._holding

    def hold(self, *, again: bool = False) -> None:
        """In a `failed` callback: keep the jobs not yet started, and with `again` the one that
        just failed, until `resume` or `discard_held`."""
        self._holding = True
        if again and self._current is not None:
            self._held.append(self._current)
        self._held.extend(self._waiting)
        self._waiting.clear()

    def resume(
        self,
        prepare: Callable[[], Callable[[], Any]] | None = None,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run the held jobs, after a new one if given (e.g. "keep mine")."""
        first = [_Job(prepare, done, failed)] if prepare and done and failed else []
        jobs, self._held, self._holding = [*first, *self._held], [], False
        was_busy = self.busy
        self._waiting.extendleft(reversed(jobs))
        if not was_busy and self.busy:
            self.busy_changed.emit(True)
        self._next()

    def discard_held(self) -> None:
        self._held.clear()
        self._holding = False

    def _next(self) -> None:
        if self._running:
            return
        if not self._waiting:
            self.busy_changed.emit(False)
            return
        job = self._waiting.popleft()
        self._running = True
        self._current = job
        work = job.prepare()
        run_in_background(
            lambda: _reporting_lost_connections(work),
            self,
            lambda result: self._finish(job.done, result),
            lambda exc: self._finish(job.failed, exc),
        )

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self._running = False
        try:
            callback(value)
        finally:
            self._current = None
            self._next()


def _reporting_lost_connections(work: Callable[[], Any]) -> Any:
    """In the worker: a dropped connection becomes a ConnectionLostError the editor can retry."""
    from itepad.store.concurrency import reporting_lost_connections

    with reporting_lost_connections(DATABASE):
        return work()


def refuse(parent: QWidget, queue: ActionQueue, exc: Exception, title: str) -> None:
    """A refused save or load: drop the actions asked for on top of it and tell the user.

    Anything but a UserError is a bug and is raised (it reaches sys.excepthook, and fails a
    pytest-qt test).
    """
    if not isinstance(exc, UserError):
        raise exc
    queue.drop_waiting()
    QMessageBox.warning(parent, title, str(exc))


def connection_lost(parent: QWidget, queue: ActionQueue, exc: Exception) -> bool:
    """A ConnectionLostError: keep the failed job and those after it, and offer to retry.

    Returns False (and does nothing) for any other exception. The edit stays in the editor;
    Retry, or the editor's Save now, sends it again.
    """
    from itepad.store.concurrency import ConnectionLostError

    if not isinstance(exc, ConnectionLostError):
        return False
    queue.hold(again=True)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ActionQueue", "Not saved yet"),
        str(exc),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ActionQueue",
            "Your edit is kept in the editor. Retry now, or keep working and save again later.",
        )
    )
    retry = box.button(QMessageBox.StandardButton.Retry)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ActionQueue", "Keep editing")
    )
    box.finished.connect(lambda _result: queue.resume() if box.clickedButton() == retry else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return True

"""What the record's competence and survey panels share: one student teacher's data, loaded off
the GUI thread, where only the newest load may fill the panel, and edits through one queue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from itepad.ui.action_queue import ActionQueue, refuse
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.store.database import Database

Data = TypeVar("Data")


class StudentPanel(QWidget, Generic[Data]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._student_id: int | None = None
        self._request = 0
        self._request_done = -1
        self.queue = ActionQueue(self)

    # --- to override ------------------------------------------------------------------------

    def fetch(self, db: Database, student_id: int) -> Data:
        """Runs in a worker: what the panel shows."""
        raise NotImplementedError

    def show_loaded(self, data: Data) -> None:
        """Put freshly loaded data on screen."""
        raise NotImplementedError

    def failure_title(self) -> str:
        """The title of the message box when loading is refused."""
        raise NotImplementedError

    # --- loading ----------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._request_done == self._request > 0

    def set_student(self, db: Database, student_id: int) -> None:
        """Show one student teacher, loaded off the GUI thread."""
        self._db, self._student_id = db, student_id
        self.reload()

    def reload(self) -> None:
        db, student_id = self._db, self._student_id
        if db is None or student_id is None:
            return
        self._request += 1
        request = self._request
        run_in_background(
            lambda: self.fetch(db, student_id),
            self,
            lambda data: self._show(request, data),
            lambda exc: refuse(self, self.queue, exc, self.failure_title()),
        )

    def _show(self, request: int, data: Data) -> None:
        if request != self._request:
            return
        self.show_loaded(data)
        self._request_done = request

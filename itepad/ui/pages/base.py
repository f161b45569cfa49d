"""What every page shares: a notice while there is nothing to show, and loading off the GUI thread.

A page loads its data the first time it is shown once the database is open (the dashboard at
once): `fetch` runs in a worker and returns plain rows, `show_data` puts them on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedLayout, QWidget

from itepad.errors import UserError
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.store.database import Database


class Page(QWidget):
    summary_changed = Signal(str)  # the page's standing line in the status bar
    message = Signal(str, int)  # a passing status bar message and its timeout in ms
    loaded = Signal()

    eager: ClassVar[bool] = False  # load as soon as the database is open, even if hidden

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._db: Database | None = None
        self._loaded = False
        self._request = 0  # only the latest load may fill the page
        self._loading = False
        self._summary = ""
        self._stack = QStackedLayout(self)
        self._notice = QLabel(self.tr("Opening database…"))
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setWordWrap(True)
        self._notice.setEnabled(False)  # drawn in the muted colour
        self._stack.addWidget(self._notice)

    def set_content(self, widget: QWidget) -> None:
        self._stack.addWidget(widget)

    @property
    def notice(self) -> str:
        """What the page says in place of its content; "" while the content shows."""
        return self._notice.text() if self._stack.currentIndex() == 0 else ""

    def show_notice(self, text: str) -> None:
        """Say why there is nothing to show, in place of the content."""
        self._notice.setText(text)
        self._stack.setCurrentIndex(0)

    @property
    def database(self) -> Database | None:
        return self._db

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def summary(self) -> str:
        return self._summary

    def set_summary(self, text: str) -> None:
        self._summary = text
        self.summary_changed.emit(text)

    def set_database(self, db: Database) -> None:
        self._db = db
        self.invalidate()

    def invalidate(self) -> None:
        """Forget what is shown; load again now if visible, else when next shown."""
        self._loaded = False
        if self.eager or self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._db is not None and not self._loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        db = self._db
        if db is None:
            return
        self._request += 1
        request = self._request
        self._loading = True
        if not self._loaded:
            self._notice.setText(self.tr("Loading…"))
        run_in_background(
            lambda: self.fetch(db),
            self,
            lambda data: self._on_fetched(request, data),
            lambda exc: self._on_failed(request, exc),
        )

    def fetch(self, db: Database) -> Any:
        """Runs in a worker thread: query and return plain data; never touch a widget here."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """Runs in the GUI thread with what `fetch` returned."""
        raise NotImplementedError

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field, if it has one."""
        return False

    def _on_fetched(self, request: int, data: Any) -> None:
        if request != self._request:
            return
        self._loading = False
        self._loaded = True
        self.show_data(data)
        self._stack.setCurrentIndex(1)
        self.loaded.emit()

    def _on_failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._loading = False
        if isinstance(exc, UserError):
            self.show_notice(str(exc))
        self.report_failure(exc)

    def report_failure(self, exc: Exception) -> None:
        """Tell the user what they can fix; raise anything else, which is a bug."""
        if not isinstance(exc, UserError):
            raise exc  # reaches sys.excepthook (and fails a pytest-qt test)
        QMessageBox.warning(self, self.title, str(exc))

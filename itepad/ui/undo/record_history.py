"""History… of one record (a student teacher, a module, a mentoring meeting): every change to
it and to what belongs to it, newest first, with before → after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from itepad.ui.settings import settings
from itepad.ui.undo.paged_history import PagedHistory

if TYPE_CHECKING:
    from itepad.services.history import HistoryFilter
    from itepad.store.database import Database

GEOMETRY_KEY = "record_history/geometry"  # QSettings: the dialog's size and place


class RecordHistoryDialog(QDialog):
    def __init__(
        self, db: Database, wanted: HistoryFilter, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {record}").format(record=title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        geometry = settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(980, 620)
        self.history = PagedHistory()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(close)
        self.history.load(db, wanted)

    def hideEvent(self, event: QHideEvent) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)


def show_record_history(
    parent: QWidget,
    db: Database | None,
    title: str,
    *,
    student_id: int | None = None,
    module_id: int | None = None,
    meeting_id: int | None = None,
) -> RecordHistoryDialog | None:
    """Open the History… window of one record (not modal: the user may keep working)."""
    if db is None:
        return None
    from itepad.services.history import HistoryFilter

    wanted = HistoryFilter(student_id=student_id, module_id=module_id, meeting_id=meeting_id)
    dialog = RecordHistoryDialog(db, wanted, title, parent)
    dialog.show()
    return dialog

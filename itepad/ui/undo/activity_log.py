"""Activity log: every change in the database, newest first, narrowed by text, person, dates
and kind of record. Read off the GUI thread a page at a time, so a long trail stays quick."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.settings import settings
from itepad.ui.undo.paged_history import PagedHistory
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.history import HistoryFilter
    from itepad.store.database import Database

GEOMETRY_KEY = "activity_log/geometry"  # QSettings: the dialog's size and place
TYPING_PAUSE_MS = 300  # search once the user stops typing
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


def _date_edit(tip: str, any_day: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(any_day)  # shown at the minimum
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    return edit


def _chosen(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class ActivityLogDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Activity log"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        geometry = settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 700)

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search actions, records and values"))
        self.text.setClearButtonEnabled(True)
        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone"), "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All records"), "")
        self.since = _date_edit(self.tr("Changes on or after this day"), self.tr("any day"))
        self.until = _date_edit(self.tr("Changes on or before this day"), self.tr("any day"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self.text.textChanged.connect(self._typing.start)
        for box in (self.person, self.kind):
            box.currentIndexChanged.connect(self.reload)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.reload)

        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.text)
        for label, widgets in (
            (self.tr("&Who, what:"), (self.person, self.kind)),
            (self.tr("&From, to:"), (self.since, self.until)),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 0 if isinstance(widget, QDateEdit) else 1)
            if isinstance(widgets[0], QDateEdit):
                row.addStretch(1)
            buddy = QLabel(label)
            buddy.setBuddy(widgets[0])  # the mnemonic goes to the first of the row
            filters.addRow(buddy, row)
        self.history = PagedHistory()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.history, 1)
        layout.addWidget(close)
        self._load_choices()
        self.reload()

    def _load_choices(self) -> None:
        from itepad.services.history import actors, record_kinds

        db = self.db
        run_in_background(
            lambda: (actors(db), record_kinds()),
            self,
            self._show_choices,
            self.history.show_failure,
        )

    def _show_choices(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        people, kinds = choices
        for box in (self.person, self.kind):
            box.blockSignals(True)
        for name in people:
            self.person.addItem(name, name)
        for table, noun in kinds:
            self.kind.addItem(noun, table)
        for box in (self.person, self.kind):
            box.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        from itepad.services.history import HistoryFilter

        return HistoryFilter(
            since=_chosen(self.since),
            until=_chosen(self.until),
            actor=str(self.person.currentData() or ""),
            table=str(self.kind.currentData() or ""),
            text=self.text.text().strip(),
        )

    def reload(self) -> None:
        self._typing.stop()
        self.history.load(self.db, self.current_filter())

    def hideEvent(self, event: QHideEvent) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)

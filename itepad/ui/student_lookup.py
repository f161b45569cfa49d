"""Look up a student teacher: type a name or email, see their attendance in every module."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.base import percent
from itepad.ui.models.student_modules import StudentModulesModel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown
from itepad.ui.translation import translated
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.attendance_stats import StudentAttendance, StudentRef
    from itepad.store.database import Database


class StudentLookup(QWidget):
    open_attendance = Signal(int, int)  # module id, enrolment id
    failed = Signal(object)  # the exception of a look-up that went wrong

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._keys: dict[str, int | None] = {}  # folded text -> student id (None: ambiguous)
        self._request = 0
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Name or email of a student teacher"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Look up a student teacher"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self.look_up)
        self.field.setCompleter(completer)
        self._popup = completer.popup()
        assert self._popup is not None  # a completer always has its list
        self._popup.installEventFilter(self)
        self.field.returnPressed.connect(lambda: self.look_up(self.field.text()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = StudentModulesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.setToolTip(self.tr("Double-click a module to open its attendance"))
        self.table.doubleClicked.connect(self._open)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addStretch()

    def set_students(self, db: Database, students: tuple[StudentRef, ...]) -> None:
        self._db = db
        choices = [(f"{s.name} <{s.email}>", s) for s in students]
        self._names.setStringList([choice for choice, _ in choices])
        # A completion, an email or a name; a name two people share finds nobody.
        self._keys = {}
        for choice, student in choices:
            for key in (choice, student.email, student.name):
                folded = key.casefold()
                known = self._keys.get(folded, student.id)
                self._keys[folded] = student.id if known == student.id else None

    def look_up(self, text: str) -> None:
        """Show the student teacher `text` names: a completion, or an exact name or email."""
        db, student_id = self._db, self._find(text.strip())
        if db is None:
            return
        if student_id is None:
            self.summary.setText(
                self.tr("No current student teacher matches “{text}”.").format(text=text)
            )
            self.table.hide()
            return
        self._request += 1
        request = self._request

        def fetch() -> StudentAttendance | None:
            from itepad.services.attendance_stats import student_attendance

            return student_attendance(db, student_id)

        run_in_background(fetch, self, lambda result: self._show(request, result), self.failed.emit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter while the suggestions show, none chosen: look up what was typed (a whole email).
        popup = self._popup
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not popup.currentIndex().isValid()
        ):
            popup.hide()
            self.look_up(self.field.text())
            return True
        return super().eventFilter(watched, event)

    def _find(self, text: str) -> int | None:
        return self._keys.get(text.casefold())

    def _show(self, request: int, result: StudentAttendance | None) -> None:
        if request != self._request:
            return
        if result is None:
            self.summary.setText(self.tr("This student teacher is no longer in the database."))
            self.table.hide()
            return
        facts = [
            result.cohort,
            self.tr("eTwinning: {status}").format(status=translated(result.etwinning_status)),
        ]
        overall = (
            self.tr("Attended {rate} of the sessions recorded").format(rate=percent(result.rate))
            if result.rate is not None
            else self.tr("No attendance recorded yet")
        )
        lines = [
            f"<b>{escape(result.name)}</b>",
            escape(result.email),
            escape(" · ".join(fact for fact in facts if fact)),
            escape(overall),
        ]
        self.summary.setText("<br>".join(lines))
        self.model.set_rows(result.modules)
        self.table.setVisible(bool(result.modules))
        if result.modules:
            fit_columns_when_shown(self.table)
            self.table.setFixedHeight(
                self.table.horizontalHeader().sizeHint().height()
                + self.table.verticalHeader().length()
                + 2 * self.table.frameWidth()
            )

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.open_attendance.emit(row.module_id, row.enrolment_id)

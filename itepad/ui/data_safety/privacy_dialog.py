"""File ▸ Privacy…: the student teachers whose retention date has passed, and what to do next.

The list is `itepad list due-for-deletion`'s. For the selected person: export everything about
them (a zip they can be given), then erase their personal data; cohort statistics stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.ui.data_safety import privacy_actions
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.privacy_list import DueRow
    from itepad.store.database import Database


class PrivacyDialog(QDialog):
    message = Signal(str, int)  # for the status bar
    erased = Signal()  # the database changed: pages are out of date
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.rows: list[DueRow] = []
        self.setWindowTitle(self.tr("Privacy: due for deletion"))
        intro = QLabel(
            self.tr(
                "Student teachers whose retention date has passed. If they asked for their "
                "records, export them first; then erase their personal data. Enrolments, "
                "attendance, eTwinning status and competence levels stay, anonymously, so "
                "that cohort statistics remain right."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Email"), self.tr("Keep records until")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setEnabled(False)  # muted, like a hint

        self.export_button = QPushButton(self.tr("&Export their records…"))
        self.export_button.setToolTip(
            self.tr("A zip with their record, portfolio and attachments, to give them")
        )
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setToolTip(self.tr("Anonymise them; asks first and says what is kept"))
        self.erase_button.clicked.connect(self.erase_selected)
        for button in (self.export_button, self.erase_button):
            self.table.addAction(button.text().replace("&", ""), button.click)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 440)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        from itepad.services.privacy_list import due_for_deletion

        db = self._db
        self.status.setText(self.tr("Loading…"))
        run_in_background(lambda: due_for_deletion(db), self, self._show_rows, self._failed)

    def _show_rows(self, rows: list[DueRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate((row.name, row.email, row.retention_until.isoformat())):
                self.table.setItem(number, column, QTableWidgetItem(text))
        if rows:
            self.status.setText(self.tr("{n} due for deletion").format(n=len(rows)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Nobody is due for deletion."))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.status.setText(str(exc))

    def selected(self) -> DueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def export_selected(self) -> None:
        row = self.selected()
        if row is not None:
            privacy_actions.export_records(self, self._db, row.email, row.name, self._say)

    def erase_selected(self) -> None:
        row = self.selected()
        if row is not None:
            privacy_actions.erase(self, self._db, row.email, row.name, self._erased)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text, privacy_actions.MESSAGE_MS)

    def _erased(self, text: str) -> None:
        self._say(text)
        self.erased.emit()
        self.reload()

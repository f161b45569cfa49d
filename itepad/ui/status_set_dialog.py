"""The attendance statuses: add, change, order and remove them.

Every change is saved at once (in a worker) and the list is read back; `changed` tells the
caller to reload what shows marks. The service refuses what would break the grid or imports
(two statuses on one key, a status in use removed) and its message is shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.ui.models.attendance import mark_colours
from itepad.ui.models.base import fold
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from itepad.services.attendance import StatusInfo
    from itepad.store.database import Database


def code_for(label: str) -> str:
    """The code a new status gets from its label: "Sick leave" -> "sick_leave"."""
    code = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:32]
    return code if code[:1].isalpha() else f"status_{code}"[:32].rstrip("_")


class StatusSetDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance statuses"))
        self.changed = False
        self._db = db
        self._statuses: list[StatusInfo] = []

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Statuses"))
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.currentRowChanged.connect(self._on_selected)
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.label = QLineEdit()
        self.label.setMaxLength(40)
        self.label.textChanged.connect(self._update_code)
        self.shortcut = QLineEdit()
        self.shortcut.setMaxLength(1)
        self.shortcut.setFixedWidth(self.shortcut.fontMetrics().horizontalAdvance("MM") + 16)
        self.shortcut.setToolTip(self.tr("The key that sets this status in the grid"))
        self.present = QCheckBox(self.tr("Counts as &present"))
        self.present.setToolTip(
            self.tr("Marks with this status count as attended in attendance rates")
        )
        self.code = QLabel()
        self.code.setEnabled(False)  # muted: the code is shown, never edited
        self.code.setToolTip(self.tr("The name imports and exports use; it never changes"))
        self.save = QPushButton(self.tr("&Save changes"))
        self.add = QPushButton(self.tr("&Add as new status"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.save.clicked.connect(self._save)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Key:"), self.shortcut)
        form.addRow("", self.present)
        form.addRow(self.tr("Code:"), self.code)
        actions = QHBoxLayout()
        for button in (self.save, self.add, self.remove):
            actions.addWidget(button)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        grid = QGridLayout()
        grid.addWidget(self.list, 0, 0)
        grid.addLayout(moves, 1, 0)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch()
        right.addLayout(actions)
        grid.addLayout(right, 0, 1, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Space in the grid goes through the statuses in this order. "
                    "A status used by marks cannot be removed."
                )
            )
        )
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self._busy = False
        self._run(lambda: None)  # the list, read in a worker like every change

    @property
    def statuses(self) -> list[StatusInfo]:
        return list(self._statuses)

    def selected(self) -> StatusInfo | None:
        row = self.list.currentRow()
        return self._statuses[row] if 0 <= row < len(self._statuses) else None

    # --- showing ------------------------------------------------------------------------------

    def _show(self, statuses: list[StatusInfo], select_id: int | None) -> None:
        previous = self.selected()
        wanted = select_id if select_id is not None else (previous.id if previous else None)
        self._statuses = statuses
        self.list.blockSignals(True)
        self.list.clear()
        for status in statuses:
            present = self.tr("counts as present") if status.counts_as_present else ""
            uses = self.tr("{n:,} marks").format(n=status.marks) if status.marks else ""
            item = QListWidgetItem(
                f"{status.shortcut.upper()}   {status.label}"
                + "".join(f"  ·  {part}" for part in (present, uses) if part)
            )
            background, text = mark_colours(status.code, status.counts_as_present)
            item.setBackground(background)
            item.setForeground(text)
            item.setData(Qt.ItemDataRole.UserRole, status.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [s.id for s in statuses]
        self.list.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        self._on_selected()

    def _on_selected(self, *_args: object) -> None:
        status = self.selected()
        if status is not None:
            self.label.setText(status.label)
            self.shortcut.setText(status.shortcut)
            self.present.setChecked(status.counts_as_present)
        self._update_buttons()

    def _update_code(self) -> None:
        status = self.selected()
        editing = status is not None and self.label.text().strip() == status.label
        self.code.setText(status.code if editing and status else code_for(self.label.text()))

    def _update_buttons(self) -> None:
        status, row, idle = self.selected(), self.list.currentRow(), not self._busy
        self._update_code()
        self.save.setEnabled(idle and status is not None)
        self.add.setEnabled(idle)
        self.remove.setEnabled(idle and status is not None and not status.marks)
        self.remove.setToolTip(
            self.tr("Used by marks: change them first") if status and status.marks else ""
        )
        self.up.setEnabled(idle and row > 0)
        self.down.setEnabled(idle and 0 <= row < len(self._statuses) - 1)

    # --- changing -----------------------------------------------------------------------------

    def _save(self) -> None:
        from itepad.services.attendance import edit_status

        status, label, key = self.selected(), self.label.text(), self.shortcut.text()
        present = self.present.isChecked()
        if status is not None:
            self._run(
                lambda: (
                    edit_status(
                        self._db, status.id, label=label, counts_as_present=present, shortcut=key
                    ).id
                )
            )

    def _add(self) -> None:
        from itepad.services.attendance import add_status

        label, key, present = self.label.text(), self.shortcut.text(), self.present.isChecked()
        code = code_for(label)
        self._run(
            lambda: add_status(self._db, code, label, counts_as_present=present, shortcut=key).id
        )

    def _remove(self) -> None:
        from itepad.services.attendance import remove_status

        status = self.selected()
        if status is not None:
            self._run(lambda: remove_status(self._db, status.id))

    def _move(self, step: int) -> None:
        from itepad.services.attendance import reorder_statuses

        row = self.list.currentRow()
        ids = [s.id for s in self._statuses]
        if not 0 <= row + step < len(ids):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        moved = ids[row + step]

        def reorder() -> int:
            reorder_statuses(self._db, ids)
            return moved  # stays selected in its new place

        self._run(reorder)

    def _run(self, change: Callable[[], Any]) -> None:
        """Run `change` (it returns the id to select, or None) and read the list back."""
        db = self._db

        def work() -> tuple[list[StatusInfo], int | None]:
            from itepad.services.attendance import list_statuses

            selected = change()
            return list_statuses(db), selected

        first = not self._statuses
        self._busy = True
        self._update_buttons()
        run_in_background(
            work,
            self,
            lambda result: self._done(result, changed=not first),
            self._failed,
        )

    def _done(self, result: tuple[list[StatusInfo], int | None], *, changed: bool) -> None:
        self._busy = False
        self.changed = self.changed or changed
        self._show(*result)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_buttons()
        if not isinstance(exc, UserError):
            raise exc
        QMessageBox.warning(self, self.windowTitle(), str(exc))

"""Undo history: this session's actions, oldest at the top, the current state selected (as
QUndoView shows them). Choosing an earlier line undoes back to it; a greyed (undone) line
redoes up to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.settings import settings

if TYPE_CHECKING:
    from itepad.ui.undo.controller import UndoController

GEOMETRY_KEY = "undo_history/geometry"  # QSettings: the dialog's size and place


class UndoHistoryDialog(QDialog):
    def __init__(self, controller: UndoController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Undo history"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        geometry = settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(460, 520)
        hint = QLabel(
            self.tr("Click an earlier line to undo back to it, a greyed line to redo up to it.")
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the muted colour
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Actions of this session"))
        self.steps.itemClicked.connect(self._chosen)
        self.steps.itemActivated.connect(self._chosen)  # Enter
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.steps, 1)
        layout.addWidget(close)
        controller.steps_changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        done, undone = self.controller.steps
        self.steps.clear()
        self.steps.addItem(self.tr("As the database was opened"))
        for step in done:
            self.steps.addItem(step.label)
        muted = self.palette().placeholderText()
        for step in reversed(undone):
            item = QListWidgetItem(step.label)
            item.setForeground(muted)
            item.setToolTip(self.tr("Undone: click to redo"))
            self.steps.addItem(item)
        self.steps.setCurrentRow(len(done))
        self.steps.setEnabled(not self.controller.busy)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.controller.go_to(self.steps.row(item))

    def hideEvent(self, event: QHideEvent) -> None:
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().hideEvent(event)

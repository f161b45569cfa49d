"""Cohorts: tick the cohorts whose student teachers take the module."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from itepad.services.module_draft import ModuleDraft
from itepad.ui.module_editor.fields import hint

ID_ROLE = Qt.ItemDataRole.UserRole


class CohortsTab(QWidget):
    cohorts_edited = Signal(object)  # tuple of the ticked cohorts' ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Cohorts enrolled in the module"))
        self.list.setSpacing(3)
        self.list.itemChanged.connect(self._on_item_changed)
        self.empty = hint(self.tr("There are no cohorts yet: import a roster to create one."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "The cohorts that take this module (Space ticks the selected one). Two "
                    "modules sharing a cohort must not have sessions at the same time."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.list)

    def show_draft(self, draft: ModuleDraft) -> None:
        current = self.list.currentRow()
        with QSignalBlocker(self.list):
            self.list.clear()
            for cohort in draft.choices.cohorts:
                details = ", ".join(p for p in (cohort.programme, cohort.academic_year) if p)
                item = QListWidgetItem(f"{cohort.name} — {details}" if details else cohort.name)
                item.setData(ID_ROLE, cohort.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = cohort.id in draft.cohort_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self.empty.setVisible(not draft.choices.cohorts)

    def ticked(self) -> tuple[int, ...]:
        return tuple(
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.cohorts_edited.emit(self.ticked())

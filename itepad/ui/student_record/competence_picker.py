"""Tick the DigCompEdu competences a piece of evidence supports, grouped by area."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from itepad.services.module_draft import CompetenceChoice


class CompetencePicker(QScrollArea):
    changed = Signal()

    def __init__(self, competences: Sequence[CompetenceChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("DigCompEdu competences"))
        self.checks: dict[int, QCheckBox] = {}
        area = QWidget()
        grid = QGridLayout(area)
        groups: dict[str, QVBoxLayout] = {}
        for competence in competences:
            if competence.area not in groups:
                box = QGroupBox(competence.area)
                groups[competence.area] = QVBoxLayout(box)
                # Areas in two columns: all 22 competences fit without scrolling.
                number = len(groups) - 1
                grid.addWidget(box, number // 2, number % 2)
            check = QCheckBox(f"{competence.number} {competence.name}")
            check.setToolTip(competence.name)
            check.toggled.connect(lambda _on: self.changed.emit())
            groups[competence.area].addWidget(check)
            self.checks[competence.id] = check
        for group in groups.values():
            group.addStretch()
        grid.setRowStretch(grid.rowCount(), 1)
        self.setWidget(area)

    def chosen(self) -> tuple[int, ...]:
        return tuple(cid for cid, check in self.checks.items() if check.isChecked())

    def set_chosen(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for cid, check in self.checks.items():
            check.setChecked(cid in wanted)

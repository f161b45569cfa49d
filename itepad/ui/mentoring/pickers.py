"""Choosing people: a combo that finds as you type, and a filtered list to tick mentees in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.base import fold

if TYPE_CHECKING:
    from itepad.services.mentoring_edits import Person


def make_searchable(combo: QComboBox) -> None:
    """Typing part of a name or email anywhere in it narrows the choice."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo has one
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def fill_people(combo: QComboBox, people: Iterable[Person]) -> None:
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for person in people:
            combo.addItem(person.label(), person.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))


class MenteePicker(QWidget):
    """Tick one or more student teachers; the field above filters the list."""

    changed = Signal()  # the user ticked or unticked someone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a student teacher"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a student teacher"))
        self.filter.textChanged.connect(self._on_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mentees"))
        self.list.setToolTip(self.tr("Tick the student teachers who take part (Space ticks)"))
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # long emails: "…" not a scroll
        self.list.setMinimumHeight(self.fontMetrics().height() * 8)  # six or so names show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter)

    def set_people(self, people: Sequence[Person]) -> None:
        chosen = set(self.chosen())
        with QSignalBlocker(self.list):
            self.list.clear()
            for person in people:
                item = QListWidgetItem(person.label())
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
        self._on_filter(self.filter.text())

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        with QSignalBlocker(self.list):
            for item in self._items():
                state = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._on_filter(self.filter.text())

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _on_filter(self, text: str) -> None:
        # Ticked people always show, so the list says who takes part whatever the filter.
        words = fold(text).split()
        for item in self._items():
            match = all(w in fold(item.text()) for w in words)
            item.setHidden(not match and item.checkState() != Qt.CheckState.Checked)

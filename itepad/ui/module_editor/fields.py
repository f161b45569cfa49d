"""Small helpers the editor's tabs share for filling and reading their fields."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace the items (text, data) but keep the current one when it is still there."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))


def select_data(combo: QComboBox, data: Any) -> None:
    """Make the item holding `data` current, quietly (no signals: this is not a user edit)."""
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(data), 0))


def set_text(field: QLineEdit, text: str) -> None:
    if field.text() != text:
        with QSignalBlocker(field):
            field.setText(text)
            field.setCursorPosition(0)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label; its &-mnemonic (Alt+letter) puts the cursor in the field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def changed(old: Any, new: Any, attribute: str) -> bool:
    """Whether a field differs between two drafts (no old draft: everything has changed)."""
    return old is None or getattr(old, attribute) != getattr(new, attribute)


def hint(text: str) -> QLabel:
    """A muted line that explains an empty list or what a control does."""
    label = QLabel(text)
    label.setEnabled(False)
    label.setWordWrap(True)
    return label

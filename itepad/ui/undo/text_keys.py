"""Ctrl+Z in a text field undoes the typing; the database's undo only when it has none.

Qt gives a focused text field every Undo / Redo key press (it accepts the ShortcutOverride),
even when the field has nothing to undo, which would leave the Edit menu's shortcut dead in a
search field. The filter sits on the focused widget only and lets the key through to the
window's action when the field has no undo (or redo) of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_UNDO, _REDO = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo


def has_own(widget: QObject, redo: bool) -> bool | None:
    """Whether a text widget can undo (redo) typing; None for a widget that is not one."""
    if isinstance(widget, (QAbstractSpinBox, QComboBox)):
        # Their text is a QLineEdit child, which passes focus to its owner.
        inner = widget.findChild(QLineEdit)
        return has_own(inner, redo) if inner is not None else None
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class TextKeys(QObject):
    """Installed for one window: watches whichever of its widgets has the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if new is not None and new.window() is self._window and has_own(new, False) is not None:
            new.installEventFilter(self)
            self._watched = new
            new.destroyed.connect(self._forget)

    def _forget(self) -> None:
        self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        for key, redo in ((_UNDO, False), (_REDO, True)):
            if event.matches(key) and has_own(watched, redo) is False:
                event.ignore()  # not taken by the field: the window's shortcut fires
                return True
        return False

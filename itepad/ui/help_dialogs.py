"""Help menu: the keyboard shortcuts of the window, and the user guide."""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.help_browser import GuideWindow, guide_index


@dataclass(frozen=True)
class Shortcut:
    where: str  # the menu or page it belongs to
    what: str
    keys: str  # as the platform writes them


def plain(text: str) -> str:
    """A menu text without its accelerator mark and ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the window: its menus' actions first, then those of its pages."""
    found: list[Shortcut] = []
    seen: set[QAction] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            for action in _actions(menu):
                seen.add(action)
                found.extend(_shortcut(plain(menu.title()), action.text(), action.shortcuts()))
    for action in window.findChildren(QAction):
        if action not in seen and not action.menu():
            where = _page_title(window, action.parent())
            found.extend(_shortcut(where, action.text() or action.toolTip(), action.shortcuts()))
    for button in window.findChildren(QAbstractButton):
        where = _page_title(window, button)
        found.extend(_shortcut(where, button.text() or button.toolTip(), [button.shortcut()]))
    return found


def _actions(menu: QMenu) -> list[QAction]:
    actions = []
    for action in menu.actions():
        sub = action.menu()
        actions.extend(_actions(sub) if isinstance(sub, QMenu) else [action])
    return actions


def _shortcut(where: str, what: str, keys: list[QKeySequence]) -> list[Shortcut]:
    written = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if not k.isEmpty()]
    return [Shortcut(where, plain(what), ", ".join(written))] if written and what else []


def _page_title(window: QMainWindow, owner: object) -> str:
    """The title of the stack page that holds `owner`, or the window's title."""
    widget = owner if isinstance(owner, QWidget) else None
    stack = getattr(window, "stack", None)
    while widget is not None:
        parent = widget.parentWidget()
        if stack is not None and parent is stack:
            return str(getattr(widget, "title", "") or window.windowTitle())
        widget = parent
    return window.windowTitle()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts_of(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        for number, row in enumerate(rows):
            for column, text in enumerate((row.where, row.what, row.keys)):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)


_guide: GuideWindow | None = None  # one guide window, kept with its history while the app runs


def open_user_guide() -> bool:
    """Show the user guide window (False when the guide is not installed)."""
    global _guide
    if _guide is None or not shiboken6.isValid(_guide):
        index = guide_index()
        if index is None:
            return False
        _guide = GuideWindow(index)
    _guide.show()
    _guide.raise_()
    _guide.activateWindow()
    return True

"""Keyboard and screen reader use of the main window: every control it can reach has a name.

A screen reader announces a control by its accessible name, or by the text of the label whose
buddy it is; a button or tab speaks its own text. A control reachable with Tab that has none of
these is announced as just "edit" or "table".
"""

from __future__ import annotations

import inspect

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from itepad.ui.main_window import MainWindow
from itepad.ui.pages.base import Page
from itepad.ui.preferences_dialog import PreferencesDialog


def wait_loaded(qtbot: QtBot, page: Page) -> None:
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)


def reachable(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of `root` that Tab stops at."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def labelled(root: QWidget) -> set[QWidget]:
    return {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}


def has_name(widget: QWidget, buddies: set[QWidget]) -> bool:
    if widget.accessibleName() or widget in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text() or widget.toolTip())
    if isinstance(widget, QTabBar):
        return True  # each tab speaks its text
    # The line edit inside a combo or spin box is named through its owner.
    owner = widget.parentWidget()
    return isinstance(owner, QComboBox | QAbstractSpinBox) and has_name(owner, buddies)


def nameless(root: QWidget) -> list[str]:
    """Where each unnamed control is made: class and the module that defines its owner."""
    buddies = labelled(root)
    found = []
    for widget in reachable(root):
        if not has_name(widget, buddies):
            owner = widget.parentWidget()
            while owner is not None and owner.__module__.startswith("PySide6"):
                owner = owner.parentWidget()
            module = inspect.getmodule(type(owner)) if owner is not None else None
            where = module.__name__ if module is not None else "?"
            found.append(f"{type(widget).__name__} in {where}")
    return sorted(set(found))


def test_main_window_controls_have_names(opened: MainWindow, qtbot: QtBot) -> None:
    missing = [f"window: {m}" for m in nameless(opened)]
    for index, page in enumerate(opened.pages):
        opened.go_to(index)
        wait_loaded(qtbot, page)
        missing += [f"{page.title}: {m}" for m in nameless(page)]
    assert missing == [], "\n".join(missing)


def test_preferences_controls_have_names(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert reachable(dialog)
    assert nameless(dialog) == []
    # Tab goes down the form in the order it reads.
    chain: list[QWidget] = [dialog.language]
    while len(chain) < 20:
        following = chain[-1].nextInFocusChain()
        assert following is not None
        chain.append(following)
    order: list[QWidget] = [
        dialog.language,
        dialog.name,
        dialog.backups,
        dialog.paper,
        dialog.print_language,
    ]
    positions = [chain.index(widget) for widget in order]
    assert positions == sorted(positions)

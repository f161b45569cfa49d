"""Preferences: chosen values are kept, read back by the app, and offered again next time."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itepad.ui import help_dialogs
from itepad.ui.main_window import MainWindow
from itepad.ui.preferences_dialog import PreferencesDialog
from itepad.ui.settings import (
    BACKUPS_KEEP_KEY,
    LANGUAGE_KEY,
    backups_keep,
    paper_size,
    settings,
    user_name,
)
from itepad.ui.translation import preferred_language, print_language, system_language


def test_preferences_persist(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # as the system, until chosen
    assert not dialog.restart_note.isVisibleTo(dialog)

    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.restart_note.isVisibleTo(dialog)  # says the language changes on restart
    dialog.name.setText("  Dr Ana Kovač ")
    dialog.backups.setValue(12)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.print_language.setCurrentIndex(dialog.print_language.findData("uk"))
    dialog.accept()

    assert preferred_language() == "pl"
    assert user_name() == "Dr Ana Kovač"
    assert backups_keep() == 12
    assert paper_size() == "Letter"
    assert print_language() == "uk"

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "pl"
    assert again.name.text() == "Dr Ana Kovač"
    assert again.backups.value() == 12
    assert again.paper.currentData() == "Letter"
    assert again.print_language.currentData() == "uk"


def test_cancel_changes_nothing(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Someone")
    dialog.backups.setValue(3)
    dialog.reject()
    assert user_name() == ""
    assert backups_keep() == 7


def test_defaults_follow_the_interface_and_survive_bad_values() -> None:
    store = settings()
    store.setValue(LANGUAGE_KEY, "xx")  # not a shipped language
    store.setValue(BACKUPS_KEEP_KEY, "many")
    assert preferred_language() == system_language()
    assert print_language() == preferred_language()
    assert backups_keep() == 7
    assert paper_size() == "A4"
    store.setValue(LANGUAGE_KEY, "fr")
    assert print_language() == "fr"


def _action(window: MainWindow, text: str) -> QAction:
    actions = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(actions) == 1, text
    return actions[0]


def test_menus_open_preferences_and_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    preferences = _action(window, "Prefere&nces…")
    assert preferences.menuRole() == QAction.MenuRole.PreferencesRole
    preferences.trigger()
    dialog = QApplication.activeModalWidget() or window.findChild(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog)
    dialog.reject()

    _action(window, "&Keyboard shortcuts").trigger()
    shortcuts = window.findChild(help_dialogs.ShortcutsDialog)
    assert shortcuts is not None
    listed = {(row.what, row.keys) for row in help_dialogs.shortcuts_of(window)}
    # Read from the window's actions: the page keys, Find and Quit among them.
    assert ("Dashboard", "Ctrl+1") in listed
    assert ("Portfolios & reports", "Ctrl+6") in listed
    assert ("Quit", "Ctrl+Q") in listed
    assert ("User guide", "F1") in listed
    assert shortcuts.table.rowCount() == len(help_dialogs.shortcuts_of(window))
    shortcuts.reject()

"""Each shipped language, on the main window of the demo database: no English text left showing.

The English texts that have a translation are read from the .ts files; a visible text that is one
of them (and not also a translation, as "Module" is in German) was missed by the translation.
Data values (names, module titles) are no such texts, so they do not count.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from itepad.app import open_for_app
from itepad.ui.help_dialogs import ShortcutsDialog
from itepad.ui.main_window import MainWindow
from itepad.ui.models.at_risk import AtRiskModel
from itepad.ui.models.base import RowTableModel
from itepad.ui.models.upcoming import UpcomingSessionModel
from itepad.ui.pages.base import Page
from itepad.ui.preferences_dialog import PreferencesDialog
from itepad.ui.translation import LANGUAGES, SOURCE_LANGUAGE, install_translations, translations_dir

SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def wait_loaded(qtbot: QtBot, page: Page) -> None:
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)


def english_with_translation(language: str) -> tuple[set[str], set[str]]:
    """(English texts whose translation differs, every translation) of one language."""
    folder = translations_dir()
    assert folder is not None
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(folder / f"itepad_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        translations.add(translation)
        if translation and translation != source:
            sources.add(source)
    return sources, translations


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    default_locale = QLocale()
    code = install_translations(str(request.param))
    yield code
    install_translations(SOURCE_LANGUAGE)
    QLocale.setDefault(default_locale)


@pytest.fixture
def localized(language: str, demo_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window built after the language was installed, on the demo database."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_database(lambda: open_for_app(str(demo_path), demo=False))
    qtbot.waitUntil(lambda: window.dashboard.is_loaded, timeout=20_000)
    yield window
    QThreadPool.globalInstance().waitForDone()
    if window.database is not None:
        window.database.close()


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QAbstractButton | QLineEdit):
            texts.add(widget.toolTip())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            texts.update(
                str(widget.model().headerData(section, Qt.Orientation.Horizontal) or "")
                for section in range(widget.count())
            )
        texts.add(widget.accessibleName())
    return texts


def menu_texts(window: MainWindow) -> set[str]:
    texts = set()
    for action in window.menuBar().actions():
        texts.add(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts.update(a.text() for a in menu.actions())
            texts.update(a.statusTip() for a in menu.actions())
    return texts


def column(model: RowTableModel[Any], number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def dashboard_cells(window: MainWindow) -> set[str]:
    """The funnel's labels and the dashboard tables' cells that are words, not data."""
    dashboard = window.dashboard
    cells = {bar.label for bar in dashboard.funnel_chart.bars}
    cells.update(column(dashboard.upcoming_model, UpcomingSessionModel.KIND))
    for number in (AtRiskModel.ATTENDANCE, AtRiskModel.WHY):
        cells.update(column(dashboard.at_risk_model, number))
    return cells


def english_cells(window: MainWindow) -> set[tuple[str, str]]:
    """Dashboard cells worded as the English interface words them: (column, text)."""
    found = set()
    at_risk = window.dashboard.at_risk_model
    for row in range(at_risk.rowCount()):
        person = at_risk.row_at(row)
        why = at_risk.index(row, AtRiskModel.WHY).data()
        if why == "; ".join(alert.english for alert in person.alerts):
            found.add(("why", why))
        attended = at_risk.index(row, AtRiskModel.ATTENDANCE).data()
        if f"({person.figures.attended} of {person.figures.recorded})" in attended:
            found.add(("attendance", attended))
    upcoming = window.dashboard.upcoming_model
    for row in range(upcoming.rowCount()):
        when = upcoming.index(row, UpcomingSessionModel.WHEN).data()
        if when.startswith(f"{upcoming.row_at(row).starts_at:%a %d %b}"):
            found.add(("when", when))
    return found


def untranslated(texts: set[str], language: str) -> set[str]:
    sources, translations = english_with_translation(language)
    return (texts & sources) - translations


def everything_shown(window: MainWindow, qtbot: QtBot) -> set[str]:
    """The texts of the menus, the sidebar, each page and the dialogs opened from the menus."""
    shown = menu_texts(window)
    shown.update(window.sidebar.item(i).text() for i in range(window.sidebar.count()))
    for index, page in enumerate(window.pages):
        window.go_to(index)
        wait_loaded(qtbot, page)
        shown |= visible_texts(page)
    shown.add(window.summary.text())
    for dialog in (PreferencesDialog(window), ShortcutsDialog(window)):
        dialog.show()
        shown |= visible_texts(dialog)
        dialog.close()
    return shown


@pytest.mark.parametrize("language", SHIPPED, indirect=True)
def test_main_window_shows_no_english(localized: MainWindow, language: str, qtbot: QtBot) -> None:
    assert untranslated(everything_shown(localized, qtbot), language) == set()
    # The sidebar really is in the language, not just free of English.
    _, translations = english_with_translation(language)
    assert localized.sidebar.item(0).text() in translations


@pytest.mark.parametrize("language", SHIPPED, indirect=True)
def test_dashboard_cells_are_in_the_language(localized: MainWindow, language: str) -> None:
    dashboard = localized.dashboard
    assert dashboard.at_risk_model.rowCount(), "the demo has student teachers at risk"
    assert dashboard.upcoming_model.rowCount(), "and sessions coming up"
    assert untranslated(dashboard_cells(localized), language) == set()
    assert english_cells(localized) == set()


@pytest.mark.parametrize("language", [SOURCE_LANGUAGE], indirect=True)
def test_english_window_is_caught(localized: MainWindow, qtbot: QtBot) -> None:
    """The checks above can fail: read as German, the English window is full of misses."""
    assert len(untranslated(everything_shown(localized, qtbot), "de")) > 100
    assert "Validated by the NSO" in untranslated(dashboard_cells(localized), "de")
    assert {column for column, _ in english_cells(localized)} == {"why", "attendance", "when"}


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_qt_own_texts_and_locale_follow_the_language(language: str) -> None:
    """Standard buttons come from Qt's qtbase_de.qm; numbers use German separators."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QApplication.translate("MainWindow", "&File") == "&Datei"
    # Texts marked outside a class are found from any class that shows them.
    assert QApplication.translate("AnyPage", "Student teachers") == "Lehramtsstudierende"


def load_update_script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_check_fails_on_a_missing_or_broken_translation(tmp_path: Path) -> None:
    script = load_update_script()
    folder = translations_dir()
    assert folder is not None
    copy = tmp_path / "translations"
    shutil.copytree(folder, copy)
    ts = copy / "itepad_de.ts"
    text = ts.read_text(encoding="utf-8")
    # One text left untranslated, one translation that loses its placeholder and accelerator.
    text = text.replace(
        "<translation>Übersicht</translation>",
        '<translation type="unfinished"></translation>',
        1,
    )
    text = text.replace(
        "<translation>Modul {code} angelegt; es ist im Editor geöffnet.</translation>",
        "<translation>Modul angelegt.</translation>",
        1,
    )
    text = text.replace("<translation>&amp;Datei</translation>", "<translation>Datei</translation>")
    ts.write_text(text, encoding="utf-8")

    problems = script.check(copy)

    assert any("not translated" in p and "'Dashboard'" in p for p in problems)
    assert any("placeholders" in p and "Modul angelegt." in p for p in problems)
    assert any("accelerator" in p and "'&File'" in p for p in problems)
    assert any("itepad_de.qm: out of date" in p for p in problems)
    assert not any(p.startswith("itepad_fr.ts") and "&File" in p for p in problems)
    assert script.main(["--check", "--dir", str(copy)]) == 1

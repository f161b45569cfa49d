"""The roster import dialog: columns, preview, problems, encoding, and importing from the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from itepad.services.roster_headers import RosterField
from itepad.services.roster_import import ImportReport
from itepad.store.database import Database, open_database
from itepad.ui.main_window import MainWindow
from itepad.ui.roster_import_dialog import RosterImportDialog, column_name

from .conftest import count

ROSTERS = Path(__file__).parent.parent / "fixtures" / "rosters"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "roster.sqlite"))
    yield db
    db.close()


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> RosterImportDialog:
    widget = RosterImportDialog(database, ["Existing cohort"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_file(qtbot: QtBot, dialog: RosterImportDialog, name: str) -> None:
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.open_file(ROSTERS / name)


def choose_column(qtbot: QtBot, dialog: RosterImportDialog, field: RosterField, text: str) -> None:
    """Pick a column as a user would: the combo's item, then its `activated` signal."""
    combo: QComboBox = dialog.columns[field]
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def preview(dialog: RosterImportDialog) -> list[list[str]]:
    model = dialog.preview_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cells = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [headers, *cells]


def test_column_names_are_spreadsheet_letters() -> None:
    assert [column_name(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_preview_model_is_a_proper_model(
    qtbot: QtBot, dialog: RosterImportDialog, qtmodeltester: Any
) -> None:
    open_file(qtbot, dialog, "broken_field_count.csv")
    qtmodeltester.check(dialog.preview_model)


def test_moodle_file_is_mapped_and_previewed(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    open_file(qtbot, dialog, "moodle_participants.csv")
    assert dialog.columns[RosterField.GIVEN_NAME].currentText() == "A: First name"
    assert dialog.columns[RosterField.EMAIL].currentText() == "D: Email address"
    assert dialog.columns[RosterField.PROGRAMME].currentText() == "(not in the file)"
    rows = preview(dialog)
    assert rows[0] == ["Row", "Given name", "Family name", "Email", "Student number"]
    assert rows[2] == [
        "3", "Ciarán", "O'Sullivan", "ciaran.osullivan@students.shannon-ed.example", "24100102",
    ]  # fmt: skip
    assert len(rows) == 1 + 7
    assert dialog.read_as.text() == "Read as Unicode (UTF-8), separated by commas"
    assert dialog.summary.text() == "7 student teachers ready to import."
    assert not dialog.problems.isVisible()
    assert not dialog.import_button.isEnabled()  # no cohort named yet
    qtbot.keyClicks(dialog.cohort, "ITE 2026")
    assert dialog.import_button.isEnabled()


def test_changing_a_column_updates_the_preview(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    open_file(qtbot, dialog, "moodle_participants.csv")
    choose_column(qtbot, dialog, RosterField.PROGRAMME, "F: Groups")
    rows = preview(dialog)
    assert rows[0][-1] == "Programme"
    assert [row[-1] for row in rows[1:4]] == ["Group A", "Group A", "Group B"]
    assert dialog.roster is not None and dialog.roster.people[0].programme == "Group A"

    # Taking the email column away is a problem: import waits for a column.
    qtbot.keyClicks(dialog.cohort, "ITE")
    choose_column(qtbot, dialog, RosterField.EMAIL, "(not in the file)")
    assert dialog.problems.topLevelItemCount() == 1
    item = dialog.problems.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(3)] == ["1", "email", "no column holds it; choose one"]
    assert not dialog.import_button.isEnabled()
    choose_column(qtbot, dialog, RosterField.EMAIL, "D: Email address")
    assert dialog.import_button.isEnabled()


def test_a_broken_file_lists_its_problems_and_cannot_be_imported(
    qtbot: QtBot, dialog: RosterImportDialog
) -> None:
    qtbot.keyClicks(dialog.cohort, "ITE")
    open_file(qtbot, dialog, "broken_invalid_email.csv")
    listed = [
        [item.text(c) for c in range(3)]
        for item in (dialog.problems.topLevelItem(i) for i in range(3))
        if item is not None
    ]
    assert listed == [
        ["3", "email", "'jan.nowak(at)uni.example' is not a valid email address"],
        ["4", "email", "'ewa.lis@' is not a valid email address"],
        ["5", "email", "missing"],
    ]
    assert dialog.problems.isVisible()
    assert dialog.summary.text().startswith("3 problems to correct in the file")
    assert not dialog.import_button.isEnabled()
    model = dialog.preview_model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None  # row 2: clean
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert "is not a valid email address" in model.data(
        model.index(1, 1), Qt.ItemDataRole.ToolTipRole
    )
    dialog.start_import()  # even if asked directly, nothing happens
    assert dialog.isVisible()


def test_an_unreadable_file_is_explained(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    open_file(qtbot, dialog, "moodle_participants.csv")
    open_file(qtbot, dialog, "junk.csv")
    assert "junk.csv is not a CSV or XLSX roster" in dialog.summary.text()
    assert dialog.roster is None
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.columns[RosterField.EMAIL].isEnabled()
    assert not dialog.import_button.isEnabled()


def test_another_encoding_can_be_chosen(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    open_file(qtbot, dialog, "excel_semicolon_cp1250.csv")
    assert dialog.read_as.text() == (
        "Read as Central European (Windows-1250), separated by semicolons"
    )
    assert preview(dialog)[1][1:3] == ["Łukasz", "Wałęsa"]
    choose_encoding(qtbot, dialog, "cp1252")
    assert dialog.summary.text().startswith(
        "excel_semicolon_cp1250.csv, row 3: byte 0x8f is not valid in cp1252"
    )
    choose_encoding(qtbot, dialog, "cp1251")
    assert "Cyrillic (Windows-1251)" in dialog.read_as.text()
    # What a wrong choice looks like: the names in Cyrillic letters, "Imię" not known.
    assert preview(dialog)[1][1] == "Wałęsa".encode("cp1250").decode("cp1251")
    assert dialog.columns[RosterField.GIVEN_NAME].currentText() == "(not in the file)"
    assert not dialog.import_button.isEnabled()


def choose_encoding(qtbot: QtBot, dialog: RosterImportDialog, codec: str) -> None:
    index = dialog.encoding.findData(codec)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.encoding.setCurrentIndex(index)
        dialog.encoding.activated.emit(index)


def test_import_from_the_page_adds_the_rows(opened: MainWindow, qtbot: QtBot) -> None:
    window = opened
    page = window.students
    window.go_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    before = page.model.rowCount()
    page.import_roster()
    qtbot.waitUntil(lambda: page.import_dialog is not None, timeout=10_000)
    dialog = page.import_dialog
    assert dialog is not None
    open_file(qtbot, dialog, "many_scripts_utf8.csv")
    qtbot.keyClicks(dialog.cohort, "Partners 2026")
    reports: list[ImportReport] = []
    dialog.imported.connect(reports.append)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # the dialog closes when done
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [report.created for report in reports] == [8]
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 8, timeout=10_000)
    assert "8 added, 0 updated, 0 unchanged" in window.statusBar().currentMessage()
    assert "Partners 2026 (new)" in window.statusBar().currentMessage()
    emails = {page.model.row_at(r).email for r in range(page.model.rowCount())}
    assert "nino.beridze@uni.example.ge" in emails
    assert window.database is not None
    assert count(window.database, "SELECT count(*) FROM cohort WHERE name = 'Partners 2026'") == 1


def _mime(path: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data  # the caller keeps it: an event does not own its data


BUTTON, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
COPY = Qt.DropAction.CopyAction


def test_dropping_a_roster_on_the_page_opens_the_dialog(opened: MainWindow, qtbot: QtBot) -> None:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    assert page.acceptDrops()
    pdf, roster = _mime(ROSTERS.parent / "nothing.pdf"), _mime(ROSTERS / "moodle_participants.csv")
    refused = QDragEnterEvent(QPoint(20, 20), COPY, pdf, BUTTON, NO_KEYS)
    refused.ignore()
    page.dragEnterEvent(refused)
    assert not refused.isAccepted()
    welcome = QDragEnterEvent(QPoint(20, 20), COPY, roster, BUTTON, NO_KEYS)
    welcome.ignore()
    page.dragEnterEvent(welcome)
    assert welcome.isAccepted()
    page.dropEvent(QDropEvent(QPointF(20, 20), COPY, roster, BUTTON, NO_KEYS))
    qtbot.waitUntil(lambda: page.import_dialog is not None, timeout=10_000)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.roster is not None, timeout=10_000)
    assert dialog.file.text().endswith("moodle_participants.csv")
    assert dialog.cohort.findText(page.model.row_at(0).cohort) >= 0  # existing cohorts offered
    dialog.reject()

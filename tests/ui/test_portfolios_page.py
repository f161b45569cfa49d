"""The Portfolios & reports page: its tabs, a report previewed or saved, a cohort's batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from itepad.services.report_kinds import REPORT_KINDS
from itepad.ui.main_window import MainWindow
from itepad.ui.pages.portfolios import PortfoliosPage
from itepad.ui.pdf_preview import PdfPreviewWindow


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> PortfoliosPage:
    page = opened.portfolios
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded and page.cohort_box.count() > 0, timeout=20_000)
    return page


def test_tabs_and_subjects(page: PortfoliosPage) -> None:
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["&Portfolios", "&Reports", "Re&views"]
    assert page.reviews.db is None  # read when first shown
    page.tabs.setCurrentWidget(page.reviews)
    assert page.reviews.db is page.database
    page.tabs.setCurrentIndex(0)
    reports = page.reports
    assert [reports.kind_box.itemData(i) for i in range(reports.kind_box.count())] == list(
        REPORT_KINDS
    )
    reports.select("module-report", "ETW202")
    assert reports.subject_label.text() == "&Module:"
    assert reports.subject_box.currentText().startswith("ETW202 ")
    reports.select("award-dossier", None)
    assert reports.subject_box.itemText(0) == "The whole institution"
    assert reports.subject_box.count() == 1 + page.cohort_box.count() + 1  # and the 3 modules…
    reports.select("quality-label", "1")
    assert reports.subject_label.text() == "&Project:" and reports.save_button.isEnabled()


def test_preview_a_report(page: PortfoliosPage, qtbot: QtBot) -> None:
    reports = page.reports
    page.tabs.setCurrentWidget(reports)
    reports.select("cohort-participation", page.cohort_box.itemData(0))
    reports.preview_button.click()
    assert reports.busy.isVisible() and not reports.preview_button.isEnabled()
    qtbot.waitUntil(lambda: bool(reports.previews), timeout=30_000)
    preview = reports.previews[0]
    assert isinstance(preview, PdfPreviewWindow)
    qtbot.waitUntil(lambda: preview.rendered == (0, preview.zoom), timeout=10_000)
    assert preview.pages.count == len(PdfReader(preview.path).pages) > 1
    assert preview.windowTitle().startswith("Cohort participation: ")
    preview.next_action.trigger()
    qtbot.waitUntil(lambda: preview.rendered == (1, preview.zoom), timeout=10_000)
    path = preview.path
    preview.close()
    qtbot.waitUntil(lambda: not reports.previews)
    assert not path.exists()  # the temporary file goes with the window
    assert reports.preview_button.isEnabled()


def test_save_a_report(
    page: PortfoliosPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = page.reports
    page.tabs.setCurrentWidget(reports)
    reports.select("module-report", "ETW101")
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, proposed: str, filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "module"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    reports.save_button.click()
    assert reports.busy.isVisible()
    qtbot.waitUntil(lambda: reports.busy.isHidden(), timeout=30_000)
    assert (tmp_path / "module.pdf").read_bytes().startswith(b"%PDF-")
    assert Path(asked[0]).name.startswith("Module report - ETW101 ")
    window = page.window()
    assert isinstance(window, MainWindow)
    assert "Saved the report to" in window.statusBar().currentMessage()


def test_a_report_that_fails_says_why(
    page: PortfoliosPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = page.reports
    reports.select("module-report", "ETW101")
    reports.subject_box.setItemData(reports.subject_box.currentIndex(), "GONE")
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(folder / "gone.pdf"), "")
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    reports.save_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "No module with the code 'GONE'" in warnings[0]
    assert list(folder.iterdir()) == []


def test_a_cohort_batch_from_the_page(
    page: PortfoliosPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portfolios"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    assert page.batch_button.isEnabled()
    dialog = page.write_cohort()
    assert dialog is not None and dialog.isVisible()
    assert not page.batch_button.isEnabled()  # one batch at a time
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=60_000)
    assert dialog.summary is not None and dialog.summary.cancelled
    assert sorted(folder.iterdir()) == sorted(dialog.summary.written)
    dialog.accept()
    qtbot.waitUntil(lambda: page.batch_button.isEnabled())


def test_a_report_prints_in_the_language_of_the_preferences(
    page: PortfoliosPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from itepad.ui.settings import PRINT_LANGUAGE_KEY, settings

    settings().setValue(PRINT_LANGUAGE_KEY, "uk")
    reports = page.reports
    reports.select("module-report", "ETW101")
    out = tmp_path / "module.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    reports.save_button.click()
    qtbot.waitUntil(lambda: reports.busy.isHidden(), timeout=30_000)
    reader = PdfReader(out)
    assert reader.root_object["/Lang"] == "uk"
    assert "Заплановані заняття" in reader.pages[0].extract_text()

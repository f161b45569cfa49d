"""The PDF preview window: pages, zoom, "Save as…" and printing (to a PDF printer)."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from itepad.reports.award_dossier import build_award_dossier
from itepad.reports.award_dossier_data import AwardArea, AwardCriterion, AwardDossierData
from itepad.ui.pdf_preview import PdfPages, PdfPreviewWindow, print_pages


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real report of a few pages."""
    criteria = tuple(AwardCriterion(f"Criterion {n}", "What it is.", ("A fact.",)) for n in (1, 2))
    data = AwardDossierData(
        institution="Uniwersytet Łódzki",
        country="PL",
        scope="The whole institution",
        academic_years=("2025/26", "2026/27"),
        period_start=date(2025, 9, 1),
        generated_on=date(2026, 11, 23),
        areas=tuple(AwardArea(f"Area {n}", "About it.", criteria) for n in (1, 2, 3)),
    )
    out = tmp_path_factory.mktemp("preview") / "dossier.pdf"
    build_award_dossier(data, out)
    return out


def _open(
    qtbot: QtBot, path: Path, *, suggested_name: str = "", temporary: bool = False
) -> PdfPreviewWindow:
    window = PdfPreviewWindow(path, "Dossier", suggested_name=suggested_name, temporary=temporary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.rendered == (0, window.zoom), timeout=10_000)
    return window


def test_pages_and_zoom(qtbot: QtBot, pdf: Path) -> None:
    pages = len(PdfReader(pdf).pages)
    assert pages >= 3
    window = _open(qtbot, pdf)
    assert window.pages.count == pages
    assert window.page_box.text() == f"1 of {pages}"
    assert not window.previous_action.isEnabled() and window.next_action.isEnabled()
    first = window.image.pixmap().toImage()
    window.next_action.trigger()
    qtbot.waitUntil(lambda: window.rendered == (1, window.zoom), timeout=10_000)
    assert window.page_box.value() == 2 and window.previous_action.isEnabled()
    assert window.image.pixmap().toImage() != first
    window.page_box.setValue(pages)
    qtbot.waitUntil(lambda: window.rendered == (pages - 1, window.zoom), timeout=10_000)
    assert not window.next_action.isEnabled()
    # The page fits the window's width at first.
    assert window.image.pixmap().deviceIndependentSize().width() < window.width()
    width, zoom = window.image.pixmap().width(), window.zoom
    window.zoom_in_action.trigger()
    assert window.zoom > zoom
    qtbot.waitUntil(lambda: window.rendered == (pages - 1, window.zoom), timeout=10_000)
    assert window.image.pixmap().width() > width
    assert window.zoom_label.text().strip() == f"{round(window.zoom * 100)}%"


def test_save_as_copies_the_pdf(
    qtbot: QtBot, pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, pdf, suggested_name="Dossier.pdf")
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, proposed: str, filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "copy"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    saved = window.save_as()
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes() == pdf.read_bytes()
    assert asked[0].endswith("Dossier.pdf")


def test_a_temporary_file_goes_with_the_window(qtbot: QtBot, pdf: Path, tmp_path: Path) -> None:
    copy = tmp_path / "preview.pdf"
    copy.write_bytes(pdf.read_bytes())
    window = _open(qtbot, copy, temporary=True)
    window.close()
    assert not copy.exists()
    assert window.pages.render(0, 72).isNull()  # PDFium's copy is freed too


def test_printing_paints_every_page(qtbot: QtBot, pdf: Path, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)  # quick: the test is about pages, not ink
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with closing(PdfPages(pdf)) as pages:
        assert print_pages(pages, printer) == pages.count
        width, height = pages.size(0)
    printed = PdfReader(out)
    assert len(printed.pages) == pages.count
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - width) < 2 and abs(float(box.height) - height) < 2


def test_printing_a_page_range(qtbot: QtBot, pdf: Path, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    with closing(PdfPages(pdf)) as pages:
        assert print_pages(pages, printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2

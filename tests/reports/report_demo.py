"""Shared by the report tests: a demo database per test module, and a PDF as a reader sees it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from itepad.services.demo import fill_demo
from itepad.store.database import Database, open_database

NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="needs qpdf and pdftotext (poppler-utils)",
)


def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """For a module-scoped fixture: the demo data is only read, so tests can share it."""
    db = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
    try:
        fill_demo(db, students=40)
        yield db
    finally:
        db.close()


def checked_text(pdf: Path) -> str:
    """The PDF's text from pdftotext, white space folded, once `qpdf --check` has passed."""
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def outline_titles(pdf: Path) -> list[str]:
    """The top two levels of the PDF's bookmarks."""
    titles: list[str] = []
    for entry in PdfReader(pdf).outline:
        if isinstance(entry, list):
            titles += [str(child.title) for child in entry if not isinstance(child, list)]
        else:
            titles.append(str(entry.title))
    return titles


def metadata(pdf: Path) -> tuple[str, str, int]:
    """Title, author and page count."""
    reader = PdfReader(pdf)
    info = reader.metadata
    assert info is not None
    return str(info.title), str(info.author), len(reader.pages)

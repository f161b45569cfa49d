"""Nothing typed into a record can break a portfolio, and what is typed prints as typed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import getFont

from itepad.reports.portfolio import build_portfolio
from itepad.reports.theme import styles
from tests.reports.sample_portfolio import sample_portfolio
from tests.reports.test_markdown_flowables import MARKDOWN_TEXT

pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="needs qpdf and pdftotext (poppler-utils)",
)

ANY_TEXT = st.one_of(st.text(), MARKDOWN_TEXT)


def _letters() -> str:
    """Letters of the European scripts the report font draws (a word is copied out whole)."""
    covered = getFont(styles().sans).face.charToGlyph
    ranges = [(0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x531, 0x586), (0x10D0, 0x10FA)]
    return "".join(
        chr(code)
        for start, end in ranges
        for code in range(start, end + 1)
        if code in covered and unicodedata.category(chr(code)) in ("Lu", "Ll")
    )


WORD = st.text(alphabet=_letters(), min_size=1, max_size=12)
WORDS = st.lists(WORD, min_size=1, max_size=4).map(" ".join)


def _build(out: Path, *, name: str, text: str) -> None:
    build_portfolio(sample_portfolio(name=name, text=text), out)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def _extracted(pdf: Path) -> str:
    """The text as pdftotext copies it out, without any white space (lines break anywhere)."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return "".join(result.stdout.split())


@settings(max_examples=30, deadline=None, database=None)
@given(name=ANY_TEXT, text=ANY_TEXT)
def test_any_text_anywhere_gives_a_valid_pdf(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _build(Path(folder) / "p.pdf", name=name, text=text)


@settings(max_examples=30, deadline=None, database=None)
@given(name=WORDS, sample=WORDS, markdown=MARKDOWN_TEXT)
def test_names_and_text_come_back_out(name: str, sample: str, markdown: str) -> None:
    # The sample sits in a paragraph of its own, after whatever Markdown comes before it.
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "p.pdf"
        _build(out, name=name, text=f"{markdown}\n\n{sample}\n")
        extracted = _extracted(out)
    assert "".join(name.split()) in extracted
    assert "".join(sample.split()) in extracted

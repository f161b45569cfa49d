"""Review copies: fillable fields where the student teacher answers, checked with pypdf and
with independent readers (poppler's pdfinfo/pdftotext, qpdf)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from itepad.reports.portfolio import build_portfolio
from itepad.reports.portfolio_options import PortfolioOptions, Section
from itepad.reports.review_form import (
    AGREE,
    CHANGE,
    HASH_FIELD,
    READ_FIELD,
    REFLECTION_FIELD,
    STUDENT_FIELD,
    TOKEN_FIELD,
    ReviewIdentity,
    choice_field,
    comment_field,
)
from itepad.store.models_review import ReviewChoice
from tests.reports.sample_portfolio import sample_portfolio

IDENTITY = ReviewIdentity("tok-123", "zofia@uni.example", "ab" * 32)
PRINTED = [s for s in Section if s is not Section.CONTENTS]


def _copy(tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / "review.pdf"
    build_portfolio(sample_portfolio(), out, options=PortfolioOptions(**options), review=IDENTITY)
    return out


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_every_part_gets_a_choice_and_a_comment_box(tmp_path: Path) -> None:
    fields = PdfReader(_copy(tmp_path)).get_fields()
    assert fields is not None
    for section in PRINTED:
        choice = fields[choice_field(section)]
        assert choice["/FT"] == "/Btn"
        assert set(choice["/_States_"]) == {f"/{AGREE}", f"/{CHANGE}"}
        assert fields[comment_field(section)]["/FT"] == "/Tx"
    assert fields[REFLECTION_FIELD]["/FT"] == "/Tx"
    assert fields[READ_FIELD]["/V"] == "/Off"
    assert choice_field(Section.CONTENTS) not in fields


def test_only_the_chosen_parts_get_fields(tmp_path: Path) -> None:
    fields = PdfReader(_copy(tmp_path, sections={"summary", "evidence"})).get_fields() or {}
    choices = {name for name in fields if name.startswith("choice_")}
    assert choices == {choice_field("summary"), choice_field("evidence")}


def test_the_identity_is_in_hidden_read_only_fields(tmp_path: Path) -> None:
    reader = PdfReader(_copy(tmp_path))
    fields = reader.get_fields() or {}
    assert fields[TOKEN_FIELD]["/V"] == IDENTITY.token
    assert fields[STUDENT_FIELD]["/V"] == IDENTITY.student
    assert fields[HASH_FIELD]["/V"] == IDENTITY.content_hash
    widgets = {
        annot.get_object()["/T"]: annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/T" in annot.get_object()
    }
    for name in (TOKEN_FIELD, STUDENT_FIELD, HASH_FIELD):
        assert int(widgets[name]["/F"]) & 2, f"{name} is not hidden"
        assert int(widgets[name]["/Ff"]) & 1, f"{name} is not read-only"


def test_comment_boxes_take_long_text(tmp_path: Path) -> None:
    fields = PdfReader(_copy(tmp_path)).get_fields() or {}
    # reportlab limits a text field to 100 characters unless told otherwise.
    assert "/MaxLen" not in fields[REFLECTION_FIELD]
    assert int(fields[REFLECTION_FIELD]["/Ff"]) & (1 << 12), "not multi-line"


def test_choice_values_are_the_stored_codes() -> None:
    assert (ReviewChoice.AGREE.value, ReviewChoice.CHANGE.value) == (AGREE, CHANGE)


def test_a_plain_portfolio_has_no_form(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    build_portfolio(sample_portfolio(), out)
    assert PdfReader(out).get_fields() is None


def test_independent_readers_see_a_valid_form(tmp_path: Path) -> None:
    out = _copy(tmp_path)
    info = subprocess.run([_tool("pdfinfo"), out], capture_output=True, text=True, check=True)
    assert re.search(r"^Form:\s+AcroForm$", info.stdout, re.MULTILINE)
    subprocess.run([_tool("qpdf"), "--check", out], capture_output=True, check=True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Your review of this part: Evidence"),
        ("de", "Ihre Durchsicht dieses Teils: Nachweise"),
        ("uk", "Ваш відгук щодо цієї частини: Докази"),
    ],
)
def test_form_headings_follow_the_language(tmp_path: Path, language: str, expected: str) -> None:
    out = _copy(tmp_path, language=language)
    text = subprocess.run(
        [_tool("pdftotext"), out, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert expected in text


def test_the_next_portfolio_prints_the_confirmation(tmp_path: Path) -> None:
    out = tmp_path / "confirmed.pdf"
    data = replace(sample_portfolio(), review_confirmed_on=date(2026, 12, 3))
    build_portfolio(data, out, options=PortfolioOptions(sections=frozenset({"summary"})))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Reviewed and confirmed by the student teacher on 2026-12-03" in " ".join(text.split())
    build_portfolio(
        sample_portfolio(), out, options=PortfolioOptions(sections=frozenset({"summary"}))
    )
    assert "confirmed by the student teacher" not in PdfReader(out).pages[1].extract_text()

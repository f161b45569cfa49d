"""Whatever a student teacher types into a review copy comes back as typed (property tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from itepad.reports.portfolio import build_portfolio
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.reports.review_form import (
    REFLECTION_FIELD,
    ReviewIdentity,
    choice_field,
    comment_field,
)
from itepad.services.review_import import read_review_form
from tests.reports.sample_portfolio import sample_portfolio

# What a person can type: any letters, digits, punctuation, symbols, spaces and line breaks.
TYPED = st.text(
    st.characters(
        codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"), include_characters="\n"
    ),
    max_size=300,
)


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "blank.pdf"
    options = PortfolioOptions(sections=frozenset({"summary", "evidence"}))
    identity = ReviewIdentity("token", "a@b.example", "0" * 64)
    build_portfolio(sample_portfolio(), out, options=options, review=identity)
    return out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(comment=TYPED, reflection=TYPED, change=st.booleans())
def test_typed_text_comes_back(
    blank: Path, tmp_path: Path, comment: str, reflection: str, change: bool
) -> None:
    values = {
        comment_field("evidence"): comment,
        REFLECTION_FIELD: reflection,
        choice_field("evidence"): "/change" if change else "/agree",
    }
    writer = PdfWriter(clone_from=blank)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    filled = tmp_path / "filled.pdf"
    writer.write(filled)
    form = read_review_form(filled)
    assert form.comments["evidence"] == comment.strip()
    assert form.reflection == reflection.strip()
    assert form.choices == {"summary": "", "evidence": "change" if change else "agree"}
    assert form.comments["summary"] == ""

"""text.paragraph: plain text skips reportlab's markup parser and still prints exactly the same."""

from __future__ import annotations

import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from itepad.reports.text import escape, paragraph, plain_markup
from itepad.reports.theme import styles

# Words, runs of spaces, tabs and line breaks, and the characters that markup escapes.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from([" ", "\t", "\n", "\xa0", "&", "<", ">", "ß", "Ω", "Ж"]),
        st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
    ),
    max_size=300,
)


def _drawn(made: Any, width: float) -> tuple[tuple[float, float], str]:
    """The size a paragraph takes at `width`, and the PDF operators that draw it."""
    canvas = Canvas(io.BytesIO())
    size = made.wrap(width, 10_000)
    made.drawOn(canvas, 0, 0)
    return size, "\n".join(canvas._code)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, width=st.sampled_from([40.0, 120.0, 480.0]))
def test_paragraph_prints_what_the_parser_would(text: str, width: float) -> None:
    sheet = styles()
    for style in (sheet.body, sheet.table_cell, sheet.h2):
        for markup in (escape(text), plain_markup(text)):
            assert _drawn(paragraph(markup, style), width) == _drawn(
                Paragraph(markup, style), width
            )


def test_plain_text_is_not_parsed() -> None:
    made = paragraph("A remark,  typed\ton one line ", styles().body)
    assert [fragment.text for fragment in made.frags] == ["A remark, typed on one line"]


def test_markup_still_goes_through_the_parser() -> None:
    made = paragraph("<b>bold</b> &amp; plain", styles().body)
    assert [fragment.text for fragment in made.frags] == ["bold", " ", "&", " plain"]
    assert made.frags[0].bold == 1


def test_each_style_gets_its_own_fragment() -> None:
    upper = ParagraphStyle("upper", parent=styles().body, textTransform="uppercase")
    mono = ParagraphStyle("mono", parent=styles().body, fontName=styles().mono, fontSize=7)
    shouted, coded = paragraph("quiet words", upper), paragraph("x = 1", mono)
    assert shouted.frags[0].text == "QUIET WORDS"
    assert (coded.frags[0].fontName, coded.frags[0].fontSize) == (styles().mono, 7)

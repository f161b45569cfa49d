"""Markdown -> flowables: structure, escaping, wrapping, and builds that never fail."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import HRFlowable, ListFlowable, Paragraph, Table

from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.markdown_flowables import CodeBlock, QuotedFlowable, markdown_to_flowables
from itepad.reports.text import escape, plain_markup
from itepad.reports.theme import styles

INFO = DocumentInfo(title="Reflection", author="tests")


def _build(source: str, out: Path) -> PdfReader:
    build_document(markdown_to_flowables(source), out, INFO)
    return PdfReader(out)


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _of_type(flowables: list[Any], kind: type) -> list[Any]:
    return [f for f in flowables if isinstance(f, kind)]


# Escaping


@pytest.mark.parametrize(
    ("raw", "markup"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("nul\x00 stx\x02 esc\x1b", "nul stx esc"),
        ("line\r\nbreak", "line\nbreak"),
    ],
)
def test_escape(raw: str, markup: str) -> None:
    assert escape(raw) == markup


def test_plain_markup_keeps_line_breaks() -> None:
    assert plain_markup("one <1>\ntwo & three") == "one &lt;1&gt;<br/>two &amp; three"


def test_long_word_wraps_inside_the_width() -> None:
    url = "https://example.org/" + "/".join(f"segment{i}" for i in range(300))
    paragraph = Paragraph(escape(f"See {url} and {'x' * 4000} end"), styles().body)
    paragraph.wrap(300, 100_000)
    lines = paragraph.blPara.lines
    assert len(lines) > 20
    # extraSpace is the room left on a line: negative would mean text runs off the frame.
    assert min(line[0] if isinstance(line, tuple) else line.extraSpace for line in lines) >= 0


def test_long_code_line_wraps_inside_the_width() -> None:
    block = CodeBlock("short\n" + "y" * 2000, styles().code)
    width, height = block.wrap(300, 100_000)
    assert width == 300
    assert height > 20 * styles().code.leading
    assert all(len(line) * 8.5 * 0.61 < 300 for line in block._lines.lines)


# Structure


def test_blocks_map_to_flowables() -> None:
    flowables = markdown_to_flowables(
        "# Title\n\nText.\n\n- a\n- b\n\n> quoted\n\n```\ncode\n```\n\n---\n\n"
        "| h1 | h2 |\n|---|---|\n| 1 | 2 |\n"
    )
    assert [type(f).__name__ for f in flowables] == [
        "Paragraph",  # heading
        "Paragraph",
        "ListFlowable",
        "QuotedFlowable",
        "CodeBlock",
        "HRFlowable",
        "Table",
    ]
    assert flowables[0].itepad_outline_level == 0
    assert flowables[0].itepad_outline_title == "Title"
    assert flowables[0].style.name == "h1"


def test_top_heading_level_shifts_styles_and_outline() -> None:
    (h1, h2) = markdown_to_flowables("# One\n\n## Two", top_heading_level=2)
    assert (h1.itepad_outline_level, h2.itepad_outline_level) == (2, 3)
    assert (h1.style.name, h2.style.name) == ("h3", "h4")


def test_nested_list_is_a_list_inside_a_list_item() -> None:
    (outer,) = markdown_to_flowables("- a\n- b\n    - c\n    - d\n")
    assert isinstance(outer, ListFlowable)
    nested = [f for f in outer._flowables[1]._flowables if isinstance(f, ListFlowable)]
    assert len(nested) == 1
    assert len(nested[0]._flowables) == 2


def test_ordered_list_keeps_its_start_number() -> None:
    (ordered,) = markdown_to_flowables("3. three\n4. four\n")
    assert ordered._start == 3


def test_table_has_paragraph_cells_and_repeats_its_header() -> None:
    (table,) = markdown_to_flowables("| A | B |\n|---|--:|\n| 1 | 2 |\n| 3 |\n")
    assert isinstance(table, Table)
    assert table.repeatRows == 1
    assert all(isinstance(cell, Paragraph) for row in table._cellvalues for cell in row)
    assert len(table._cellvalues) == 3
    assert all(len(row) == 2 for row in table._cellvalues)  # the short row is padded


def test_very_wide_table_prints_rows_as_paragraphs() -> None:
    header = "|" + "|".join(f"c{i}" for i in range(40)) + "|"
    rule = "|" + "---|" * 40
    row = "|" + "|".join(f"v{i}" for i in range(40)) + "|"
    flowables = markdown_to_flowables(f"{header}\n{rule}\n{row}\n")
    assert not _of_type(flowables, Table)
    assert "<b>c39:</b> v39" in flowables[0].text


def test_raw_html_is_text() -> None:
    (paragraph,) = markdown_to_flowables("<script>alert(1)</script> <b>not bold</b>")
    assert "&lt;script&gt;" in paragraph.text
    assert "<b>" not in paragraph.text


def test_entities_and_backslash_escapes_print_as_a_reader_expects() -> None:
    (paragraph,) = markdown_to_flowables(r"&copy; &amp; \*not em\* `a &amp; <b>`")
    assert "© &amp; *not em*" in paragraph.text
    assert "a &amp;amp; &lt;b&gt;" in paragraph.text  # code shows exactly what was typed


def test_only_web_and_mail_links_are_clickable() -> None:
    (paragraph,) = markdown_to_flowables(
        "[web](https://example.org/ä?q=1&r=2) [js](javascript:alert(1)) [anchor](#nowhere) "
        "<mail@example.org>"
    )
    text = paragraph.text
    assert 'href="https://example.org/%C3%A4?q=1&amp;r=2"' in text
    assert 'href="mailto:mail@example.org"' in text
    assert "javascript" not in text
    assert "#nowhere" not in text


def test_image_is_replaced_by_its_alt_text() -> None:
    (paragraph,) = markdown_to_flowables("![A class photo](photo.png)")
    assert paragraph.text == "<i>[A class photo]</i>"


def test_quote_is_indented() -> None:
    flowables = markdown_to_flowables("> one\n>\n> two")
    assert len(flowables) == 2
    assert all(isinstance(f, QuotedFlowable) for f in flowables)
    assert all(f.width is None or f.width > 0 for f in flowables)


def test_empty_source_gives_no_flowables() -> None:
    assert markdown_to_flowables("") == []
    assert markdown_to_flowables("  \n\n ") == []


# Built PDFs


def test_text_prints_exactly_as_typed(tmp_path: Path) -> None:
    source = (
        "Less & more <b>not bold</b> 5 < 6.\n\n"
        "Zofia Wiśniewska-Łęcka, Ștefan, Αικατερίνη, Олександра, Անահիտ, ნინო\n\n"
        "`x < y && z`\n\n"
        "```\nif a < b and c > d:\n    print('&amp;')\n```\n\n"
        "    indented <code> &lt;\n"
    )
    text = _text(_build(source, tmp_path / "text.pdf"))
    assert "Less & more <b>not bold</b> 5 < 6." in text
    assert "Zofia Wiśniewska-Łęcka, Ștefan, Αικατερίνη, Олександра, Անահիտ, ნინო" in text
    assert "x < y && z" in text
    assert "print('&amp;')" in text
    assert "indented <code> &lt;" in text


def test_link_becomes_a_uri_annotation(tmp_path: Path) -> None:
    reader = _build("[TwinSpace](https://example.org/twinspace)", tmp_path / "link.pdf")
    annotations = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    uris = [a["/A"]["/URI"] for a in annotations if "/A" in a]
    assert uris == ["https://example.org/twinspace"]


def test_long_reflection_flows_across_many_pages(tmp_path: Path) -> None:
    source = "\n\n".join(
        f"Paragraph {i}: " + "I learned to plan a joint lesson with partners abroad. " * 6
        for i in range(400)
    )
    reader = _build(source, tmp_path / "long.pdf")
    assert len(reader.pages) > 20
    text = _text(reader)
    assert "Paragraph 0:" in text
    assert "Paragraph 399:" in text


def test_table_cell_taller_than_a_page_splits(tmp_path: Path) -> None:
    source = "| Evidence | Level |\n|---|---|\n| " + "evidence " * 3000 + " | 4 |\n"
    reader = _build(source, tmp_path / "tall.pdf")
    assert len(reader.pages) > 1


def test_deep_nesting_builds(tmp_path: Path) -> None:
    lists = "\n".join("    " * i + f"- level{i}" for i in range(40))
    quotes = "\n".join(">" * i + " quoted" for i in range(1, 40))
    reader = _build(f"{lists}\n\n{quotes}", tmp_path / "deep.pdf")
    text = _text(reader)
    assert "level0" in text
    assert "level39" in text


@pytest.mark.parametrize(
    "source",
    [
        "\n".join("    " * i + f"- level{i}" for i in range(400)),
        "*" * 3000 + "level0 level399" + "*" * 3000,
    ],
    ids=["lists", "emphasis"],
)
def test_nesting_too_deep_for_the_parser_prints_as_text(source: str, tmp_path: Path) -> None:
    text = _text(_build(source, tmp_path / "deeper.pdf"))
    assert "level0" in text
    assert "level399" in text


# Nothing a user types may break a build

MARKDOWN_PIECES = st.sampled_from(
    [
        "**", "*", "_", "`", "``", "```", "~~~", "<", ">", "&", "&amp;", "&#0;", "&#x110000;",
        "# ", "###### ", "\n", "\n\n", "- ", "1. ", "99999999999999999999. ", "> ", "    ",
        "|", "| a | b |\n|---|---|\n", "---\n", "[", "](", ")", "![", "<http://x>",
        "<a@b.c>", "\\", "<b>", "</div>", "<!--", "\t", "\r", "\x00", "\x02", "\x03",
        "x" * 700, "https://example.org/" + "p/" * 200, "Ω", "ნ", "ع",
    ]
)  # fmt: skip
MARKDOWN_TEXT = st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=40)), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, database=None)
@given(st.text())
def test_any_text_builds(source: str) -> None:
    _assert_builds(source)


@settings(max_examples=60, deadline=None, database=None)
@given(MARKDOWN_TEXT)
def test_any_markdown_like_text_builds(source: str) -> None:
    _assert_builds(source)


@pytest.mark.parametrize(
    "source",
    [
        "># ",  # a quoted heading: reportlab's keepWithNext bookkeeping once broke on it
        "> # a\n> b\n\n- # c\n- d",
        "\x02wzxhzdk:0\x03 \x02amp\x03#99999999; wzxhzdk:7",  # python-markdown's own markers
        "# a\n#### b\n###### c\n## d",  # heading levels that jump
        "[x](http://[::1) [y](<>) <http://a b>",
        "```\n" + "a" * 5000 + "\n```",
        "- \n-\n\n1.\n2.",
        "99999999999999999999. big start\n2. next",
    ],
)
def test_tricky_input_builds(source: str) -> None:
    _assert_builds(source)


def _assert_builds(source: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "any.pdf"
        build_document(markdown_to_flowables(source), out, INFO)
        assert len(PdfReader(out).pages) >= 1


def test_separator_is_a_rule() -> None:
    assert _of_type(markdown_to_flowables("a\n\n---\n\nb"), HRFlowable)

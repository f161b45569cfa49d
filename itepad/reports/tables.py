"""Small building blocks shared by the documents: striped tables of short values, numbers."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table, TableStyle

from itepad.reports.text import escape, plain_markup
from itepad.reports.theme import RULE, TABLE_HEADER_BG, TABLE_STRIPE_BG, Styles


def grid(columns: tuple[tuple[str, float], ...], rows: list[list[str]], sheet: Styles) -> Any:
    """A striped table of short plain-text values with a header row repeated on every page."""
    header = [Paragraph(escape(label), sheet.table_header) for label, _ in columns]
    body = [[Paragraph(plain_markup(value), sheet.table_cell) for value in row] for row in rows]
    table = Table(
        [header, *body],
        colWidths=[f"{share * 100:.2f}%" for _, share in columns],
        repeatRows=1,
        splitInRow=1,  # a remark longer than a page splits instead of failing the build
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=10,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),  # else Helvetica is listed, unembedded
                ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, TABLE_STRIPE_BG]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def ects_text(ects: float) -> str:
    return f"{ects:g}"


def count_text(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

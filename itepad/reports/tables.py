"""Small building blocks shared by the documents: striped tables of short values, numbers."""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from itepad.reports.text import clean, plain_paragraph
from itepad.reports.theme import RULE, TABLE_HEADER_BG, TABLE_STRIPE_BG, Styles


def baseline_drop(style: Any) -> float:
    """How far below the top of its line a Paragraph of `style` puts the baseline (reportlab's
    paraFontSizeHeightOffset setting): where text drawn beside a Paragraph lines up with it."""
    if rl_config.paraFontSizeHeightOffset:
        return float(style.fontSize)
    return float(getAscent(style.fontName, style.fontSize))


class TextCell(Flowable):
    """Plain text for a table cell, drawn as one line when it fits, else as a wrapped Paragraph.

    A table wraps its cells several times (sizing, drawing, splitting) and most values are one
    short line: measuring one string instead of laying out a Paragraph makes a table several
    times cheaper. The line is placed exactly where a Paragraph of the same style puts it.
    """

    def __init__(self, text: str, style: Any) -> None:
        super().__init__()
        self.text = clean(text)
        self.style = style
        self._line_width: float | None = None  # of the text on one line, once measured
        self._paragraph: Any = None  # made when the text first needs wrapping
        self._wrapped: tuple[float, float, float] | None = None  # the paragraph's width and size
        self._one_line = True  # as the last wrap found: drawn as one line

    def _fits(self, available_width: float) -> bool:
        style = self.style
        if "\n" in self.text:
            return False
        if self._line_width is None:
            self._line_width = stringWidth(self.text, style.fontName, style.fontSize)
        return self._line_width <= available_width - style.leftIndent - style.rightIndent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._one_line = self._fits(available_width)
        if self._one_line:
            self.width, self.height = available_width, self.style.leading
            return (self.width, self.height)
        if self._paragraph is None:
            self._paragraph = plain_paragraph(self.text, self.style)
        if self._wrapped is None or self._wrapped[0] != available_width:
            # A Paragraph's size depends only on the width: the same width, the same lines.
            width, height = self._paragraph.wrap(available_width, available_height)
            self._wrapped = (available_width, width, height)
        self.width, self.height = self._wrapped[1], self._wrapped[2]
        return (self.width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        if self._fits(available_width):
            return []  # one line: it moves as a whole
        parts = plain_paragraph(self.text, self.style).split(available_width, available_height)
        # A table splitting a row takes exactly two parts; anything else means "cannot split".
        return list(parts) if len(parts) == 2 else []

    def draw(self) -> None:
        if not self._one_line:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawString(style.leftIndent, self.height - baseline_drop(style), self.text)


def grid(columns: tuple[tuple[str, float], ...], rows: list[list[str]], sheet: Styles) -> Any:
    """A striped table of short plain-text values with a header row repeated on every page."""
    header = [TextCell(label, sheet.table_header) for label, _ in columns]
    body = [[TextCell(value, sheet.table_cell) for value in row] for row in rows]
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

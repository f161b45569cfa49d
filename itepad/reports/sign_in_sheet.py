"""The sign-in sheet of one session: who is expected, with a box for each signature.

Printed and passed round the room; rows are tall enough to sign in, the header row repeats on
every page, and a few blank rows at the end take anyone who is not on the list.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.headings import Words
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.sign_in_sheet_data import SignInSheetData
from itepad.reports.text import escape, plain_markup
from itepad.reports.theme import INK, RULE, TABLE_HEADER_BG, PageSizeName, Styles, styles

SIGNATURE_ROW_HEIGHT = 11 * mm  # room for a handwritten signature
BLANK_ROWS = 3

# Shares of the frame width.
_COLUMNS = (("number_short", 0.07), ("name", 0.38), ("student_number", 0.18), ("signature", 0.37))


def build_sign_in_sheet(
    data: SignInSheetData, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the sign-in sheet PDF of `data` to `out` (atomically: on error `out` is untouched),
    its fixed words, weekdays and months in `language` (never the process locale's)."""
    sheet = styles()
    words = Words(language)
    title = words("session_titled", number=data.session_number, title=data.session_title)
    story = [
        Paragraph(
            escape(f"{words('sign_in_sheet')} · {data.module_code} {data.module_title}"),
            sheet.subtitle,
        ),
        heading(escape(title), sheet.h1, level=0, outline_title=title),
        _facts(data, sheet, words),
        Spacer(0, 5 * mm),
        _signatures(data, sheet, words),
        Spacer(0, 8 * mm),
        _closing_line(len(data.students), sheet, words),
    ]
    info = DocumentInfo(
        title=words(
            "sign_in_document",
            module=data.module_code,
            number=data.session_number,
            date=_long_date(data.starts_at, words),
        ),
        author=data.author,
        subject=" · ".join(part for part in (PROGRAMME_NAME, data.institution) if part),
        keywords=("eTwinning", "sign-in sheet", "attendance", data.module_code),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _long_date(moment: datetime, words: Words) -> str:
    return words(
        "long_date",
        weekday=words(f"weekday.{moment.weekday()}"),
        day=moment.day,
        month=words(f"month.{moment.month}"),
        year=moment.year,
    )


def _times(data: SignInSheetData, words: Words) -> str:
    start, end = data.starts_at, data.ends_at
    until = (
        f"{end:%H:%M}" if end.date() == start.date() else f"{_long_date(end, words)}, {end:%H:%M}"
    )
    return f"{start:%H:%M}\N{EN DASH}{until} {data.zone_abbreviation}".strip()


def _facts(data: SignInSheetData, sheet: Styles, words: Words) -> Any:
    """Label and value pairs, two to a line."""
    facts = [
        (words("date"), _long_date(data.starts_at, words)),
        (words("time"), _times(data, words)),
        (words("place"), data.place or data.link or "—"),
        (words("facilitator"), data.facilitator or "—"),
        (words("kind"), data.session_kind),
        (
            words("session"),
            words("session_of", number=data.session_number, count=data.session_count),
        ),
    ]
    cells = [
        [Paragraph(escape(label), sheet.cover_label), Paragraph(plain_markup(value), sheet.body)]
        for label, value in facts
    ]
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=["13%", "37%", "13%", "37%"], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _closing_line(expected: int, sheet: Styles, words: Words) -> Any:
    """Filled in by the facilitator once the sheet comes back."""
    cells = [
        Paragraph(escape(words("present_of", count=expected)), sheet.body),
        Paragraph(escape(words("facilitator_signature")), sheet.body),
    ]
    table = Table([cells], colWidths=["40%", "60%"], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signatures(data: SignInSheetData, sheet: Styles, words: Words) -> Any:
    header = [Paragraph(escape(words(key)), sheet.table_header) for key, _ in _COLUMNS]
    # Names a little larger than in other tables: people look for their own line.
    cell = ParagraphStyle("sign_in_cell", parent=sheet.table_cell, fontSize=10, leading=12)
    rows = [
        [
            Paragraph(str(number), cell),
            Paragraph(plain_markup(student.name), cell),
            Paragraph(plain_markup(student.student_number), cell),
            "",
        ]
        for number, student in enumerate(data.students, start=1)
    ]
    rows += [["", "", "", ""] for _ in range(BLANK_ROWS)]
    table = Table(
        [header, *rows],
        colWidths=[f"{share * 100:.2f}%" for _, share in _COLUMNS],
        rowHeights=[None] + [SIGNATURE_ROW_HEIGHT] * len(rows),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),  # else Helvetica is listed, unembedded
                ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table

"""Building blocks of the portfolio's pages: label/value facts, small labels, links, dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Paragraph, Table, TableStyle

from itepad.reports.markdown_flowables import link_target
from itepad.reports.tables import TextCell
from itepad.reports.text import escape, escape_attribute, paragraph, plain_paragraph
from itepad.reports.theme import LINK_HEX, RULE, Styles


def facts(
    rows: Sequence[tuple[str, Any]],
    label_style: Any,
    value_style: Any,
    sheet: Styles,
    *,
    label_share: float = 0.26,
) -> list[Any]:
    """Label/value pairs as a ruled two-column table; rows with an empty value are left out.

    A value is plain text, or a flowable (a link: see `link`). Values must stay short: long
    text goes below the table, where it can flow across pages.
    """
    body = [
        [
            TextCell(label, label_style),
            TextCell(value, value_style) if isinstance(value, str) else value,
        ]
        for label, value in rows
        if not isinstance(value, str) or value.strip()
    ]
    if not body:
        return []
    table = Table(
        body,
        colWidths=[f"{label_share * 100:.0f}%", f"{(1 - label_share) * 100:.0f}%"],
        hAlign="LEFT",
        splitInRow=1,
        spaceAfter=6,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),  # else Helvetica is listed, unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _cell(value: Any, style: Any) -> Any:
    return TextCell(value, style) if isinstance(value, str) else value


def label(text: str, sheet: Styles) -> Any:
    """A small heading inside an entry ("Notes", "Targets"), not listed in the outline."""
    return paragraph(escape(text), sheet.h3)


def link(url: str, style: Any) -> Any:
    """A URL as a paragraph, clickable when its scheme is safe; "" (no fact) for no URL."""
    if not url.strip():
        return ""
    target = link_target(url)
    if target is None:
        return plain_paragraph(url, style)
    markup = f'<a href="{escape_attribute(target)}" color="{LINK_HEX}">{escape(url)}</a>'
    return Paragraph(markup, style)


def day(value: date | datetime | None) -> str:
    """ISO 8601, the same in every language; "" for no date."""
    if value is None:
        return ""
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def day_and_time(value: datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def percent(part: int, whole: int) -> int:
    """Rounded down: 100 only when every recorded session was attended."""
    return 100 * part // whole if whole else 0

"""Pieces every printed report shares: the header block, sections, notes, figures as text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from itepad.reports.blocks import percent
from itepad.reports.document import heading
from itepad.reports.headings import Words
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.text import escape
from itepad.reports.theme import Styles

DASH = "\N{EN DASH}"  # a figure that cannot be given (no marks yet, nothing to divide by)


def report_header(
    title: str, facts: Sequence[tuple[str, str]], sheet: Styles, *, lead: str = ""
) -> list[Any]:
    """The report's title (top of the outline), its label/value facts and a lead paragraph.

    Facts with an empty value are left out; `lead` is paragraph markup (already escaped).
    """
    flowables: list[Any] = [
        Paragraph(escape(PROGRAMME_NAME), sheet.small),
        heading(escape(title), sheet.h1, level=0, outline_title=title),
        *(
            Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", sheet.body)
            for label, value in facts
            if value.strip()
        ),
    ]
    if lead:
        flowables.append(Paragraph(lead, sheet.small))
    return flowables


def section(title: str, sheet: Styles, *, level: int = 1) -> list[Any]:
    """A heading listed in the outline; a section never starts in the last few cm of a page."""
    style = sheet.h2 if level == 1 else sheet.h3
    return [
        CondPageBreak(35 * mm if level == 1 else 20 * mm),
        heading(escape(title), style, level=level, outline_title=title),
    ]


def note(text: str, sheet: Styles) -> Any:
    """A muted line: why a section is empty, what a figure means."""
    return Paragraph(escape(text), sheet.small)


def rate_text(part: int, whole: int) -> str:
    """`part` of `whole` as a whole percentage, rounded down; a dash when `whole` is 0."""
    return f"{percent(part, whole)}%" if whole else DASH


def count_or_dash(number: int) -> str:
    return str(number) if number else DASH


def columns(words: Words, spec: Sequence[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """Table columns given as (word key, width share), with their headers in `words`' language."""
    return tuple((words(key) if key else "", share) for key, share in spec)

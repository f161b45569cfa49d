"""A student teacher's portfolio (first, plain edition): cover, summary, a part per module."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle

from itepad.reports.data import ModuleParticipation, PortfolioData, SessionAttendance
from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.markdown_flowables import markdown_to_flowables
from itepad.reports.tables import count_text, ects_text, grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import (
    RULE,
    PageSizeName,
    Styles,
    styles,
)

PROGRAMME_NAME = "eTwinning for future teachers"
NOT_RECORDED = "—"

# Share of the frame width per column of the sessions table; only short values go in it.
_SESSION_COLUMNS = (
    ("Date", 0.14),
    ("Session", 0.28),
    ("Kind", 0.18),
    ("Attendance", 0.15),
    ("Remark", 0.25),
)
_OVERVIEW_COLUMNS = (
    ("Module", 0.40),
    ("Year", 0.12),
    ("Term", 0.14),
    ("ECTS", 0.08),
    ("Status", 0.13),
    ("Attended", 0.13),
)


def build_portfolio(data: PortfolioData, out: Path, *, pagesize: PageSizeName = "A4") -> None:
    """Write the portfolio PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    story = [*_cover(data, sheet), PageBreak(), *_summary(data, sheet)]
    for module in data.modules:
        story += _module(module, sheet)
    info = DocumentInfo(
        title=f"Portfolio: {data.full_name}",
        author=data.author,
        subject=f"{PROGRAMME_NAME} · {data.institution} · {data.period}",
        keywords=tuple(
            word
            for word in ("eTwinning", "portfolio", "initial teacher education", data.programme)
            if word.strip()
        ),
        language=data.language,
    )
    build_document(story, out, info, pagesize=pagesize, has_cover=True)


def _cover(data: PortfolioData, sheet: Styles) -> list[Any]:
    details = [
        ("Institution", data.institution),
        ("Country", data.institution_country),
        ("Programme", data.programme),
        ("Cohort", data.cohort),
        ("Period", data.period),
        ("Student number", data.student_number),
        ("E-mail", data.email),
        ("Generated on", _day(data.generated_on)),
    ]
    rows = [
        [Paragraph(escape(label), sheet.cover_label), plain_paragraph(value, sheet.cover_value)]
        for label, value in details
        if value.strip()
    ]
    table = Table(rows, colWidths=["28%", "72%"], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),  # else Helvetica is listed, unembedded
                ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        Spacer(0, 45 * mm),
        Paragraph(escape(PROGRAMME_NAME), sheet.subtitle),
        heading("Portfolio", sheet.title, level=0, outline_title="Portfolio"),
        plain_paragraph(data.full_name, sheet.subtitle),
        Spacer(0, 12 * mm),
        table,
    ]


def _summary(data: PortfolioData, sheet: Styles) -> list[Any]:
    recorded = sum(module.recorded for module in data.modules)
    attended = sum(module.attended for module in data.modules)
    if recorded:
        attendance = (
            f"{escape(data.full_name)} attended <b>{attended} of {recorded}</b> sessions with "
            f"recorded attendance ({_percent(attended, recorded)})"
            f" across {count_text(len(data.modules), 'module')}."
        )
    else:
        attendance = "No attendance has been recorded yet."
    flowables = [
        heading("Summary", sheet.h1, level=0, outline_title="Summary"),
        Paragraph(f"{attendance} {_etwinning_sentence(data)}", sheet.body),
    ]
    if data.modules:
        flowables.append(_overview_table(data.modules, sheet))
    else:
        flowables.append(Paragraph("No module participation is recorded.", sheet.body))
    return flowables


def _etwinning_sentence(data: PortfolioData) -> str:
    dates = []
    if data.etwinning_registered_on:
        dates.append(f"registered on {_day(data.etwinning_registered_on)}")
    if data.etwinning_validated_on:
        dates.append(f"validated on {_day(data.etwinning_validated_on)}")
    details = f" ({', '.join(dates)})" if dates else ""
    return f"eTwinning status: <b>{escape(data.etwinning_status)}</b>{details}."


def _overview_table(modules: list[ModuleParticipation], sheet: Styles) -> Any:
    rows = [
        [
            f"{module.code} · {module.title}",
            module.academic_year,
            module.term,
            ects_text(module.ects),
            module.enrolment_status,
            f"{module.attended} / {module.recorded}" if module.recorded else NOT_RECORDED,
        ]
        for module in modules
    ]
    return grid(_OVERVIEW_COLUMNS, rows, sheet)


def _module(module: ModuleParticipation, sheet: Styles) -> list[Any]:
    title = f"{module.code} · {module.title}"
    facts = [
        module.academic_year,
        module.term,
        f"{ects_text(module.ects)} ECTS",
        module.enrolment_status,
    ]
    if module.recorded:
        facts.append(
            f"attended {module.attended} of {module.recorded} recorded sessions "
            f"({_percent(module.attended, module.recorded)})"
        )
    flowables: list[Any] = [
        # A module never starts in the last few centimetres of a page.
        CondPageBreak(45 * mm),
        heading(escape(title), sheet.h1, level=0, outline_title=title),
        Paragraph(escape(" · ".join(fact for fact in facts if fact.strip())), sheet.body),
    ]
    if module.sessions:
        flowables.append(_sessions_table(module.sessions, sheet))
    else:
        flowables.append(Paragraph("No sessions are planned for this module yet.", sheet.small))
    if module.final_comment.strip():
        flowables.append(heading("Final comment", sheet.h2, level=1, outline_title="Final comment"))
        # Below the table, never inside it: a long comment must be free to flow across pages.
        flowables += markdown_to_flowables(module.final_comment, top_heading_level=2)
    return flowables


def _sessions_table(sessions: list[SessionAttendance], sheet: Styles) -> Any:
    rows = [
        [
            f"{session.starts_at:%Y-%m-%d %H:%M}",
            session.title,
            session.kind,
            session.status if session.status is not None else NOT_RECORDED,
            session.remark,
        ]
        for session in sorted(sessions, key=lambda s: s.starts_at)
    ]
    return grid(_SESSION_COLUMNS, rows, sheet)


def _day(day: date) -> str:
    return day.isoformat()


def _percent(part: int, whole: int) -> str:
    # Rounded down: 100% only when every recorded session was attended.
    return f"{100 * part // whole}%"

"""The module handbook: cover, overview, outcomes, competences, schedule, session descriptions,
partners, eTwinning projects, cohorts and assessment."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
)

from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.handbook_data import (
    CohortEntry,
    CompetenceRef,
    HandbookData,
    PartnerEntry,
    ProjectEntry,
    SessionEntry,
)
from itepad.reports.markdown_flowables import link_target, markdown_to_flowables
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.tables import count_text, ects_text, grid
from itepad.reports.text import escape, escape_attribute, plain_markup, plain_paragraph
from itepad.reports.theme import LINK_HEX, PageSizeName, Styles, styles

# English names, whatever the process locale (Qt sets it from the desktop on start).
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# The standard paragraph of the assessment section (paragraph markup).
PORTFOLIO_ASSESSMENT = (
    "Each student teacher builds a portfolio during the module: evidence of their eTwinning work "
    "(TwinSpace pages, project outputs, files and links), reflections (free, or following Gibbs' "
    "cycle), records of mentoring meetings and lesson observations, and their attendance. Every "
    "piece of evidence names the DigCompEdu competences it supports. Evidence marked "
    "<i>ready for assessment</i> by the day before an assessment session is reviewed by the "
    "teacher educator as <i>does not meet</i>, <i>partially meets</i> or <i>meets</i> the "
    "learning outcomes, and the student teacher receives the portfolio as a PDF."
)

# Shares of the frame width; only short values go in these tables.
_FACT_COLUMNS = (
    ("Code", 0.16),
    ("Year", 0.14),
    ("Term", 0.22),
    ("ECTS", 0.1),
    ("Kind", 0.21),
    ("Status", 0.17),
)
_COMPETENCE_COLUMNS = (("No.", 0.1), ("Competence", 0.52), ("Area", 0.38))
_SCHEDULE_COLUMNS = (
    ("Date", 0.14),
    ("Time", 0.15),
    ("Session", 0.24),
    ("Kind", 0.16),
    ("Place or link", 0.17),
    ("Facilitator", 0.14),
)
_ASSESSED_COLUMNS = (("Date", 0.16), ("Time", 0.17), ("Session", 0.45), ("Kind", 0.22))
_PARTNER_COLUMNS = (("Institution", 0.45), ("Country", 0.12), ("City", 0.19), ("eTwinning", 0.24))
_LABEL_COLUMNS = (("Quality Label", 0.34), ("Applied on", 0.33), ("Result", 0.33))
_COHORT_COLUMNS = (
    ("Cohort", 0.32),
    ("Programme", 0.36),
    ("Year", 0.12),
    ("Student teachers", 0.2),
)


def build_handbook(data: HandbookData, out: Path, *, pagesize: PageSizeName = "A4") -> None:
    """Write the handbook PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    story = [
        *_cover(data, sheet),
        PageBreak(),
        *_overview(data, sheet),
        *_outcomes(data, sheet),
        *_competences(data.competences, sheet),
        *_schedule(data, sheet),
        *_session_descriptions(data.sessions, sheet),
        *_partners(data.partners, sheet),
        *_projects(data.projects, sheet),
        *_cohorts(data.cohorts, sheet),
        *_assessment(data.sessions, sheet),
    ]
    info = DocumentInfo(
        title=f"Module handbook: {data.code} {data.title}",
        author=data.author,
        subject=" · ".join(
            part for part in (PROGRAMME_NAME, data.institution, data.academic_year) if part
        ),
        keywords=("eTwinning", "module handbook", "initial teacher education", data.code),
        language=data.language,
    )
    build_document(story, out, info, pagesize=pagesize, has_cover=True)


def _section(title: str, sheet: Styles) -> list[Any]:
    # A section never starts in the last few centimetres of a page.
    return [CondPageBreak(40 * mm), heading(escape(title), sheet.h1, level=0, outline_title=title)]


def _note(text: str, sheet: Styles) -> Any:
    return Paragraph(escape(text), sheet.small)


def _cover(data: HandbookData, sheet: Styles) -> list[Any]:
    facts = [data.code, data.academic_year, data.term, f"{ects_text(data.ects)} ECTS"]
    return [
        Spacer(0, 45 * mm),
        Paragraph(f"{escape(PROGRAMME_NAME)} · Module handbook", sheet.subtitle),
        heading(escape(data.title), sheet.title, level=0, outline_title=data.title),
        Paragraph(escape(" · ".join(fact for fact in facts if fact.strip())), sheet.subtitle),
        Spacer(0, 20 * mm),
        plain_paragraph(data.institution, sheet.cover_value),
        Paragraph(f"Generated on {data.generated_on.isoformat()}", sheet.cover_label),
    ]


def _overview(data: HandbookData, sheet: Styles) -> list[Any]:
    facts = [data.code, data.academic_year, data.term, ects_text(data.ects), data.kind, data.status]
    flowables = [*_section("Overview", sheet), grid(_FACT_COLUMNS, [facts], sheet)]
    if data.sessions:
        first, last = _day(data.sessions[0].starts_at), _day(data.sessions[-1].starts_at)
        span = f"on {first}" if first == last else f"from {first} to {last}"
        flowables.append(
            Paragraph(
                f"{count_text(len(data.sessions), 'session')} {span}. All times are local times in "
                f"<b>{escape(data.timezone)}</b>.",
                sheet.body,
            )
        )
    flowables += markdown_to_flowables(data.description, top_heading_level=1)
    return flowables


def _outcomes(data: HandbookData, sheet: Styles) -> list[Any]:
    flowables = _section("Learning outcomes", sheet)
    if not data.outcomes:
        return [*flowables, _note("No learning outcomes are recorded yet.", sheet)]
    flowables.append(
        Paragraph("By the end of the module, student teachers will be able to:", sheet.body)
    )
    text_style = ParagraphStyle("outcome", parent=sheet.body, spaceAfter=1)
    items = []
    for outcome in data.outcomes:
        item = [plain_paragraph(outcome.text, text_style)]
        if outcome.competences:
            names = "; ".join(_competence_name(c) for c in outcome.competences)
            item.append(Paragraph(f"DigCompEdu: {escape(names)}", sheet.small))
        items.append(ListItem(item))
    flowables.append(
        ListFlowable(
            items,
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName=sheet.sans,
            bulletFontSize=sheet.body.fontSize,
            leftIndent=16,
        )
    )
    return flowables


def _competence_name(competence: CompetenceRef) -> str:
    return f"{competence.number} {competence.name}"


def _competences(competences: tuple[CompetenceRef, ...], sheet: Styles) -> list[Any]:
    flowables = _section("DigCompEdu competences", sheet)
    if not competences:
        return [*flowables, _note("No competences are recorded yet.", sheet)]
    rows = [[c.number, c.name, c.area] for c in competences]
    return [
        *flowables,
        Paragraph(
            "The module develops these competences of the European Framework for the Digital "
            "Competence of Educators (DigCompEdu):",
            sheet.body,
        ),
        grid(_COMPETENCE_COLUMNS, rows, sheet),
    ]


def _schedule(data: HandbookData, sheet: Styles) -> list[Any]:
    flowables = _section("Schedule", sheet)
    if not data.sessions:
        return [*flowables, _note("No sessions are planned yet.", sheet)]
    rows = [
        [
            *_when_cells(s),
            _numbered(number, s),
            s.kind,
            s.place or s.link,
            s.facilitator,
        ]
        for number, s in enumerate(data.sessions, start=1)
    ]
    return [
        *flowables,
        Paragraph(f"Times are local times in {escape(data.timezone)}.", sheet.small),
        grid(_SCHEDULE_COLUMNS, rows, sheet),
    ]


def _session_descriptions(sessions: tuple[SessionEntry, ...], sheet: Styles) -> list[Any]:
    if not sessions:
        return []
    flowables = _section("Session descriptions", sheet)
    for number, session in enumerate(sessions, start=1):
        title = _numbered(number, session)
        facts = [f"{_day(session.starts_at)}, {_hours(session)}", session.kind, session.place]
        if session.facilitator:
            facts.append(f"facilitator: {session.facilitator}")
        flowables += [
            CondPageBreak(25 * mm),
            heading(escape(title), sheet.h2, level=1, outline_title=title),
            Paragraph(escape(" · ".join(f for f in facts if f.strip())), sheet.small),
        ]
        if session.link:
            flowables.append(Paragraph(f"Online: {_link(session.link)}", sheet.small))
        # Below the heading, never in a table cell: a long description flows across pages.
        flowables += markdown_to_flowables(session.description, top_heading_level=2)
    return flowables


def _partners(partners: tuple[PartnerEntry, ...], sheet: Styles) -> list[Any]:
    flowables = _section("Partner institutions", sheet)
    if not partners:
        return [*flowables, _note("No partner institutions are recorded yet.", sheet)]
    rows = [[p.name, p.country, p.city, p.etwinning_status] for p in partners]
    return [*flowables, grid(_PARTNER_COLUMNS, rows, sheet)]


def _projects(projects: tuple[ProjectEntry, ...], sheet: Styles) -> list[Any]:
    flowables = _section("eTwinning projects", sheet)
    if not projects:
        return [*flowables, _note("No eTwinning project is linked to this module yet.", sheet)]
    for project in projects:
        facts = [
            f"State: {project.state}",
            f"languages: {project.languages}" if project.languages else "",
            f"pupils aged {project.pupils_ages}" if project.pupils_ages else "",
            f"subjects: {project.subjects}" if project.subjects else "",
        ]
        partners = ", ".join(f"{p.name} ({p.country})" for p in project.partners)
        flowables += [
            CondPageBreak(30 * mm),
            heading(escape(project.title), sheet.h2, level=1, outline_title=project.title),
            Paragraph(escape(" · ".join(f for f in facts if f)), sheet.body),
        ]
        if partners:
            flowables.append(Paragraph(f"<b>Partners:</b> {escape(partners)}", sheet.body))
        if project.twinspace_url:
            flowables.append(Paragraph(f"TwinSpace: {_link(project.twinspace_url)}", sheet.body))
        flowables += markdown_to_flowables(project.aims, top_heading_level=2)
        if project.label_applications:
            rows = [
                [a.level, a.applied_on.isoformat(), a.result] for a in project.label_applications
            ]
            flowables.append(grid(_LABEL_COLUMNS, rows, sheet))
        else:
            flowables.append(_note("No Quality Label application yet.", sheet))
    return flowables


def _cohorts(cohorts: tuple[CohortEntry, ...], sheet: Styles) -> list[Any]:
    flowables = _section("Enrolled cohorts", sheet)
    if not cohorts:
        return [*flowables, _note("No cohort is enrolled yet.", sheet)]
    rows = [[c.name, c.programme, c.academic_year, str(c.students)] for c in cohorts]
    return [*flowables, grid(_COHORT_COLUMNS, rows, sheet)]


def _assessment(sessions: tuple[SessionEntry, ...], sheet: Styles) -> list[Any]:
    flowables = _section("Assessment", sheet)
    assessed = [
        [*_when_cells(s), _numbered(number, s), s.kind]
        for number, s in enumerate(sessions, start=1)
        if s.assessed
    ]
    if assessed:
        lead_in = Paragraph("Reflection and assessment sessions:", sheet.body)
        flowables.append(KeepTogether([lead_in, grid(_ASSESSED_COLUMNS, assessed, sheet)]))
    else:
        flowables.append(_note("No assessment or reflection sessions are planned yet.", sheet))
    return [
        *flowables,
        heading("Portfolio", sheet.h2, level=1, outline_title="Portfolio"),
        Paragraph(PORTFOLIO_ASSESSMENT, sheet.body),
    ]


def _numbered(number: int, session: SessionEntry) -> str:
    return f"{number}. {session.title}"


def _day(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]} {moment:%Y-%m-%d}"


def _hours(session: SessionEntry) -> str:
    start, end = session.starts_at, session.ends_at
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{_day(end)} {end:%H:%M}"
    return f"{start:%H:%M}\N{EN DASH}{until} {session.zone_abbreviation}"


def _when_cells(session: SessionEntry) -> list[str]:
    """Date and time for narrow table columns: weekday and zone on lines of their own."""
    return [
        _day(session.starts_at).replace(" ", "\n", 1),
        "\n".join(_hours(session).rsplit(" ", 1)),
    ]


def _link(url: str) -> str:
    """Paragraph markup for a URL: clickable when its scheme is safe, else plain text."""
    target = link_target(url)
    if target is None:
        return plain_markup(url)
    return f'<a href="{escape_attribute(target)}" color="{LINK_HEX}">{escape(url)}</a>'

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
from itepad.reports.headings import Words
from itepad.reports.markdown_flowables import link_target, markdown_to_flowables
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import columns
from itepad.reports.tables import ects_text, grid
from itepad.reports.text import escape, escape_attribute, plain_markup, plain_paragraph
from itepad.reports.theme import LINK_HEX, PageSizeName, Styles, styles

# Shares of the frame width; only short values go in these tables.
_FACT_COLUMNS = (
    ("code", 0.16),
    ("year", 0.14),
    ("term", 0.22),
    ("ects", 0.1),
    ("kind", 0.21),
    ("status", 0.17),
)
_COMPETENCE_COLUMNS = (("number_short", 0.1), ("competence", 0.52), ("area", 0.38))
_SCHEDULE_COLUMNS = (
    ("date", 0.14),
    ("time", 0.15),
    ("session", 0.24),
    ("kind", 0.16),
    ("place_or_link", 0.17),
    ("facilitator", 0.14),
)
_ASSESSED_COLUMNS = (("date", 0.16), ("time", 0.17), ("session", 0.45), ("kind", 0.22))
_PARTNER_COLUMNS = (
    ("institution", 0.45),
    ("country", 0.12),
    ("city", 0.19),
    ("etwinning_registration", 0.24),
)
_LABEL_COLUMNS = (("quality_label", 0.34), ("applied_on", 0.33), ("result", 0.33))
_COHORT_COLUMNS = (
    ("cohort", 0.32),
    ("programme", 0.36),
    ("year", 0.12),
    ("student_teachers", 0.2),
)


def build_handbook(
    data: HandbookData, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the handbook PDF of `data` to `out` (atomically: on error `out` is untouched),
    its fixed words and weekdays in `language` (never the process locale's)."""
    sheet = styles()
    words = Words(language)
    story = [
        *_cover(data, sheet, words),
        PageBreak(),
        *_overview(data, sheet, words),
        *_outcomes(data, sheet, words),
        *_competences(data.competences, sheet, words),
        *_schedule(data, sheet, words),
        *_session_descriptions(data.sessions, sheet, words),
        *_partners(data.partners, sheet, words),
        *_projects(data.projects, sheet, words),
        *_cohorts(data.cohorts, sheet, words),
        *_assessment(data.sessions, sheet, words),
    ]
    info = DocumentInfo(
        title=words("titled", title=words("title.handbook"), subject=f"{data.code} {data.title}"),
        author=data.author,
        subject=" · ".join(
            part for part in (PROGRAMME_NAME, data.institution, data.academic_year) if part
        ),
        keywords=("eTwinning", "module handbook", "initial teacher education", data.code),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize, has_cover=True)


def _section(title: str, sheet: Styles) -> list[Any]:
    # A section never starts in the last few centimetres of a page.
    return [CondPageBreak(40 * mm), heading(escape(title), sheet.h1, level=0, outline_title=title)]


def _note(text: str, sheet: Styles) -> Any:
    return Paragraph(escape(text), sheet.small)


def _cover(data: HandbookData, sheet: Styles, words: Words) -> list[Any]:
    facts = [data.code, data.academic_year, data.term, f"{ects_text(data.ects)} ECTS"]
    return [
        Spacer(0, 45 * mm),
        Paragraph(escape(f"{PROGRAMME_NAME} · {words('title.handbook')}"), sheet.subtitle),
        heading(escape(data.title), sheet.title, level=0, outline_title=data.title),
        Paragraph(escape(" · ".join(fact for fact in facts if fact.strip())), sheet.subtitle),
        Spacer(0, 20 * mm),
        plain_paragraph(data.institution, sheet.cover_value),
        Paragraph(
            escape(f"{words('generated_on')} {data.generated_on.isoformat()}"), sheet.cover_label
        ),
    ]


def _overview(data: HandbookData, sheet: Styles, words: Words) -> list[Any]:
    facts = [data.code, data.academic_year, data.term, ects_text(data.ects), data.kind, data.status]
    flowables = [
        *_section(words("overview"), sheet),
        grid(columns(words, _FACT_COLUMNS), [facts], sheet),
    ]
    if data.sessions:
        count = len(data.sessions)
        first = _day(data.sessions[0].starts_at, words)
        last = _day(data.sessions[-1].starts_at, words)
        if first != last:
            span = words("sessions_from", count=count, first=first, last=last)
        else:
            span = words("session_on" if count == 1 else "sessions_on", count=count, day=first)
        times = words("all_local_times", zone=data.timezone)
        flowables.append(Paragraph(escape(f"{span} {times}"), sheet.body))
    flowables += markdown_to_flowables(data.description, top_heading_level=1)
    return flowables


def _outcomes(data: HandbookData, sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("learning_outcomes"), sheet)
    if not data.outcomes:
        return [*flowables, _note(words("no_outcomes_yet"), sheet)]
    flowables.append(Paragraph(escape(words("outcomes_lead")), sheet.body))
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


def _competences(competences: tuple[CompetenceRef, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("digcompedu_competences"), sheet)
    if not competences:
        return [*flowables, _note(words("no_competences_yet"), sheet)]
    rows = [[c.number, c.name, c.area] for c in competences]
    return [
        *flowables,
        Paragraph(escape(words("competences_lead")), sheet.body),
        grid(columns(words, _COMPETENCE_COLUMNS), rows, sheet),
    ]


def _schedule(data: HandbookData, sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("schedule"), sheet)
    if not data.sessions:
        return [*flowables, _note(words("no_sessions_yet"), sheet)]
    rows = [
        [
            *_when_cells(s, words),
            _numbered(number, s),
            s.kind,
            s.place or s.link,
            s.facilitator,
        ]
        for number, s in enumerate(data.sessions, start=1)
    ]
    return [
        *flowables,
        Paragraph(escape(words("local_times", zone=data.timezone)), sheet.small),
        grid(columns(words, _SCHEDULE_COLUMNS), rows, sheet),
    ]


def _session_descriptions(
    sessions: tuple[SessionEntry, ...], sheet: Styles, words: Words
) -> list[Any]:
    if not sessions:
        return []
    flowables = _section(words("session_descriptions"), sheet)
    for number, session in enumerate(sessions, start=1):
        title = _numbered(number, session)
        when = f"{_day(session.starts_at, words)}, {_hours(session, words)}"
        facts = [when, session.kind, session.place]
        if session.facilitator:
            facts.append(words("facilitator_is", name=session.facilitator))
        flowables += [
            CondPageBreak(25 * mm),
            heading(escape(title), sheet.h2, level=1, outline_title=title),
            Paragraph(escape(" · ".join(f for f in facts if f.strip())), sheet.small),
        ]
        if session.link:
            # The link is markup: it goes in after the words are escaped.
            online = escape(words("online_at", link="{link}")).replace(
                "{link}", _link(session.link)
            )
            flowables.append(Paragraph(online, sheet.small))
        # Below the heading, never in a table cell: a long description flows across pages.
        flowables += markdown_to_flowables(session.description, top_heading_level=2)
    return flowables


def _partners(partners: tuple[PartnerEntry, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("partner_institutions"), sheet)
    if not partners:
        return [*flowables, _note(words("no_partners_yet"), sheet)]
    rows = [[p.name, p.country, p.city, p.etwinning_status] for p in partners]
    return [*flowables, grid(columns(words, _PARTNER_COLUMNS), rows, sheet)]


def _projects(projects: tuple[ProjectEntry, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("projects"), sheet)
    if not projects:
        return [*flowables, _note(words("no_linked_project_yet"), sheet)]
    for project in projects:
        facts = [
            words("state_is", state=project.state),
            words("languages_are", languages=project.languages) if project.languages else "",
            words("pupils_are", ages=project.pupils_ages) if project.pupils_ages else "",
            words("subjects_are", subjects=project.subjects) if project.subjects else "",
        ]
        partners = ", ".join(f"{p.name} ({p.country})" for p in project.partners)
        flowables += [
            CondPageBreak(30 * mm),
            heading(escape(project.title), sheet.h2, level=1, outline_title=project.title),
            Paragraph(escape(" · ".join(f for f in facts if f)), sheet.body),
        ]
        if partners:
            label = escape(words("partners"))
            flowables.append(Paragraph(f"<b>{label}:</b> {escape(partners)}", sheet.body))
        if project.twinspace_url:
            flowables.append(Paragraph(f"TwinSpace: {_link(project.twinspace_url)}", sheet.body))
        flowables += markdown_to_flowables(project.aims, top_heading_level=2)
        if project.label_applications:
            rows = [
                [a.level, a.applied_on.isoformat(), a.result] for a in project.label_applications
            ]
            flowables.append(grid(columns(words, _LABEL_COLUMNS), rows, sheet))
        else:
            flowables.append(_note(words("no_ql_yet"), sheet))
    return flowables


def _cohorts(cohorts: tuple[CohortEntry, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("enrolled_cohorts"), sheet)
    if not cohorts:
        return [*flowables, _note(words("no_cohort_yet"), sheet)]
    rows = [[c.name, c.programme, c.academic_year, str(c.students)] for c in cohorts]
    return [*flowables, grid(columns(words, _COHORT_COLUMNS), rows, sheet)]


def _assessment(sessions: tuple[SessionEntry, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = _section(words("assessment"), sheet)
    assessed = [
        [*_when_cells(s, words), _numbered(number, s), s.kind]
        for number, s in enumerate(sessions, start=1)
        if s.assessed
    ]
    if assessed:
        lead_in = Paragraph(escape(words("assessment_sessions")), sheet.body)
        table = grid(columns(words, _ASSESSED_COLUMNS), assessed, sheet)
        flowables.append(KeepTogether([lead_in, table]))
    else:
        flowables.append(_note(words("no_assessment_yet"), sheet))
    portfolio = words("portfolio")
    return [
        *flowables,
        heading(escape(portfolio), sheet.h2, level=1, outline_title=portfolio),
        # Paragraph markup: the review statuses are in italics.
        Paragraph(words("portfolio_assessment"), sheet.body),
    ]


def _numbered(number: int, session: SessionEntry) -> str:
    return f"{number}. {session.title}"


def _day(moment: datetime, words: Words) -> str:
    return f"{words(f'wd.{moment.weekday()}')} {moment:%Y-%m-%d}"


def _hours(session: SessionEntry, words: Words) -> str:
    start, end = session.starts_at, session.ends_at
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{_day(end, words)} {end:%H:%M}"
    return f"{start:%H:%M}\N{EN DASH}{until} {session.zone_abbreviation}"


def _when_cells(session: SessionEntry, words: Words) -> list[str]:
    """Date and time for narrow table columns: weekday and zone on lines of their own."""
    return [
        _day(session.starts_at, words).replace(" ", "\n", 1),
        "\n".join(_hours(session, words).rsplit(" ", 1)),
    ]


def _link(url: str) -> str:
    """Paragraph markup for a URL: clickable when its scheme is safe, else plain text."""
    target = link_target(url)
    if target is None:
        return plain_markup(url)
    return f'<a href="{escape_attribute(target)}" color="{LINK_HEX}">{escape(url)}</a>'

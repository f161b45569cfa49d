"""The parts of a portfolio after its summary: modules, projects, evidence, reflections, the
mentoring log, lesson observations and the final comment with its signature block.

Every Markdown body (contributions, descriptions, reflections, notes) is printed below its entry's
facts, never inside a table cell, so that it can flow across pages.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from itepad.reports.blocks import day, day_and_time, facts, label, link, percent
from itepad.reports.contents import Contents
from itepad.reports.data import (
    EvidenceItem,
    MeetingEntry,
    ModuleParticipation,
    ObservationEntry,
    PortfolioData,
    ProjectWork,
    ReflectionEntry,
    SignOff,
)
from itepad.reports.document import heading
from itepad.reports.headings import Words
from itepad.reports.markdown_flowables import markdown_to_flowables
from itepad.reports.tables import TextCell, ects_text, grid
from itepad.reports.text import escape, paragraph, plain_paragraph
from itepad.reports.theme import MUTED, Styles, styles

NOT_RECORDED = "\N{EM DASH}"

# What a signed record holds (services/signoff.py) -> the word that names it.
_SIGNED_PARTS = {
    "held_at": "date",
    "observed_at": "date",
    "mentor": "mentor",
    "mentees": "mentees",
    "focus": "focus",
    "pre_reflection": "pre_reflection",
    "notes": "notes",
    "targets": "targets",
    "actions": "actions",
    "class_name": "class",
    "pupils_age": "pupils_age",
    "subject": "subject",
    "topic": "topic",
    "strengths": "strengths",
    "areas_to_develop": "areas_to_develop",
    "student": "student_signature",
    "observer": "observer",
}


@dataclass(frozen=True)
class Context:
    """What every part needs: styles, words in the chosen language, the contents."""

    sheet: Styles
    words: Words
    contents: Contents


def section_heading(key: str, ctx: Context) -> Any:
    return ctx.contents.heading(ctx.words(key), ctx.sheet.h1, level=0)


def note(text: str, ctx: Context) -> Any:
    return paragraph(escape(text), ctx.sheet.small)


def entry_facts(rows: list[tuple[str, Any]], ctx: Context) -> list[Any]:
    """An entry's short facts; `rows` pairs a word key with plain text or a link."""
    sheet = ctx.sheet
    return facts(
        [(ctx.words(key), value) for key, value in rows], sheet.small, sheet.table_cell, sheet
    )


def markdown(source: str) -> list[Any]:
    """A body under an entry heading (level 1): its "#" headings nest one level further."""
    return markdown_to_flowables(source, top_heading_level=2)


def labelled_markdown(key: str, source: str, ctx: Context) -> list[Any]:
    """A body under a label of its own ("Notes"): its headings nest below the label's size."""
    if not source.strip():
        return []
    return [label(ctx.words(key), ctx.sheet), *markdown_to_flowables(source, top_heading_level=3)]


# --- modules and participation ---------------------------------------------------------------


def modules_part(data: PortfolioData, ctx: Context) -> list[Any]:
    words = ctx.words
    flowables = [section_heading("modules", ctx)]
    if not data.modules:
        return [*flowables, note(words("no_modules"), ctx)]
    columns = (
        (words("module"), 0.40),
        (words("year"), 0.12),
        (words("term"), 0.14),
        (words("ects"), 0.08),
        (words("status"), 0.13),
        (words("attended"), 0.13),
    )
    rows = [
        [
            f"{module.code} · {module.title}",
            module.academic_year,
            module.term,
            ects_text(module.ects),
            words.code("enrolment", module.enrolment_status),
            f"{module.attended} / {module.recorded}" if module.recorded else NOT_RECORDED,
        ]
        for module in data.modules
    ]
    flowables.append(grid(columns, rows, ctx.sheet))
    for module in data.modules:
        flowables += _module(module, ctx)
    return flowables


def _module(module: ModuleParticipation, ctx: Context) -> list[Any]:
    words, sheet = ctx.words, ctx.sheet
    facts_line = [
        module.academic_year,
        module.term,
        f"{ects_text(module.ects)} {words('ects')}",
        words.code("enrolment", module.enrolment_status),
    ]
    if module.recorded:
        facts_line.append(
            words(
                "module_attended",
                attended=module.attended,
                recorded=module.recorded,
                percent=percent(module.attended, module.recorded),
            )
        )
    flowables: list[Any] = [
        # A module never starts in the last few centimetres of a page.
        CondPageBreak(45 * mm),
        ctx.contents.heading(f"{module.code} · {module.title}", sheet.h2, level=1),
        paragraph(escape(" · ".join(fact for fact in facts_line if fact.strip())), sheet.body),
    ]
    if not module.sessions:
        return [*flowables, note(words("no_sessions"), ctx)]
    columns = (
        (words("date"), 0.14),
        (words("session"), 0.28),
        (words("kind"), 0.18),
        (words("attendance"), 0.15),
        (words("remark"), 0.25),
    )
    rows = [
        [
            day_and_time(session.starts_at),
            session.title,
            words.code("session", session.kind),
            session.status if session.status is not None else NOT_RECORDED,
            session.remark,
        ]
        for session in sorted(module.sessions, key=lambda s: s.starts_at)
    ]
    return [*flowables, grid(columns, rows, sheet)]


# --- eTwinning projects ---------------------------------------------------------------------


def projects_part(data: PortfolioData, ctx: Context) -> list[Any]:
    flowables = [section_heading("projects", ctx)]
    if not data.projects:
        return [*flowables, note(ctx.words("no_projects"), ctx)]
    for project in data.projects:
        flowables += _project(project, ctx)
    return flowables


def _project(project: ProjectWork, ctx: Context) -> list[Any]:
    words = ctx.words
    flowables = [
        CondPageBreak(40 * mm),
        ctx.contents.heading(project.title, ctx.sheet.h2, level=1),
        *entry_facts(
            [
                ("state", words.code("project", project.state)),
                ("twinspace", link(project.twinspace_url, ctx.sheet.table_cell)),
                ("project_page", link(project.platform_url, ctx.sheet.table_cell)),
                ("role", words.code("role", project.role)),
                ("joined_on", day(project.joined_on)),
            ],
            ctx,
        ),
    ]
    if project.partners:
        columns = ((words("institution"), 0.6), (words("country"), 0.14), (words("city"), 0.26))
        rows = [[p.name, p.country, p.city] for p in project.partners]
        flowables += [label(words("partners"), ctx.sheet), grid(columns, rows, ctx.sheet)]
    return [*flowables, *labelled_markdown("contribution", project.contribution, ctx)]


# --- evidence ---------------------------------------------------------------------------------


def evidence_part(data: PortfolioData, ctx: Context) -> list[Any]:
    flowables = [section_heading("evidence", ctx)]
    if not data.evidence:
        return [*flowables, note(ctx.words("no_evidence"), ctx)]
    for item in data.evidence:
        flowables += _evidence(item, ctx)
    return flowables


def _evidence(item: EvidenceItem, ctx: Context) -> list[Any]:
    words, sheet = ctx.words, ctx.sheet
    is_file = item.kind == "file"
    location = PurePosixPath(item.location).name if is_file else item.location
    competences = "; ".join(f"{c.number} {c.name}" for c in item.competences)
    checksum = TextCell(item.checksum, _checksum_style()) if item.checksum else ""
    rows = [
        ("kind", words.code("evidence", item.kind)),
        ("date", day(item.dated_on)),
        ("module", item.module),
        ("file", location) if is_file else ("link", link(location, sheet.table_cell)),
        ("sha256", checksum),
        ("review", words.code("review", item.review_status)),
        ("competences", competences),
    ]
    return [
        CondPageBreak(35 * mm),
        ctx.contents.heading(item.title, sheet.h2, level=1),
        *entry_facts(rows, ctx),
        *markdown(item.description),
    ]


# --- reflections ------------------------------------------------------------------------------


def reflections_part(data: PortfolioData, ctx: Context) -> list[Any]:
    flowables = [section_heading("reflections", ctx)]
    if not data.reflections:
        return [*flowables, note(ctx.words("no_reflections"), ctx)]
    for reflection in data.reflections:
        flowables += _reflection(reflection, ctx)
    return flowables


def _reflection(reflection: ReflectionEntry, ctx: Context) -> list[Any]:
    words, sheet = ctx.words, ctx.sheet
    title = reflection.title.strip() or words("untitled_reflection")
    about = [day(reflection.written_on), words.code("model", reflection.model), reflection.module]
    flowables: list[Any] = [
        CondPageBreak(35 * mm),
        ctx.contents.heading(title, sheet.h2, level=1),
        paragraph(escape(" · ".join(part for part in about if part.strip())), sheet.small),
    ]
    if reflection.model != "gibbs":
        return [*flowables, *markdown(reflection.body)]
    for stage, text in reflection.stages:
        if not text.strip():
            continue
        name = words.code("gibbs", stage)
        flowables.append(heading(escape(name), sheet.h3, level=2, outline_title=name))
        flowables += markdown_to_flowables(text, top_heading_level=3)
    return flowables


# --- mentoring log and lesson observations --------------------------------------------------


def mentoring_part(data: PortfolioData, ctx: Context) -> list[Any]:
    flowables = [section_heading("mentoring", ctx)]
    if not data.meetings:
        return [*flowables, note(ctx.words("no_meetings"), ctx)]
    for meeting in data.meetings:
        flowables += _meeting(meeting, ctx)
    return flowables


def _meeting(meeting: MeetingEntry, ctx: Context) -> list[Any]:
    words, sheet = ctx.words, ctx.sheet
    title = f"{day(meeting.held_at)} · {meeting.focus.strip() or meeting.mentor}"
    facts_rows = [
        ("date", day_and_time(meeting.held_at)),
        ("mentor", meeting.mentor),
        ("duration", words("minutes", minutes=meeting.duration_minutes)),
        ("mode", words.code("mode", meeting.mode)),
        ("focus", meeting.focus),
        ("with_others", ", ".join(meeting.with_others)),
        ("next_meeting", day_and_time(meeting.next_meeting_at)),
    ]
    flowables: list[Any] = [
        signed_entry(title, meeting.sign_off, facts_rows, ctx),
        *labelled_markdown("pre_reflection", meeting.pre_reflection, ctx),
        *labelled_markdown("notes", meeting.notes, ctx),
    ]
    if meeting.targets:
        columns = (
            (words("target"), 0.46),
            (words("due"), 0.14),
            (words("competence"), 0.24),
            (words("status"), 0.16),
        )
        rows = [
            [
                target.text,
                day(target.due_on),
                f"{target.competence.number} {target.competence.name}" if target.competence else "",
                words.code("target", target.status),
            ]
            for target in meeting.targets
        ]
        flowables += [label(words("targets"), sheet), grid(columns, rows, sheet)]
    if meeting.actions:
        columns = (
            (words("action"), 0.46),
            (words("owner"), 0.24),
            (words("due"), 0.14),
            (words("status"), 0.16),
        )
        rows = [
            [action.text, action.owner, day(action.due_on), words.code("action", action.status)]
            for action in meeting.actions
        ]
        flowables += [label(words("actions"), sheet), grid(columns, rows, sheet)]
    return flowables


def observations_part(data: PortfolioData, ctx: Context) -> list[Any]:
    flowables = [section_heading("observations", ctx)]
    if not data.observations:
        return [*flowables, note(ctx.words("no_observations"), ctx)]
    for observation in data.observations:
        flowables += _observation(observation, ctx)
    return flowables


def _observation(observation: ObservationEntry, ctx: Context) -> list[Any]:
    about = ": ".join(part for part in (observation.subject, observation.topic) if part.strip())
    title = f"{day(observation.observed_at)} · {about}" if about else day(observation.observed_at)
    facts_rows = [
        ("date", day_and_time(observation.observed_at)),
        ("observer", observation.observer),
        ("class", observation.class_name),
        ("pupils_age", observation.pupils_age),
        ("subject", observation.subject),
        ("topic", observation.topic),
        ("focus", observation.focus),
    ]
    return [
        signed_entry(title, observation.sign_off, facts_rows, ctx),
        *labelled_markdown("strengths", observation.strengths, ctx),
        *labelled_markdown("areas_to_develop", observation.areas_to_develop, ctx),
        *labelled_markdown("targets", observation.targets, ctx),
    ]


def signed_entry(
    title: str, sign_off: SignOff, facts_rows: list[tuple[str, Any]], ctx: Context
) -> Any:
    """The heading of a signed record, its signature state right below, then its facts: kept on
    one page, so that the state is never parted from the record it belongs to."""
    return KeepTogether(
        [
            ctx.contents.heading(title, ctx.sheet.h2, level=1),
            sign_off_box(sign_off, ctx),
            *entry_facts(facts_rows, ctx),
        ]
    )


def sign_off_box(sign_off: SignOff, ctx: Context) -> Any:
    """The state of a record's signature; a change after signing is hard to miss."""
    words, box = ctx.words, _sign_off_styles()
    signed_on = day(sign_off.signed_on)
    if sign_off.state == "signed":
        return paragraph(
            escape(words("signed", name=sign_off.signed_by, date=signed_on)), box.signed
        )
    if sign_off.state != "changed_since_signed":
        return paragraph(escape(words("not_signed")), box.unsigned)
    parts = ", ".join(
        words(_SIGNED_PARTS[part]) if part in _SIGNED_PARTS else part for part in sign_off.changed
    )
    warning = escape("\N{WARNING SIGN} " + words("changed_since_signed", date=signed_on))
    detail = escape(words("changed_detail", name=sign_off.signed_by, parts=parts))
    return Paragraph(f"<b>{warning}</b><br/>{detail}", box.changed)


@functools.cache
def _checksum_style() -> Any:
    sheet = styles()
    return ParagraphStyle("checksum", parent=sheet.table_cell, fontName=sheet.mono)


@dataclass(frozen=True)
class _SignOffStyles:
    signed: Any
    unsigned: Any
    changed: Any


@functools.cache
def _sign_off_styles() -> _SignOffStyles:
    body = styles().body

    def boxed(name: str, text: str, background: str, border: str) -> Any:
        return ParagraphStyle(
            name,
            parent=body,
            textColor=colors.HexColor(text),
            backColor=colors.HexColor(background),
            borderColor=colors.HexColor(border),
            borderWidth=0.8,
            borderPadding=(4, 6, 4, 6),
            spaceBefore=6,
            spaceAfter=10,
            leftIndent=6,
            rightIndent=6,
        )

    return _SignOffStyles(
        signed=boxed("signed", "#1e5631", "#e9f4ec", "#9cc9a9"),
        unsigned=boxed("unsigned", "#4a525a", "#f2f4f6", "#c5ccd3"),
        changed=boxed("changed", "#8b1a1a", "#fdecea", "#c62828"),
    )


# --- final comment ----------------------------------------------------------------------------


def final_comment_part(data: PortfolioData, ctx: Context) -> list[Any]:
    words, sheet = ctx.words, ctx.sheet
    flowables = [section_heading("final_comment", ctx)]
    commented = [module for module in data.modules if module.final_comment.strip()]
    for module in commented:
        flowables += [
            ctx.contents.heading(f"{module.code} · {module.title}", sheet.h2, level=1),
            *markdown(module.final_comment),
        ]
    if not commented:
        flowables.append(note(words("no_final_comment"), ctx))
    return [*flowables, _signature_block(data, ctx)]


def _signature_block(data: PortfolioData, ctx: Context) -> Any:
    """Lines to sign on: the teacher educator's and the student teacher's, with place and date."""
    words, sheet = ctx.words, ctx.sheet
    caption = ParagraphStyle("signature-caption", parent=sheet.small, spaceAfter=0)
    student = f"{words('student_signature')}: {data.full_name}"
    place_date = Paragraph(escape(words("place_date")), caption)
    rows = [
        ["", "", ""],
        [
            Paragraph(escape(words("educator_signature")), caption),
            "",
            plain_paragraph(student, caption),
        ],
        ["", "", ""],
        [place_date, "", place_date],
    ]
    table = Table(
        rows,
        colWidths=["44%", "12%", "44%"],
        rowHeights=[18 * mm, None, 12 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sheet.sans),  # else Helvetica is listed, unembedded
                ("LINEBELOW", (0, 0), (0, 0), 0.8, MUTED),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, MUTED),
                ("LINEBELOW", (0, 2), (0, 2), 0.8, MUTED),
                ("LINEBELOW", (2, 2), (2, 2), 0.8, MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether(
        [Spacer(0, 10 * mm), label(words("signatures"), sheet), Spacer(0, 2 * mm), table]
    )

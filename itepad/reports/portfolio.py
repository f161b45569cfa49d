"""A student teacher's portfolio: cover, contents, a one-page summary with charts, then the parts
the options ask for (portfolio_sections.py), each starting on a new page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from itepad.reports.blocks import day, facts, label, percent
from itepad.reports.charts import AttendanceRow, LevelRow, attendance_chart, level_chart
from itepad.reports.contents import Contents
from itepad.reports.data import LevelMark, PortfolioData
from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.headings import Words
from itepad.reports.portfolio_options import PortfolioOptions, Section
from itepad.reports.portfolio_sections import (
    Context,
    evidence_part,
    final_comment_part,
    mentoring_part,
    modules_part,
    note,
    observations_part,
    projects_part,
    reflections_part,
    section_heading,
)
from itepad.reports.review_form import FinalReview, HiddenFields, ReviewIdentity, SectionReview
from itepad.reports.tables import grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import PageSizeName, styles

PROGRAMME_NAME = "eTwinning for future teachers"
# The DigCompEdu proficiency levels, lowest first: the scale of the competence chart.
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")

Part = Callable[[PortfolioData, Context], list[Any]]


def build_portfolio(
    data: PortfolioData,
    out: Path,
    *,
    pagesize: PageSizeName | None = None,
    options: PortfolioOptions | None = None,
    review: ReviewIdentity | None = None,
) -> None:
    """Write the portfolio PDF of `data` to `out` (atomically: on error `out` is untouched).

    `pagesize`, when given, overrides the options' page size. With `review` it is a review copy:
    form fields after each part and at the end, the identity in hidden fields (review_form.py).
    """
    options = options or PortfolioOptions()
    if pagesize is not None:
        options = replace(options, pagesize=pagesize)
    words = Words(options.language)
    ctx = Context(styles(), words, Contents())
    parts: list[Any] = []
    for section, part in _PARTS:
        if options.has(section):
            parts += [PageBreak(), *part(data, ctx)]
            if review is not None:
                parts += [
                    Spacer(0, 6 * mm),
                    SectionReview(section, words(section), words, ctx.sheet),
                ]
    if review is not None:
        parts += [PageBreak(), *_final_review(ctx)]
    story = _cover(data, ctx)
    if review is not None:
        story.append(HiddenFields(review))
    if options.has(Section.CONTENTS):
        story += [PageBreak(), *_contents(ctx)]
    info = DocumentInfo(
        title=f"{words('portfolio')}: {data.full_name}",
        author=data.author,
        subject=f"{PROGRAMME_NAME} · {data.institution} · {data.period}",
        keywords=tuple(
            word
            for word in ("eTwinning", "portfolio", "initial teacher education", data.programme)
            if word.strip()
        ),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document([*story, *parts], out, info, pagesize=options.pagesize, has_cover=True)


def _cover(data: PortfolioData, ctx: Context) -> list[Any]:
    sheet, words = ctx.sheet, ctx.words
    details = [
        ("institution", data.institution),
        ("country", data.institution_country),
        ("programme", data.programme),
        ("cohort", data.cohort),
        ("period", data.period),
        ("student_number", data.student_number),
        ("email", data.email),
        ("generated_on", day(data.generated_on)),
    ]
    rows = [(words(key), value) for key, value in details]
    title = words("portfolio")
    return [
        Spacer(0, 45 * mm),
        Paragraph(escape(PROGRAMME_NAME), sheet.subtitle),
        heading(escape(title), sheet.title, level=0, outline_title=title),
        plain_paragraph(data.full_name, sheet.subtitle),
        Spacer(0, 12 * mm),
        *facts(rows, sheet.cover_label, sheet.cover_value, sheet, label_share=0.28),
    ]


def _final_review(ctx: Context) -> list[Any]:
    return [
        section_heading("your_review", ctx),
        Paragraph(escape(ctx.words("review_intro")), ctx.sheet.body),
        Spacer(0, 4 * mm),
        FinalReview(ctx.words, ctx.sheet),
    ]


def _contents(ctx: Context) -> list[Any]:
    # Not listed in itself; made after every part, so that all their headings are known.
    title = ctx.words("contents")
    return [
        heading(escape(title), ctx.sheet.h1, level=0, outline_title=title),
        *ctx.contents.lines(ctx.sheet),
    ]


def _summary(data: PortfolioData, ctx: Context) -> list[Any]:
    sheet, words = ctx.sheet, ctx.words
    recorded = sum(module.recorded for module in data.modules)
    attended = sum(module.attended for module in data.modules)
    attendance = (
        words(
            "attendance_rate",
            attended=attended,
            recorded=recorded,
            percent=percent(attended, recorded),
        )
        if recorded
        else words("no_attendance")
    )
    signed = sum(1 for meeting in data.meetings if meeting.sign_off.state == "signed")
    reviews = Counter(words.code("review", item.review_status) for item in data.evidence)
    projects = "; ".join(
        f"{project.title} ({words.code('project', project.state)})" for project in data.projects
    )
    rows = [
        ("attendance", attendance),
        ("module_count", str(len(data.modules))),
        ("etwinning_registration", words.code("etwinning", data.etwinning_status)),
        ("registered_on", day(data.etwinning_registered_on)),
        ("validated_on", day(data.etwinning_validated_on)),
        ("twinspace_joined_on", day(data.twinspace_joined_on)),
        ("projects", projects),
        (
            "evidence_count",
            f"{len(data.evidence)} ({', '.join(f'{k}: {n}' for k, n in sorted(reviews.items()))})"
            if data.evidence
            else "0",
        ),
        ("reflection_count", str(len(data.reflections))),
        ("meeting_count", words("meetings_signed", meetings=len(data.meetings), signed=signed)),
        ("observation_count", str(len(data.observations))),
        (
            "review_confirmed",
            words("confirmed_on", date=day(data.review_confirmed_on))
            if data.review_confirmed_on
            else "",
        ),
    ]
    flowables: list[Any] = [
        section_heading("summary", ctx),
        *facts(
            [(words(key), value) for key, value in rows],
            sheet.small,
            sheet.table_cell,
            sheet,
        ),
    ]
    if data.modules:
        bars = [
            AttendanceRow(
                module.code,
                module.attended,
                module.recorded - module.attended,
                len(module.sessions) - module.recorded,
            )
            for module in data.modules
        ]
        legend = (words("chart_attended"), words("chart_missed"), words("chart_unrecorded"))
        flowables += [
            label(words("attendance_chart"), sheet),
            attendance_chart(bars, legend),
        ]
    return [*flowables, *_competences(data, ctx)]


def _competences(data: PortfolioData, ctx: Context) -> list[Any]:
    sheet, words = ctx.sheet, ctx.words
    flowables = [label(words("competence_chart"), sheet)]
    if not data.competences:
        return [*flowables, note(words("no_competences"), ctx)]
    rows = [
        LevelRow(
            f"{progress.competence.number} {progress.competence.name}",
            _rank(progress.first_self),
            _rank(progress.latest_self),
        )
        for progress in data.competences
    ]
    legend = (words("first_self"), words("latest_self"))
    columns = (
        (words("competence"), 0.40),
        (words("first_self"), 0.20),
        (words("latest_self"), 0.20),
        (words("educator_assessment"), 0.20),
    )
    table = [
        [
            f"{progress.competence.number} {progress.competence.name}",
            _mark(progress.first_self),
            _mark(progress.latest_self),
            _mark(progress.educator),
        ]
        for progress in data.competences
    ]
    return [
        *flowables,
        level_chart(rows, LEVELS, legend),
        Spacer(0, 3 * mm),
        grid(columns, table, sheet),
    ]


def _rank(mark: LevelMark | None) -> int | None:
    return mark.rank if mark else None


def _mark(mark: LevelMark | None) -> str:
    return f"{mark.code} {mark.name}\n{day(mark.on)}" if mark else ""


_PARTS: tuple[tuple[Section, Part], ...] = (
    (Section.SUMMARY, _summary),
    (Section.MODULES, modules_part),
    (Section.PROJECTS, projects_part),
    (Section.EVIDENCE, evidence_part),
    (Section.REFLECTIONS, reflections_part),
    (Section.MENTORING, mentoring_part),
    (Section.OBSERVATIONS, observations_part),
    (Section.FINAL_COMMENT, final_comment_part),
)

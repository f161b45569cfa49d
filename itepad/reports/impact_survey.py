"""The impact survey report: a cohort's answers before and after its eTwinning work, next to the
main benefits teachers named in the 2013 eTwinning impact study."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether, Paragraph

from itepad.reports.charts import ShareRow, share_chart
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.headings import Words
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import DASH, columns, note, rate_text, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import PageSizeName, Styles, styles

if TYPE_CHECKING:
    # Plain frozen dataclasses; only their type is needed here.
    from itepad.services.impact_survey import CohortSurveyResults, Share

PHASES = ("pre", "post")
_LEGEND = ("before", "after", "study_2013_long")
_COLUMNS = (
    ("benefit", 0.34),
    ("before", 0.17),
    ("after", 0.17),
    ("study_2013", 0.16),
    ("change", 0.16),
)


@dataclass(frozen=True)
class ImpactSurveyReport:
    results: CohortSurveyResults  # from itepad.services.impact_survey.cohort_results
    institution: str
    generated_on: date


def build_impact_survey(
    data: ImpactSurveyReport, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched).

    Its fixed words print in `language` (reports/report_words.py)."""
    sheet = styles()
    words = Words(language)
    results = data.results
    responses = words(
        "responses_count",
        pre=results.answered_pre,
        post=results.answered_post,
        students=results.students,
    )
    facts = [
        (words("institution"), data.institution),
        (words("programme"), results.programme),
        (words("academic_year"), results.academic_year),
        (words("responses"), responses),
        (words("date"), data.generated_on.isoformat()),
    ]
    title = words("titled", title=words("title.impact_survey"), subject=results.cohort)
    story = [
        *report_header(title, facts, sheet, lead=escape(words("survey_lead"))),
        *_results(results, sheet, words),
        *_comments(results, sheet, words),
    ]
    info = DocumentInfo(
        title=title,
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · impact survey · {results.cohort}",
        keywords=("eTwinning", "impact survey", "impact study 2013", results.cohort),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _share(share: Share) -> str:
    if not share.answering:
        return DASH
    return f"{rate_text(share.agreeing, share.answering)} ({share.agreeing}/{share.answering})"


def _change(before: Share, after: Share, words: Words) -> str:
    if not (before.answering and after.answering):
        return DASH
    points = round(100 * (after.agreeing / after.answering - before.agreeing / before.answering))
    return words("points", points=points)


def _results(results: CohortSurveyResults, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("survey_results"), sheet)
    chart = share_chart(
        [
            ShareRow(words(f"benefit.{b.key}"), (b.pre.share, b.post.share, b.study_2013))
            for b in results.benefits
        ],
        tuple(words(key) for key in _LEGEND),
    )
    rows = [
        [
            words(f"benefit.{b.key}"),
            _share(b.pre),
            _share(b.post),
            f"{b.study_2013:.0%}",
            _change(b.pre, b.post, words),
        ]
        for b in results.benefits
    ]
    if not (results.answered_pre or results.answered_post):
        flowables.append(note(words("no_answers"), sheet))
    return [
        *flowables,
        chart,
        grid(columns(words, _COLUMNS), rows, sheet),
        note(words("survey_study"), sheet),
    ]


def _comments(results: CohortSurveyResults, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("comments"), sheet)
    if not results.comments:
        return [*flowables, note(words("no_comments"), sheet)]
    for phase in PHASES:
        comments = [c for c in results.comments if c.phase == phase]
        if not comments:
            continue
        flowables += section(words(f"phase.{phase}"), sheet, level=2)
        for comment in comments:
            # The date stays with its comment; a long comment still splits across pages.
            flowables.append(
                KeepTogether(
                    [
                        Paragraph(escape(comment.answered_on.isoformat()), sheet.small),
                        plain_paragraph(comment.text, sheet.quote),
                    ]
                )
            )
    return flowables

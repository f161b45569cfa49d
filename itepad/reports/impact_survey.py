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
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import DASH, note, rate_text, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import PageSizeName, Styles, styles

if TYPE_CHECKING:
    # Plain frozen dataclasses; only their type is needed here.
    from itepad.services.impact_survey import CohortSurveyResults, Share

TITLE = "Impact survey"
STUDY = (
    "The 2013 figures are the shares of about 6,000 teachers who named each benefit as a main "
    "benefit of eTwinning (Impact study of eTwinning, final report, January 2013)."
)
PHASES = (("pre", "Before the module"), ("post", "After the module"))
_LEGEND = ("Before", "After", "2013 impact study")
_COLUMNS = (
    ("Benefit", 0.34),
    ("Before", 0.17),
    ("After", 0.17),
    ("2013 study", 0.16),
    ("Change", 0.16),
)


@dataclass(frozen=True)
class ImpactSurveyReport:
    results: CohortSurveyResults  # from itepad.services.impact_survey.cohort_results
    institution: str
    generated_on: date


def build_impact_survey(
    data: ImpactSurveyReport, out: Path, *, pagesize: PageSizeName = "A4"
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    results = data.results
    facts = [
        ("Institution", data.institution),
        ("Programme", results.programme),
        ("Academic year", results.academic_year),
        (
            "Responses",
            f"{results.answered_pre} before and {results.answered_post} after, "
            f"of {results.students} student teachers",
        ),
        ("Date", data.generated_on.isoformat()),
    ]
    lead = (
        "Each statement is answered from 1 (strongly disagree) to 5 (strongly agree); the "
        "shares are of those answering 4 or 5 among those who answered it."
    )
    story = [
        *report_header(f"{TITLE}: {results.cohort}", facts, sheet, lead=escape(lead)),
        *_results(results, sheet),
        *_comments(results, sheet),
    ]
    info = DocumentInfo(
        title=f"{TITLE}: {results.cohort}",
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · impact survey · {results.cohort}",
        keywords=("eTwinning", "impact survey", "impact study 2013", results.cohort),
    )
    build_document(story, out, info, pagesize=pagesize)


def _share(share: Share) -> str:
    if not share.answering:
        return DASH
    return f"{rate_text(share.agreeing, share.answering)} ({share.agreeing}/{share.answering})"


def _change(before: Share, after: Share) -> str:
    if not (before.answering and after.answering):
        return DASH
    points = round(100 * (after.agreeing / after.answering - before.agreeing / before.answering))
    return f"{points:+d} points"


def _results(results: CohortSurveyResults, sheet: Styles) -> list[Any]:
    flowables = section("Results next to the 2013 impact study", sheet)
    chart = share_chart(
        [ShareRow(b.label, (b.pre.share, b.post.share, b.study_2013)) for b in results.benefits],
        _LEGEND,
    )
    rows = [
        [b.label, _share(b.pre), _share(b.post), f"{b.study_2013:.0%}", _change(b.pre, b.post)]
        for b in results.benefits
    ]
    if not (results.answered_pre or results.answered_post):
        flowables.append(note("Nobody in the cohort has answered the survey yet.", sheet))
    return [*flowables, chart, grid(_COLUMNS, rows, sheet), note(STUDY, sheet)]


def _comments(results: CohortSurveyResults, sheet: Styles) -> list[Any]:
    flowables = section("Comments", sheet)
    if not results.comments:
        return [*flowables, note("No comments were written.", sheet)]
    for phase, label in PHASES:
        comments = [c for c in results.comments if c.phase == phase]
        if not comments:
            continue
        flowables += section(label, sheet, level=2)
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

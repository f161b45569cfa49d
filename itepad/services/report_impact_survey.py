"""The impact survey report of a cohort, from itepad.services.impact_survey's results."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from itepad.reports.impact_survey import ImpactSurveyReport
from itepad.services.impact_survey import cohort_results
from itepad.services.report_subjects import find_cohort, own_institution
from itepad.store.database import Database


def impact_survey_report(
    db: Database, cohort_name: str, *, today: date | None = None
) -> ImpactSurveyReport:
    """UserError naming the cohorts there are when there is no such cohort (any case)."""
    with db.session() as session:
        name = find_cohort(session, cohort_name).name
        own = own_institution(session)
        institution = own.name if own else ""
    return ImpactSurveyReport(cohort_results(db, name), institution, today or date.today())


def write_impact_survey(db: Database, cohort_name: str, out: Path, language: str = "en") -> None:
    """Write the report PDF with its words in `language`; it appears whole or not at all."""
    from itepad.reports.impact_survey import build_impact_survey

    build_impact_survey(impact_survey_report(db, cohort_name), out, language=language)

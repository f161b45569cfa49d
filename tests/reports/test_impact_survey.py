"""The impact survey report: the cohort's answers next to the 2013 impact study's figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from itepad.errors import UserError
from itepad.services.report_impact_survey import impact_survey_report, write_impact_survey
from itepad.store.database import Database
from tests.reports.report_demo import NEEDS_POPPLER, checked_text, demo_database, outline_titles

STUDY = {
    "Networking across Europe": "64%",
    "New or improved ICT skills": "60%",
    "Impact on pupils": "55%",
    "International teaching community": "55%",
    "Foreign language skills": "54%",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


def _cohort(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.scalar(text("SELECT name FROM cohort ORDER BY name")))


def test_a_cohort_by_name_in_any_case(demo: Database) -> None:
    cohort = _cohort(demo)
    report = impact_survey_report(demo, f" {cohort.lower()} ")
    assert report.results.cohort == cohort
    assert [b.label for b in report.results.benefits] == list(STUDY)


def test_an_unknown_cohort(demo: Database) -> None:
    with pytest.raises(UserError, match="the cohorts are: "):
        impact_survey_report(demo, "nobody")


@NEEDS_POPPLER
def test_the_pdf(demo: Database, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    out = tmp_path / "survey.pdf"
    write_impact_survey(demo, cohort, out)
    words = checked_text(out)
    results = impact_survey_report(demo, cohort).results
    for label, figure in STUDY.items():
        assert f"{label} " in words
        assert figure in words
    for benefit in results.benefits:
        if benefit.pre.answering:
            assert f"({benefit.pre.agreeing}/{benefit.pre.answering})" in words
    assert "Results next to the 2013 impact study" in outline_titles(out)

"""The Quality Label application draft: finding the project, the self-check and the team's
evidence, and a valid PDF whatever the names and notes hold."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from itepad.errors import UserError
from itepad.reports.handbook_data import PartnerEntry, ProjectEntry
from itepad.reports.quality_label import build_quality_label
from itepad.reports.quality_label_data import (
    CriterionCheck,
    EligibilityItem,
    QualityLabelData,
    TeamEvidence,
    TeamMember,
)
from itepad.services.report_quality_label import quality_label_data, write_quality_label
from itepad.services.template_format import QUALITY_CRITERIA
from itepad.store.database import Database
from tests.reports.report_demo import NEEDS_POPPLER, checked_text, demo_database, outline_titles
from tests.reports.test_markdown_flowables import MARKDOWN_TEXT


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


def _labelled_project(db: Database) -> tuple[int, str]:
    """The demo project whose team did the self-check."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.id, p.title FROM etwinning_project p "
                "WHERE p.id IN (SELECT project_id FROM quality_label_check) ORDER BY p.id"
            )
        ).first()
    assert row is not None
    return int(row[0]), str(row[1])


def test_the_self_check_and_the_team(demo: Database) -> None:
    number, title = _labelled_project(demo)
    data = quality_label_data(demo, str(number))
    assert data.project.title == title
    assert [c.name for c in data.criteria] == list(QUALITY_CRITERIA.values())
    assert [c.rating for c in data.criteria] == [3, 2, 2, 1, 3]  # as the demo's team rated
    assert all(c.note for c in data.criteria)
    with demo.engine.connect() as conn:
        team = conn.execute(
            text("SELECT count(*) FROM project_member WHERE project_id = :id"), {"id": number}
        ).scalar_one()
        evidence = conn.execute(
            text(
                "SELECT count(*) FROM evidence WHERE student_id IN "
                "(SELECT student_id FROM project_member WHERE project_id = :id)"
            ),
            {"id": number},
        ).scalar_one()
    assert len(data.team) == team > 0
    assert len(data.evidence) == evidence > 0
    assert [e.dated_on for e in data.evidence] == sorted(e.dated_on for e in data.evidence)
    assert len(data.eligibility) == 5
    assert data.eligibility[2].known == f"Student teachers in the team: {team}."


def test_a_project_by_title(demo: Database) -> None:
    _, title = _labelled_project(demo)
    assert quality_label_data(demo, title.upper()).project.title == title
    assert quality_label_data(demo, f"  {title[3:12]} ").project.title == title


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("no such project", "No eTwinning project with the number or title"),
        ("o", "give its number"),  # in both demo projects' titles
    ],
)
def test_a_project_that_cannot_be_found(demo: Database, key: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        quality_label_data(demo, key)


@NEEDS_POPPLER
def test_the_pdf(demo: Database, tmp_path: Path) -> None:
    number, title = _labelled_project(demo)
    out = tmp_path / "label.pdf"
    write_quality_label(demo, str(number), out)
    words = checked_text(out)
    for name in QUALITY_CRITERIA.values():
        assert name in words
    assert "Self-check: 3 of 3" in words and "Eligibility" in words
    assert f"Quality Label application (draft): {title}" in outline_titles(out)


def _sample(name: str, note: str) -> QualityLabelData:
    return QualityLabelData(
        project=ProjectEntry(
            title=name,
            state="Open",
            partners=(PartnerEntry(name, "PL", name, "Validated"),),
            aims=note,
            twinspace_url=note,
        ),
        module=name,
        started_on=date(2026, 10, 1),
        eligibility=(EligibilityItem(name, note),),
        criteria=tuple(CriterionCheck(c, 2, note) for c in QUALITY_CRITERIA.values()),
        team=(TeamMember(name, name, None, note),),
        evidence=(TeamEvidence(name, note, "Link", date(2026, 11, 1), "Meets", note),),
        institution=name,
        generated_on=date(2026, 11, 23),
    )


@NEEDS_POPPLER
@settings(max_examples=25, deadline=None, database=None)
@given(name=st.text(), note=st.one_of(st.text(), MARKDOWN_TEXT))
def test_any_text_gives_a_valid_pdf(name: str, note: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "label.pdf"
        build_quality_label(_sample(name, note), out)
        checked_text(out)

"""The module report: the register of each held session, enrolments, what students produced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from itepad.errors import UserError
from itepad.services.attendance_stats import attendance_overview
from itepad.services.report_module import module_report_data, write_module_report
from itepad.store.database import Database
from tests.reports.report_demo import NEEDS_POPPLER, checked_text, demo_database, outline_titles

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


def _scalar(db: Database, sql: str, **params: object) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_sessions_held_and_their_registers(demo: Database) -> None:
    data = module_report_data(demo, "ETW202", now=NOW)
    module_id = _scalar(demo, "SELECT id FROM module WHERE code = 'ETW202'")
    figures = next(m for m in attendance_overview(demo, now=NOW).modules if m.code == "ETW202")
    assert len(data.held) == figures.held > 0
    # Per session, the same marks the attendance statistics count.
    assert sum(s.attended for s in data.held) == figures.attended == data.attended
    assert sum(s.attended + s.missed for s in data.held) == figures.recorded == data.recorded
    for held in data.held:
        assert held.attended + held.missed + held.unrecorded == figures.students
    assert [s.number for s in data.held] == list(range(1, len(data.held) + 1))
    assert sum(n for _, n in data.enrolment_counts) == _scalar(
        demo, "SELECT count(*) FROM enrolment WHERE module_id = :id", id=module_id
    )
    assert len(data.produced) == sum(n for _, n in data.review_counts)
    assert len(data.produced) == _scalar(
        demo, "SELECT count(*) FROM evidence WHERE module_id = :id", id=module_id
    )
    assert len(data.team_sizes) == len(data.module.projects)


def test_before_the_first_session_nothing_is_held(demo: Database) -> None:
    data = module_report_data(demo, "ETW202", now=NOW - timedelta(days=3650))
    assert data.held == () and data.recorded == 0


def test_an_unknown_module(demo: Database) -> None:
    with pytest.raises(UserError, match="No module with the code 'XYZ999'"):
        module_report_data(demo, "XYZ999")


@NEEDS_POPPLER
def test_the_pdf(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "module.pdf"
    write_module_report(demo, "ETW202", out)
    words = checked_text(out)
    data = module_report_data(demo, "ETW202")
    for heading in (
        "Sessions held and attendance",
        "Learning outcomes and competences",
        "eTwinning projects and partners",
        "What student teachers produced",
    ):
        assert heading in words
    assert all(project.title in words for project in data.module.projects)
    assert data.module.outcomes[0].text in words
    assert f"Module report: ETW202 {data.module.title}" in outline_titles(out)

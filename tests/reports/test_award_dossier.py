"""The European Award dossier: the two academic years, the three areas, one module or all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services.report_award_dossier import (
    academic_years,
    award_dossier_data,
    write_award_dossier,
)
from itepad.store.database import Database
from tests.reports.report_demo import NEEDS_POPPLER, checked_text, demo_database, outline_titles

AREAS = ["Curriculum integration", "Project implementation", "Research outputs"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


@pytest.mark.parametrize(
    ("today", "start", "years"),
    [
        (date(2026, 11, 23), date(2025, 9, 1), ("2025/26", "2026/27")),
        (date(2026, 9, 1), date(2025, 9, 1), ("2025/26", "2026/27")),
        (date(2026, 8, 31), date(2024, 9, 1), ("2024/25", "2025/26")),
        (date(2099, 1, 5), date(2097, 9, 1), ("2097/98", "2098/99")),
        (date(2100, 5, 5), date(2098, 9, 1), ("2098/99", "2099/00")),
    ],
)
def test_the_last_two_academic_years(today: date, start: date, years: tuple[str, str]) -> None:
    assert academic_years(today) == (start, years)


@given(st.dates(min_value=date(1901, 1, 1)))
def test_the_period_starts_in_september_less_than_two_years_ago(today: date) -> None:
    start, (earlier, later) = academic_years(today)
    assert (start.month, start.day) == (9, 1)
    assert today - timedelta(days=2 * 366) < start <= today
    assert earlier.startswith(str(start.year)) and later.startswith(str(start.year + 1))


def test_institution_wide_and_for_one_module(demo: Database) -> None:
    whole = award_dossier_data(demo)
    one = award_dossier_data(demo, "etw202 ".upper())
    for data in (whole, one):
        assert [a.name for a in data.areas] == AREAS
        assert all(len(a.criteria) == 3 for a in data.areas)
        assert all(c.evidence for a in data.areas for c in a.criteria)
    assert whole.scope == "The whole institution"
    assert one.scope.startswith("Module ETW202 ")
    modules = whole.areas[0].criteria[1].evidence
    assert len(modules) == 3  # the demo's three modules run this academic year
    assert [line[:6] for line in one.areas[0].criteria[1].evidence] == ["ETW202"]


def test_an_unknown_module(demo: Database) -> None:
    with pytest.raises(UserError, match="No module with the code 'NOPE'"):
        award_dossier_data(demo, "NOPE")


@NEEDS_POPPLER
def test_the_pdf(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    write_award_dossier(demo, None, out)
    words = checked_text(out)
    outline = outline_titles(out)
    for number, area in enumerate(AREAS, start=1):
        assert f"{number}. {area}" in outline
    assert "Score sheet" in outline
    assert "☐ 1 ☐ 2 ☐ 3 ☐ N/A" in words

"""A cohort's portfolios written by worker processes: one complete file each, cancellable, and a
failure for one student teacher never stops the others."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from itepad.errors import UserError
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.services.demo import fill_demo
from itepad.services.portfolio_batch import (
    BatchSummary,
    StudentRef,
    cohort_students,
    file_names,
    write_cohort_portfolios,
    write_portfolios,
)
from itepad.store.database import Database, open_database

COHORT = "BEd Primary 2026/27 Year 3"
# Only the summary: these tests are about the files, not their pages.
QUICK = PortfolioOptions(sections=frozenset({"summary"}))


@pytest.fixture
def demo_db(any_db_url: str) -> Iterator[Database]:
    """On SQLite and PostgreSQL: the workers open the database by its URL."""
    db = open_database(any_db_url)
    fill_demo(db, students=24, seed=2, today=date(2026, 11, 25))
    yield db
    db.close()


def _complete_pdfs(folder: Path) -> dict[str, str]:
    """File name -> the text of its cover, for every file in `folder` (each must be a PDF)."""
    covers = {}
    for path in folder.iterdir():
        assert path.suffix == ".pdf", f"left behind: {path.name}"
        reader = PdfReader(path, strict=True)
        covers[path.name] = reader.pages[0].extract_text()
    return covers


def test_one_complete_file_per_member_of_the_cohort(demo_db: Database, tmp_path: Path) -> None:
    members = cohort_students(demo_db, COHORT)
    progress: list[tuple[int, int, str]] = []
    summary = write_cohort_portfolios(
        demo_db,
        COHORT,
        tmp_path / "out",
        options=QUICK,
        jobs=2,
        progress=lambda done, total, name: progress.append((done, total, name)),
    )
    assert summary.total == len(members) > 5
    assert summary.failures == ()
    assert not summary.cancelled
    covers = _complete_pdfs(tmp_path / "out")
    names = file_names(members)
    assert sorted(covers) == sorted(names.values()) == sorted(p.name for p in summary.written)
    for member in members:
        assert member.full_name in covers[names[member.email]]
    assert [done for done, _, _ in progress] == list(range(1, len(members) + 1))
    assert {name for _, _, name in progress} == {m.full_name for m in members}


def test_cancel_stops_early_and_leaves_only_complete_files(
    demo_db: Database, tmp_path: Path
) -> None:
    cancel = threading.Event()
    summary = write_cohort_portfolios(
        demo_db,
        COHORT,
        tmp_path / "out",
        options=QUICK,
        jobs=2,
        progress=lambda done, total, name: cancel.set(),
        cancel=cancel,
    )
    assert summary.cancelled
    assert 1 <= len(summary.written) < summary.total
    assert sorted(_complete_pdfs(tmp_path / "out")) == sorted(p.name for p in summary.written)


def test_a_failing_student_is_reported_and_the_others_are_written(
    db: Database, tmp_path: Path
) -> None:
    fill_demo(db, students=12, seed=2, today=date(2026, 11, 25))
    members = cohort_students(db, COHORT)
    unlucky = members[1]
    out = tmp_path / "out"
    # A folder where the file should go: the rename at the end of the build fails.
    (out / file_names(members)[unlucky.email]).mkdir(parents=True)
    summary = write_cohort_portfolios(db, COHORT, out, options=QUICK, jobs=2)
    assert [(f.email, f.name) for f in summary.failures] == [(unlucky.email, unlucky.full_name)]
    assert "Error" in summary.failures[0].message
    assert len(summary.written) == len(members) - 1
    assert all(path.is_file() for path in summary.written)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files


def test_unknown_cohort_names_the_cohorts(db: Database, tmp_path: Path) -> None:
    fill_demo(db, students=3, seed=2, today=date(2026, 11, 25))
    with pytest.raises(UserError, match="BEd Primary"):
        write_cohort_portfolios(db, "No such cohort", tmp_path)


def test_empty_list_writes_nothing(db: Database, tmp_path: Path) -> None:
    summary = write_portfolios(db.location.url, [], tmp_path / "out")
    assert summary == BatchSummary(0, (), (), False)


def test_file_names_are_safe_and_unique() -> None:
    students = [
        StudentRef("ann.o@x.edu", "Ann", "O'Brien/Kelly"),
        StudentRef("ANN.O@y.edu", "ANN", "O'BRIEN/KELLY"),  # the same name, other case
        StudentRef('a<b>:"|?*@x.edu', "Ива\x00н", "Ко\nваль"),  # noqa: RUF001
        StudentRef("long@x.edu", "Олександра" * 30, "Ł" * 200),
        StudentRef("..@x.edu", " . ", ". "),
    ]
    names = file_names(students)
    assert names["ann.o@x.edu"] == "O'BrienKelly Ann (ann.o).pdf"
    assert names["ANN.O@y.edu"] == "O'BRIENKELLY ANN (ANN.O) 2.pdf"
    assert names['a<b>:"|?*@x.edu'] == "Коваль Иван (ab).pdf"
    assert len(names["long@x.edu"].encode()) < 255
    assert names["..@x.edu"] == "portfolio.pdf"
    assert len({name.casefold() for name in names.values()}) == len(students)

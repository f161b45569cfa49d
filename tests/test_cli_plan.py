"""`itepad plan` and `itepad list templates`: output and exit codes (0 ok, 2 refused)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from itepad.cli import EXIT_OK, EXIT_USER, main
from itepad.services.templates import shipped_template_dir, user_template_dir

INTRO = "introduction-to-etwinning"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def rows(db: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_plan_creates_the_module_and_says_so(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "--template", INTRO, "--code", "ET-INTRO", "--start", "2026-09-14"]
    assert run(sqlite_path, *args, "--title", "eTwinning, first steps") == EXIT_OK
    out = capsys.readouterr().out
    assert out == f"Created module ET-INTRO from {INTRO}: 10 sessions\n"
    assert rows(sqlite_path, "SELECT code, title, template_id FROM module") == [
        ("ET-INTRO", "eTwinning, first steps", INTRO)
    ]
    assert rows(sqlite_path, "SELECT count(*) FROM module_session") == [(10,)]


def test_plan_with_weekday_time_and_skipped_weeks(sqlite_path: Path) -> None:
    args = ["plan", "--template", INTRO, "--code", "C", "--start", "2026-09-14"]
    more = ["--weekday", "thu", "--time", "14:15", "--skip", "2026-09-22", "--skip", "2026-10-01"]
    assert run(sqlite_path, *args, *more) == EXIT_OK
    starts = [r[0] for r in rows(sqlite_path, "SELECT starts_at FROM module_session ORDER BY id")]
    assert str(starts[0]).startswith("2026-09-17 14:15")  # the Thursday of the start's week
    assert str(starts[2]).startswith("2026-10-08 14:15")  # two weeks left out after week 1


def test_list_templates_prints_one_template_a_line(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sqlite_path, "list", "templates") == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert [line.split("\t")[0] for line in lines] == sorted(
        p.stem
        for p in shipped_template_dir().glob("*.md")  # type: ignore[union-attr]
    )
    assert f"{INTRO}\tIntroduction to eTwinning for future teachers\tintroduction\t6\t3" in lines
    assert not sqlite_path.exists()  # listing templates needs no database


def test_broken_templates_are_reported_without_failing(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = user_template_dir()
    folder.mkdir(parents=True)
    broken = folder / "broken.md"
    broken.write_text("---\ntitle: Broken\nkind: lecture\n---\n", encoding="utf-8")

    assert run(sqlite_path, "list", "templates") == EXIT_OK
    captured = capsys.readouterr()
    kinds = "introduction, project, placement, workshop"
    assert captured.err == f"{broken}:3: kind: unknown module kind 'lecture'; use one of: {kinds}\n"
    assert len(captured.out.splitlines()) >= 5

    args = ["plan", "--template", "broken", "--code", "B", "--start", "2026-09-14"]
    assert run(sqlite_path, *args) == EXIT_USER
    assert f"{broken}:3: kind: unknown module kind" in capsys.readouterr().err
    assert not sqlite_path.exists()  # refused before the database was touched


def test_an_unknown_template_lists_the_known_ones(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(sqlite_path, "plan", "--template", "nope", "--code", "X", "--start", "2026-09-14") == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("itepad: no course template 'nope'; known templates: ")
    assert INTRO in err and "Traceback" not in err


def test_a_taken_code_is_refused_and_nothing_changes(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "--template", INTRO, "--code", "TAKEN", "--start", "2026-09-14"]
    assert run(sqlite_path, *args) == EXIT_OK
    assert run(sqlite_path, *args) == EXIT_USER
    assert "module code 'TAKEN' is already taken" in capsys.readouterr().err
    assert rows(sqlite_path, "SELECT count(*) FROM module_session") == [(10,)]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (["--start", "2026-02-30"], "'2026-02-30' is not a date"),
        (["--start", "14/09/2026"], "is not a date"),
        (["--weekday", "someday"], "'someday' is not a weekday"),
        (["--weekday", "mondays"], "is not a weekday"),
        (["--time", "25:00"], "is not a time of day"),
        (["--skip", "soon"], "'soon' is not a date"),
    ],
)
def test_bad_arguments_exit_2(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str], bad: list[str], message: str
) -> None:
    args = ["plan", "--template", INTRO, "--code", "X", "--start", "2026-09-14", *bad]
    with pytest.raises(SystemExit) as exit_info:
        run(sqlite_path, *args)
    assert exit_info.value.code == EXIT_USER
    assert message in capsys.readouterr().err


def test_a_start_time_pushing_sessions_past_midnight_is_refused(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = "etwinning-hands-on-workshop"  # 09:00 to 16:30
    args = ["plan", "--template", template, "--code", "W", "--start", "2026-09-14"]
    assert run(sqlite_path, *args, "--time", "20:00") == EXIT_USER
    assert "on another day" in capsys.readouterr().err
    assert rows(sqlite_path, "SELECT count(*) FROM module") == [(0,)]


def test_weekday_names_in_full_and_the_time_zone(sqlite_path: Path) -> None:
    args = ["plan", "--template", INTRO, "--code", "Z", "--start", "2026-09-14"]
    assert run(sqlite_path, *args, "--weekday", "Friday", "--timezone", "Europe/Warsaw") == 0
    assert rows(sqlite_path, "SELECT timezone FROM module") == [("Europe/Warsaw",)]
    first = rows(sqlite_path, "SELECT min(starts_at) FROM module_session")[0][0]
    assert str(first).startswith("2026-09-18 10:00")

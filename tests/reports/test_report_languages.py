"""Every printed report in the chosen language: its fixed words from reports/report_words.py,
the PDF's /Lang, and `itepad report KIND --language`."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from itepad.cli import EXIT_OK, main
from itepad.reports import headings
from itepad.reports.report_words import REPORT_WORDS
from itepad.services.handbook import write_module_handbook
from itepad.services.impact_survey import BENEFITS
from itepad.services.nso_list import write_nso_list
from itepad.services.report_kinds import REPORT_KINDS
from itepad.services.sign_in_sheet import write_sign_in_sheet
from itepad.store.database import Database
from tests.reports.report_demo import NEEDS_POPPLER, checked_text, demo_database

Write = Callable[[Database, Path, str], None]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(REPORT_WORDS))
def test_every_word_has_six_languages_with_the_same_placeholders(key: str) -> None:
    row = REPORT_WORDS[key]
    assert len(row) == len(headings.LANGUAGES)
    assert all(word.strip() for word in row)
    assert {frozenset(_placeholders(word)) for word in row} == {frozenset(_placeholders(row[0]))}


def test_the_report_words_share_no_key_with_the_portfolio_words() -> None:
    assert not set(REPORT_WORDS) & set(headings._WORDS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


def _first(db: Database, sql: str) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text(sql)).scalar_one())


_SUBJECTS = {
    "cohort": "SELECT name FROM cohort ORDER BY name LIMIT 1",
    "module": "SELECT code FROM module ORDER BY code LIMIT 1",
    "project": "SELECT id FROM etwinning_project ORDER BY id LIMIT 1",
}


def _kind_writer(kind: str) -> Write:
    report = REPORT_KINDS[kind]

    def write(db: Database, out: Path, language: str) -> None:
        report.write(db, _first(db, _SUBJECTS[report.subject]), out, language)

    return write


def _handbook(db: Database, out: Path, language: str) -> None:
    write_module_handbook(db, _first(db, _SUBJECTS["module"]), out, language)


def _sign_in_sheet(db: Database, out: Path, language: str) -> None:
    write_sign_in_sheet(db, _first(db, _SUBJECTS["module"]), 1, out, language)


def _nso_list(db: Database, out: Path, language: str) -> None:
    write_nso_list(db, out, None, language)


# A heading or label each report always prints: English, German, Ukrainian.
REPORTS: dict[str, tuple[Write, tuple[str, str, str]]] = {
    "cohort-participation": (
        _kind_writer("cohort-participation"),
        ("Cohort totals", "Jahrgang insgesamt", "Підсумки потоку"),
    ),
    "module-report": (
        _kind_writer("module-report"),
        ("Sessions planned", "Geplante Termine", "Заплановані заняття"),
    ),
    "impact-survey": (
        _kind_writer("impact-survey"),
        (
            "Results next to the 2013 impact study",
            "Ergebnisse neben der Wirkungsstudie 2013",
            "Результати поряд із дослідженням впливу 2013 року",
        ),
    ),
    "quality-label": (
        _kind_writer("quality-label"),
        ("The five criteria", "Die fünf Kriterien", "П'ять критеріїв"),
    ),
    "award-dossier": (
        _kind_writer("award-dossier"),
        ("Score sheet", "Bewertungsbogen", "Оцінювальний лист"),
    ),
    "module-handbook": (
        _handbook,
        ("Enrolled cohorts", "Eingeschriebene Jahrgänge", "Записані потоки"),
    ),
    "sign-in-sheet": (
        _sign_in_sheet,
        ("Facilitator's signature", "Unterschrift der Leitung", "Підпис ведучого"),
    ),
    "nso-list": (
        _nso_list,
        (
            "eTwinning validation list",
            "eTwinning-Bestätigungsliste",
            "Список для підтвердження в eTwinning",
        ),
    ),
}
PAGE_ONE = {"de": "Seite 1 von", "uk": "Сторінка 1 з"}


def test_every_report_kind_is_covered() -> None:
    assert set(REPORT_KINDS) | {"module-handbook", "sign-in-sheet", "nso-list"} == set(REPORTS)


@NEEDS_POPPLER
@pytest.mark.parametrize("language", ["de", "uk"])
@pytest.mark.parametrize("report", sorted(REPORTS))
def test_a_report_prints_in_the_chosen_language(
    demo: Database, tmp_path: Path, report: str, language: str
) -> None:
    write, (english, german, ukrainian) = REPORTS[report]
    out = tmp_path / f"{report}-{language}.pdf"
    write(demo, out, language)
    printed = checked_text(out)
    assert (german if language == "de" else ukrainian) in printed
    assert english not in printed
    assert PAGE_ONE[language] in printed
    assert PdfReader(out).root_object["/Lang"] == language


@NEEDS_POPPLER
def test_english_is_the_default(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "cohort.pdf"
    REPORT_KINDS["cohort-participation"].write(demo, _first(demo, _SUBJECTS["cohort"]), out)
    printed = checked_text(out)
    assert "Cohort totals" in printed
    assert "Page 1 of" in printed
    assert PdfReader(out).root_object["/Lang"] == "en"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--students", "6"]) == EXIT_OK
    return path


@NEEDS_POPPLER
def test_the_command_line_writes_a_new_report_in_german(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "award.pdf"
    args = ["--db", str(demo_file), "report", "award-dossier", "--out", str(out)]
    assert main([*args, "--language", "de"]) == EXIT_OK
    printed = checked_text(out)
    assert "Bewertungsbogen" in printed
    assert "Score sheet" not in printed


@NEEDS_POPPLER
def test_the_command_line_writes_an_older_report_in_ukrainian(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "validation.pdf"
    args = ["--db", str(demo_file), "report", "nso-list", "--out", str(out)]
    assert main([*args, "--language", "uk"]) == EXIT_OK
    printed = checked_text(out)
    assert "Список для підтвердження в eTwinning" in printed
    assert "eTwinning validation list" not in printed


def test_an_unknown_language_is_refused(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    args = ["--db", str(demo_file), "report", "award-dossier", "--out", str(out)]
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--language", "it"])
    assert exit_.value.code == 2  # argparse's usage error
    assert "invalid choice: 'it'" in capsys.readouterr().err
    assert not out.exists()


def test_every_survey_benefit_has_its_words() -> None:
    assert {f"benefit.{benefit.key}" for benefit in BENEFITS} <= set(REPORT_WORDS)

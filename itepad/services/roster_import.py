"""Import a roster into a cohort: check every row, then all or nothing.

`read_roster` reads a file (roster_formats), maps its columns (roster_headers) and checks each
row, collecting every problem with the row number a spreadsheet shows and the field at fault.
`import_roster` refuses a roster with problems; a clean one is written in one transaction: the
cohort is created if new, people are matched by email (case-insensitive), new ones added, known
ones updated (an empty cell never erases what is stored) and moved into the cohort.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from itepad.errors import UserError
from itepad.services.roster_formats import Sheet, read_sheet
from itepad.services.roster_headers import (
    FIELD_LABELS,
    REQUIRED_FIELDS,
    ColumnMapping,
    RosterField,
    guess_mapping,
    header_row,
)
from itepad.services.student_fields import (
    MAX_NUMBER,
    MAX_TEXT,
    email_problem,
    name_problem,
    normalise_email,
    parse_study_year,
    text_problem,
    tidy,
)
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database

_OPTIONAL_LIMITS = {
    RosterField.STUDENT_NUMBER: MAX_NUMBER,
    RosterField.PROGRAMME: MAX_TEXT,
    RosterField.PLACEMENT_SCHOOL: MAX_TEXT,
}


@dataclass(frozen=True)
class Problem:
    row: int  # as a spreadsheet numbers it: the first row is 1
    field: str  # a field's label, or "" for the whole row
    message: str

    def describe(self, source: str) -> str:
        where = f"{source}, row {self.row}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class RosterPerson:
    row: int
    given_name: str
    family_name: str
    email: str  # lowercase
    student_number: str = ""
    programme: str = ""
    study_year: int | None = None
    placement_school: str = ""


@dataclass(frozen=True)
class Roster:
    sheet: Sheet
    header_index: int  # rows[header_index] holds the headers
    mapping: ColumnMapping
    people: tuple[RosterPerson, ...]
    problems: tuple[Problem, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(tidy(h) for h in self.sheet.rows[self.header_index])

    @property
    def source(self) -> str:
        return self.sheet.source


class RosterProblemsError(UserError):
    """The roster has problems; nothing was imported."""

    def __init__(self, roster: Roster) -> None:
        self.problems = roster.problems
        count = len(roster.problems)
        lines = [problem.describe(roster.source) for problem in roster.problems]
        noun = "a problem" if count == 1 else f"{count:,} problems"
        super().__init__(
            f"{roster.source} has {noun}; nothing was imported. Fix the file and import it again.\n"
            + "\n".join(lines)
        )


@dataclass(frozen=True)
class ImportReport:
    cohort: str
    cohort_created: bool
    created: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def read_roster(
    path: Path, *, encoding: str | None = None, mapping: ColumnMapping | None = None
) -> Roster:
    """Read and check the roster at `path` (with the guessed mapping unless one is given)."""
    return check_roster(read_sheet(path, encoding=encoding), mapping)


def check_roster(sheet: Sheet, mapping: ColumnMapping | None = None) -> Roster:
    """The people of `sheet` under `mapping` and every problem found."""
    index = header_row(sheet.rows)
    headers = sheet.rows[index]
    if mapping is None:
        mapping = guess_mapping([tidy(h) for h in headers])
    problems = [
        Problem(index + 1, FIELD_LABELS[field], "no column holds it; choose one")
        for field in REQUIRED_FIELDS
        if field not in mapping
    ]
    people: list[RosterPerson] = []
    if problems:
        return Roster(sheet, index, mapping, (), tuple(problems))
    first_row_of: dict[str, int] = {}
    for number, cells in _data_rows(sheet, index):
        row_problems = _shape_problems(sheet, number, cells, len(headers))
        person = _person(number, cells, mapping, row_problems)
        if person.email in first_row_of:
            row_problems.append(
                Problem(
                    number,
                    FIELD_LABELS[RosterField.EMAIL],
                    f"{person.email} is already on row {first_row_of[person.email]}",
                )
            )
        elif person.email:
            first_row_of[person.email] = number
        if row_problems:
            problems += row_problems
        else:
            people.append(person)
    if not people and not problems:
        problems.append(Problem(index + 1, "", "there are headers but no student teachers"))
    return Roster(sheet, index, mapping, tuple(people), tuple(problems))


def _data_rows(sheet: Sheet, header_index: int) -> Iterator[tuple[int, Sequence[str]]]:
    """(spreadsheet row number, cells) of the rows below the headers that hold anything."""
    for number, cells in enumerate(sheet.rows[header_index + 1 :], start=header_index + 2):
        if any(tidy(cell) for cell in cells):  # spreadsheets end in blank rows; they are no one
            yield number, cells


def preview(roster: Roster, limit: int) -> list[tuple[int, dict[RosterField, str]]]:
    """The first `limit` rows under the roster's mapping, tidied as they would be stored."""
    rows = []
    for number, cells in itertools.islice(_data_rows(roster.sheet, roster.header_index), limit):
        values = {}
        for field, column in roster.mapping.items():
            raw = cells[column] if column < len(cells) else ""
            values[field] = normalise_email(raw) if field == RosterField.EMAIL else tidy(raw)
        rows.append((number, values))
    return rows


def _shape_problems(sheet: Sheet, number: int, cells: Sequence[str], width: int) -> list[Problem]:
    extra = cells[width:]
    if any(tidy(cell) for cell in extra):
        if sheet.is_workbook:
            return [Problem(number, "", "has values to the right of the last column with a header")]
    elif len(cells) >= width or sheet.is_workbook:
        return []
    return [Problem(number, "", f"has {len(cells)} fields, the header row has {width}")]


def _person(
    number: int, cells: Sequence[str], mapping: ColumnMapping, problems: list[Problem]
) -> RosterPerson:
    """The row's person; its problems are appended to `problems`."""

    def value(field: RosterField) -> str:
        column = mapping.get(field)
        return tidy(cells[column]) if column is not None and column < len(cells) else ""

    def check(field: RosterField, problem: str | None) -> None:
        if problem is not None:
            problems.append(Problem(number, FIELD_LABELS[field], problem))

    given, family = value(RosterField.GIVEN_NAME), value(RosterField.FAMILY_NAME)
    email = normalise_email(value(RosterField.EMAIL))
    check(RosterField.GIVEN_NAME, name_problem(given))
    check(RosterField.FAMILY_NAME, name_problem(family))
    check(RosterField.EMAIL, email_problem(email))
    optional = {field: value(field) for field in _OPTIONAL_LIMITS}
    for field, limit in _OPTIONAL_LIMITS.items():
        check(field, text_problem(optional[field], limit))
    study_year = None
    try:
        study_year = parse_study_year(value(RosterField.STUDY_YEAR))
    except ValueError as exc:
        check(RosterField.STUDY_YEAR, str(exc))
    return RosterPerson(
        number,
        given,
        family,
        email,
        optional[RosterField.STUDENT_NUMBER],
        optional[RosterField.PROGRAMME],
        study_year,
        optional[RosterField.PLACEMENT_SCHOOL],
    )


def import_roster(db: Database, roster: Roster, cohort: str) -> ImportReport:
    """Write a clean roster into `cohort`, all or nothing."""
    cohort = tidy(cohort)
    problem = name_problem(cohort)
    if problem is not None:
        raise UserError(f"Cohort name: {problem}.")
    if roster.problems:
        raise RosterProblemsError(roster)
    table = TABLES["student_teacher"]
    with db.engine.begin() as conn:
        cohort_id, created_cohort = _cohort(conn, cohort, roster.people)
        known = _known_students(conn, [p.email for p in roster.people])
        new: list[dict[str, Any]] = []
        updated = 0
        for person in roster.people:
            values = _values(person, cohort_id)
            current = known.get(person.email)
            if current is None:
                new.append(values)
            else:
                updated += _update(conn, current, values)
        if new:
            conn.execute(insert(table), new)  # one round trip for a whole new cohort
    return ImportReport(
        cohort, created_cohort, len(new), updated, len(roster.people) - len(new) - updated
    )


def _cohort(conn: Connection, name: str, people: Sequence[RosterPerson]) -> tuple[int, bool]:
    table = TABLES["cohort"]
    found = conn.execute(select(table.c.id).where(table.c.name == name)).scalar()
    if found is not None:
        return int(found), False
    # A new cohort takes the programme its people share, if they all share one.
    programmes = {p.programme for p in people}
    programme = programmes.pop() if len(programmes) == 1 else ""
    new_id = conn.execute(
        insert(table).values(name=name, programme=programme, academic_year="", version=1)
    ).inserted_primary_key
    assert new_id is not None
    return int(new_id[0]), True


def _known_students(conn: Connection, emails: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    table = TABLES["student_teacher"]
    found: dict[str, Mapping[str, Any]] = {}
    for start in range(0, len(emails), 500):  # stays under every backend's parameter limit
        chunk = emails[start : start + 500]
        for row in conn.execute(select(table).where(func.lower(table.c.email).in_(chunk))):
            found[row.email.lower()] = dict(row._mapping)
    return found


def _values(person: RosterPerson, cohort_id: int) -> dict[str, Any]:
    return {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "email": person.email,
        "cohort_id": cohort_id,
        "student_number": person.student_number,
        "programme": person.programme,
        "study_year": person.study_year,
        "placement_school": person.placement_school,
    }


def _update(conn: Connection, current: Mapping[str, Any], values: dict[str, Any]) -> int:
    """1 if the stored person changed, else 0. Empty cells keep what is stored."""
    changes = {
        key: value
        for key, value in values.items()
        if value not in ("", None) and current[key] != value
    }
    if current["archived_at"] is not None:
        changes["archived_at"] = None  # back on a roster: back in the daily work
    if not changes:
        return 0
    versioned_update(conn, TABLES["student_teacher"], current["id"], current["version"], changes)
    return 1

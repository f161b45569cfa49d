"""The NSO validation list: who registered on eTwinning and waits for the NSO to validate them.

The National Support Organisation validates a student teacher's eTwinning account once the
institution confirms they study there; it asks for name, registration email and degree
programme. The list holds the people whose registration is pending validation: the validated
need nothing more, and sending no more than needed is what data protection asks. It is written
as CSV (UTF-8 with a BOM, so that Excel shows accents right), XLSX or PDF, chosen by the file's
suffix, always atomically.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import func, select

from itepad.atomic import atomic_write_path
from itepad.errors import UserError
from itepad.reports.nso_data import NsoEntry, NsoList
from itepad.services.student_fields import FORMULA_STARTS
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EtwinningStatus

HEADERS = ("Family name", "Given name", "Registration email", "Degree programme")
TITLE = "eTwinning validation list"
SUFFIXES = (".csv", ".xlsx", ".pdf")


def nso_list_data(db: Database, cohort: str | None = None, *, today: date | None = None) -> NsoList:
    """Current student teachers pending validation, of one cohort or all, by family name."""
    students, cohorts = TABLES["student_teacher"], TABLES["cohort"]
    institutions = TABLES["institution"]
    query = (
        select(
            students.c.family_name,
            students.c.given_name,
            students.c.email,
            func.coalesce(func.nullif(students.c.programme, ""), cohorts.c.programme, ""),
        )
        .outerjoin(cohorts, cohorts.c.id == students.c.cohort_id)
        .where(
            students.c.etwinning_status == EtwinningStatus.PENDING,
            students.c.archived_at.is_(None),
            students.c.anonymised_at.is_(None),
        )
    )
    with db.engine.connect() as conn:
        if cohort:
            found = conn.execute(select(cohorts.c.id).where(cohorts.c.name == cohort)).scalar()
            if found is None:
                raise UserError(f"No cohort named {cohort!r} in this database.")
            query = query.where(students.c.cohort_id == found)
        entries = sorted((NsoEntry(*row) for row in conn.execute(query)), key=_sort_key)
        own = conn.execute(
            select(institutions.c.name, institutions.c.country, institutions.c.nso).where(
                institutions.c.is_own
            )
        ).first()
    name, country, nso = own if own is not None else ("", "", "")
    return NsoList(name, country, nso, cohort or "", today or date.today(), tuple(entries))


def _sort_key(entry: NsoEntry) -> tuple[str, str, str]:
    """Alphabetical whatever the accents: "Ćwik" next to "Cwalina", not after "Zając"."""

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    return fold(entry.family_name), fold(entry.given_name), entry.email


def write_nso_list(
    db: Database,
    out: Path,
    cohort: str | None = None,
    language: str = "en",
    *,
    today: date | None = None,
) -> int:
    """Write the list in the format `out`'s suffix names; returns how many people it holds.

    A PDF prints its words in `language`; CSV and XLSX keep their English column names, which
    the NSO's tools read."""
    writer = _writer(check_suffix(out), language)
    data = nso_list_data(db, cohort, today=today)
    writer(data, Path(out))
    return len(data.entries)


def check_suffix(out: Path) -> str:
    """The format `out` names (".csv", ".xlsx", ".pdf"); UserError for any other."""
    suffix = Path(out).suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(
            f"{Path(out).name}: the NSO list is written as {', '.join(SUFFIXES)}; "
            "end the file name with one of them."
        )
    return suffix


def _writer(suffix: str, language: str) -> Callable[[NsoList, Path], None]:
    if suffix == ".csv":
        return write_csv
    if suffix == ".xlsx":
        return write_xlsx
    from itepad.reports.nso_list import build_nso_list

    return partial(build_nso_list, language=language)


def _rows(data: NsoList) -> list[tuple[str, str, str, str]]:
    return [(e.family_name, e.given_name, e.email, e.programme) for e in data.entries]


def _plain(value: str) -> str:
    """A value a spreadsheet will not run as a formula (OWASP's advice for CSV exports)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(data: NsoList, out: Path) -> None:
    with (
        atomic_write_path(out) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows([_plain(v) for v in row] for row in _rows(data))


def write_xlsx(data: NsoList, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Validation list"
    sheet.append(HEADERS)
    for values in _rows(data):
        sheet.append(values)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.data_type = "s"  # text, even when it starts with "=": never a formula
    for column, header in zip("ABCD", HEADERS, strict=True):
        texts = [header, *(str(c.value or "") for c in sheet[column])]
        sheet.column_dimensions[column].width = min(max(map(len, texts)) + 2, 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.title = _title(data)
    workbook.properties.creator = "itepad"
    with atomic_write_path(out) as temporary:
        workbook.save(temporary)


def _title(data: NsoList) -> str:
    return " — ".join(part for part in (TITLE, data.institution, data.cohort) if part)

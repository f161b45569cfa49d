"""The portfolios of many student teachers (a cohort) written into one folder by worker processes.

Each worker opens the database by URL itself, gathers one student teacher's record and builds the
PDF: the parent only hands out e-mail addresses and collects results, so the work scales with the
processes and nothing big crosses between them. Workers are started with "spawn" on every
platform: a fresh interpreter inherits nothing from the parent (no Qt state, no open database
connections) and behaves the same on Linux, macOS and Windows.

Every file is written atomically (see itepad.atomic). Cancelling stops the work not yet started;
portfolios already being built are finished, so the folder only ever holds complete PDFs.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from itepad.errors import UserError
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.reports.theme import styles
from itepad.services.portfolio import write_portfolio
from itepad.store.database import Database, open_database
from itepad.store.models import Cohort, StudentTeacher

Progress = Callable[[int, int, str], None]  # (done, total, name of the one just done)

# Characters that are not allowed in a file name on Windows, macOS or Linux, and control codes.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_NAME_BYTES = 120  # of the name part, UTF-8; most file systems allow 255 bytes in a name
_LOCAL_PART_BYTES = 64
_WAIT_SECONDS = 0.1  # how often the parent looks at the cancel flag while workers run


@dataclass(frozen=True)
class StudentRef:
    email: str
    given_name: str
    family_name: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class BatchFailure:
    email: str
    name: str
    message: str


@dataclass(frozen=True)
class BatchSummary:
    total: int
    written: tuple[Path, ...]
    failures: tuple[BatchFailure, ...]
    cancelled: bool


def cohort_students(db: Database, cohort: str) -> list[StudentRef]:
    """The student teachers of a cohort (by name, any case), by family name; anonymised ones left
    out. UserError names the cohorts there are when there is no such cohort."""
    with db.session() as session:
        found = session.exec(
            select(Cohort).where(func.lower(Cohort.name) == cohort.strip().lower())
        ).first()
        if found is None:
            names = ", ".join(sorted(c.name for c in session.exec(select(Cohort)))) or "none"
            raise UserError(f"No cohort named {cohort!r}; the cohorts are: {names}.")
        return [
            StudentRef(s.email, s.given_name, s.family_name)
            for s in session.exec(
                select(StudentTeacher)
                .where(
                    StudentTeacher.cohort_id == found.id,
                    col(StudentTeacher.anonymised_at).is_(None),
                )
                .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
            )
        ]


def file_names(students: Iterable[StudentRef]) -> dict[str, str]:
    """A file name per e-mail address: "Family Given (local part).pdf", safe on every common file
    system and unique in the folder even where case is ignored (Windows, macOS)."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for student in students:
        name = _safe(f"{student.family_name} {student.given_name}", _NAME_BYTES) or "portfolio"
        local = _safe(student.email.split("@")[0], _LOCAL_PART_BYTES)
        stem = f"{name} ({local})" if local else name
        candidate, number = stem, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem} {number}"
        taken.add(candidate.casefold())
        names[student.email] = f"{candidate}.pdf"
    return names


def _safe(text: str, limit: int) -> str:
    # NFC: macOS would store decomposed letters, which other systems show as two characters.
    text = unicodedata.normalize("NFC", _UNSAFE.sub("", text))
    text = " ".join(text.split()).strip(". ")  # no hidden files, no trailing dot (Windows)
    while len(text.encode("utf-8")) > limit:
        text = text[:-1]
    return text.rstrip(". ")


def write_cohort_portfolios(
    db: Database,
    cohort: str,
    out_dir: Path,
    *,
    options: PortfolioOptions | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BatchSummary:
    """Write the portfolio of every student teacher of `cohort` into `out_dir`."""
    return write_portfolios(
        db.location.url,
        cohort_students(db, cohort),
        out_dir,
        options=options,
        jobs=jobs,
        progress=progress,
        cancel=cancel,
    )


def write_portfolios(
    database_url: str,
    students: Sequence[StudentRef],
    out_dir: Path,
    *,
    options: PortfolioOptions | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BatchSummary:
    """Write one portfolio per student teacher into `out_dir` with `jobs` worker processes.

    `progress` is called in the calling thread after each portfolio, written or failed. Setting
    `cancel` stops the work that has not started. A failure is reported in the summary and does
    not stop the others.
    """
    options = options or PortfolioOptions()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = file_names(students)
    total = len(students)
    workers = max(1, min(jobs or os.cpu_count() or 1, total))
    if not students:
        return BatchSummary(0, (), (), False)
    written: list[Path] = []
    failures: list[BatchFailure] = []
    cancelled = False
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(database_url,),
    ) as pool:
        futures: dict[Future[None], tuple[StudentRef, Path]] = {}
        for student in students:
            target = out_dir / names[student.email]
            futures[pool.submit(_write_one, student.email, target, options)] = (student, target)
        pending: set[Future[None]] = set(futures)
        while pending:
            done, pending = wait(pending, timeout=_WAIT_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                if future.cancelled():
                    continue
                student, target = futures[future]
                error = future.exception()
                if error is None:
                    written.append(target)
                else:
                    failures.append(BatchFailure(student.email, student.full_name, _message(error)))
                if progress is not None:
                    progress(len(written) + len(failures), total, student.full_name)
            if cancel is not None and cancel.is_set() and not cancelled:
                cancelled = True
                for future in pending:
                    future.cancel()  # only work not yet handed to a worker can be cancelled
    return BatchSummary(total, tuple(written), tuple(failures), cancelled)


def _message(error: BaseException) -> str:
    if isinstance(error, UserError):
        return str(error)
    return f"{type(error).__name__}: {error}"


# --- in the worker processes -------------------------------------------------------------------

_database: Database | None = None


def _start_worker(database_url: str) -> None:
    """Open the database once per worker (and load the fonts before the first portfolio)."""
    global _database
    _database = open_database(database_url)
    styles()


def _write_one(email: str, target: Path, options: PortfolioOptions) -> None:
    assert _database is not None, "the worker was not started by write_portfolios"
    write_portfolio(_database, email, target, options)

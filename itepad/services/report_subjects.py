"""Finding what a report is about (a cohort, a module, a project) and listing the choices.

Shared by the report services and the app's Reports tab. A subject that is not there is a
UserError naming what there is, so a typo on the command line is easy to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from itepad.errors import UserError
from itepad.reports.headings import Words
from itepad.store.database import Database
from itepad.store.models import Cohort, EtwinningProject, Institution, Module, ReviewStatus

# The review statuses in the order reports list them, and their printed words.
REVIEW_ORDER = (
    ReviewStatus.READY,
    ReviewStatus.DOES_NOT_MEET,
    ReviewStatus.PARTIALLY_MEETS,
    ReviewStatus.MEETS,
)


def review_label(code: str, language: str = "en") -> str:
    return Words(language).code("review", code)


def find_cohort(session: Session, name: str) -> Cohort:
    """A cohort by name, ignoring case."""
    found = session.exec(
        select(Cohort).where(func.lower(Cohort.name) == name.strip().lower())
    ).first()
    if found is None:
        names = ", ".join(sorted(c.name for c in session.exec(select(Cohort)))) or "none"
        raise UserError(f"No cohort named {name!r}; the cohorts are: {names}.")
    return found


def find_project(session: Session, key: str) -> EtwinningProject:
    """A project by its number, or by its title (ignoring case; a unique part of it will do)."""
    key = key.strip()
    if key.isdecimal():
        project = session.get(EtwinningProject, int(key))
        if project is not None:
            return project
    projects = list(session.exec(select(EtwinningProject).order_by(col(EtwinningProject.title))))
    exact = [p for p in projects if p.title.casefold() == key.casefold()]
    partial = [p for p in projects if key and key.casefold() in p.title.casefold()]
    matches = exact or partial
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(
            f"No eTwinning project with the number or title {key!r}; "
            "`itepad report quality-label --help` explains how to name one."
        )
    titles = "; ".join(f"{p.id}: {p.title}" for p in matches[:10])
    raise UserError(f"{key!r} matches {len(matches)} projects ({titles}); give its number.")


def own_institution(session: Session) -> Institution | None:
    return session.exec(select(Institution).where(col(Institution.is_own))).first()


@dataclass(frozen=True)
class Subjects:
    """What reports can be about, for the app's choosers: (key, label) pairs."""

    cohorts: tuple[tuple[str, str], ...]
    modules: tuple[tuple[str, str], ...]
    projects: tuple[tuple[str, str], ...]


def report_subjects(db: Database) -> Subjects:
    with db.session() as session:
        cohorts = session.exec(select(Cohort).order_by(col(Cohort.name)))
        modules = session.exec(select(Module).order_by(col(Module.code)))
        projects = session.exec(select(EtwinningProject).order_by(col(EtwinningProject.title)))
        return Subjects(
            cohorts=tuple((c.name, c.name) for c in cohorts),
            modules=tuple((m.code, f"{m.code} {m.title}") for m in modules),
            projects=tuple((str(p.id), p.title) for p in projects),
        )

"""Session clashes: one facilitator, or one cohort, in two places at once.

Sessions store wall-clock times in their module's time zone, so they are compared as UTC
instants: 10:00 in Lisbon and 11:00 in Warsaw are the same moment. Sessions that merely touch
(one ends at 11:00, the next starts at 11:00) do not clash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, func, or_, select
from sqlmodel import Session, col

from itepad.errors import UserError
from itepad.store.database import Database
from itepad.store.models import Cohort, Module, ModuleCohort, ModuleSession, TeacherEducator

# Wall-clock times in different zones differ from UTC by at most 26 hours.
_ZONE_MARGIN = timedelta(hours=26)


@dataclass(frozen=True)
class ClashingSession:
    id: int
    module_id: int
    module_code: str
    title: str
    starts_at: datetime  # wall-clock time in the module's time zone
    ends_at: datetime
    facilitator_id: int | None
    begins_utc: datetime
    ends_utc: datetime

    def label(self) -> str:
        return f"{self.module_code} “{self.title}” ({self.starts_at:%a %d %b %Y %H:%M})"


@dataclass(frozen=True)
class Clash:
    first: ClashingSession  # the one that starts first
    second: ClashingSession
    reasons: tuple[str, ...]  # e.g. "both are facilitated by Anna Nowak"

    def describe(self) -> str:
        return f"{self.first.label()} overlaps {self.second.label()}: {'; '.join(self.reasons)}"


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"a module has an unknown time zone {name!r}") from None


def _utc(wall_clock: datetime, zone: str) -> datetime:
    return wall_clock.replace(tzinfo=_zone(zone)).astimezone(UTC)


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _near(session: Session, module_id: int) -> list[ColumnElement[bool]] | None:
    """Conditions for the sessions that could clash with the module's; None if it has none."""
    first, last = session.execute(
        select(func.min(col(ModuleSession.starts_at)), func.max(col(ModuleSession.ends_at))).where(
            col(ModuleSession.module_id) == module_id
        )
    ).one()
    if first is None:
        return None
    own_cohorts = select(col(ModuleCohort.cohort_id)).where(
        col(ModuleCohort.module_id) == module_id
    )
    sharing = select(col(ModuleCohort.module_id)).where(
        col(ModuleCohort.cohort_id).in_(own_cohorts)
    )
    facilitators = select(col(ModuleSession.facilitator_id)).where(
        col(ModuleSession.module_id) == module_id
    )
    return [
        col(ModuleSession.ends_at) > first - _ZONE_MARGIN,
        col(ModuleSession.starts_at) < last + _ZONE_MARGIN,
        or_(
            col(ModuleSession.module_id) == module_id,
            col(ModuleSession.module_id).in_(sharing),
            col(ModuleSession.facilitator_id).in_(facilitators),
        ),
    ]


def find_clashes(db: Database, module_id: int | None = None) -> list[Clash]:
    """Overlapping sessions with a facilitator or an enrolled cohort in common.

    With `module_id`, only the clashes that involve at least one of that module's sessions.
    """
    with db.session() as session:
        query = select(
            col(ModuleSession.id),
            col(ModuleSession.module_id),
            col(Module.code),
            col(ModuleSession.title),
            col(ModuleSession.starts_at),
            col(ModuleSession.ends_at),
            col(ModuleSession.facilitator_id),
            col(Module.timezone),
        ).join(Module, col(Module.id) == col(ModuleSession.module_id))
        if module_id is not None:
            near = _near(session, module_id)
            if near is None:
                return []
            query = query.where(*near)
        rows = session.execute(query).all()
        cohorts: dict[int, dict[int, str]] = {}
        for module, cohort_id, name in session.execute(
            select(col(ModuleCohort.module_id), col(ModuleCohort.cohort_id), col(Cohort.name)).join(
                Cohort, col(Cohort.id) == col(ModuleCohort.cohort_id)
            )
        ):
            cohorts.setdefault(module, {})[cohort_id] = name
        people: dict[int, str] = {
            person: name
            for person, name in session.execute(
                select(col(TeacherEducator.id), col(TeacherEducator.name))
            )
        }

    sessions = sorted(
        (
            ClashingSession(
                id=row_id,
                module_id=module,
                module_code=code,
                title=title,
                starts_at=starts,
                ends_at=ends,
                facilitator_id=facilitator,
                begins_utc=_utc(starts, zone),
                ends_utc=_utc(ends, zone),
            )
            for row_id, module, code, title, starts, ends, facilitator, zone in rows
            if row_id is not None
        ),
        key=lambda s: (s.begins_utc, s.id),
    )
    clashes: list[Clash] = []
    running: list[ClashingSession] = []  # sessions still going on at the current start
    for current in sessions:
        running = [other for other in running if other.ends_utc > current.begins_utc]
        for other in running:
            if module_id is not None and module_id not in (other.module_id, current.module_id):
                continue
            reasons = []
            if other.facilitator_id is not None and other.facilitator_id == current.facilitator_id:
                reasons.append(f"both are facilitated by {people[current.facilitator_id]}")
            shared = cohorts.get(other.module_id, {}).keys() & cohorts.get(current.module_id, {})
            if shared:
                names = sorted(cohorts[current.module_id][c] for c in shared)
                noun = "cohort" if len(names) == 1 else "cohorts"
                reasons.append(f"{noun} {_names(names)} would be in both")
            if reasons:
                clashes.append(Clash(other, current, tuple(reasons)))
        running.append(current)
    return clashes

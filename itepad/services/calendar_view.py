"""The sessions of every module between two dates, for the calendar's week and month views.

Times are shown as planned: wall-clock times in each module's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import col

from itepad.services.labels import SESSION_KIND
from itepad.store.database import Database
from itepad.store.models import Module, ModuleSession, TeacherEducator


@dataclass(frozen=True)
class CalendarEntry:
    session_id: int
    module_id: int
    module_code: str
    module_title: str
    title: str
    kind: str  # human label
    starts_at: datetime
    ends_at: datetime
    place: str  # the room, else the online link
    facilitator: str


def calendar_entries(db: Database, first: date, last: date) -> list[CalendarEntry]:
    """Sessions starting on `first` to `last` (both included), by start time then module."""
    query = (
        select(
            col(ModuleSession.id),
            col(Module.id),
            col(Module.code),
            col(Module.title),
            col(ModuleSession.title),
            col(ModuleSession.kind),
            col(ModuleSession.starts_at),
            col(ModuleSession.ends_at),
            col(ModuleSession.place),
            col(ModuleSession.link),
            col(TeacherEducator.name),
        )
        .join(Module, col(Module.id) == col(ModuleSession.module_id))
        .outerjoin(TeacherEducator, col(TeacherEducator.id) == col(ModuleSession.facilitator_id))
        .where(
            col(ModuleSession.starts_at) >= datetime.combine(first, time()),
            col(ModuleSession.starts_at) < datetime.combine(last + timedelta(days=1), time()),
        )
        .order_by(col(ModuleSession.starts_at), col(Module.code), col(ModuleSession.position))
    )
    with db.session() as session:
        return [
            CalendarEntry(
                session_id=session_id,
                module_id=module_id,
                module_code=code,
                module_title=module_title,
                title=title,
                kind=SESSION_KIND.get(kind, kind),
                starts_at=starts_at,
                ends_at=ends_at,
                place=place or link,
                facilitator=facilitator or "",
            )
            for (
                session_id,
                module_id,
                code,
                module_title,
                title,
                kind,
                starts_at,
                ends_at,
                place,
                link,
                facilitator,
            ) in session.execute(query)
        ]

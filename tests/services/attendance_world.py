"""A small, hand-made module for the attendance tests: people, sessions and marks we can count."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlmodel import SQLModel, select

from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    AttendanceStatus,
    Enrolment,
    Module,
    ModuleSession,
    StudentTeacher,
)

FIRST_SESSION = datetime(2026, 3, 2, 10, 0)  # a Monday, wall-clock time in Europe/Brussels
RECORDED_AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def key(record: SQLModel) -> int:
    """The primary key of a flushed record."""
    value = getattr(record, "id", None)
    assert isinstance(value, int)
    return value


@dataclass
class World:
    db: Database
    module_id: int
    code: str
    sessions: list[int]  # ids, in date order
    starts: list[datetime]
    enrolments: dict[str, int] = field(default_factory=dict)  # given name -> enrolment id
    students: dict[str, int] = field(default_factory=dict)  # given name -> student id

    def status_id(self, code: str) -> int:
        with self.db.session() as s:
            return key(s.exec(select(AttendanceStatus).where(AttendanceStatus.code == code)).one())

    def mark(self, name: str, session: int, code: str, remark: str = "") -> None:
        """Record a mark directly, as an earlier edit would have (session: index from 0)."""
        with self.db.session() as s:
            s.add(
                Attendance(
                    enrolment_id=self.enrolments[name],
                    session_id=self.sessions[session],
                    status_id=self.status_id(code),
                    remark=remark,
                    recorded_by="earlier",
                    recorded_at=RECORDED_AT,
                )
            )

    def marks(self) -> dict[tuple[str, int], tuple[str, str, str, int]]:
        """(name, session index) -> (status code, remark, recorded by, version)."""
        names = {enrolment: name for name, enrolment in self.enrolments.items()}
        with self.db.session() as s:
            rows = s.exec(
                select(Attendance, AttendanceStatus).where(
                    Attendance.status_id == AttendanceStatus.id
                )
            )
            return {
                (names[a.enrolment_id], self.sessions.index(a.session_id)): (
                    status.code,
                    a.remark,
                    a.recorded_by,
                    a.version,
                )
                for a, status in rows
                if a.enrolment_id in names
            }


def build_world(
    db: Database,
    *,
    code: str = "ET-INTRO",
    names: tuple[str, ...] = ("Ana", "Ben", "Eva"),
    sessions: int = 4,
    first: datetime = FIRST_SESSION,
    timezone: str = "Europe/Brussels",
    email_domain: str = "ite.example",
) -> World:
    """A module with weekly sessions and the named student teachers enrolled."""
    with db.session() as s:
        module = Module(code=code, title=f"{code} module", timezone=timezone)
        s.add(module)
        s.flush()
        rows = [
            ModuleSession(
                module_id=key(module),
                position=number,
                title=f"Session {number + 1}",
                starts_at=first + timedelta(weeks=number),
                ends_at=first + timedelta(weeks=number, hours=2),
            )
            for number in range(sessions)
        ]
        s.add_all(rows)
        s.flush()
        world = World(db, key(module), code, [key(r) for r in rows], [r.starts_at for r in rows])
        for name in names:
            student = s.exec(
                select(StudentTeacher).where(StudentTeacher.given_name == name)
            ).first()
            if student is None:
                student = StudentTeacher(
                    given_name=name,
                    family_name="Tester",
                    email=f"{name.lower()}@{email_domain}",
                    student_number=f"S-{name}",
                )
                s.add(student)
                s.flush()
            enrolment = Enrolment(module_id=key(module), student_id=key(student))
            s.add(enrolment)
            s.flush()
            world.enrolments[name] = key(enrolment)
            world.students[name] = key(student)
        return world

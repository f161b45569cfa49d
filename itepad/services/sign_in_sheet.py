"""Gather one session of a module into the plain data its sign-in sheet prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import col, select

from itepad.errors import UserError
from itepad.reports.sign_in_sheet_data import SignInRow, SignInSheetData
from itepad.services.handbook import facilitator_names, find_module, module_zone, sessions_of
from itepad.services.labels import SESSION_KIND
from itepad.store.database import Database
from itepad.store.models import Enrolment, EnrolmentStatus, Institution, StudentTeacher


def sign_in_sheet_data(
    db: Database, module_code: str, session_number: int, *, today: date | None = None
) -> SignInSheetData:
    """The sheet of session `session_number` (1 = the module's first, in date order)."""
    with db.session() as session:
        module = find_module(session, module_code)
        sessions = sessions_of(session, module)
        if not 1 <= session_number <= len(sessions):
            raise UserError(
                f"Module {module.code} has no session {session_number}: "
                + (f"its sessions are 1 to {len(sessions)}." if sessions else "it has none yet.")
            )
        chosen = sessions[session_number - 1]
        students = session.exec(
            select(StudentTeacher)
            .join(Enrolment, col(Enrolment.student_id) == StudentTeacher.id)
            .where(
                Enrolment.module_id == module.id,
                Enrolment.status != EnrolmentStatus.WITHDRAWN,
            )
            .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
        )
        own = session.exec(select(Institution).where(col(Institution.is_own))).first()
        zone = module_zone(module)
        return SignInSheetData(
            module_code=module.code,
            module_title=module.title,
            session_number=session_number,
            session_count=len(sessions),
            session_title=chosen.title,
            session_kind=SESSION_KIND.get(chosen.kind, chosen.kind),
            starts_at=chosen.starts_at,
            ends_at=chosen.ends_at,
            zone_abbreviation=chosen.starts_at.replace(tzinfo=zone).tzname() or module.timezone,
            students=tuple(SignInRow(s.full_name, s.student_number) for s in students),
            generated_on=today or date.today(),
            place=chosen.place,
            link=chosen.link,
            facilitator=facilitator_names(session, [chosen]).get(chosen.facilitator_id, ""),
            institution=own.name if own else "",
            author=own.name if own else "itepad",
        )


def write_sign_in_sheet(
    db: Database, module_code: str, session_number: int, out: Path, language: str = "en"
) -> None:
    """Write the session's sign-in sheet PDF, its words in `language`; the file appears whole
    or not at all."""
    from itepad.reports.sign_in_sheet import build_sign_in_sheet

    data = sign_in_sheet_data(db, module_code, session_number)
    build_sign_in_sheet(data, out, language=language)

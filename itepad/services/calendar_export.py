"""A module's sessions as an iCalendar file (RFC 5545) that calendar programs import.

Session times are wall-clock times in the module's time zone, so they are written as TZID-qualified
local times with a VTIMEZONE for that zone: a 14:00 session stays at 14:00 on both sides of a
daylight-saving change, and programs that cannot resolve the TZID by name still get its rules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from itepad import __version__
from itepad.atomic import atomic_write_path
from itepad.errors import UserError
from itepad.reports.text import clean
from itepad.services.handbook import facilitator_names, find_module, module_zone, sessions_of
from itepad.services.labels import SESSION_KIND
from itepad.store.database import Database
from itepad.store.models import Module, ModuleSession

PRODID = f"-//itepad//itepad {__version__}//EN"


def module_calendar(db: Database, code: str) -> bytes:
    """The iCalendar file of the module's sessions, one event each."""
    with db.session() as session:
        module = find_module(session, code)
        zone = module_zone(module)
        rows = sessions_of(session, module)
        if not rows:
            raise UserError(
                f"Module {module.code} has no sessions yet: there is nothing to export."
            )
        names = facilitator_names(session, rows)
    calendar = Calendar.new(
        prodid=PRODID,
        name=clean(f"{module.code}: {module.title}"),
        uid=f"module-{module.id}@itepad",
    )
    stamp = datetime.now(UTC)
    for row in rows:
        calendar.add_component(
            Event.new(
                uid=f"session-{row.id}@itepad",
                summary=clean(f"{module.code}: {row.title}"),
                start=row.starts_at.replace(tzinfo=zone),
                end=row.ends_at.replace(tzinfo=zone),
                location=clean(row.place or row.link) or None,
                url=row.link if _is_web_address(row.link) else None,
                description=_description(module, row, names.get(row.facilitator_id, "")),
                categories=[SESSION_KIND.get(row.kind, row.kind)],
                stamp=stamp,
            )
        )
    # Whole years around the sessions, so that an event moved in the calendar keeps its rules.
    calendar.add_missing_timezones(
        first_date=date(rows[0].starts_at.year, 1, 1),
        last_date=date(max(row.ends_at for row in rows).year + 1, 1, 1),
    )
    return calendar.to_ical()


def write_module_calendar(db: Database, code: str, out: Path) -> None:
    """Write the module's iCalendar file; the file appears whole or not at all."""
    write_calendar(module_calendar(db, code), out)


def write_calendar(content: bytes, out: Path) -> None:
    with atomic_write_path(Path(out)) as temporary:
        temporary.write_bytes(content)


def _description(module: Module, row: ModuleSession, facilitator: str) -> str:
    """The Markdown description (readable as plain text), then who runs it and in which module."""
    footer = [f"Facilitator: {facilitator}"] if facilitator else []
    footer.append(f"Module: {module.code} {module.title}")
    parts = [clean(row.description).strip(), "\n".join(footer)]
    return "\n\n".join(part for part in parts if part)


def _is_web_address(link: str) -> bool:
    try:
        return urlsplit(link).scheme.lower() in ("http", "https")
    except ValueError:
        return False

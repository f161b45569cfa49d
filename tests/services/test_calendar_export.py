"""The iCalendar export, parsed back with the icalendar library as a calendar program would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event
from sqlmodel import col, select

from itepad.errors import UserError
from itepad.services.calendar_export import module_calendar, write_module_calendar
from itepad.services.demo import fill_demo
from itepad.services.labels import SESSION_KIND
from itepad.store.database import Database
from itepad.store.models import Module, ModuleSession, SessionKind

BRUSSELS = ZoneInfo("Europe/Brussels")
# Central European summer time ends at 03:00 on Sunday 25 October 2026.
BEFORE_CHANGE = datetime(2026, 10, 21, 14, 0)
AFTER_CHANGE = datetime(2026, 10, 28, 14, 0)
OVERNIGHT = (datetime(2026, 10, 24, 22, 0), datetime(2026, 10, 25, 6, 0))


def _parse(content: bytes) -> Calendar:
    return Calendar.from_ical(content)


def _start(event: Event) -> datetime:
    assert isinstance(event.start, datetime)
    return event.start


def _end(event: Event) -> datetime:
    assert isinstance(event.end, datetime)
    return event.end


def _by_uid(calendar: Calendar) -> dict[str, Event]:
    return {str(event.uid): event for event in calendar.events}


def test_demo_modules_export_one_event_per_session(any_db: Database) -> None:
    fill_demo(any_db, students=40, seed=1, today=date(2026, 11, 23))
    with any_db.session() as s:
        modules = list(s.exec(select(Module).order_by(col(Module.code))))
        sessions = list(s.exec(select(ModuleSession)))
    uids: list[str] = []
    for module in modules:
        zone = ZoneInfo(module.timezone)
        calendar = _parse(module_calendar(any_db, module.code))
        assert (calendar.version, calendar.prodid.startswith("-//itepad//")) == ("2.0", True)
        assert [tz.tz_name for tz in calendar.timezones] == [module.timezone]
        events = _by_uid(calendar)
        expected = [row for row in sessions if row.module_id == module.id]
        assert len(calendar.events) == len(expected) == len(events) > 0
        for row in expected:
            event = events[f"session-{row.id}@itepad"]
            assert event.start == row.starts_at.replace(tzinfo=zone)
            assert event.end == row.ends_at.replace(tzinfo=zone)
            assert event["DTSTART"].params["TZID"] == module.timezone
            assert event.summary == f"{module.code}: {row.title}"
            assert event.location == (row.place or row.link)
            assert event.url == row.link
            assert [str(c) for c in event.categories] == [SESSION_KIND[row.kind]]
            assert event.description.startswith(row.description.strip())
            assert event.DTSTAMP is not None
        uids += events
    assert len(uids) == len(set(uids)) == len(sessions)


def _add_module(
    db: Database,
    times: list[tuple[datetime, datetime]],
    *,
    timezone: str = "Europe/Brussels",
    kind: str = SessionKind.PRESENTATION,
    link: str = "",
    description: str = "",
) -> None:
    """Module WS1 with a session at each of `times`, each of the given kind, link, description."""
    with db.session() as s:
        module = Module(code="WS1", title="Workshop", timezone=timezone)
        s.add(module)
        s.flush()
        assert module.id is not None
        for position, (starts, ends) in enumerate(times):
            s.add(
                ModuleSession(
                    module_id=module.id,
                    position=position,
                    title=f"Part {position + 1}",
                    starts_at=starts,
                    ends_at=ends,
                    kind=kind,
                    link=link,
                    description=description,
                )
            )


def test_local_times_hold_across_a_daylight_saving_change(db: Database) -> None:
    hour = timedelta(hours=1)
    _add_module(
        db, [(BEFORE_CHANGE, BEFORE_CHANGE + hour), (AFTER_CHANGE, AFTER_CHANGE + hour), OVERNIGHT]
    )
    content = module_calendar(db, "WS1")
    assert b"DTSTART;TZID=Europe/Brussels:20261021T140000" in content
    assert b"DTSTART;TZID=Europe/Brussels:20261028T140000" in content
    calendar = _parse(content)
    events = sorted(calendar.events, key=_start)
    starts = [_start(event) for event in events]
    assert [s.replace(tzinfo=None) for s in starts] == [BEFORE_CHANGE, OVERNIGHT[0], AFTER_CHANGE]
    assert [s.utcoffset() for s in starts] == [2 * hour, 2 * hour, hour]
    overnight = events[1]
    assert overnight.end == OVERNIGHT[1].replace(tzinfo=BRUSSELS)
    # Eight hours on the clock, nine in fact: the clocks went back one hour in the night.
    assert _end(overnight).astimezone(UTC) - starts[1].astimezone(UTC) == 9 * hour

    # A program that reads the VTIMEZONE rules instead of the zone's name gets the same offsets.
    (vtimezone,) = calendar.timezones
    assert vtimezone.standard and vtimezone.daylight
    rules = vtimezone.to_tz(lookup_tzid=False)
    for moment in (BEFORE_CHANGE, AFTER_CHANGE, *OVERNIGHT):
        assert (
            moment.replace(tzinfo=rules).utcoffset() == moment.replace(tzinfo=BRUSSELS).utcoffset()
        )


def test_online_link_and_markdown_description(db: Database) -> None:
    description = "Bring:\n\n- a *laptop*\n- headphones\x07"
    _add_module(
        db,
        [(BEFORE_CHANGE, BEFORE_CHANGE + timedelta(hours=2))],
        link="https://meet.example.org/ws1",
        kind=SessionKind.PARTNER_CALL,
        description=description,
    )
    (event,) = _parse(module_calendar(db, "WS1")).events
    assert event.location == event.url == "https://meet.example.org/ws1"
    assert event.description == (
        "Bring:\n\n- a *laptop*\n- headphones\n\nModule: WS1 Workshop"  # control character gone
    )
    assert [str(c) for c in event.categories] == ["Partner video call"]


def test_a_link_that_is_not_a_web_address_is_only_the_location(db: Database) -> None:
    _add_module(db, [(AFTER_CHANGE, AFTER_CHANGE + timedelta(hours=1))], link="Teams: ETW team")
    (event,) = _parse(module_calendar(db, "WS1")).events
    assert event.location == "Teams: ETW team"
    assert "URL" not in event


def test_write_is_atomic_and_unknown_module_writes_nothing(db: Database, tmp_path: Path) -> None:
    _add_module(db, [(AFTER_CHANGE, AFTER_CHANGE + timedelta(hours=1))])
    out = tmp_path / "ws1.ics"
    write_module_calendar(db, "WS1", out)
    assert len(_parse(out.read_bytes()).events) == 1
    with pytest.raises(UserError, match="NOPE"):
        write_module_calendar(db, "NOPE", tmp_path / "nope.ics")
    assert not [path for path in tmp_path.iterdir() if "nope.ics" in path.name]


def test_a_module_without_sessions_is_refused(db: Database) -> None:
    _add_module(db, [])
    with pytest.raises(UserError, match="no sessions"):
        module_calendar(db, "WS1")


def test_an_unknown_time_zone_is_refused(db: Database) -> None:
    _add_module(db, [(AFTER_CHANGE, AFTER_CHANGE + timedelta(hours=1))], timezone="Mars/Olympus")
    with pytest.raises(UserError, match="Mars/Olympus"):
        module_calendar(db, "WS1")

"""Reading course templates strictly: every problem names the file and the 1-based line.

Educators write their own templates, so a mistake must be easy to find; and nothing but a
TemplateError may come out of parse_template, whatever the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import time
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TypeVar
from zoneinfo import available_timezones

from itepad.services.template_format import (
    DIGCOMPEDU_NUMBERS,
    MATERIALS,
    MAX_DURATION,
    MAX_ECTS,
    MAX_WEEKS,
    QUALITY_CRITERIA,
    TASKS,
    CourseTemplate,
    Outcome,
    TemplateError,
    TemplateSession,
)
from itepad.store.models import ModuleKind, SessionKind

# --- values -------------------------------------------------------------------------------


def _list(value: str) -> list[str]:
    items = [item.strip() for item in value.split(",")]
    if value.strip() and not all(items):
        raise ValueError("has an empty item; separate items with single commas")
    return list(dict.fromkeys(item for item in items if item))


def _whole(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        if not re.fullmatch(r"[0-9]{1,4}", value, re.ASCII):
            raise ValueError(f"must be a whole number, not {value!r}")
        number = int(value)
        if not low <= number <= high:
            raise ValueError(f"must be between {low} and {high}, not {number}")
        return number

    return parse


def _ects(value: str) -> float:
    if re.fullmatch(r"[0-9]+,[0-9]+", value, re.ASCII):
        raise ValueError(f"write decimals with a point, e.g. {value.replace(',', '.')}")
    if not re.fullmatch(r"[0-9]{1,2}(\.[0-9]{1,2})?", value, re.ASCII):
        raise ValueError(f"must be a number such as 5 or 2.5, not {value!r}")
    number = float(value)
    if number > MAX_ECTS:
        raise ValueError(f"must be at most {MAX_ECTS}, not {value}")
    return number


def _clock(value: str) -> time:
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", value, re.ASCII)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"must be a time of day as HH:MM (24-hour clock), not {value!r}")
    return time(int(match[1]), int(match[2]))


def _choice(allowed: Sequence[str], what: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; use one of: {', '.join(allowed)}")
        return value

    return parse


def _text(value: str) -> str:
    if not value:
        raise ValueError("is empty")
    return value


def _languages(value: str) -> tuple[str, ...]:
    codes = [code.lower() for code in _list(value)]
    for code in codes:
        if not re.fullmatch(r"[a-z]{2}", code, re.ASCII):
            raise ValueError(f"{code!r} is not a two-letter ISO 639-1 language code such as en")
    return tuple(codes)


def _competences(value: str) -> tuple[str, ...]:
    numbers = _list(value)
    for number in numbers:
        if number not in DIGCOMPEDU_NUMBERS:
            raise ValueError(
                f"{number!r} is not a DigCompEdu competence (1.1-1.4, 2.1-2.3, 3.1-3.4, "
                "4.1-4.3, 5.1-5.3, 6.1-6.5)"
            )
    return tuple(numbers)


def _criteria(value: str) -> tuple[str, ...]:
    keys = _list(value)
    for key in keys:
        _choice(list(QUALITY_CRITERIA), "Quality Label criterion")(key)
    return tuple(keys)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def valid_timezone(value: str) -> str:
    """The IANA time zone name itself; ValueError if there is no such zone."""
    if value not in _zones():
        raise ValueError(f"{value!r} is not a time zone name such as Europe/Brussels")
    return value


_module_kind = _choice(list(ModuleKind), "module kind")
_session_kind = _choice(list(SessionKind), "session kind")
_HEADER_KEYS = (
    "title",
    "kind",
    "weeks",
    "ects",
    "languages",
    "competences",
    "quality_criteria",
    "time",
    "timezone",
)
_SESSION_KEYS = ("kind", "duration", "day", "time", "place", "link")

# --- lines --------------------------------------------------------------------------------

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]*(.*)", re.ASCII)
_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*))?")
_WEEK = re.compile(r"week[ \t]+([0-9]{1,4})(?:[ \t]*:[ \t]*(.*))?", re.ASCII | re.IGNORECASE)
_ITEM = re.compile(r"(?:[-*+]|[0-9]{1,3}[.)])(?:[ \t]+(.*))?", re.ASCII)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    in_code: bool = False  # inside a fenced code block: never structure

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        return self.text[:1] in (" ", "\t")

    def heading(self, level: int) -> str | None:
        """The heading's text if this line is a heading of exactly `level`, else None."""
        match = None if self.in_code else _HEADING.fullmatch(self.text)
        if match is None or len(match[1]) != level:
            return None
        return (match[2] or "").strip()


def _markdown(lines: Sequence[_Line]) -> str:
    """Free Markdown text: the lines as written, without blank lines around them."""
    texts = [line.text for line in lines]
    while texts and not texts[0].strip():
        texts.pop(0)
    while texts and not texts[-1].strip():
        texts.pop()
    return "\n".join(texts)


@dataclass
class _Item:
    """A list item: its first line and the indented lines that continue it."""

    first: _Line
    more: list[_Line] = field(default_factory=list)

    def text(self, more: Sequence[_Line]) -> str:
        """The item's text, its continuation lines joined with spaces."""
        match = _ITEM.fullmatch(self.first.text)
        assert match is not None
        return " ".join([match[1].strip(), *(line.text.strip() for line in more)])


# --- parsing ------------------------------------------------------------------------------

_Raw = dict[str, tuple[int, str]]  # key -> (line number, value)
T = TypeVar("T")


def _mark_code(lines: Sequence[_Line]) -> tuple[list[_Line], _Line | None]:
    """Mark fenced code, whose lines are text even when they look like headings.

    Also returns the line that opens a code block left open at the end, if any.
    """
    marked: list[_Line] = []
    fence: _Line | None = None
    marker = ""  # the open fence's ``` or ~~~ (or longer): only the same or longer closes it
    for line in lines:
        match = _FENCE.match(line.text)
        marked.append(_Line(line.number, line.text, in_code=bool(fence or match)))
        if match is None:
            continue
        if fence is None:
            fence, marker = line, match[1]
        elif match[1].startswith(marker) and not line.text[match.end() :].strip():
            fence = None
    return marked, fence


class _Parser:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def error(self, line: int | None, message: str) -> TemplateError:
        return TemplateError(self.path, line, message)

    def mark_code(self, lines: list[_Line]) -> list[_Line]:
        marked, fence = _mark_code(lines)
        if fence is not None:
            opening = fence.text.strip()
            raise self.error(
                fence.number, f"the code block opened here ({opening}) is never closed"
            )
        return marked

    def keys(self, lines: Sequence[_Line], known: Sequence[str], where: str) -> _Raw:
        raw: _Raw = {}
        # A description written right under a session's keys reads as more keys.
        hint = "; leave a blank line before the description" if where == "session" else ""
        for line in lines:
            match = _KEY.fullmatch(line.text.strip())
            if match is None:
                raise self.error(line.number, f"expected 'key: value' in the {where}{hint}")
            key = match[1]
            if key not in known:
                raise self.error(
                    line.number,
                    f"unknown key {key!r} in the {where} (known keys: {', '.join(known)}){hint}",
                )
            if key in raw:
                raise self.error(
                    line.number, f"{key!r} is given twice (first on line {raw[key][0]})"
                )
            raw[key] = (line.number, match[2].strip())
        return raw

    def value(self, raw: _Raw, key: str, parse: Callable[[str], T], default: T) -> T:
        if key not in raw:
            return default
        number, text = raw[key]
        try:
            return parse(text)
        except ValueError as exc:
            raise self.error(number, f"{key}: {exc}") from None

    def require(self, raw: _Raw, keys: Sequence[str], line: int, where: str) -> None:
        for key in keys:
            if key not in raw:
                raise self.error(line, f"{where} has no {key!r}")

    def header(self, lines: list[_Line]) -> tuple[_Raw, int]:
        """The header's keys and the index of the first body line."""
        if not lines or lines[0].text.strip() != "---":
            raise self.error(1, "a template starts with a line '---' that opens its header")
        end = next((i for i, line in enumerate(lines[1:], 1) if line.text.strip() == "---"), None)
        if end is None:
            raise self.error(1, "the header opened here is never closed with a line '---'")
        entries = [line for line in lines[1:end] if not line.blank and line.text.strip()[0] != "#"]
        return self.keys(entries, _HEADER_KEYS, "header"), end + 1

    def items(self, lines: Sequence[_Line], what: str) -> list[_Item]:
        items: list[_Item] = []
        for line in lines:
            if line.blank:
                continue
            match = None if line.in_code else _ITEM.fullmatch(line.text)
            if match is not None:
                if not (match[1] or "").strip():
                    raise self.error(line.number, f"an empty list item in {what}")
                items.append(_Item(line))
            elif items and line.indented:
                items[-1].more.append(line)
            else:
                raise self.error(line.number, f"expected a list item '- ...' in {what}")
        return items

    def outcomes(self, lines: Sequence[_Line], allowed: tuple[str, ...]) -> list[Outcome]:
        outcomes = []
        for item in self.items(lines, "the learning outcomes"):
            words: list[_Line] = []
            competences: tuple[str, ...] = ()
            given_on = 0
            for line in item.more:
                match = _KEY.fullmatch(line.text.strip())
                if match is None or match[1] != "competences":
                    words.append(line)
                    continue
                if given_on:
                    raise self.error(
                        line.number, f"'competences' is given twice (first on line {given_on})"
                    )
                given_on = line.number
                raw = {"competences": (line.number, match[2].strip())}
                competences = self.value(raw, "competences", _competences, ())
                missing = [number for number in competences if number not in allowed]
                if missing:
                    raise self.error(
                        line.number,
                        f"competence {missing[0]} is not in the header's 'competences'; "
                        "add it there",
                    )
            outcomes.append(Outcome(item.text(words), competences))
        return outcomes

    def session(self, week: int, heading: _Line, lines: Sequence[_Line]) -> TemplateSession:
        title = heading.heading(3)
        if not title:
            raise self.error(heading.number, "a session heading '###' needs a title")
        count = next((i for i, line in enumerate(lines) if line.blank), len(lines))
        raw = self.keys(lines[:count], _SESSION_KEYS, "session")
        self.require(raw, ("kind", "duration"), heading.number, f"session {title!r}")
        description, materials, tasks = self.session_body(lines[count:])
        return TemplateSession(
            week=week,
            title=title,
            kind=self.value(raw, "kind", _session_kind, ""),
            duration=self.value(raw, "duration", _whole(1, MAX_DURATION), 0),
            day=self.value(raw, "day", _whole(0, 6), 0),
            time=self.value(raw, "time", _clock, None),
            place=raw.get("place", (0, ""))[1],
            link=raw.get("link", (0, ""))[1],
            description=description,
            materials=materials,
            tasks=tasks,
        )

    def session_body(self, lines: Sequence[_Line]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        """The description, materials and suggested tasks under a session's keys."""
        description: list[_Line] = []
        lists: dict[str, list[_Line]] = {}
        target = description
        for line in lines:
            name = (line.heading(4) or "").lower()
            section = next((s for s in (MATERIALS, TASKS) if s.lower() == name), None)
            if section is None:
                target.append(line)
            elif section in lists:
                raise self.error(line.number, f"'{section}' is given twice in this session")
            else:
                target = lists[section] = []
        found = {
            section: tuple(item.text(item.more) for item in self.items(body, f"'{section}'"))
            for section, body in lists.items()
        }
        return _markdown(description), found.get(MATERIALS, ()), found.get(TASKS, ())

    def week(self, number: int, lines: Sequence[_Line]) -> list[TemplateSession]:
        starts = [i for i, line in enumerate(lines) if line.heading(3) is not None]
        before = lines[: starts[0]] if starts else lines
        stray = next((line for line in before if not line.blank), None)
        if stray is not None:
            hint = " (a heading needs a space after its #s)" if stray.text[:1] == "#" else ""
            raise self.error(
                stray.number,
                f"text under a week heading belongs in a session: start one with "
                f"'### Session title'{hint}",
            )
        bounds = [*starts, len(lines)]
        return [self.session(number, lines[a], lines[a + 1 : b]) for a, b in pairwise(bounds)]

    def sections(
        self, lines: Sequence[_Line]
    ) -> tuple[list[_Line], list[tuple[_Line, list[_Line]]]]:
        """The text before the first '##' heading, then each '##' heading with its lines."""
        intro: list[_Line] = []
        sections: list[tuple[_Line, list[_Line]]] = []
        for line in lines:
            if line.heading(2) is not None:
                sections.append((line, []))
            else:
                (sections[-1][1] if sections else intro).append(line)
        return intro, sections


def parse_template(text: str, template_id: str, path: Path | None = None) -> CourseTemplate:
    """A template from its text; TemplateError names the first problem and its line."""
    parser = _Parser(path)
    lines = [
        _Line(number, raw.removesuffix("\r"))
        for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1)
    ]
    raw, start = parser.header(lines)
    head = CourseTemplate(
        id=template_id,
        title=parser.value(raw, "title", _text, ""),
        kind=parser.value(raw, "kind", _module_kind, ""),
        weeks=parser.value(raw, "weeks", _whole(1, MAX_WEEKS), 1),
        ects=parser.value(raw, "ects", _ects, 0.0),
        languages=parser.value(raw, "languages", _languages, ()),
        competences=parser.value(raw, "competences", _competences, ()),
        quality_criteria=parser.value(raw, "quality_criteria", _criteria, ()),
        start_time=parser.value(raw, "time", _clock, None),
        timezone=parser.value(raw, "timezone", valid_timezone, None),
        path=path,
    )
    # Reported at the header's closing line, after the problems in the lines above it.
    parser.require(raw, ("title", "kind", "weeks", "ects"), lines[start - 1].number, "the header")
    weeks, competences = head.weeks, head.competences
    intro, sections = parser.sections(parser.mark_code(lines[start:]))

    outcomes: list[Outcome] = []
    assessment = ""
    week_titles: dict[int, str] = {}
    sessions: list[TemplateSession] = []
    named: dict[str, int] = {}  # section name -> its line
    last_week = 0
    for heading, body in sections:
        title = heading.heading(2) or ""
        week = _WEEK.fullmatch(title)
        if week is not None:
            number = int(week[1])
            if not 1 <= number <= weeks:
                raise parser.error(
                    heading.number,
                    f"week {number} is outside the template's {weeks} weeks "
                    "('weeks' in the header)",
                )
            if number <= last_week:
                raise parser.error(
                    heading.number,
                    f"week {number} comes after week {last_week}: give each week once, in order",
                )
            last_week = number
            if week[2] and week[2].strip():
                week_titles[number] = week[2].strip()
            sessions += parser.week(number, body)
        elif title.lower() in ("learning outcomes", "assessment"):
            name = title.lower()
            if name in named:
                raise parser.error(
                    heading.number, f"{title!r} is given twice (first on line {named[name]})"
                )
            named[name] = heading.number
            if name == "assessment":
                assessment = _markdown(body)
            else:
                outcomes = parser.outcomes(body, competences)
        else:
            what = "expected" if not title.lower().startswith("week") else "write weeks as"
            raise parser.error(
                heading.number,
                f"unknown section {title!r}; {what} 'Learning outcomes', 'Assessment' or "
                "'Week N: title' (N a whole number)",
            )
    return replace(
        head,
        description=_markdown(intro),
        assessment=assessment,
        outcomes=tuple(outcomes),
        week_titles=week_titles,
        sessions=tuple(sessions),
    )


# --- text from elsewhere ------------------------------------------------------------------


def _numbered(text: str) -> list[_Line]:
    return [_Line(n, raw.removesuffix("\r")) for n, raw in enumerate(text.split("\n"), start=1)]


def free_markdown(text: str, structure: int) -> str:
    """Markdown typed in the app, made safe to write into a template as free text.

    Headings of levels 2 to `structure` would read as template structure: they go two levels
    down. A code block left open is closed, so that it cannot swallow what follows.
    """
    marked, fence = _mark_code(_numbered(text))
    out: list[_Line] = []
    for line in marked:
        if any(line.heading(level) is not None for level in range(2, structure + 1)):
            line = _Line(line.number, "##" + line.text)
        out.append(line)
    if fence is not None:
        match = _FENCE.match(fence.text)
        assert match is not None
        out.append(_Line(0, match[1]))
    return _markdown(out)


def split_session_markdown(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A stored session description as (description, materials, suggested tasks).

    The inverse of session_markdown. A Materials or Suggested tasks heading whose text is not a
    plain list (edited in the app) goes one level down and stays part of the description.
    """
    safe = free_markdown(text, structure=3)
    lines, _ = _mark_code(_numbered(safe))
    try:
        return _Parser(None).session_body(lines)
    except TemplateError:
        sections = {MATERIALS.lower(), TASKS.lower()}
        demoted = [
            "#" + line.text if (line.heading(4) or "").lower() in sections else line.text
            for line in lines
        ]
        return "\n".join(demoted), (), ()

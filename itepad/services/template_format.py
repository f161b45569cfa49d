"""The course template format: what a template holds, and how it is written as Markdown.

docs/course-templates.md describes the format for educators. In short: a `---` header of
`key: value` lines, the module description, `## Learning outcomes`, `## Assessment`, then
`## Week N: title` sections holding `### Session title` headings, each with its own `key: value`
lines, a Markdown description and optional `#### Materials` / `#### Suggested tasks` lists.
template_parser.py reads it; render_template here writes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from itepad.errors import UserError
from itepad.store.models import QualityCriterion

# DigCompEdu competence numbers: competences per area, as seeded by migration 0001.
_AREA_SIZES = (4, 3, 4, 3, 3, 5)
DIGCOMPEDU_NUMBERS: frozenset[str] = frozenset(
    f"{area}.{n}" for area, size in enumerate(_AREA_SIZES, start=1) for n in range(1, size + 1)
)

QUALITY_CRITERIA: dict[str, str] = {
    QualityCriterion.COLLABORATION: "Collaboration between partner schools",
    QualityCriterion.TECHNOLOGY: "Use of technology",
    QualityCriterion.PEDAGOGY: "Pedagogical approaches",
    QualityCriterion.CURRICULUM: "Curricular integration",
    QualityCriterion.RESULTS: "Results and documentation",
}

MAX_WEEKS = 52
MAX_ECTS = 60
MAX_DURATION = 720  # minutes: a session fits in one working day
DEFAULT_START = time(10, 0)
MATERIALS, TASKS = "Materials", "Suggested tasks"
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*", re.ASCII)  # template ids, the file names


class TemplateError(UserError):
    """A problem in a template file, with where it is."""

    def __init__(self, path: Path | None, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        where = str(path) if path is not None else "<template>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Outcome:
    text: str
    competences: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemplateSession:
    week: int
    title: str
    kind: str  # a SessionKind value
    duration: int  # minutes
    day: int = 0  # days after the module's usual weekday
    time: time | None = None  # None: the module's start time
    place: str = ""
    link: str = ""
    description: str = ""  # Markdown
    materials: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()


@dataclass(frozen=True)
class CourseTemplate:
    id: str  # the file name without .md
    title: str
    kind: str  # a ModuleKind value
    weeks: int
    ects: float
    languages: tuple[str, ...] = ()
    competences: tuple[str, ...] = ()  # DigCompEdu numbers such as "2.1"
    quality_criteria: tuple[str, ...] = ()  # QualityCriterion keys
    start_time: time | None = None  # the header's `time`
    timezone: str | None = None
    description: str = ""
    assessment: str = ""
    outcomes: tuple[Outcome, ...] = ()
    week_titles: dict[int, str] = field(default_factory=dict)  # only weeks that have one
    sessions: tuple[TemplateSession, ...] = ()
    path: Path | None = field(default=None, compare=False)


# --- writing ------------------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _list_block(title: str, items: Sequence[str]) -> str:
    return "\n".join([f"#### {title}", "", *(f"- {item}" for item in items)]) if items else ""


def session_markdown(session: TemplateSession) -> str:
    """The session's description with its materials and tasks: what a planned session stores."""
    blocks = (
        session.description,
        _list_block(MATERIALS, session.materials),
        _list_block(TASKS, session.tasks),
    )
    return "\n\n".join(block for block in blocks if block)


def _session_lines(session: TemplateSession) -> list[str]:
    keys = [
        ("kind", session.kind),
        ("duration", str(session.duration)),
        ("day", str(session.day) if session.day else ""),
        ("time", f"{session.time:%H:%M}" if session.time else ""),
        ("place", session.place),
        ("link", session.link),
    ]
    lines = [f"### {session.title}", *(f"{key}: {value}" for key, value in keys if value), ""]
    body = session_markdown(session)
    return [*lines, body, ""] if body else lines


def render_template(template: CourseTemplate) -> str:
    """The template as file text; parse_template reads it back as an equal template."""
    header = [
        ("title", template.title),
        ("kind", template.kind),
        ("weeks", str(template.weeks)),
        ("ects", _number(template.ects)),
        ("languages", ", ".join(template.languages)),
        ("competences", ", ".join(template.competences)),
        ("quality_criteria", ", ".join(template.quality_criteria)),
        ("time", f"{template.start_time:%H:%M}" if template.start_time else ""),
        ("timezone", template.timezone or ""),
    ]
    lines = ["---", *(f"{key}: {value}" for key, value in header if value), "---", ""]
    if template.description:
        lines += [template.description, ""]
    if template.outcomes:
        lines += ["## Learning outcomes", ""]
        for outcome in template.outcomes:
            lines.append(f"- {outcome.text}")
            if outcome.competences:
                lines.append(f"  competences: {', '.join(outcome.competences)}")
        lines.append("")
    if template.assessment:
        lines += ["## Assessment", "", template.assessment, ""]
    weeks = sorted({s.week for s in template.sessions} | set(template.week_titles))
    for week in weeks:
        title = template.week_titles.get(week)
        lines += [f"## Week {week}: {title}" if title else f"## Week {week}", ""]
        for session in template.sessions:
            if session.week == week:
                lines += _session_lines(session)
    return "\n".join(lines)

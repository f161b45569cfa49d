"""Course templates: the shipped ones, the strict parser, writing back, and discovery."""

from __future__ import annotations

import contextlib
from datetime import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services.template_format import DIGCOMPEDU_NUMBERS, session_markdown
from itepad.services.template_parser import free_markdown, split_session_markdown
from itepad.services.templates import (
    QUALITY_CRITERIA,
    CourseTemplate,
    Outcome,
    TemplateError,
    TemplateSession,
    find_template,
    load_templates,
    parse_template,
    read_template,
    render_template,
    shipped_template_dir,
    template_id_for,
    user_template_dir,
)
from itepad.store.models import ModuleKind, SessionKind

SHIPPED = shipped_template_dir()
SHIPPED_FILES = sorted(SHIPPED.glob("*.md")) if SHIPPED else []


def test_shipped_folder_is_the_checkout_folder() -> None:
    checkout = Path(__file__).resolve().parents[2]
    assert shipped_template_dir() == checkout / "course_templates"


def test_the_five_kinds_of_module_are_shipped() -> None:
    templates, problems = load_templates([SHIPPED] if SHIPPED else [])
    assert problems == []
    assert len(templates) >= 5
    kinds = [t.kind for t in templates]
    assert {ModuleKind.INTRODUCTION, ModuleKind.PROJECT, ModuleKind.WORKSHOP} <= set(kinds)
    assert kinds.count(ModuleKind.PLACEMENT) >= 2  # pupils on placement; school mentors
    workshop = next(t for t in templates if t.kind == ModuleKind.WORKSHOP)
    assert workshop.weeks == 1
    assert len({s.time for s in workshop.sessions}) == len(workshop.sessions) > 3


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_every_shipped_template_parses_and_is_complete(path: Path) -> None:
    template = read_template(path)
    assert template.id == path.stem
    assert template.title and template.ects > 0 and template.languages
    assert set(template.competences) <= DIGCOMPEDU_NUMBERS
    assert template.quality_criteria and set(template.quality_criteria) <= set(QUALITY_CRITERIA)
    assert template.description and template.assessment
    assert len(template.outcomes) >= 3
    assert all(outcome.competences for outcome in template.outcomes)
    assert template.sessions
    assert max(s.week for s in template.sessions) <= template.weeks
    for session in template.sessions:
        assert session.kind in set(SessionKind)
        assert session.description, session.title
    # Every competence the module claims is developed by at least one outcome.
    assert set(template.competences) == {n for o in template.outcomes for n in o.competences}


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_shipped_templates_write_back_unchanged(path: Path) -> None:
    template = read_template(path)
    assert parse_template(render_template(template), template.id) == template


# --- broken templates ----------------------------------------------------------------------

VALID = """\
---
title: Broken on purpose
kind: introduction
weeks: 4
ects: 2
competences: 1.2, 6.2
time: 10:00
---

Description.

## Learning outcomes

- Collaborate online.
  competences: 1.2

## Week 1: Start

### Welcome
kind: presentation
duration: 90

Text.

#### Materials

- Slides

## Week 2

### Calling partners
kind: partner_call
duration: 60
"""

# (case, text to replace, replacement, text of the offending line, expected message)
BROKEN = [
    ("no header", "---\ntitle", "title", "title: Broken", "starts with a line '---'"),
    ("header never closed", "---\n\nDescription", "\nDescription", "---", "never closed"),
    ("unknown header key", "ects: 2", "ects: 2\ncredits: 2", "credits", "unknown key 'credits'"),
    ("bad number", "weeks: 4", "weeks: four", "weeks:", "whole number"),
    ("weeks out of range", "weeks: 4", "weeks: 53", "weeks:", "between 1 and 52"),
    ("decimal comma", "ects: 2", "ects: 2,5", "ects:", "2.5"),
    ("unknown module kind", "kind: introduction", "kind: seminar", "seminar", "module kind"),
    ("unknown competence", "1.2, 6.2", "1.2, 7.1", "competences: 1.2, 7.1", "'7.1'"),
    ("bad time", "time: 10:00", "time: 25:00", "time: 25", "HH:MM"),
    ("unknown time zone", "time: 10:00", "timezone: Europe/Atlantis", "Atlantis", "time zone"),
    ("key twice", "ects: 2", "ects: 2\nects: 3", "ects: 3", "given twice (first on line 5)"),
    ("missing title", "title: Broken on purpose\n", "", "---\n\nDescription", "no 'title'"),
    ("week out of range", "## Week 2", "## Week 9", "## Week 9", "outside the template's 4"),
    ("weeks out of order", "## Week 2", "## Week 1", "## Week 1\n", "comes after week 1"),
    ("week not numbered", "## Week 2", "## Week two", "Week two", "Week N"),
    ("unknown section", "## Learning outcomes", "## Outcomes", "## Outcomes", "unknown section"),
    ("text before a session", "## Week 2\n", "## Week 2\nSome text\n", "Some text", "session"),
    ("heading without space", "### Calling", "###Calling", "###Calling", "space after"),
    ("session without title", "### Welcome", "###", "###", "needs a title"),
    ("session without kind", "kind: partner_call\n", "", "### Calling", "no 'kind'"),
    ("unknown session kind", "kind: partner_call", "kind: party", "kind: party", "session kind"),
    ("duration too long", "duration: 60", "duration: 900", "duration: 900", "720"),
    ("no blank line", "duration: 90\n", "duration: 90\nAim: welcome\n", "Aim:", "blank line"),
    ("bad day", "duration: 60", "duration: 60\nday: 7", "day: 7", "between 0 and 6"),
    ("outcome competence not in header", "  competences: 1.2", "  competences: 2.1", "2.1", "add"),
    ("not a list", "- Slides", "Slides on the web", "Slides on", "list item"),
    ("empty item", "- Slides", "- Slides\n-", "-\n\n## Week 2", "empty list item"),
    ("code block never closed", "Text.\n", "Text.\n```\n", "```", "never closed"),
    ("materials twice", "- Slides\n", "- Slides\n\n#### materials\n", "#### materials", "twice"),
]


@pytest.mark.parametrize(
    ("old", "new", "at", "message"), [case[1:] for case in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_broken_template_names_file_and_line(
    tmp_path: Path, old: str, new: str, at: str, message: str
) -> None:
    assert VALID.count(old) == 1
    text = VALID.replace(old, new)
    # The expected line is the first one where `at` begins (`at` may span two lines).
    line = text[: text.index(at)].count("\n") + 1
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        read_template(path)
    error = caught.value
    assert (error.path, error.line) == (path, line)
    assert message in error.message
    assert str(error).startswith(f"{path}:{line}: ")
    assert isinstance(error, UserError)


def test_the_valid_base_of_the_broken_cases_parses() -> None:
    template = parse_template(VALID, "valid")
    assert [s.title for s in template.sessions] == ["Welcome", "Calling partners"]
    assert template.sessions[0].materials == ("Slides",)
    assert template.week_titles == {1: "Start"}


def test_text_that_is_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(VALID.replace("Description.", "Déscription.").encode("latin-1"))
    with pytest.raises(TemplateError, match="UTF-8") as caught:
        read_template(path)
    assert caught.value.line == 10


def test_windows_line_endings_and_byte_order_mark_are_read() -> None:
    text = "\ufeff" + VALID.replace("\n", "\r\n")
    assert parse_template(text, "valid") == parse_template(VALID, "valid")


def test_headings_inside_code_blocks_are_text() -> None:
    text = VALID.replace("Text.\n", "Text.\n\n```markdown\n## Week 3\n### Not a session\n```\n")
    session = parse_template(text, "valid").sessions[0]
    assert "### Not a session" in session.description
    assert session.materials == ("Slides",)


# --- property tests ------------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text())
def test_parser_raises_nothing_but_template_errors(text: str) -> None:
    with contextlib.suppress(TemplateError):
        parse_template(text, "fuzz")


_PIECES = [
    "---",
    "title: T",
    "kind: workshop",
    "weeks: 3",
    "ects: 1.5",
    "competences: 1.1, 3.3",
    "time: 9:30",
    "## Learning outcomes",
    "## Assessment",
    "## Week 1: A",
    "## Week 2",
    "## Week 3:",
    "### S",
    "kind: reflection",
    "duration: 30",
    "day: 1",
    "#### Materials",
    "#### Suggested tasks",
    "- item",
    "  competences: 1.1",
    "  more",
    "```",
    "~~~~",
    "",
    "text",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=40))
def test_parser_on_template_like_lines_raises_only_template_errors(lines: list[str]) -> None:
    text = "\n".join(["---", "title: T", "kind: project", "weeks: 3", "ects: 2", "---", *lines])
    try:
        template = parse_template(text, "fuzz")
    except TemplateError:
        return
    assert parse_template(render_template(template), "fuzz") == template


# One line of free text: printable, no structure at its start, no edge whitespace.
_word = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=12,
).filter(lambda w: w[0] not in "#`~")
_line = st.lists(_word, min_size=1, max_size=5).map(" ".join)
_markdown = st.lists(_line, max_size=4).map("\n".join)
_numbers = st.lists(st.sampled_from(sorted(DIGCOMPEDU_NUMBERS)), unique=True, max_size=4)


@st.composite
def _templates(draw: st.DrawFn) -> CourseTemplate:
    weeks = draw(st.integers(1, 52))
    competences = draw(_numbers)
    clock = st.none() | st.builds(time, st.integers(0, 23), st.integers(0, 59))
    sessions = sorted(
        draw(
            st.lists(
                st.builds(
                    TemplateSession,
                    week=st.integers(1, weeks),
                    title=_line,
                    kind=st.sampled_from(list(SessionKind)).map(str),
                    duration=st.integers(1, 720),
                    day=st.integers(0, 6),
                    time=clock,
                    place=_line | st.just(""),
                    link=st.just("https://example.org/call") | st.just(""),
                    description=_markdown,
                    materials=st.lists(_line, max_size=3).map(tuple),
                    tasks=st.lists(_line, max_size=3).map(tuple),
                ),
                max_size=6,
            )
        ),
        key=lambda s: s.week,
    )
    return CourseTemplate(
        id="generated",
        title=draw(_line),
        kind=draw(st.sampled_from(list(ModuleKind)).map(str)),
        weeks=weeks,
        ects=draw(st.integers(0, 6000)) / 100,
        languages=tuple(draw(st.lists(st.sampled_from(["en", "fr", "pl", "el"]), unique=True))),
        competences=tuple(competences),
        quality_criteria=tuple(
            draw(st.lists(st.sampled_from(list(QUALITY_CRITERIA)), unique=True))
        ),
        start_time=draw(clock),
        timezone=draw(st.none() | st.sampled_from(["Europe/Warsaw", "UTC"])),
        description=draw(_markdown),
        assessment=draw(_markdown),
        outcomes=tuple(
            draw(
                st.lists(
                    st.builds(
                        Outcome,
                        text=_line,
                        competences=st.sampled_from([(), tuple(competences[:2])]),
                    ),
                    max_size=4,
                )
            )
        ),
        week_titles=draw(st.dictionaries(st.integers(1, weeks), _line, max_size=3)),
        sessions=tuple(sessions),
    )


@settings(max_examples=200)
@given(_templates())
def test_generated_templates_round_trip(template: CourseTemplate) -> None:
    assert parse_template(render_template(template), template.id) == template


@given(_templates())
def test_session_markdown_splits_back(template: CourseTemplate) -> None:
    for session in template.sessions:
        stored = session_markdown(session)
        assert split_session_markdown(stored) == (
            session.description,
            session.materials,
            session.tasks,
        )


def test_edited_markdown_is_made_safe_for_a_template() -> None:
    edited = "## Plan\n\nSteps.\n\n#### Materials\n\nA paragraph, not a list.\n\n```\n## code"
    description, materials, tasks = split_session_markdown(edited)
    assert (materials, tasks) == ((), ())
    assert description.splitlines()[0] == "#### Plan"
    assert "##### Materials" in description
    assert description.endswith("## code\n```")
    assert free_markdown("# Title\n## Part\n### Sub", structure=2) == "# Title\n#### Part\n### Sub"


# --- finding templates ---------------------------------------------------------------------

SMALL = """---
title: {title}
kind: workshop
weeks: 1
ects: 0.5
---

## Week 1

### Only session
kind: demonstration
duration: 45
"""


def test_user_templates_replace_shipped_ones_and_problems_are_collected(tmp_path: Path) -> None:
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    user.mkdir()
    (shipped / "alpha.md").write_text(SMALL.format(title="Shipped alpha"), encoding="utf-8")
    (shipped / "beta.md").write_text(SMALL.format(title="Shipped beta"), encoding="utf-8")
    (shipped / "gamma.md").write_text(SMALL.format(title="Shipped gamma"), encoding="utf-8")
    (user / "alpha.md").write_text(SMALL.format(title="My alpha"), encoding="utf-8")
    (user / "beta.md").write_text("not a template", encoding="utf-8")
    (user / "Mein Modul.md").write_text(SMALL.format(title="Bad name"), encoding="utf-8")
    (user / ".hidden.md").write_text("ignored", encoding="utf-8")
    (user / "notes.txt").write_text("ignored", encoding="utf-8")

    templates, problems = load_templates([shipped, user, tmp_path / "missing"])

    assert [(t.id, t.title) for t in templates] == [
        ("alpha", "My alpha"),
        ("gamma", "Shipped gamma"),
    ]
    assert templates[0].path == user / "alpha.md"
    assert sorted(str(p) for p in problems) == [
        f"{user / 'Mein Modul.md'}: file names of templates use lowercase letters, digits, - and _ "
        "only; rename it to mein-modul.md",
        f"{user / 'beta.md'}:1: a template starts with a line '---' that opens its header",
    ]
    # A broken user template hides the shipped one: the user meant to use theirs.
    with pytest.raises(TemplateError, match=r"beta\.md:1:"):
        find_template("beta", [shipped, user])
    with pytest.raises(UserError, match="known templates: alpha, gamma"):
        find_template("delta", [shipped, user])
    assert find_template("gamma", [shipped, user]).title == "Shipped gamma"


def test_default_folders_are_the_shipped_and_the_user_folder() -> None:
    folder = user_template_dir()
    assert "xdg-data" in str(folder)  # the test's isolated data folder
    folder.mkdir(parents=True)
    (folder / "my-workshop.md").write_text(SMALL.format(title="Mine"), encoding="utf-8")
    templates, problems = load_templates()
    assert problems == []
    ids = {t.id for t in templates}
    assert "my-workshop" in ids
    assert {p.stem for p in SHIPPED_FILES} <= ids


def test_template_ids_from_titles() -> None:
    assert template_id_for("Intro à eTwinning: 2026/27") == "intro-a-etwinning-2026-27"
    assert template_id_for("Ελληνικά") == "template"

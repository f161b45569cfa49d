"""Finding course templates: the shipped folder, then the user's own folder.

A broken file is collected as a problem, never raised, so that one broken template never stops
the app; a user's template replaces a shipped one of the same id (its file name without .md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_data_path

from itepad import APP_NAME
from itepad.errors import UserError
from itepad.resources import find_data_dir
from itepad.services.template_format import (
    ID_PATTERN,
    QUALITY_CRITERIA,
    CourseTemplate,
    Outcome,
    TemplateError,
    TemplateSession,
    render_template,
)
from itepad.services.template_parser import parse_template

# The template API in one place: callers need not know how it is split into modules.
__all__ = [
    "QUALITY_CRITERIA",
    "CourseTemplate",
    "Outcome",
    "TemplateError",
    "TemplateSession",
    "find_template",
    "load_templates",
    "parse_template",
    "read_template",
    "render_template",
    "shipped_template_dir",
    "template_dirs",
    "template_id_for",
    "user_template_dir",
]


def read_template(path: Path) -> CourseTemplate:
    """The template in a file; its id is the file name without .md."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path, None, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError(path, line, "is not UTF-8 text; save the file as UTF-8") from None
    return parse_template(text, path.stem, path)


def shipped_template_dir() -> Path | None:
    """The folder of the templates that come with itepad, None in a broken installation."""
    return find_data_dir("course_templates", installed="course_templates")


def user_template_dir() -> Path:
    """Where educators put their own templates (and where 'save as template' writes)."""
    return user_data_path(APP_NAME, appauthor=False) / "templates"


def template_dirs() -> list[Path]:
    """Folders to read, in order; a later folder's template replaces an earlier one's."""
    shipped = shipped_template_dir()
    return [*([shipped] if shipped else []), user_template_dir()]


def template_id_for(title: str) -> str:
    """A template id (file name stem) for a title: "Intro à eTwinning" -> "intro-a-etwinning"."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "template"


def load_templates(
    folders: Sequence[Path] | None = None,
) -> tuple[list[CourseTemplate], list[TemplateError]]:
    """The good templates by id, and a problem for each file that could not be read."""
    problems: list[TemplateError] = []
    files: dict[str, Path] = {}
    for folder in template_dirs() if folders is None else folders:
        try:
            paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
        except OSError as exc:
            problems.append(TemplateError(folder, None, f"cannot be read: {exc.strerror or exc}"))
            continue
        for path in paths:
            if path.name.startswith("."):
                continue
            if not ID_PATTERN.fullmatch(path.stem):
                problems.append(
                    TemplateError(
                        path,
                        None,
                        "file names of templates use lowercase letters, digits, - and _ only; "
                        f"rename it to {template_id_for(path.stem)}.md",
                    )
                )
                continue
            files[path.stem] = path
    templates: list[CourseTemplate] = []
    for template_id in sorted(files):
        try:
            templates.append(read_template(files[template_id]))
        except TemplateError as problem:
            problems.append(problem)
    return templates, problems


def find_template(template_id: str, folders: Sequence[Path] | None = None) -> CourseTemplate:
    """The template with this id; its own problem if it is broken, else a list of known ids."""
    templates, problems = load_templates(folders)
    for template in templates:
        if template.id == template_id:
            return template
    for problem in problems:
        if problem.path is not None and problem.path.stem == template_id:
            raise problem
    known = ", ".join(template.id for template in templates) or "none"
    raise UserError(f"no course template {template_id!r}; known templates: {known}")

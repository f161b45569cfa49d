"""The printed reports a user can ask for by kind, for the command line and the app.

Each kind names what it is about (a cohort, a module or a project) and the function that writes
it. Nothing heavy is imported here: the writer's module loads when a report is written.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    from itepad.store.database import Database

Subject = Literal["cohort", "module", "project"]
Writer = Callable[["Database", str | None, Path, str], None]


@dataclass(frozen=True)
class ReportKind:
    title: str  # e.g. "Cohort participation"
    help: str
    subject: Subject
    writer: str  # "module:function", called as function(db, subject, out, language)
    subject_required: bool = True  # else None means the whole institution

    def write(self, db: Database, subject: str | None, out: Path, language: str = "en") -> None:
        """Write the report to `out`, atomically, its fixed words in `language` (a BCP 47 tag);
        UserError for a subject that is not there."""
        module, function = self.writer.split(":")
        write = cast(Writer, getattr(importlib.import_module(module), function))
        write(db, subject, out, language)


REPORT_KINDS: dict[str, ReportKind] = {
    "cohort-participation": ReportKind(
        "Cohort participation",
        "per student teacher attendance, eTwinning, projects, evidence and mentoring",
        "cohort",
        "itepad.services.report_cohort_participation:write_cohort_participation",
    ),
    "module-report": ReportKind(
        "Module report",
        "sessions held and attendance, enrolments, outcomes, projects, what students produced",
        "module",
        "itepad.services.report_module:write_module_report",
    ),
    "impact-survey": ReportKind(
        "Impact survey",
        "a cohort's survey answers next to the 2013 eTwinning impact study",
        "cohort",
        "itepad.services.report_impact_survey:write_impact_survey",
    ),
    "quality-label": ReportKind(
        "Quality Label application",
        "a Quality Label application draft for an eTwinning project",
        "project",
        "itepad.services.report_quality_label:write_quality_label",
    ),
    "award-dossier": ReportKind(
        "European Award dossier",
        "a draft dossier for the European Award for Initial Teacher Education",
        "module",
        "itepad.services.report_award_dossier:write_award_dossier",
        subject_required=False,
    ),
}

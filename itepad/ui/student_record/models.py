"""The record's tables: evidence, reflections, and the project teams a student teacher is in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from itepad.services.evidence import EvidenceRow
from itepad.services.labels import EVIDENCE_KIND, REFLECTION_MODEL, REVIEW_STATUS
from itepad.services.project_team import TeamPlace
from itepad.services.reflections import ReflectionRow
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel


def label(table: dict[str, str], code: str) -> str:
    """A stored code's English label, translated."""
    return QCoreApplication.translate("StudentRecord", table.get(code, code))


def excerpt(markdown: str, length: int = 80) -> str:
    words = " ".join(markdown.split())
    return words if len(words) <= length else words[: length - 1] + "…"


class EvidenceModel(RowTableModel[EvidenceRow]):
    DATE, KIND, TITLE, REVIEW, COMPETENCES, MODULE, WHERE = range(7)
    COLUMNS = (
        Column[EvidenceRow](
            QT_TR_NOOP("Date"),
            lambda r: r.form.dated_on.isoformat(),
            sort_key=lambda r: (r.form.dated_on, r.id),
        ),
        Column[EvidenceRow](QT_TR_NOOP("Kind"), lambda r: label(EVIDENCE_KIND, r.form.kind)),
        Column[EvidenceRow](QT_TR_NOOP("Title"), lambda r: r.form.title),
        Column[EvidenceRow](
            QT_TR_NOOP("Review status"), lambda r: label(REVIEW_STATUS, r.form.review_status)
        ),
        Column[EvidenceRow](
            QT_TR_NOOP("Competences"),
            lambda r: ", ".join(r.competence_numbers),
            tip=QT_TR_NOOP("The DigCompEdu competences the evidence supports"),
        ),
        Column[EvidenceRow](QT_TR_NOOP("Module"), lambda r: r.module_code),
        Column[EvidenceRow](
            QT_TR_NOOP("File or address"),
            lambda r: r.shown_location or excerpt(r.form.description, 60),
        ),
    )


class ReflectionsModel(RowTableModel[ReflectionRow]):
    DATE, TITLE, MODEL, MODULE, BEGINNING = range(5)
    COLUMNS = (
        Column[ReflectionRow](
            QT_TR_NOOP("Date"),
            lambda r: r.form.written_on.isoformat(),
            sort_key=lambda r: (r.form.written_on, r.id),
        ),
        Column[ReflectionRow](QT_TR_NOOP("Title"), lambda r: r.form.title),
        Column[ReflectionRow](QT_TR_NOOP("Model"), lambda r: label(REFLECTION_MODEL, r.form.model)),
        Column[ReflectionRow](QT_TR_NOOP("Module"), lambda r: r.module_code),
        Column[ReflectionRow](QT_TR_NOOP("Beginning"), lambda r: r.excerpt),
    )


class TeamPlacesModel(RowTableModel[TeamPlace]):
    PROJECT, MODULE, STATE, ROLE, JOINED, CONTRIBUTION = range(6)
    COLUMNS = (
        Column[TeamPlace](QT_TR_NOOP("Project"), lambda r: r.project_title),
        Column[TeamPlace](QT_TR_NOOP("Module"), lambda r: r.module_code),
        Column[TeamPlace](
            QT_TR_NOOP("State"), lambda r: QCoreApplication.translate("StudentRecord", r.state)
        ),
        Column[TeamPlace](QT_TR_NOOP("Role"), lambda r: r.membership.role),
        Column[TeamPlace](
            QT_TR_NOOP("Joined"),
            lambda r: r.membership.joined_on.isoformat() if r.membership.joined_on else "",
        ),
        Column[TeamPlace](QT_TR_NOOP("Contribution"), lambda r: excerpt(r.membership.contribution)),
    )

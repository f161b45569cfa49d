"""Gather a Quality Label application draft: the project, what itepad knows about the
eligibility conditions, the self-check of the five criteria and the team's evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import col, select

from itepad.reports.handbook_data import ProjectEntry
from itepad.reports.headings import Words
from itepad.reports.quality_label_data import (
    CriterionCheck,
    EligibilityItem,
    QualityLabelData,
    TeamEvidence,
    TeamMember,
)
from itepad.services.handbook import project_entry
from itepad.services.report_subjects import find_project, own_institution
from itepad.services.template_format import QUALITY_CRITERIA
from itepad.store.database import Database
from itepad.store.models import (
    EtwinningProject,
    Evidence,
    Module,
    ProjectMember,
    ProjectState,
    QualityLabelCheck,
    StudentTeacher,
)

# The eligibility conditions of the Quality Label (design.md section 3), as report words.
ELIGIBILITY = ("goals", "finished", "pupils", "partners", "rights")


def quality_label_data(
    db: Database, key: str, *, today: date | None = None, language: str = "en"
) -> QualityLabelData:
    """`key`: the project's number or (part of) its title; UserError when it names none.

    Criteria, conditions and status names are in `language`."""
    words = Words(language)
    with db.session() as session:
        project = find_project(session, key)
        entry = project_entry(session, project)
        module = session.get(Module, project.module_id) if project.module_id else None
        checks = {
            c.criterion: c
            for c in session.exec(
                select(QualityLabelCheck).where(QualityLabelCheck.project_id == project.id)
            )
        }
        members = list(
            session.exec(
                select(ProjectMember, StudentTeacher)
                .join(StudentTeacher, col(StudentTeacher.id) == ProjectMember.student_id)
                .where(ProjectMember.project_id == project.id)
                .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
            )
        )
        evidence = session.exec(
            select(Evidence, StudentTeacher)
            .join(StudentTeacher, col(StudentTeacher.id) == Evidence.student_id)
            .join(ProjectMember, col(ProjectMember.student_id) == Evidence.student_id)
            .where(ProjectMember.project_id == project.id)
            .order_by(col(Evidence.dated_on), col(StudentTeacher.family_name), col(Evidence.title))
        )
        own = own_institution(session)
        return QualityLabelData(
            project=entry,
            module=f"{module.code} {module.title}" if module else "",
            started_on=project.started_on,
            eligibility=_eligibility(project, entry, [s for _, s in members], words),
            criteria=tuple(
                CriterionCheck(
                    name=words(f"criterion.{code}"),
                    rating=checks[code].rating if code in checks else None,
                    note=checks[code].note if code in checks else "",
                )
                for code in QUALITY_CRITERIA
            ),
            team=tuple(
                TeamMember(_name(student), member.role, member.joined_on, member.contribution)
                for member, student in members
            ),
            evidence=tuple(
                TeamEvidence(
                    student=_name(student),
                    title=item.title,
                    kind=words.code("evidence", item.kind),
                    dated_on=item.dated_on,
                    review_status=words.code("review", item.review_status),
                    location=item.location,
                )
                for item, student in evidence
            ),
            institution=own.name if own else "",
            generated_on=today or date.today(),
        )


def _name(student: StudentTeacher) -> str:
    return f"{student.given_name} {student.family_name}".strip()


def _eligibility(
    project: EtwinningProject, entry: ProjectEntry, team: list[StudentTeacher], words: Words
) -> tuple[EligibilityItem, ...]:
    """Each condition with what the record shows about it; the applicant judges the rest."""
    finished = project.state in (ProjectState.CLOSED, ProjectState.ARCHIVED)
    consenting = sum(s.consent_partner_sharing for s in team)
    state = words("known.state", state=words.code("project", project.state).lower())
    known = (
        words("known.aims" if project.aims.strip() else "known.no_aims"),
        state if finished else f"{state} {words('known.not_finished')}",
        words("known.team", count=len(team)),
        words("known.partners", count=len(entry.partners)),
        words("known.consent", consenting=consenting, team=len(team)),
    )
    conditions = (words(f"eligible.{key}") for key in ELIGIBILITY)
    return tuple(EligibilityItem(c, k) for c, k in zip(conditions, known, strict=True))


def write_quality_label(db: Database, key: str, out: Path, language: str = "en") -> None:
    """Write the draft PDF with its words in `language`; it appears whole or not at all."""
    from itepad.reports.quality_label import build_quality_label

    data = quality_label_data(db, key, language=language)
    build_quality_label(data, out, language=language)

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
from itepad.services.report_subjects import find_project, own_institution, review_label
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

# The eligibility conditions of the Quality Label (design.md section 3).
ELIGIBILITY = (
    "Common goals and a shared plan",
    "The project is finished or nearly finished",
    "The applicant and the pupils contributed to all activities",
    "Collaborative activities with the partners",
    "Data protection and copyright were considered",
)


def quality_label_data(db: Database, key: str, *, today: date | None = None) -> QualityLabelData:
    """`key`: the project's number or (part of) its title; UserError when it names none."""
    words = Words("en")
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
            eligibility=_eligibility(project, entry, [s for _, s in members]),
            criteria=tuple(
                CriterionCheck(
                    name=name,
                    rating=checks[code].rating if code in checks else None,
                    note=checks[code].note if code in checks else "",
                )
                for code, name in QUALITY_CRITERIA.items()
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
                    review_status=review_label(item.review_status),
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
    project: EtwinningProject, entry: ProjectEntry, team: list[StudentTeacher]
) -> tuple[EligibilityItem, ...]:
    """Each condition with what the record shows about it; the applicant judges the rest."""
    finished = project.state in (ProjectState.CLOSED, ProjectState.ARCHIVED)
    consenting = sum(s.consent_partner_sharing for s in team)
    known = (
        "Aims are recorded." if project.aims.strip() else "No aims are recorded yet.",
        f"The project is {entry.state.lower()}."
        + ("" if finished else " It should be finished or nearly so when applying."),
        f"{len(team)} student teachers in the team.",
        f"{len(entry.partners)} partner institutions, the own one included.",
        f"{consenting} of {len(team)} team members agreed to share their work with partners.",
    )
    return tuple(EligibilityItem(c, k) for c, k in zip(ELIGIBILITY, known, strict=True))


def write_quality_label(db: Database, key: str, out: Path) -> None:
    """Write the draft PDF; the file appears whole or not at all."""
    from itepad.reports.quality_label import build_quality_label

    build_quality_label(quality_label_data(db, key), out)

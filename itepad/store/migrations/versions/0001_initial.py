"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 14:40:31.862440
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# DigCompEdu (Redecker 2017): 6 areas, 22 competences. Seed data belongs to this revision so
# that every database, however old, holds the same framework keys.
DIGCOMPEDU: list[tuple[str, list[str]]] = [
    (
        "Professional Engagement",
        [
            "Organisational communication",
            "Professional collaboration",
            "Reflective practice",
            "Digital continuous professional development",
        ],
    ),
    (
        "Digital Resources",
        [
            "Selecting digital resources",
            "Creating and modifying digital resources",
            "Managing, protecting and sharing digital resources",
        ],
    ),
    (
        "Teaching and Learning",
        ["Teaching", "Guidance", "Collaborative learning", "Self-regulated learning"],
    ),
    ("Assessment", ["Assessment strategies", "Analysing evidence", "Feedback and planning"]),
    (
        "Empowering Learners",
        [
            "Accessibility and inclusion",
            "Differentiation and personalisation",
            "Actively engaging learners",
        ],
    ),
    (
        "Facilitating Learners' Digital Competence",
        [
            "Information and media literacy",
            "Digital communication and collaboration",
            "Digital content creation",
            "Responsible use",
            "Digital problem solving",
        ],
    ),
]

LEVELS = [
    ("A1", "Newcomer"),
    ("A2", "Explorer"),
    ("B1", "Integrator"),
    ("B2", "Expert"),
    ("C1", "Leader"),
    ("C2", "Pioneer"),
]

# code, label, counts as present, key in the attendance grid
ATTENDANCE_STATUSES = [
    ("present", "Present", True, "p"),
    ("late", "Late", True, "l"),
    ("excused", "Excused", False, "e"),
    ("absent", "Absent", False, "a"),
]


def _seed() -> None:
    areas = sa.table(
        "competence_area",
        sa.column("id", sa.Integer),
        sa.column("framework", sa.String),
        sa.column("number", sa.Integer),
        sa.column("name", sa.String),
    )
    competences = sa.table(
        "competence",
        sa.column("id", sa.Integer),
        sa.column("area_id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("number", sa.String),
        sa.column("name", sa.String),
        sa.column("description", sa.Text),
    )
    area_rows: list[dict[str, object]] = []
    competence_rows: list[dict[str, object]] = []
    for area_no, (area_name, names) in enumerate(DIGCOMPEDU, start=1):
        area_rows.append(
            {"id": area_no, "framework": "DigCompEdu", "number": area_no, "name": area_name}
        )
        for no, name in enumerate(names, start=1):
            competence_rows.append(
                {
                    "id": len(competence_rows) + 1,
                    "area_id": area_no,
                    "code": f"DigCompEdu {area_no}.{no}",
                    "number": f"{area_no}.{no}",
                    "name": name,
                    "description": "",
                }
            )
    op.bulk_insert(areas, area_rows)
    op.bulk_insert(competences, competence_rows)
    op.bulk_insert(
        sa.table(
            "proficiency_level",
            sa.column("code", sa.String),
            sa.column("name", sa.String),
            sa.column("rank", sa.Integer),
        ),
        [{"code": c, "name": n, "rank": r} for r, (c, n) in enumerate(LEVELS, start=1)],
    )
    op.bulk_insert(
        sa.table(
            "attendance_status",
            sa.column("id", sa.Integer),
            sa.column("code", sa.String),
            sa.column("label", sa.String),
            sa.column("counts_as_present", sa.Boolean),
            sa.column("shortcut", sa.String),
            sa.column("position", sa.Integer),
        ),
        [
            {"id": i, "code": c, "label": lab, "counts_as_present": p, "shortcut": k, "position": i}
            for i, (c, lab, p, k) in enumerate(ATTENDANCE_STATUSES, start=1)
        ],
    )


def upgrade() -> None:

    op.create_table(
        "attendance_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("counts_as_present", sa.Boolean(), nullable=False),
        sa.Column("shortcut", sa.String(length=1), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_status")),
        sa.UniqueConstraint("code", name=op.f("uq_attendance_status_code")),
    )
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("programme", sa.String(), nullable=False),
        sa.Column("academic_year", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("name", name=op.f("uq_cohort_name")),
    )
    op.create_table(
        "competence_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence_area")),
    )
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("nso", sa.String(), nullable=False),
        sa.Column("etwinning_status", sa.String(), nullable=False),
        sa.Column("agreement_date", sa.Date(), nullable=True),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
    )
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_institution_name"), ["name"], unique=False)

    op.create_table(
        "module",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("academic_year", sa.String(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("ects", sa.Float(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("template_id", sa.String(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_module")),
        sa.UniqueConstraint("code", name=op.f("uq_module_code")),
    )
    op.create_table(
        "proficiency_level",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_proficiency_level")),
    )
    op.create_table(
        "competence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["competence_area.id"], name=op.f("fk_competence_area_id_competence_area")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence")),
        sa.UniqueConstraint("code", name=op.f("uq_competence_code")),
    )
    with op.batch_alter_table("competence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competence_area_id"), ["area_id"], unique=False)

    op.create_table(
        "etwinning_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("platform_url", sa.String(), nullable=False),
        sa.Column("twinspace_url", sa.String(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("pupils_age_min", sa.Integer(), nullable=True),
        sa.Column("pupils_age_max", sa.Integer(), nullable=True),
        sa.Column("subjects", sa.String(), nullable=False),
        sa.Column("aims", sa.Text(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_etwinning_project_module_id_module"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_etwinning_project")),
    )
    op.create_table(
        "learning_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_learning_outcome_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_outcome")),
    )
    with op.batch_alter_table("learning_outcome", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_learning_outcome_module_id"), ["module_id"], unique=False
        )

    op.create_table(
        "module_cohort",
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_module_cohort_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_module_cohort_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("module_id", "cohort_id", name=op.f("pk_module_cohort")),
    )
    op.create_table(
        "module_partner",
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_module_partner_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_module_partner_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("module_id", "institution_id", name=op.f("pk_module_partner")),
    )
    op.create_table(
        "student_teacher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("student_number", sa.String(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("programme", sa.String(), nullable=False),
        sa.Column("study_year", sa.Integer(), nullable=True),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("placement_school", sa.String(), nullable=False),
        sa.Column("etwinning_status", sa.String(), nullable=False),
        sa.Column("etwinning_registered_on", sa.Date(), nullable=True),
        sa.Column("etwinning_validated_on", sa.Date(), nullable=True),
        sa.Column("twinspace_joined_on", sa.Date(), nullable=True),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("consent_publication", sa.Boolean(), nullable=False),
        sa.Column("consent_partner_sharing", sa.Boolean(), nullable=False),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_student_teacher_cohort_id_cohort")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_teacher")),
        sa.UniqueConstraint("email", name=op.f("uq_student_teacher_email")),
    )
    with op.batch_alter_table("student_teacher", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_student_teacher_cohort_id"), ["cohort_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_student_teacher_family_name"), ["family_name"], unique=False
        )

    op.create_table(
        "teacher_educator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_teacher_educator_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_educator")),
        sa.UniqueConstraint("email", name=op.f("uq_teacher_educator_email")),
    )
    op.create_table(
        "competence_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.Column("assessor_kind", sa.String(), nullable=False),
        sa.Column("assessor_id", sa.Integer(), nullable=True),
        sa.Column("level_code", sa.String(length=2), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessor_id"],
            ["teacher_educator.id"],
            name=op.f("fk_competence_assessment_assessor_id_teacher_educator"),
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_competence_assessment_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["level_code"],
            ["proficiency_level.code"],
            name=op.f("fk_competence_assessment_level_code_proficiency_level"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_competence_assessment_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence_assessment")),
    )
    with op.batch_alter_table("competence_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competence_assessment_student_id"), ["student_id"], unique=False
        )

    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("final_comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_enrolment_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_enrolment_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint("module_id", "student_id", name=op.f("uq_enrolment_module_id")),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_module_id"), ["module_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrolment_student_id"), ["student_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("checksum", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("review_status", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_evidence_module_id_module"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_evidence_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_student_id"), ["student_id"], unique=False)

    op.create_table(
        "lesson_observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=True),
        sa.Column("observed_at", sa.DateTime(), nullable=False),
        sa.Column("class_name", sa.String(), nullable=False),
        sa.Column("pupils_age", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("focus", sa.String(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("areas_to_develop", sa.Text(), nullable=False),
        sa.Column("targets", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_hash", sa.String(), nullable=False),
        sa.Column("signed_content", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["observer_id"],
            ["teacher_educator.id"],
            name=op.f("fk_lesson_observation_observer_id_teacher_educator"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_lesson_observation_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_observation")),
    )
    with op.batch_alter_table("lesson_observation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lesson_observation_student_id"), ["student_id"], unique=False
        )

    op.create_table(
        "mentoring_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.String(), nullable=False),
        sa.Column("focus", sa.String(), nullable=False),
        sa.Column("pre_reflection", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_meeting_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.String(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_hash", sa.String(), nullable=False),
        sa.Column("signed_content", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["teacher_educator.id"],
            name=op.f("fk_mentoring_meeting_mentor_id_teacher_educator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_meeting")),
    )
    with op.batch_alter_table("mentoring_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentoring_meeting_held_at"), ["held_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mentoring_meeting_mentor_id"), ["mentor_id"], unique=False
        )

    op.create_table(
        "module_competence",
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_module_competence_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_module_competence_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("module_id", "competence_id", name=op.f("pk_module_competence")),
    )
    op.create_table(
        "module_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("link", sa.String(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["teacher_educator.id"],
            name=op.f("fk_module_session_facilitator_id_teacher_educator"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_module_session_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_module_session")),
    )
    with op.batch_alter_table("module_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_module_session_module_id"), ["module_id"], unique=False
        )

    op.create_table(
        "outcome_competence",
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_outcome_competence_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["learning_outcome.id"],
            name=op.f("fk_outcome_competence_outcome_id_learning_outcome"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("outcome_id", "competence_id", name=op.f("pk_outcome_competence")),
    )
    op.create_table(
        "project_member",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("contribution", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["etwinning_project.id"],
            name=op.f("fk_project_member_project_id_etwinning_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_project_member_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "student_id", name=op.f("pk_project_member")),
    )
    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_project_partner_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["etwinning_project.id"],
            name=op.f("fk_project_partner_project_id_etwinning_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "institution_id", name=op.f("pk_project_partner")),
    )
    op.create_table(
        "quality_label_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("result", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["etwinning_project.id"],
            name=op.f("fk_quality_label_application_project_id_etwinning_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_label_application")),
    )
    with op.batch_alter_table("quality_label_application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quality_label_application_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("gibbs_description", sa.Text(), nullable=False),
        sa.Column("gibbs_feelings", sa.Text(), nullable=False),
        sa.Column("gibbs_evaluation", sa.Text(), nullable=False),
        sa.Column("gibbs_analysis", sa.Text(), nullable=False),
        sa.Column("gibbs_conclusion", sa.Text(), nullable=False),
        sa.Column("gibbs_action_plan", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_reflection_module_id_module"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_reflection_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
    )
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reflection_student_id"), ["student_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("remark", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_attendance_enrolment_id_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["module_session.id"],
            name=op.f("fk_attendance_session_id_module_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["status_id"],
            ["attendance_status.id"],
            name=op.f("fk_attendance_status_id_attendance_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("enrolment_id", "session_id", name=op.f("uq_attendance_enrolment_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "evidence_competence",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_evidence_competence_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_competence_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "evidence_id", "competence_id", name=op.f("pk_evidence_competence")
        ),
    )
    op.create_table(
        "meeting_mentee",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["mentoring_meeting.id"],
            name=op.f("fk_meeting_mentee_meeting_id_mentoring_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_meeting_mentee_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "student_id", name=op.f("pk_meeting_mentee")),
    )
    op.create_table(
        "mentoring_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["mentoring_meeting.id"],
            name=op.f("fk_mentoring_action_meeting_id_mentoring_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_action")),
    )
    with op.batch_alter_table("mentoring_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_action_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "mentoring_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("competence_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["mentoring_target.id"],
            name=op.f("fk_mentoring_target_carried_from_id_mentoring_target"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_mentoring_target_competence_id_competence"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["mentoring_meeting.id"],
            name=op.f("fk_mentoring_target_meeting_id_mentoring_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_target")),
    )
    with op.batch_alter_table("mentoring_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_target_meeting_id"), ["meeting_id"], unique=False
        )
    _seed()


def downgrade() -> None:

    with op.batch_alter_table("mentoring_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_target_meeting_id"))

    op.drop_table("mentoring_target")
    with op.batch_alter_table("mentoring_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_action_meeting_id"))

    op.drop_table("mentoring_action")
    op.drop_table("meeting_mentee")
    op.drop_table("evidence_competence")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_enrolment_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflection_student_id"))

    op.drop_table("reflection")
    with op.batch_alter_table("quality_label_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quality_label_application_project_id"))

    op.drop_table("quality_label_application")
    op.drop_table("project_partner")
    op.drop_table("project_member")
    op.drop_table("outcome_competence")
    with op.batch_alter_table("module_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_module_session_module_id"))

    op.drop_table("module_session")
    op.drop_table("module_competence")
    with op.batch_alter_table("mentoring_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_meeting_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_mentoring_meeting_held_at"))

    op.drop_table("mentoring_meeting")
    with op.batch_alter_table("lesson_observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_observation_student_id"))

    op.drop_table("lesson_observation")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_student_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_student_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_module_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("competence_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competence_assessment_student_id"))

    op.drop_table("competence_assessment")
    op.drop_table("teacher_educator")
    with op.batch_alter_table("student_teacher", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_teacher_family_name"))
        batch_op.drop_index(batch_op.f("ix_student_teacher_cohort_id"))

    op.drop_table("student_teacher")
    op.drop_table("module_partner")
    op.drop_table("module_cohort")
    with op.batch_alter_table("learning_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_outcome_module_id"))

    op.drop_table("learning_outcome")
    op.drop_table("etwinning_project")
    with op.batch_alter_table("competence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competence_area_id"))

    op.drop_table("competence")
    op.drop_table("proficiency_level")
    op.drop_table("module")
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_institution_name"))

    op.drop_table("institution")
    op.drop_table("competence_area")
    op.drop_table("cohort")
    op.drop_table("attendance_status")

"""A portfolio with every part filled, for tests that need no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from itepad.reports.data import (
    GIBBS_STAGES,
    CompetenceProgress,
    EvidenceItem,
    LevelMark,
    MeetingAction,
    MeetingEntry,
    MeetingTarget,
    ModuleParticipation,
    ObservationEntry,
    Partner,
    PortfolioData,
    ProjectWork,
    ReflectionEntry,
    SessionAttendance,
    SignOff,
)
from itepad.reports.handbook_data import CompetenceRef

COMPETENCE = CompetenceRef("3.3", "Collaborative learning", "3 Teaching and learning")
CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def sample_portfolio(
    *, name: str = "Zofia Wiśniewska-Łęcka", text: str = "Worked with **partners**.", **changes: Any
) -> PortfolioData:
    """Every part has an entry; `text` goes into every Markdown body and free-text field."""
    start = datetime(2026, 10, 5, 14, 0)
    module = ModuleParticipation(
        code="ETW101",
        title="eTwinning for Future Teachers: Introduction",
        academic_year="2026/27",
        term="Semester 1",
        ects=5,
        enrolment_status="completed",
        sessions=[
            SessionAttendance(
                title=f"Session {i + 1}",
                kind="demonstration",
                starts_at=start + timedelta(days=7 * i),
                status=("Present", "Absent", None)[i % 3],
                counts_as_present=i % 3 == 0,
                remark=text if i == 1 else "",
            )
            for i in range(6)
        ],
        final_comment=text,
    )
    data = PortfolioData(
        full_name=name,
        email="zofia@students.example.edu",
        student_number="2610001",
        institution="Uniwersytet Pedagogiczny",
        institution_country="PL",
        cohort="BEd Primary 2026/27 Year 1",
        programme="Bachelor of Education (Primary)",
        period="2026/27",
        etwinning_status="validated",
        etwinning_registered_on=date(2026, 10, 1),
        etwinning_validated_on=date(2026, 10, 8),
        twinspace_joined_on=date(2026, 10, 12),
        modules=[module],
        generated_on=date(2027, 2, 1),
        projects=(
            ProjectWork(
                title="Our Rivers, Our Future",
                state="open",
                twinspace_url="https://school-education.ec.europa.eu/en/etwinning/projects/rivers/twinspace",
                platform_url="https://school-education.ec.europa.eu/en/etwinning/projects/rivers",
                partners=(Partner("Πανεπιστήμιο Αιγαίου", "GR", "Ρόδος"),),
                role="administrator",
                joined_on=date(2026, 10, 14),
                contribution=text,
            ),
        ),
        evidence=(
            EvidenceItem(
                title="Lesson plan",
                kind="file",
                dated_on=date(2026, 11, 2),
                location="evidence/2610001/lesson-plan.pdf",
                checksum=CHECKSUM,
                review_status="meets",
                competences=(COMPETENCE,),
                module="ETW101",
                description=text,
            ),
        ),
        reflections=(
            ReflectionEntry(written_on=date(2026, 11, 3), title="First call", body=text),
            ReflectionEntry(
                written_on=date(2026, 11, 10),
                title="Using TwinSpace",
                model="gibbs",
                stages=tuple((stage, text) for stage in GIBBS_STAGES),
            ),
        ),
        meetings=(
            MeetingEntry(
                held_at=datetime(2026, 11, 4, 10, 30),
                mentor="Dónal Ó Laoire",
                duration_minutes=45,
                focus="Planning the first TwinSpace activity",
                pre_reflection=text,
                notes=text,
                targets=(MeetingTarget("Agree a timeline", date(2026, 11, 18), COMPETENCE),),
                actions=(MeetingAction("Send the consent letter", name, date(2026, 11, 11)),),
                sign_off=SignOff(
                    "changed_since_signed", "Dónal Ó Laoire", date(2026, 11, 5), ("notes",)
                ),
            ),
        ),
        observations=(
            ObservationEntry(
                observed_at=datetime(2026, 11, 19, 11, 30),
                observer="Ciarán Mac Cárthaigh",
                subject="Geography",
                topic="Rivers",
                strengths=text,
                areas_to_develop=text,
                targets=text,
                sign_off=SignOff("signed", "Ciarán Mac Cárthaigh", date(2026, 11, 20)),
            ),
        ),
        competences=(
            CompetenceProgress(
                COMPETENCE,
                first_self=LevelMark("A1", "Newcomer", 1, date(2026, 10, 6)),
                latest_self=LevelMark("B1", "Integrator", 3, date(2026, 11, 20)),
                educator=LevelMark("A2", "Explorer", 2, date(2026, 11, 21)),
            ),
        ),
    )
    return replace(data, **changes)

"""Human labels for the stored enumeration codes (English; translations come with the UI)."""

from __future__ import annotations

from itepad.store.models import (
    EnrolmentStatus,
    EtwinningIteStatus,
    EtwinningStatus,
    EvidenceKind,
    LabelLevel,
    LabelResult,
    ModuleKind,
    ModuleStatus,
    ProjectState,
    ReflectionModel,
    ReviewStatus,
    SessionKind,
)

# StrEnum members hash as their string values, so `TABLE.get(code, code)` looks up stored codes.
SESSION_KIND: dict[str, str] = {
    SessionKind.PRESENTATION: "Presentation",
    SessionKind.DEMONSTRATION: "Hands-on demonstration",
    SessionKind.MENTORING: "Mentoring session",
    SessionKind.TWINSPACE: "TwinSpace project work",
    SessionKind.PARTNER_CALL: "Partner video call",
    SessionKind.ITE_EVENT: "ITE event",
    SessionKind.REFLECTION: "Reflection",
    SessionKind.ASSESSMENT: "Assessment",
}

ETWINNING_STATUS: dict[str, str] = {
    EtwinningStatus.NOT_REGISTERED: "Not registered",
    EtwinningStatus.PENDING: "Pending validation",
    EtwinningStatus.VALIDATED: "Validated",
}

ENROLMENT_STATUS: dict[str, str] = {
    EnrolmentStatus.ENROLLED: "Enrolled",
    EnrolmentStatus.WITHDRAWN: "Withdrawn",
    EnrolmentStatus.COMPLETED: "Completed",
}

MODULE_KIND: dict[str, str] = {
    ModuleKind.INTRODUCTION: "Introduction",
    ModuleKind.PROJECT: "Project",
    ModuleKind.PLACEMENT: "Placement-linked",
    ModuleKind.WORKSHOP: "Workshop",
}
MODULE_STATUS: dict[str, str] = {
    ModuleStatus.DRAFT: "Draft",
    ModuleStatus.PLANNED: "Planned",
    ModuleStatus.RUNNING: "Running",
    ModuleStatus.FINISHED: "Finished",
}
ITE_STATUS: dict[str, str] = {
    EtwinningIteStatus.NONE: "Not involved",
    EtwinningIteStatus.PENDING: "Pending",
    EtwinningIteStatus.AGREEMENT: "Agreement signed",
    EtwinningIteStatus.VALIDATED: "Validated",
}
PROJECT_STATE: dict[str, str] = {
    ProjectState.PENDING: "Pending",
    ProjectState.OPEN: "Open",
    ProjectState.ARCHIVED: "Archived",
    ProjectState.CLOSED: "Closed",
}
LABEL_LEVEL: dict[str, str] = {LabelLevel.NATIONAL: "National", LabelLevel.EUROPEAN: "European"}
LABEL_RESULT: dict[str, str] = {
    LabelResult.PENDING: "Pending",
    LabelResult.AWARDED: "Awarded",
    LabelResult.NOT_AWARDED: "Not awarded",
}

EVIDENCE_KIND: dict[str, str] = {
    EvidenceKind.FILE: "File",
    EvidenceKind.LINK: "Link",
    EvidenceKind.TWINSPACE: "TwinSpace page",
    EvidenceKind.TEXT: "Text",
}
REVIEW_STATUS: dict[str, str] = {
    ReviewStatus.READY: "Ready for assessment",
    ReviewStatus.DOES_NOT_MEET: "Does not meet",
    ReviewStatus.PARTIALLY_MEETS: "Partially meets",
    ReviewStatus.MEETS: "Meets",
}

REFLECTION_MODEL: dict[str, str] = {
    ReflectionModel.FREE: "Free reflection",
    ReflectionModel.GIBBS: "Gibbs' reflective cycle",
}

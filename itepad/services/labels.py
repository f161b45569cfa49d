"""Human labels for the stored enumeration codes (English; translations come with the UI)."""

from __future__ import annotations

from itepad.store.models import EnrolmentStatus, EtwinningStatus, SessionKind

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

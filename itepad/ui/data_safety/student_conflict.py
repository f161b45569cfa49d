"""A student teacher's edit refused because someone else saved (or erased) the record first.

The edit dialog has no partial saves: "yours" is the whole form, "theirs" the record as saved
now. A record erased meanwhile (GDPR) can only be reloaded: keeping mine would bring the
personal data back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from itepad.services.labels import ETWINNING_STATUS
from itepad.services.student_fields import normalise_email, tidy
from itepad.ui.conflict_dialog import Choice, Field, ask, compare, shown, version_now
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.roster import RosterChoices, StudentForm
    from itepad.store.concurrency import ConflictError
    from itepad.ui.pages.base import Page

MESSAGE_MS = 10_000
STUDENT_LABELS = (
    ("given_name", QT_TR_NOOP("Given name")),
    ("family_name", QT_TR_NOOP("Family name")),
    ("email", QT_TR_NOOP("Email")),
    ("student_number", QT_TR_NOOP("Student number")),
    ("cohort_id", QT_TR_NOOP("Cohort")),
    ("programme", QT_TR_NOOP("Programme")),
    ("study_year", QT_TR_NOOP("Year of study")),
    ("languages", QT_TR_NOOP("Languages")),
    ("placement_school", QT_TR_NOOP("Placement school")),
    ("etwinning_status", QT_TR_NOOP("eTwinning registration")),
    ("etwinning_registered_on", QT_TR_NOOP("Registered on")),
    ("etwinning_validated_on", QT_TR_NOOP("Validated by the NSO on")),
    ("twinspace_joined_on", QT_TR_NOOP("Joined TwinSpace on")),
    ("consent_photos", QT_TR_NOOP("Photos may be taken and kept")),
    ("consent_publication", QT_TR_NOOP("Work may be published")),
    ("consent_partner_sharing", QT_TR_NOOP("Details may be shared with partners")),
    ("retention_until", QT_TR_NOOP("Keep the record until")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("StudentConflict", text)


def form_values(form: StudentForm) -> dict[str, Any]:
    """The form keyed like the record's columns, tidied as the save would tidy it."""
    values = asdict(form)
    registration = values.pop("registration")
    values["etwinning_status"] = registration["status"]
    for key in ("registered_on", "validated_on"):
        values[f"etwinning_{key}"] = registration[key]
    values["twinspace_joined_on"] = registration["twinspace_joined_on"]
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = tidy(value)
    values["email"] = normalise_email(form.email)
    return values


def student_fields(
    form: StudentForm, theirs: Mapping[str, Any], choices: RosterChoices
) -> list[Field]:
    cohorts = {cohort.id: cohort.label for cohort in choices.cohorts}

    def show(key: str, value: Any) -> str:
        if key == "cohort_id" and value is not None:
            return cohorts.get(value, shown(value))
        if key == "etwinning_status":
            return tr(ETWINNING_STATUS.get(value, value))
        return shown(value)

    labels = [(key, tr(label)) for key, label in STUDENT_LABELS]
    return compare(labels, form_values(form), theirs, show)


def resolve_student_conflict(
    page: Page,
    exc: ConflictError,
    form: StudentForm,
    *,
    keep_mine: Callable[[int], None],
    save_as_new: Callable[[], None],
) -> None:
    """Ask how to settle the refused save; `keep_mine(version)` saves the form over `version`."""
    from itepad.services.roster import roster_choices

    db = page.database
    if db is None:
        return
    theirs = exc.current
    erased = theirs is not None and theirs.get("anonymised_at") is not None

    def then(choice: Choice) -> None:
        if choice is Choice.KEEP_MINE:
            keep_mine(version_now(exc))
        elif choice is Choice.SAVE_AS_NEW:
            save_as_new()
        else:
            page.message.emit(tr("Showing the record as saved by someone else"), MESSAGE_MS)
            page.reload()

    def open_dialog(choices: RosterChoices) -> None:
        ask(
            page,
            tr("student teacher"),
            [] if theirs is None else student_fields(form, theirs, choices),
            then,
            deleted=theirs is None,
            can_keep_mine=not erased,
            can_save_as_new=True,
            note=tr("Their personal data has been erased (GDPR); it cannot be saved again.")
            if erased
            else "",
        )

    run_in_background(lambda: roster_choices(db), page, open_dialog, page.report_failure)

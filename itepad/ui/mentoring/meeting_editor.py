"""The meeting editor: one mentoring meeting, saved as you go, with targets, actions, sign-off.

A new meeting lives only in the form until it is saved (Save, or adding a target or an action,
or signing); from then on each field left is one action run in order by an ActionQueue off the
GUI thread, and the meeting is read again, sign-off state included, after each. A save refused
because someone else saved first opens the conflict dialog; a lost connection keeps the edit
and offers to retry (Save retries too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QSignalBlocker, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.services import mentoring
from itepad.services import mentoring_edits as edits
from itepad.services.mentoring import AGENDAS, MAX_TARGETS
from itepad.services.mentoring_edits import Choices, MeetingDraft
from itepad.store.models import MeetingMode
from itepad.ui.action_queue import ActionQueue, connection_lost, refuse
from itepad.ui.conflict_dialog import (
    Choice,
    ConflictDialog,
    ask,
    compare,
    laid_over,
    shown,
    version_now,
)
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.mentoring.line_dialogs import (
    ACTION_STATUSES,
    TARGET_STATUSES,
    ActionDialog,
    TargetDialog,
)
from itepad.ui.mentoring.lines_panel import LinesPanel
from itepad.ui.mentoring.pickers import MenteePicker, fill_people, make_searchable
from itepad.ui.mentoring.signature_banner import SignatureBanner
from itepad.ui.module_editor.fields import buddy_label, select_data, set_text

if TYPE_CHECKING:
    from itepad.store.concurrency import ConflictError
    from itepad.store.database import Database

MESSAGE_MS = 10_000
Action = Callable[["Database", MeetingDraft], Any]
OnConflict = Callable[["ConflictError"], None]
MEETING_LABELS = (
    ("held_at", QT_TR_NOOP("Date")),
    ("duration_minutes", QT_TR_NOOP("Duration (minutes)")),
    ("mode", QT_TR_NOOP("Mode")),
    ("mentor_id", QT_TR_NOOP("Mentor")),
    ("next_meeting_at", QT_TR_NOOP("Next meeting")),
    ("focus", QT_TR_NOOP("Focus")),
    ("pre_reflection", QT_TR_NOOP("Pre-meeting reflection")),
    ("notes", QT_TR_NOOP("Notes")),
)
MODES = {MeetingMode.IN_PERSON: QT_TR_NOOP("In person"), MeetingMode.ONLINE: QT_TR_NOOP("Online")}


def qt_datetime(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def py_datetime(value: QDateTime) -> datetime:
    result = value.toPython()
    assert isinstance(result, datetime)
    return result.replace(second=0, microsecond=0)


class MeetingEditor(QDialog):
    message = Signal(str, int)  # for the status bar
    saved = Signal()  # the database changed: the page's lists are out of date
    loaded = Signal()  # the meeting is shown, first or again after a change

    def __init__(
        self,
        db: Database,
        choices: Choices,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._choices = choices
        self._meeting_id = meeting_id
        self._draft: MeetingDraft | None = None
        self.conflict_dialog: ConflictDialog | None = None  # the last one opened
        self.queue = ActionQueue(self)
        self.queue.busy_changed.connect(self._on_busy)
        self.setWindowTitle(self.tr("Mentoring meeting") if meeting_id else self.tr("New meeting"))
        self.resize(1080, 760)

        self.banner = SignatureBanner()
        self._build_fields()
        self._build_tabs()
        self.state = QLabel()
        self.state.setEnabled(False)  # muted, like a hint
        self.state.setToolTip(
            self.tr("Changes are saved as you go, when you leave a field (Ctrl+S saves now)")
        )
        self.sign_button = QPushButton(self.tr("Sign off…"))
        self.sign_button.setToolTip(self.tr("Sign what the meeting record says now"))
        self.sign_button.clicked.connect(self.sign_off)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the meeting now (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (self.sign_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.grid)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save_now)
        self.addAction(save)
        self._connect_fields()
        self._fill_choices()
        if meeting_id is None:
            self._start_new()
        else:
            self._set_enabled(False)  # until the meeting is read
            self._load()

    # --- building ---------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.held_at = QDateTimeEdit()
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.held_at.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.mode = QComboBox()
        for mode, label in MODES.items():
            self.mode.addItem(self.tr(label), mode)
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mentor = QComboBox()
        make_searchable(self.mentor)
        self.mentor.setAccessibleName(self.tr("Mentor"))
        self.mentor.setToolTip(self.tr("Teacher educator, school mentor or eTwinning ambassador"))
        self.agenda = QComboBox()
        self.agenda.addItem(self.tr("No template"), None)
        for agenda in AGENDAS.values():
            self.agenda.addItem(self.tr(agenda.title), agenda.key)
        self.agenda.setAccessibleName(self.tr("Agenda template"))
        self.agenda.setToolTip(self.tr("Fills in the focus, duration and an outline of the notes"))
        self.next_planned = QCheckBox(self.tr("&Next meeting:"))
        self.next_planned.setToolTip(self.tr("Plan the next meeting"))
        self.next_at = QDateTimeEdit()
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setAccessibleName(self.tr("Next meeting"))
        self.focus = QLineEdit()
        self.focus.setAccessibleName(self.tr("Focus"))
        self.focus.setPlaceholderText(self.tr("The agreed focus of the meeting"))
        self.mentees = MenteePicker()

        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("&Date:"), self.held_at), 0, 0)
        grid.addWidget(self.held_at, 0, 1)
        grid.addWidget(buddy_label(self.tr("D&uration:"), self.duration), 0, 2)
        grid.addWidget(self.duration, 0, 3)
        grid.addWidget(buddy_label(self.tr("M&ode:"), self.mode), 1, 0)
        grid.addWidget(self.mode, 1, 1)
        grid.addWidget(buddy_label(self.tr("&Agenda:"), self.agenda), 1, 2)
        grid.addWidget(self.agenda, 1, 3)
        grid.addWidget(buddy_label(self.tr("Men&tor:"), self.mentor), 2, 0)
        grid.addWidget(self.mentor, 2, 1, 1, 3)
        grid.addWidget(self.next_planned, 3, 0)
        grid.addWidget(self.next_at, 3, 1)
        grid.addWidget(buddy_label(self.tr("&Focus:"), self.focus), 4, 0)
        grid.addWidget(self.focus, 4, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("M&entees:"), self.mentees), 0, 4)
        grid.addWidget(self.mentees, 1, 4, 4, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        self.grid = grid

    def _build_tabs(self) -> None:
        self.notes = MarkdownEditor(self.tr("Notes"))
        self.reflection = MarkdownEditor(
            self.tr("Pre-meeting reflection"),
            self.tr("The mentee's reflection: progress on earlier targets, where the evidence is"),
        )
        self.target_panel = LinesPanel(
            self.tr("Targets"),
            [self.tr("Target"), self.tr("Due"), self.tr("Competence"), self.tr("Status")],
            self.tr("Add &target…"),
            limit=MAX_TARGETS,
        )
        self.target_panel.set_add_tip(self.tr("Add a SMART target (at most three a meeting)"))
        self.action_panel = LinesPanel(
            self.tr("Actions"),
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")],
            self.tr("Add a&ction…"),
        )
        self.action_panel.set_add_tip(self.tr("Add an action with its owner and due date"))
        follow_up = QWidget()
        column = QVBoxLayout(follow_up)
        column.addWidget(QLabel(self.tr("<b>Targets</b> (at most three)")))
        column.addWidget(self.target_panel, 1)
        column.addWidget(QLabel(self.tr("<b>Actions</b>")))
        column.addWidget(self.action_panel, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.reflection, self.tr("Pre-meeting reflection"))
        self.tabs.addTab(follow_up, self.tr("Targets and actions"))

    def _connect_fields(self) -> None:
        self.agenda.activated.connect(self._apply_agenda)
        self.held_at.editingFinished.connect(
            lambda: self._save_field("held_at", py_datetime(self.held_at.dateTime()))
        )
        self.duration.editingFinished.connect(
            lambda: self._save_field("duration_minutes", self.duration.value())
        )
        self.mode.activated.connect(lambda: self._save_field("mode", self.mode.currentData()))
        self.focus.editingFinished.connect(lambda: self._save_field("focus", self.focus.text()))
        self.notes.editing_finished.connect(lambda: self._save_field("notes", self.notes.text()))
        self.reflection.editing_finished.connect(
            lambda: self._save_field("pre_reflection", self.reflection.text())
        )
        self.next_planned.toggled.connect(self._on_next_toggled)
        self.next_at.editingFinished.connect(
            lambda: self._save_field("next_meeting_at", self._next_value())
        )
        self.mentor.activated.connect(self._save_people)
        self.mentees.changed.connect(self._save_people)
        self.target_panel.add_requested.connect(self.add_target)
        self.target_panel.edit_requested.connect(self.edit_target)
        self.target_panel.remove_requested.connect(
            lambda tid: self._act(lambda db, d: edits.remove_target(db, tid))
        )
        self.action_panel.add_requested.connect(self.add_action)
        self.action_panel.edit_requested.connect(self.edit_action)
        self.action_panel.remove_requested.connect(
            lambda aid: self._act(lambda db, d: edits.remove_action(db, aid))
        )

    def _fill_choices(self) -> None:
        fill_people(self.mentor, self._choices.mentors)
        self.mentees.set_people(self._choices.students)

    # --- showing ----------------------------------------------------------------------------

    @property
    def draft(self) -> MeetingDraft | None:
        return self._draft

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def _start_new(self) -> None:
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.held_at.setDateTime(qt_datetime(start))
        self.duration.setValue(45)
        self.next_at.setDateTime(qt_datetime(start + timedelta(days=14)))
        self.next_at.setEnabled(False)
        self.agenda.setCurrentIndex(0)
        self.close_button.setText(self.tr("Cancel"))
        self.state.setText(self.tr("Not saved yet"))

    def _apply_agenda(self) -> None:
        """A template fills in a new meeting's focus, duration and an outline of the notes."""
        agenda = AGENDAS.get(self.agenda.currentData() or "")
        if agenda is None or self._draft is not None:
            return
        self.focus.setText(self.tr(agenda.focus))
        self.duration.setValue(agenda.duration_minutes)
        self.notes.set_text(agenda.notes)

    def _show(self, draft: MeetingDraft) -> None:
        first = self._draft is None
        self._draft = draft
        self._meeting_id = draft.id
        self.setWindowTitle(
            self.tr("Mentoring meeting of {date}").format(
                date=draft.held_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        with QSignalBlocker(self.held_at):
            self.held_at.setDateTime(qt_datetime(draft.held_at))
        with QSignalBlocker(self.duration):
            self.duration.setValue(draft.duration_minutes)
        select_data(self.mode, draft.mode)
        select_data(self.mentor, draft.mentor_id)
        select_data(self.agenda, draft.agenda or None)
        self.agenda.setEnabled(False)  # a template only starts a meeting
        self.agenda.setToolTip(self.tr("The agenda template this meeting was started from"))
        set_text(self.focus, draft.focus)
        self.mentees.set_chosen(draft.mentee_ids)
        with QSignalBlocker(self.next_planned):
            self.next_planned.setChecked(draft.next_meeting_at is not None)
        self.next_at.setEnabled(draft.next_meeting_at is not None)
        if draft.next_meeting_at is not None:
            with QSignalBlocker(self.next_at):
                self.next_at.setDateTime(qt_datetime(draft.next_meeting_at))
        # A field being typed in keeps what is typed; it is saved when left.
        for editor, text in ((self.notes, draft.notes), (self.reflection, draft.pre_reflection)):
            if first or not editor.is_modified():
                editor.set_text(text)
        self._show_lines(draft)
        self.banner.show_signature(draft.signature)
        self._set_enabled(True)
        self.close_button.setText(self.tr("Close"))
        self.loaded.emit()

    def _show_lines(self, draft: MeetingDraft) -> None:
        competences = dict(self._choices.competences)
        self.target_panel.set_lines(
            [
                (
                    t.id,
                    (
                        ("↪ " if t.carried else "") + t.text,
                        t.due_on.isoformat() if t.due_on else "",
                        competences.get(t.competence_id, "") if t.competence_id else "",
                        self.tr(TARGET_STATUSES.get(t.status, t.status)),  # type: ignore[call-overload]
                    ),
                )
                for t in draft.targets
            ]
        )
        self.action_panel.set_lines(
            [
                (
                    a.id,
                    (
                        a.text,
                        a.owner,
                        a.due_on.isoformat() if a.due_on else "",
                        self.tr(ACTION_STATUSES.get(a.status, a.status)),  # type: ignore[call-overload]
                    ),
                )
                for a in draft.actions
            ]
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.tabs,
            self.target_panel,
            self.action_panel,
            self.sign_button,
            self.save_button,
        ):
            widget.setEnabled(enabled)

    # --- saving -----------------------------------------------------------------------------

    def _load(self) -> None:
        db, meeting_id = self._db, self._meeting_id
        if meeting_id is None:
            return
        self.queue.submit(
            lambda: lambda: (None, edits.load_meeting(db, meeting_id)),
            self._on_done,
            self._on_load_failed,
        )

    def _act(
        self,
        action: Action,
        then: Callable[[Any], None] | None = None,
        on_conflict: OnConflict | None = None,
    ) -> None:
        """Run `action` on the meeting as it is when its turn comes; then read it again."""
        if self._draft is None and not self.queue.busy:
            return
        self.state.setText(self.tr("Saving…"))
        self.queue.submit(*self._job(action, then, on_conflict))

    def _job(
        self,
        action: Action,
        then: Callable[[Any], None] | None = None,
        on_conflict: OnConflict | None = None,
    ) -> tuple[
        Callable[[], Callable[[], tuple[Any, MeetingDraft]]],
        Callable[[tuple[Any, MeetingDraft]], None],
        Callable[[Exception], None],
    ]:
        """The queue's (prepare, done, failed) for `action`."""
        db = self._db

        def prepare() -> Callable[[], tuple[Any, MeetingDraft]]:
            draft = self._draft
            assert draft is not None

            def work() -> tuple[Any, MeetingDraft]:
                return action(db, draft), edits.load_meeting(db, draft.id)

            return work

        return (
            prepare,
            lambda outcome: self._on_done(outcome, then),
            lambda exc: self._on_failed(exc, on_conflict),
        )

    def _on_done(
        self, outcome: tuple[Any, MeetingDraft], then: Callable[[Any], None] | None = None
    ) -> None:
        result, draft = outcome
        self._show(draft)
        if then is not None:
            then(result)

    def _on_failed(self, exc: Exception, on_conflict: OnConflict | None = None) -> None:
        from itepad.store.concurrency import ConflictError

        if connection_lost(self, self.queue, exc):
            self.state.setText(self.tr("Not saved yet: the connection was lost (Save retries)"))
            return
        if isinstance(exc, ConflictError) and on_conflict is not None:
            self.queue.hold()  # the actions after it wait for the user's choice
            self.state.setText(self.tr("Not saved yet: someone else saved first"))
            on_conflict(exc)
            return
        refuse(self, self.queue, exc, self.tr("Not saved"))
        self.message.emit(self.tr("Not saved: {reason}").format(reason=exc), MESSAGE_MS)
        if self._draft is not None:
            self._load()  # show what the database holds

    def _on_load_failed(self, exc: Exception) -> None:
        if connection_lost(self, self.queue, exc):
            return  # the form stays as it is; Retry reads the meeting again
        refuse(self, self.queue, exc, self.tr("Cannot open the meeting"))
        self.reject()

    def _resolve(self, exc: ConflictError, change: dict[str, Any], keep_mine: Action) -> None:
        """Ask how to settle a save refused because someone else saved first (or deleted it)."""
        draft = self._draft
        assert draft is not None
        base = {key: getattr(draft, key) for key, _label in MEETING_LABELS}
        theirs = exc.current
        merged = laid_over(base, {**base, **change}, theirs) if theirs is not None else base
        mentors = {person.id: person.label() for person in self._choices.mentors}

        def show(key: str, value: Any) -> str:
            if key == "mode":
                return self.tr(MODES.get(value, value))
            if key == "mentor_id":
                return mentors.get(value, shown(value))
            return shown(value)

        labels = [(key, self.tr(label)) for key, label in MEETING_LABELS]
        fields = [] if theirs is None else compare(labels, merged, theirs, show)

        def again(refused: ConflictError) -> None:
            self._resolve(refused, change, keep_mine)

        def then(choice: Choice) -> None:
            self.conflict_dialog = None
            if choice is Choice.KEEP_MINE:
                self.state.setText(self.tr("Saving…"))
                self.queue.resume(*self._job(keep_mine, on_conflict=again))
            elif theirs is None:
                self.queue.discard_held()
                self.reject()  # the meeting is gone: nothing left to edit
            else:
                self.queue.discard_held()
                self.message.emit(self.tr("Showing the version saved by someone else"), MESSAGE_MS)
                self._load()

        self.conflict_dialog = ask(
            self, self.tr("mentoring meeting"), fields, then, deleted=theirs is None
        )

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._draft is not None and not self.queue.held:
            self.state.setText(self.tr("All changes saved"))
            self.saved.emit()

    def _save_field(self, name: str, value: Any) -> None:
        draft = self._draft
        if draft is None or getattr(draft, name) == value:
            return
        self._act(
            lambda db, d: mentoring.update_meeting(db, d.id, d.version, **{name: value}),
            on_conflict=lambda exc: self._resolve(
                exc,
                {name: value},
                lambda db, d: mentoring.update_meeting(db, d.id, version_now(exc), **{name: value}),
            ),
        )

    def _save_people(self) -> None:
        mentees = self.mentees.chosen()
        draft = self._draft
        if draft is None or not mentees:
            return  # nobody ticked is not saved: a meeting has a mentee
        if draft.mentor_id == self.mentor.currentData() and set(draft.mentee_ids) == set(mentees):
            return
        mentor = self.mentor.currentData()
        self._act(
            lambda db, d: edits.set_people(db, d.id, d.version, mentor, mentees),
            on_conflict=lambda exc: self._resolve(
                exc,
                {"mentor_id": mentor},
                lambda db, d: edits.set_people(db, d.id, version_now(exc), mentor, mentees),
            ),
        )

    def _next_value(self) -> datetime | None:
        return py_datetime(self.next_at.dateTime()) if self.next_planned.isChecked() else None

    def _on_next_toggled(self, planned: bool) -> None:
        self.next_at.setEnabled(planned)
        self._save_field("next_meeting_at", self._next_value())

    def commit(self) -> None:
        """Save the text being typed without leaving it."""
        if self._draft is None:
            return
        self._save_field("focus", self.focus.text())
        self._save_field("notes", self.notes.text())
        self._save_field("pre_reflection", self.reflection.text())

    def save_now(self, then: Callable[[Any], None] | None = None) -> None:
        """Create the meeting from the form, or save what is being typed."""
        if self.queue.held and self.conflict_dialog is None:
            self.queue.resume()  # what a lost connection kept: try again
            return
        if self._draft is not None or self.queue.busy:
            self.commit()
            return
        mentees = self.mentees.chosen()
        mentor = self.mentor.currentData()
        if not mentees or mentor is None:
            QMessageBox.information(
                self,
                self.tr("Who takes part?"),
                self.tr("Choose the mentor and tick at least one student teacher."),
            )
            return
        fields = {
            "held_at": py_datetime(self.held_at.dateTime()),
            "agenda": self.agenda.currentData(),
            "duration_minutes": self.duration.value(),
            "mode": self.mode.currentData(),
            "focus": self.focus.text(),
            "notes": self.notes.text(),
            "pre_reflection": self.reflection.text(),
            "next_meeting_at": self._next_value(),
        }
        db = self._db
        self.state.setText(self.tr("Saving…"))

        def work() -> tuple[None, MeetingDraft]:
            meeting_id = edits.create_meeting_with(
                db, mentor_id=mentor, mentee_ids=mentees, **fields
            )
            return None, edits.load_meeting(db, meeting_id)

        def done(outcome: tuple[None, MeetingDraft]) -> None:
            self._on_done(outcome, then)
            self.message.emit(self.tr("Saved the meeting"), MESSAGE_MS)

        self.queue.submit(lambda: work, done, self._on_failed)

    def close_editor(self) -> None:
        self.commit()
        self.accept() if self._draft is not None else self.reject()

    # --- targets, actions, sign-off ---------------------------------------------------------

    def _saved_first(self, then: Callable[[], None]) -> bool:
        """A new meeting is saved before a target, an action or a signature is added to it."""
        if self._draft is not None:
            return True
        self.save_now(then=lambda _result: then())
        return False

    def add_target(self) -> None:
        if not self._saved_first(self.add_target):
            return
        dialog = TargetDialog(self._choices.competences, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form = dialog.result_form()
        self._act(
            lambda db, d: mentoring.add_target(
                db, d.id, form.text, due_on=form.due_on, competence_id=form.competence_id
            )
        )

    def edit_target(self, target_id: int) -> None:
        target = (
            next((t for t in self._draft.targets if t.id == target_id), None)
            if self._draft
            else None
        )
        if target is None:
            return
        dialog = TargetDialog(self._choices.competences, target, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form = dialog.result_form()
        self._act(
            lambda db, d: edits.update_target(
                db,
                target_id,
                text=form.text,
                due_on=form.due_on,
                competence_id=form.competence_id,
                status=form.status,
            )
        )

    def add_action(self) -> None:
        if not self._saved_first(self.add_action):
            return
        dialog = ActionDialog(self._mentee_names(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form = dialog.result_form()
        self._act(
            lambda db, d: mentoring.add_action(
                db, d.id, form.text, owner=form.owner, due_on=form.due_on
            )
        )

    def edit_action(self, action_id: int) -> None:
        action = (
            next((a for a in self._draft.actions if a.id == action_id), None)
            if self._draft
            else None
        )
        if action is None:
            return
        dialog = ActionDialog("", action, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form = dialog.result_form()
        self._act(
            lambda db, d: edits.update_action(
                db,
                action_id,
                text=form.text,
                owner=form.owner,
                due_on=form.due_on,
                status=form.status,
            )
        )

    def _mentee_names(self) -> str:
        """The usual owner of an action: the mentee(s)."""
        chosen = set(self.mentees.chosen())
        return ", ".join(p.name for p in self._choices.students if p.id in chosen)

    def sign_off(self) -> None:
        """Ask who signs (the mentor, usually), confirm, and sign what the record says now."""
        if not self._saved_first(self.sign_off):
            return
        draft = self._draft
        assert draft is not None
        self.commit()
        signer, ok = QInputDialog.getText(
            self,
            self.tr("Sign off the meeting"),
            self.tr("Who signs? (name or email)"),
            QLineEdit.EchoMode.Normal,
            draft.mentor_email,
        )
        if not ok or not signer.strip():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign off the meeting"),
            self.tr(
                "Sign the meeting record as {who}? Any later change will show as "
                "\u201cchanged since signed\u201d."
            ).format(who=signer.strip()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(
            lambda db, d: mentoring.sign_meeting(db, d.id, signer),
            then=lambda _r: self.message.emit(self.tr("Signed the meeting"), MESSAGE_MS),
        )

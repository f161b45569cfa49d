"""The module editor: everything in one module, in tabs, saved as you go.

Each change the user leaves (a field left, a box ticked, a button pressed) becomes one action of
services/module_editing, run in order by an ActionQueue off the GUI thread; the module is then
read again with its clashes, and the tabs show it without touching fields that did not change.

A save of the details or of a session refused because someone else saved first opens the
conflict dialog (reload theirs, keep mine, compare); a lost connection keeps the edit and offers
to retry. Either way the actions asked for after it wait (ActionQueue.hold) until it is settled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services import module_editing as editing
from itepad.services.clashes import Clash, find_clashes
from itepad.services.module_draft import (
    ModuleDetails,
    ModuleDraft,
    SessionFields,
    load_module_draft,
)
from itepad.services.templates import template_id_for, user_template_dir
from itepad.ui.action_queue import ActionQueue, connection_lost, refuse
from itepad.ui.conflict_dialog import Choice, ConflictDialog, ask, laid_over, version_now
from itepad.ui.module_editor import conflicts
from itepad.ui.module_editor.clash_banner import ClashBanner
from itepad.ui.module_editor.cohorts_tab import CohortsTab
from itepad.ui.module_editor.details_tab import DetailsTab
from itepad.ui.module_editor.outcomes_tab import OutcomesTab
from itepad.ui.module_editor.partners_tab import PartnersTab
from itepad.ui.module_editor.sessions_tab import SessionsTab
from itepad.ui.save_path import ask_save_path
from itepad.ui.translation import print_language

if TYPE_CHECKING:
    from itepad.store.concurrency import ConflictError
    from itepad.store.database import Database

FOLDER_KEY = "modules/folder"  # QSettings: where the last handbook or calendar was saved
MESSAGE_MS = 10_000
Action = Callable[["Database", ModuleDraft], Any]
OnConflict = Callable[["ConflictError"], None]


@dataclass(frozen=True)
class EditorState:
    draft: ModuleDraft
    clashes: tuple[Clash, ...]


def load_state(db: Database, module_id: int) -> EditorState:
    """Runs in a worker: the module and its clashes."""
    return EditorState(load_module_draft(db, module_id), tuple(find_clashes(db, module_id)))


class ModuleEditor(QWidget):
    message = Signal(str, int)  # for the status bar
    closed = Signal()  # the user went back to the list
    saved = Signal()  # the database changed: lists and calendar are out of date
    loaded = Signal()  # a module is shown, first or again after a change
    title_changed = Signal(str)  # "ETW101 — Introduction to eTwinning"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._module_id: int | None = None
        self._draft: ModuleDraft | None = None
        self._changed = False  # an action ran since the queue was last idle
        self.conflict_dialog: ConflictDialog | None = None  # the last one opened
        self.queue = ActionQueue(self)
        self.queue.busy_changed.connect(self._on_busy)

        self.back = QPushButton(self.tr("← All modules"))
        self.back.setToolTip(self.tr("Back to the list of modules (Alt+Left)"))
        self.back.clicked.connect(self.close_editor)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)  # a long title wraps rather than widening the window
        self.state = QLabel()
        self.state.setEnabled(False)  # muted, like a hint
        self.state.setToolTip(
            self.tr("Changes are saved as you go, when you leave a field (Ctrl+S saves now)")
        )
        self.template_button = QPushButton(self.tr("Save as template…"))
        self.template_button.setToolTip(
            self.tr("Save this module as a course template for new modules")
        )
        self.template_button.clicked.connect(self.save_as_template)
        self.calendar_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.calendar_button.setToolTip(
            self.tr("Save the sessions as an iCalendar file for calendar programs")
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        self.handbook_button = QPushButton(self.tr("Module handbook (PDF)…"))
        self.handbook_button.setToolTip(self.tr("Write the module handbook as a PDF file"))
        self.handbook_button.clicked.connect(self.write_handbook)

        self.banner = ClashBanner()
        self.banner.session_chosen.connect(self.go_to_session)
        self.details = DetailsTab()
        self.outcomes = OutcomesTab()
        self.sessions = SessionsTab()
        self.partners = PartnersTab()
        self.cohorts = CohortsTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab, title in (
            (self.details, self.tr("Details")),
            (self.outcomes, self.tr("Outcomes")),
            (self.sessions, self.tr("Sessions")),
            (self.partners, self.tr("Partners && projects")),
            (self.cohorts, self.tr("Cohorts")),
        ):
            self.tabs.addTab(tab, title)
        self.tabs.setEnabled(False)
        self._connect_tabs()
        self._add_shortcuts()

        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.state)
        header.addLayout(titles, 1)
        for button in (self.template_button, self.calendar_button, self.handbook_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _connect_tabs(self) -> None:
        self.details.edited.connect(self._save_details)
        self.outcomes.add_requested.connect(self._add_outcome)
        self.outcomes.remove_requested.connect(
            lambda oid: self._act(lambda db, d: editing.remove_outcome(db, oid))
        )
        self.outcomes.text_edited.connect(
            lambda oid, text: self._act(lambda db, d: editing.update_outcome(db, oid, text))
        )
        self.outcomes.competences_edited.connect(
            lambda oid, ids: self._act(lambda db, d: editing.set_outcome_competences(db, oid, ids))
        )
        self.sessions.add_requested.connect(self._add_session)
        self.sessions.duplicate_requested.connect(
            lambda sid: self._change_sessions(
                lambda db, d: editing.duplicate_session(db, sid), select_result=True
            )
        )
        self.sessions.remove_requested.connect(self._remove_session)
        self.sessions.reorder_requested.connect(
            lambda sid, steps: self._change_sessions(
                lambda db, d: editing.reorder_session(db, sid, steps), select=sid
            )
        )
        self.sessions.shift_requested.connect(
            lambda sid, days: self._change_sessions(
                lambda db, d: editing.shift_session(db, sid, timedelta(days=days)), select=sid
            )
        )
        self.sessions.fields_edited.connect(self._save_session_fields)
        self.sessions.times_edited.connect(self._save_session_times)
        self.partners.partners_edited.connect(
            lambda ids: self._act(lambda db, d: editing.set_partners(db, d.id, ids))
        )
        self.partners.state_edited.connect(
            lambda pid, state: self._act(lambda db, d: editing.update_project_state(db, pid, state))
        )
        self.partners.check_edited.connect(
            lambda pid, criterion, rating, note: self._act(
                lambda db, d: editing.set_quality_check(db, pid, criterion, rating, note)
            )
        )
        self.partners.project_added.connect(
            lambda title: self._act(lambda db, d: editing.add_project(db, d.id, title))
        )
        self.partners.project_detached.connect(
            lambda pid: self._act(lambda db, d: editing.detach_project(db, pid))
        )
        self.partners.project_partners_edited.connect(
            lambda pid, ids: self._act(lambda db, d: editing.set_project_partners(db, pid, ids))
        )
        self.cohorts.cohorts_edited.connect(
            lambda ids: self._act(lambda db, d: editing.set_cohorts(db, d.id, ids))
        )

    def _add_shortcuts(self) -> None:
        for key, slot in (("Alt+Left", self.close_editor), ("Ctrl+S", self.save_now)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- opening and showing ----------------------------------------------------------------

    @property
    def draft(self) -> ModuleDraft | None:
        return self._draft

    @property
    def module_id(self) -> int | None:
        return self._module_id

    @property
    def clashes(self) -> list[str]:
        return self.banner.lines

    def set_database(self, db: Database) -> None:
        self._db = db

    def open_module(self, module_id: int) -> None:
        self.save_now()
        if module_id != self._module_id:
            self._module_id = module_id
            self.tabs.setEnabled(False)  # until the module is read; edits of the last one go on
            self.tabs.setCurrentIndex(0)
            self.heading.setText(self.tr("Loading…"))
        self.reload()

    def reload(self) -> None:
        db, module_id = self._db, self._module_id
        if db is None or module_id is None:
            return
        self.queue.submit(
            lambda: lambda: (None, load_state(db, module_id)),
            self._on_done,
            self._on_load_failed,
        )

    def _show_state(self, state: EditorState) -> None:
        draft = state.draft
        previous, self._draft = self._draft, draft  # the next action builds on the newest
        if draft.id != self._module_id:
            return  # the module shown before, saved after the user opened another
        first = previous is None or previous.id != draft.id
        self.details.show_details(draft.details, draft.choices)
        self.outcomes.show_outcomes(draft.outcomes, draft.choices)
        self.sessions.show_sessions(draft)
        self.partners.show_draft(draft)
        self.cohorts.show_draft(draft)
        self.banner.show_clashes(state.clashes, draft.id)
        title = f"{draft.details.code} — {draft.details.title}"
        self.heading.setText(title)
        self.title_changed.emit(title)
        self.tabs.setEnabled(True)
        shown = self.tabs.currentWidget()
        if first and shown is not None:
            shown.setFocus()
        self.loaded.emit()

    def go_to_session(self, session_id: int) -> None:
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.select(session_id)
        self.sessions.table.setFocus()

    def save_now(self) -> None:
        """Save the field being edited (and any other left unsaved) without leaving it."""
        if self._draft is None:
            return
        if self.queue.held and self.conflict_dialog is None:
            self.queue.resume()  # what a lost connection kept: try again
        self.details.commit()
        self.outcomes.commit_text()
        self.sessions.panel.commit_all()
        self.partners.commit_notes()

    def close_editor(self) -> None:
        self.save_now()
        self.closed.emit()

    # --- actions ----------------------------------------------------------------------------

    def _act(
        self,
        action: Action,
        then: Callable[[Any], None] | None = None,
        on_conflict: OnConflict | None = None,
    ) -> None:
        """Run `action` against the draft current when its turn comes, then read the module."""
        if self._db is None or self._draft is None:
            return
        self.state.setText(self.tr("Saving…"))
        self.queue.submit(*self._job(action, then, on_conflict))

    def _job(
        self,
        action: Action,
        then: Callable[[Any], None] | None = None,
        on_conflict: OnConflict | None = None,
    ) -> tuple[
        Callable[[], Callable[[], tuple[Any, EditorState]]],
        Callable[[tuple[Any, EditorState]], None],
        Callable[[Exception], None],
    ]:
        """The queue's (prepare, done, failed) for `action`."""
        db = self._db
        assert db is not None

        def prepare() -> Callable[[], tuple[Any, EditorState]]:
            draft = self._draft
            assert draft is not None
            self._changed = True

            def work() -> tuple[Any, EditorState]:
                return action(db, draft), load_state(db, draft.id)

            return work

        return (
            prepare,
            lambda outcome: self._on_done(outcome, then),
            lambda exc: self._on_failed(exc, on_conflict),
        )

    def _on_done(
        self, outcome: tuple[Any, EditorState], then: Callable[[Any], None] | None = None
    ) -> None:
        result, state = outcome
        self._show_state(state)
        if then is not None:
            then(result)

    def _on_failed(self, exc: Exception, on_conflict: OnConflict | None = None) -> None:
        from itepad.store.concurrency import ConflictError

        if connection_lost(self, self.queue, exc):
            self.state.setText(self.tr("Not saved yet: the connection was lost (Ctrl+S retries)"))
            return
        if isinstance(exc, ConflictError) and on_conflict is not None:
            self.queue.hold()  # the actions after it wait for the user's choice
            self.state.setText(self.tr("Not saved yet: someone else saved first"))
            on_conflict(exc)
            return
        refuse(self, self.queue, exc, self.tr("Not saved"))
        self.message.emit(self.tr("Not saved: {reason}").format(reason=exc), MESSAGE_MS)
        self.reload()  # show what the database holds

    def _on_load_failed(self, exc: Exception) -> None:
        if connection_lost(self, self.queue, exc):
            return  # the module stays open as it was; Retry reads it again
        refuse(self, self.queue, exc, self.tr("Cannot open the module"))
        self.closed.emit()  # e.g. deleted by another user: back to the list, read again

    def _resolve(
        self,
        exc: ConflictError,
        what: str,
        labels: tuple[tuple[str, str], ...],
        changes: tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None],
        keep_mine: Callable[[dict[str, Any]], Action],
        again: OnConflict,
    ) -> None:
        """Ask how to settle a refused save. `changes` is (base, mine, theirs) as dicts;
        `keep_mine(merged)` saves mine on top, and `again` handles its own refusal."""
        draft = self._draft
        assert draft is not None
        base, mine, theirs = changes
        merged = laid_over(base, mine, theirs) if theirs is not None else mine
        fields = [] if theirs is None else conflicts.compared(labels, merged, theirs, draft)

        def then(choice: Choice) -> None:
            self.conflict_dialog = None
            if choice is Choice.KEEP_MINE:
                self.state.setText(self.tr("Saving…"))
                self.queue.resume(*self._job(keep_mine(merged), on_conflict=again))
                return
            self.queue.discard_held()
            self.message.emit(self.tr("Showing the version saved by someone else"), MESSAGE_MS)
            self.reload()

        self.conflict_dialog = ask(self, what, fields, then, deleted=theirs is None)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            return  # "Saving…" is said by the actions: reading the module again is not saving
        if self.queue.held:
            return  # "Not saved yet" stays until the user has settled it
        self.state.setText(self.tr("All changes saved"))
        if self._changed:
            self._changed = False
            self.saved.emit()

    def _save_details(self, details: ModuleDetails) -> None:
        self._act(
            lambda db, d: editing.update_details(db, d.id, details, version=d.version),
            on_conflict=lambda exc: self._details_conflict(exc, details),
        )

    def _details_conflict(self, exc: ConflictError, details: ModuleDetails) -> None:
        draft = self._draft
        assert draft is not None
        theirs = conflicts.details_of(exc.current) if exc.current is not None else None

        def keep_mine(merged: dict[str, Any]) -> Action:
            mine, now = conflicts.module_details(merged), version_now(exc)
            return lambda db, d: editing.update_details(db, d.id, mine, version=now)

        self._resolve(
            exc,
            self.tr("module"),
            conflicts.DETAIL_LABELS,
            (asdict(draft.details), asdict(details), theirs),
            keep_mine,
            lambda again: self._details_conflict(again, details),
        )

    def _session_conflict(
        self, exc: ConflictError, session_id: int, change: dict[str, Any]
    ) -> None:
        """`change`: the session's fields or times the refused save was about to write."""
        draft = self._draft
        assert draft is not None
        session = draft.session(session_id)
        base = conflicts.session_of(session) if session is not None else {}
        theirs = conflicts.session_row(exc.current) if exc.current is not None else None

        def keep_mine(merged: dict[str, Any]) -> Action:
            now = version_now(exc)
            if "starts_at" in change:
                starts, ends = merged["starts_at"], merged["ends_at"]
                return lambda db, d: editing.set_session_times(
                    db, session_id, starts, ends, version=now
                )
            fields = conflicts.session_fields(merged)
            return lambda db, d: editing.update_session(db, session_id, fields, version=now)

        self._resolve(
            exc,
            self.tr("session"),
            conflicts.SESSION_LABELS,
            (base, {**base, **change}, theirs),
            keep_mine,
            lambda again: self._session_conflict(again, session_id, change),
        )

    def _add_outcome(self) -> None:
        self.save_now()

        def select(outcome_id: int) -> None:
            self.outcomes.select(outcome_id)
            self.outcomes.text.setFocus()

        self._act(lambda db, d: editing.add_outcome(db, d.id), then=select)

    def _change_sessions(
        self, action: Action, *, select: int | None = None, select_result: bool = False
    ) -> None:
        """A change of the plan: fields being edited are saved first, then the session shown."""
        self.save_now()

        def then(result: Any) -> None:
            self.sessions.select(result if select_result else select)

        self._act(action, then=then)

    def _add_session(self) -> None:
        self.save_now()

        def then(session_id: int) -> None:
            self.sessions.select(session_id)
            self.sessions.panel.title.setFocus()
            self.sessions.panel.title.selectAll()  # type the new session's title at once

        self._act(lambda db, d: editing.add_session(db, d.id), then=then)

    def _remove_session(self, session_id: int) -> None:
        draft = self._draft
        ids = [s.id for s in draft.sessions] if draft else []
        index = ids.index(session_id) if session_id in ids else -1
        rest = ids[index + 1 :] or ids[:index][-1:]
        self._change_sessions(
            lambda db, d: editing.remove_session(db, session_id),
            select=rest[0] if rest else None,
        )

    def _save_session_fields(self, session_id: int, fields: SessionFields) -> None:
        self._act(
            lambda db, d: editing.update_session(
                db, session_id, fields, version=_session_version(d, session_id)
            ),
            on_conflict=lambda exc: self._session_conflict(exc, session_id, asdict(fields)),
        )

    def _save_session_times(self, session_id: int, starts: datetime, ends: datetime) -> None:
        times = {"starts_at": starts, "ends_at": ends}
        self._act(
            lambda db, d: editing.set_session_times(
                db, session_id, starts, ends, version=_session_version(d, session_id)
            ),
            then=lambda _result: self.sessions.select(session_id),
            on_conflict=lambda exc: self._session_conflict(exc, session_id, times),
        )

    # --- files ------------------------------------------------------------------------------

    def save_as_template(self) -> None:
        draft = self._draft
        if draft is None:
            return
        folder = user_template_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = ask_save_path(
            self,
            self.tr("Save {code} as a course template").format(code=draft.details.code),
            f"{template_id_for(draft.details.title)}.md",
            self.tr("Course templates (*.md)"),
            folder_key=FOLDER_KEY,
            folder=folder,
        )
        if path is None:
            return
        self._write(
            lambda db, d: _template_file(db, d, path),
            self.tr("Saved the template to {path}; new modules can start from it.").format(
                path=path
            ),
        )

    def export_calendar(self) -> None:
        draft = self._draft
        if draft is None:
            return
        path = ask_save_path(
            self,
            self.tr("Export the sessions of {code}").format(code=draft.details.code),
            f"{template_id_for(draft.details.code)}.ics",
            self.tr("iCalendar files (*.ics)"),
            folder_key=FOLDER_KEY,
        )
        if path is not None:
            self._write(
                lambda db, d: _calendar_file(db, d, path),
                self.tr("Saved the calendar to {path}").format(path=path),
            )

    def write_handbook(self) -> None:
        draft = self._draft
        if draft is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save the handbook of {code}").format(code=draft.details.code),
            f"{template_id_for(draft.details.code)}-handbook.pdf",
            self.tr("PDF files (*.pdf)"),
            folder_key=FOLDER_KEY,
        )
        if path is not None:
            language = print_language()  # read in the GUI thread, used in the worker
            self._write(
                lambda db, d: _handbook_file(db, d, path, language),
                self.tr("Saved the handbook to {path}").format(path=path),
            )

    def _write(self, action: Action, done: str) -> None:
        """Write a file after the changes asked for so far; say so in the status bar."""
        self.save_now()
        db = self._db
        if db is None:
            return
        self.message.emit(self.tr("Writing…"), 0)

        def prepare() -> Callable[[], Any]:
            draft = self._draft
            assert draft is not None
            return lambda: action(db, draft)

        self.queue.submit(
            prepare,
            lambda _result: self.message.emit(done, MESSAGE_MS),
            self._on_write_failed,
        )

    def _on_write_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.message.emit(self.tr("Nothing was written."), MESSAGE_MS)
        QMessageBox.warning(self, self.tr("Nothing was written"), str(exc))


# These run in a worker, where the PDF and iCalendar libraries are imported too.


def _template_file(db: Database, draft: ModuleDraft, path: Path) -> None:
    from itepad.services.planning import save_as_template

    save_as_template(db, draft.id, path)


def _calendar_file(db: Database, draft: ModuleDraft, path: Path) -> None:
    from itepad.services.calendar_export import write_module_calendar

    write_module_calendar(db, draft.details.code, path)


def _handbook_file(db: Database, draft: ModuleDraft, path: Path, language: str) -> None:
    from itepad.services.handbook import write_module_handbook

    write_module_handbook(db, draft.details.code, path, language)


def _session_version(draft: ModuleDraft, session_id: int) -> int:
    session = draft.session(session_id)
    if session is None:
        raise UserError("This session no longer exists; another user may have deleted it.")
    return session.version

"""The mentoring log of one student teacher: every meeting, with its sign-off state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from itepad.services.signoff import SignatureState
from itepad.ui.mentoring.pickers import fill_people, make_searchable
from itepad.ui.mentoring.signature_banner import FIELD_NAMES, when
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.mentoring import LogMeeting
    from itepad.services.mentoring_edits import Person
    from itepad.store.database import Database

LINK = "meeting:"


def log_html(meetings: Sequence[LogMeeting], tr: Callable[[str], str]) -> str:
    if not meetings:
        return f"<p>{escape(tr('No mentoring meetings yet.'))}</p>"
    parts = []
    for m in reversed(meetings):  # newest first
        head = escape(f"{m.held_at:%Y-%m-%d %H:%M} · {m.mentor} · {m.duration_minutes} min")
        parts.append(f'<h3><a href="{LINK}{m.meeting_id}">{head}</a></h3>')
        parts.append(f"<p><b>{escape(tr('Focus:'))}</b> {escape(m.focus or '—')}</p>")
        sig = m.signature
        if sig.state == SignatureState.CHANGED:
            fields = ", ".join(tr(FIELD_NAMES.get(k, k)) for k in sig.changed_fields)
            text = tr("⚠ Changed since signed on {date} by {who}: {fields}").format(
                date=when(sig.signed_at), who=sig.signed_by, fields=fields
            )
            parts.append(f'<p style="color:#b3261e;"><b>{escape(text)}</b></p>')
        elif sig.state == SignatureState.SIGNED:
            text = tr("✓ Signed by {who} on {date}").format(
                who=sig.signed_by, date=when(sig.signed_at)
            )
            parts.append(f'<p style="color:#2e7d32;">{escape(text)}</p>')
        else:
            parts.append(f"<p><i>{escape(tr('Not signed'))}</i></p>")
        for title, lines in (
            (tr("Targets"), [_target(t) for t in m.targets]),
            (tr("Actions"), [_action(a) for a in m.actions]),
        ):
            if lines:
                items = "".join(f"<li>{escape(line)}</li>" for line in lines)
                parts.append(f"<p><b>{escape(title)}</b></p><ul>{items}</ul>")
    return "".join(parts)


def _target(t: dict[str, object]) -> str:
    due = f" (due {t['due_on']})" if t["due_on"] else ""
    return f"{t['text']}{due} — {t['status']}"


def _action(a: dict[str, object]) -> str:
    owner = f"{a['owner']}: " if a["owner"] else ""
    due = f" (due {a['due_on']})" if a["due_on"] else ""
    return f"{owner}{a['text']}{due} — {a['status']}"


class MentoringLogView(QWidget):
    open_meeting = Signal(int)
    failed = Signal(object)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._request = 0
        self.student = QComboBox()
        make_searchable(self.student)
        self.student.setAccessibleName(self.tr("Student teacher"))
        self.student.setToolTip(self.tr("Type part of a name or email to find a student teacher"))
        self.student.setMinimumContentsLength(40)
        self.student.activated.connect(self.show_log)
        label = QLabel(self.tr("&Student teacher:"))
        label.setBuddy(self.student)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Mentoring log"))
        self.browser.setToolTip(self.tr("Click a meeting's heading to open it"))
        self.browser.anchorClicked.connect(
            lambda url: self.open_meeting.emit(int(url.toString().removeprefix(LINK)))
        )
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.student, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.setFocusProxy(self.student)

    def set_students(self, db: Database, students: Sequence[Person]) -> None:
        self._db = db
        fill_people(self.student, students)
        if self.student.currentIndex() >= 0:
            self.show_log()

    def choose(self, student_id: int) -> None:
        self.student.setCurrentIndex(max(self.student.findData(student_id), 0))
        self.show_log()

    def show_log(self) -> None:
        db, student_id = self._db, self.student.currentData()
        if db is None or student_id is None:
            return
        from itepad.services.mentoring import mentoring_log

        self._request += 1
        request = self._request
        run_in_background(
            lambda: mentoring_log(db, student_id),
            self,
            lambda meetings: self._on_log(request, meetings),
            self.failed.emit,
        )

    def _on_log(self, request: int, meetings: list[LogMeeting]) -> None:
        if request == self._request:
            self.browser.setHtml(log_html(meetings, self.tr))
            self.loaded.emit()

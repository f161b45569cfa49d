"""Undo and redo of what this app session changed, for every editor alike.

Every writing transaction is an audit changeset (store/audit.py); the UndoHistory hears each
one after its commit and keeps them in order. Undo reverts the newest (store/audit_revert.py),
redo reverts that undo. Both are new transactions and new changesets ("Undo: …", "Redo: …"),
refused with a UserError naming the record if a row changed since, which in a shared database
includes changes by other people.

The history is Qt-free and thread-safe: commits are heard in whichever thread wrote, and the
app runs undo / redo in a worker.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from itepad.errors import UserError
from itepad.services.audit_labels import changeset_labels
from itepad.store.audit_revert import revert_changeset
from itepad.store.concurrency import reporting_lost_connections
from itepad.store.database import Database

_histories: weakref.WeakSet[UndoHistory] = weakref.WeakSet()


@dataclass(frozen=True)
class Step:
    changeset_id: int  # what undo (or redo) reverts
    label: str  # the user's action, e.g. "Edit student teacher Anna Nowak"


class UndoHistory:
    """The changesets this session made, newest last, and those undone, ready for redo."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._done: list[Step | int] = []  # an int until its label is looked up
        self._undone: list[Step] = []
        self._own: set[int] = set()  # the changesets of our own undo / redo
        self._listeners: list[Callable[[], None]] = []
        db.audit.add_listener(self._on_commit)
        _histories.add(self)

    def close(self) -> None:
        self.db.audit.remove_listener(self._on_commit)

    def add_listener(self, listener: Callable[[], None]) -> None:
        """`listener()` runs (in the writing thread) whenever the history changes."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def _on_commit(self, changeset_id: int) -> None:
        with self._lock:
            if changeset_id in self._own:
                self._own.discard(changeset_id)
                return
            self._done.append(changeset_id)
            self._undone.clear()
        self._changed()

    # --- what there is to undo ---------------------------------------------------------------

    def undo_steps(self) -> list[Step]:
        """Undoable actions, oldest first (labels are read from the database once)."""
        with self._lock:
            missing = [s for s in self._done if isinstance(s, int)]
        if missing:
            with self.db.engine.connect() as conn:
                labels = changeset_labels(conn, missing)
            with self._lock:
                self._done = [
                    Step(s, labels.get(s, "Change")) if isinstance(s, int) else s
                    for s in self._done
                ]
        with self._lock:
            return [s for s in self._done if isinstance(s, Step)]

    def redo_steps(self) -> list[Step]:
        """Undone actions, the next to redo last."""
        with self._lock:
            return list(self._undone)

    # --- undo / redo -------------------------------------------------------------------------

    def undo(self) -> Step:
        """Revert the newest action; it moves to the redo list."""
        steps = self.undo_steps()
        if not steps:
            raise UserError("There is nothing to undo.")
        step = steps[-1]
        undone = self._revert(step.changeset_id, f"Undo: {step.label}")
        with self._lock:
            self._done.remove(step)
            self._undone.append(Step(undone, step.label))
        self._changed()
        return step

    def redo(self) -> Step:
        with self._lock:
            if not self._undone:
                raise UserError("There is nothing to redo.")
            step = self._undone[-1]
        redone = self._revert(step.changeset_id, f"Redo: {step.label}")
        with self._lock:
            self._undone.remove(step)
            self._done.append(Step(redone, step.label))
        self._changed()
        return step

    def undo_to(self, count: int) -> None:
        """Undo until `count` actions are left done (the undo history view's click)."""
        while len(self.undo_steps()) > count:
            self.undo()

    def redo_to(self, count: int) -> None:
        """Redo until `count` actions are done (a click on an undone step in that view)."""
        while len(self.undo_steps()) < count and self.redo_steps():
            self.redo()

    def _revert(self, changeset_id: int, label: str) -> int:
        where = self.db.location.display_name
        with reporting_lost_connections(where), self.db.engine.begin() as conn:
            new = revert_changeset(conn, self.db.audit, changeset_id, label)
            with self._lock:
                self._own.add(new)  # before the commit tells the listener
        return new

    # --- privacy -----------------------------------------------------------------------------

    def forget_student(self, student_id: int) -> None:
        """Drop every step whose changes are about this student teacher (after an erasure)."""
        with self._lock:
            ids = [s if isinstance(s, int) else s.changeset_id for s in self._done]
            ids += [s.changeset_id for s in self._undone]
        if not ids:
            return
        with self.db.engine.connect() as conn:
            about = {
                int(row[0])
                for row in conn.execute(
                    text(
                        "SELECT DISTINCT changeset_id FROM audit_entry "
                        "WHERE student_id = :s AND changeset_id IN :ids"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"s": student_id, "ids": ids},
                )
            }
        with self._lock:
            self._done = [
                s for s in self._done if (s if isinstance(s, int) else s.changeset_id) not in about
            ]
            self._undone = [s for s in self._undone if s.changeset_id not in about]
        self._changed()


def forget_student_everywhere(db: Database, student_id: int) -> None:
    """Every undo history of this database drops what it knew about the student teacher."""
    for history in list(_histories):
        if history.db is db:
            history.forget_student(student_id)

"""Start the desktop app: show the window first, open the database afterwards.

Importing SQLAlchemy, SQLModel and Alembic takes about half a second, so the window is shown
before anything touches them; the database is opened (and migrated) in a worker thread while
the pages say "Opening database…". A database the app must refuse (newer schema, not an itepad
database) is explained in a message box and the app exits with status 2.

ITEPAD_EXIT_AFTER_SHOW=1 (used by benchmarks/startup.py) prints two lines on stdout,
"itepad: window shown at <unix time>" when the window is first painted and
"itepad: data loaded at <unix time>" once the dashboard shows its figures, then quits.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from itepad import __version__
from itepad.ui.settings import APPLICATION, ORGANISATION
from itepad.ui.translation import install_translations

if TYPE_CHECKING:
    from itepad.store.database import Database

ENV_EXIT_AFTER_SHOW = "ITEPAD_EXIT_AFTER_SHOW"
EXIT_USER = 2  # as the command line: a refused operation


def run(spec: str | None, *, demo: bool = False) -> int:
    """Open the main window on the database `spec` (see itepad.store.engine.resolve).

    With `demo`, the database is `spec` or else demo.sqlite in the data folder, filled with
    the demo data set while it holds no student teachers. Returns the exit status.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    install_translations()  # before any widget takes its texts

    from itepad.ui.main_window import MainWindow

    window = MainWindow()
    window.open_failed.connect(lambda _message: app.exit(EXIT_USER))
    if os.environ.get(ENV_EXIT_AFTER_SHOW) == "1":
        window.first_painted.connect(lambda: _marker("window shown"))
        window.dashboard_loaded.connect(lambda: _marker("data loaded", then_quit=True))
    window.show()
    window.open_database(lambda: open_for_app(spec, demo=demo))
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a PDF being written is finished, not cut
        if window.database is not None:
            window.database.close()


def open_for_app(spec: str | None, *, demo: bool) -> Database:
    """Runs in a worker: open (and migrate) the database; fill a new demo database."""
    from itepad.store.database import open_database

    if demo and spec is None:
        from itepad.store.engine import default_data_dir

        spec = str(default_data_dir() / "demo.sqlite")
    db = open_database(spec)
    try:
        if demo and not _has_student_teachers(db):
            from itepad.services.demo import fill_demo

            fill_demo(db)
    except BaseException:
        db.close()
        raise
    return db


def _has_student_teachers(db: Database) -> bool:
    from sqlalchemy import select
    from sqlmodel import col

    from itepad.store.models import StudentTeacher

    with db.session() as session:
        return session.execute(select(col(StudentTeacher.id)).limit(1)).first() is not None


def _marker(event: str, *, then_quit: bool = False) -> None:
    print(f"itepad: {event} at {time.time():.6f}", flush=True)
    if then_quit:
        QApplication.exit(0)

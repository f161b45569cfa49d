"""The batch dialog: a cohort's portfolios with progress; cancel leaves only complete PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.store.database import Database, open_database
from itepad.ui.batch_dialog import BatchDialog


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


def _largest_cohort(db: Database) -> tuple[str, int]:
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT c.name, count(*) FROM cohort c JOIN student_teacher s "
                "ON s.cohort_id = c.id WHERE s.anonymised_at IS NULL "
                "GROUP BY c.name ORDER BY count(*) DESC"
            )
        ).first()
    assert row is not None
    return str(row[0]), int(row[1])


def test_progress_then_cancel_leaves_only_complete_pdfs(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    cohort, members = _largest_cohort(demo_db)
    folder = tmp_path / "portfolios"
    dialog = BatchDialog(demo_db, cohort, folder, jobs=1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.running and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=60_000)
    assert dialog.bar.maximum() == members
    assert f"of {members} written" in dialog.status.text()
    dialog.reject()  # Escape: cancels, and the dialog stays until the workers are done
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    assert "Cancelling" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=60_000)
    summary = dialog.summary
    assert summary is not None and summary.cancelled and not summary.failures
    assert 1 <= len(summary.written) < members
    files = sorted(folder.iterdir())
    assert files == sorted(summary.written)  # no temporary or partial file
    for pdf in files:
        content = pdf.read_bytes()
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert dialog.status.text().startswith(f"Cancelled: {len(files)} of {members}")
    assert dialog.open_button.isVisible()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_an_unknown_cohort_is_said_in_the_dialog(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = BatchDialog(demo_db, "Nobody", tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=20_000)
    assert dialog.status.text().startswith("No cohort named 'Nobody'")
    assert dialog.summary is None and not dialog.open_button.isVisible()
    assert not (tmp_path / "out").exists()

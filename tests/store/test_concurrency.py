"""Two educators on one PostgreSQL database: a stale save is refused, never silently applied."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from itepad.errors import UserError
from itepad.store.concurrency import (
    ConflictError,
    ConnectionLostError,
    reporting_lost_connections,
    versioned_delete,
    versioned_update,
)
from itepad.store.contents import TABLES
from itepad.store.database import Database, open_database

COHORT = TABLES["cohort"]


def _new_cohort(db: Database) -> int:
    with db.engine.begin() as conn:
        done = conn.execute(
            COHORT.insert().values(name="BEd 2026/27", programme="BEd", academic_year="2026/27")
        )
        assert done.inserted_primary_key is not None
        return int(done.inserted_primary_key[0])


def _load(db: Database, row_id: int) -> dict[str, Any]:
    with db.engine.connect() as conn:
        return dict(conn.execute(select(COHORT).where(COHORT.c.id == row_id)).one()._mapping)


def test_two_clients_second_save_is_refused(pg_url: str) -> None:
    ann, ben = open_database(pg_url), open_database(pg_url)  # two educators, two connections
    try:
        row_id = _new_cohort(ann)
        ann_copy, ben_copy = _load(ann, row_id), _load(ben, row_id)

        with ben.engine.begin() as conn:
            versioned_update(conn, COHORT, row_id, int(ben_copy["version"]), {"programme": "Ben's"})

        with pytest.raises(ConflictError) as conflict, ann.engine.begin() as conn:
            versioned_update(conn, COHORT, row_id, int(ann_copy["version"]), {"programme": "Ann's"})
        assert conflict.value.current is not None
        assert conflict.value.current["programme"] == "Ben's"  # what "compare" shows
        assert "changed this cohort" in str(conflict.value)
        assert _load(ann, row_id)["programme"] == "Ben's"

        # "Keep mine": save again on top of the version now in the database.
        with ann.engine.begin() as conn:
            new = versioned_update(
                conn, COHORT, row_id, int(conflict.value.current["version"]), {"programme": "Ann's"}
            )
        assert _load(ben, row_id)["programme"] == "Ann's" and new == 3
    finally:
        ann.close()
        ben.close()


def test_delete_of_a_changed_record_is_refused(any_db: Database) -> None:
    row_id = _new_cohort(any_db)
    with any_db.engine.begin() as conn:
        versioned_update(conn, COHORT, row_id, 1, {"programme": "changed"})
    with pytest.raises(ConflictError), any_db.engine.begin() as conn:
        versioned_delete(conn, COHORT, row_id, 1)
    with any_db.engine.begin() as conn:
        versioned_delete(conn, COHORT, row_id, 2)
    with pytest.raises(ConflictError, match="deleted"), any_db.engine.begin() as conn:
        versioned_update(conn, COHORT, row_id, 2, {"programme": "too late"})


def test_a_dropped_connection_gives_a_clear_message(pg_url: str) -> None:
    db = open_database(pg_url)
    row_id = _new_cohort(db)
    try:
        with db.engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with db.engine.connect() as admin:  # the server drops the editor's connection
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(ConnectionLostError, match="was lost"):  # noqa: SIM117
                with reporting_lost_connections("the department server"):
                    versioned_update(conn, COHORT, row_id, 1, {"programme": "lost?"})
        # The next unit of work reconnects, and the refused edit was not half-applied.
        assert _load(db, row_id)["version"] == 1
    finally:
        db.close()


def test_unreachable_server_is_refused_with_a_message() -> None:
    with pytest.raises(UserError, match="Cannot open the database"):
        open_database("postgresql+psycopg://itepad@127.0.0.1:9/itepad?connect_timeout=2")

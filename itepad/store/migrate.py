"""Bring a database to the schema this program knows, safely.

Order matters: the schema version is read before anything writes to the file, so that a
database from a newer itepad (or not an itepad database at all) is refused untouched; an
existing SQLite file is backed up before the first migration step runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from itepad.errors import NotAnItepadDatabaseError, SchemaTooNewError, UserError
from itepad.store.backup import timestamped_backup
from itepad.store.engine import DatabaseLocation

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in store/migrations/versions. A test checks it against Alembic's own
# view, so start-up can skip importing Alembic when nothing needs doing.
SCHEMA_HEAD = "0005_audit_trail"


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(Path(__file__).with_name("migrations")))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(Path(__file__).with_name("migrations")))
    head = script.get_current_head()
    assert head is not None
    return head


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """(revision, has_tables) of a SQLite file, read without writing a byte to it."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "alembic_version" not in tables:
                return None, bool(tables)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} is not a readable itepad database: {exc}") from exc


def _server_revision(engine: Engine) -> tuple[str | None, bool]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return (row[0] if row else None), True


def current_revision(location: DatabaseLocation, engine: Engine) -> tuple[str | None, bool]:
    if location.sqlite_path is not None:
        return _sqlite_revision(location.sqlite_path)
    return _server_revision(engine)


def check_and_upgrade(location: DatabaseLocation, engine: Engine) -> Path | None:
    """Refuse a foreign or newer database, else migrate it to SCHEMA_HEAD.

    Returns the backup taken before migrating, if any.
    """
    revision, has_tables = current_revision(location, engine)
    if revision == SCHEMA_HEAD:
        return None
    name = location.display_name
    if revision is None and has_tables:
        raise NotAnItepadDatabaseError(
            f"{name} holds tables that itepad did not create; it was left as it is. "
            "Choose another file or an empty database."
        )
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            f"{name} was written by a newer version of itepad (schema {revision}); this "
            f"version knows schemas up to {SCHEMA_HEAD}. The database was left untouched: "
            "update itepad to open it."
        )
    backup = None
    if revision is not None and location.sqlite_path is not None:
        backup = timestamped_backup(location.sqlite_path, f"before-{SCHEMA_HEAD}")
    upgrade(engine, SCHEMA_HEAD)
    return backup


def upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), target)

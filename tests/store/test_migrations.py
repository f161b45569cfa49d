"""Migrations: the newest revision is what start-up expects, every earlier revision upgrades,
the models match the migrated schema, and what must be refused is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

import itepad.store.models  # noqa: F401
from itepad.errors import NotAnItepadDatabaseError, SchemaTooNewError
from itepad.store import migrate
from itepad.store.backup import backups_dir
from itepad.store.database import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revisions_oldest_first() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(Path(migrate.__file__).with_name("migrations")))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.alembic_head() == migrate.SCHEMA_HEAD


@pytest.mark.parametrize("start", [None, *_revisions_oldest_first()[:-1]])
def test_upgrade_from_every_earlier_revision(sqlite_path: Path, start: str | None) -> None:
    if start is not None:
        engine = create_engine(f"sqlite:///{sqlite_path}")
        migrate.upgrade(engine, start)
        engine.dispose()
    db = open_database(str(sqlite_path))
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    db.close()
    assert version == migrate.SCHEMA_HEAD
    backups = list(backups_dir(sqlite_path).glob("*.sqlite")) if start else []
    assert len(backups) == (1 if start else 0)


def test_models_match_migrated_schema(any_db_url: str) -> None:
    db = open_database(any_db_url)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    db.close()
    assert diff == []


def test_newer_schema_is_refused_and_file_untouched(sqlite_path: Path) -> None:
    open_database(str(sqlite_path)).close()
    conn = sqlite3.connect(sqlite_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before, mtime = _digest(sqlite_path), sqlite_path.stat().st_mtime_ns

    with pytest.raises(SchemaTooNewError, match="newer version of itepad"):
        open_database(str(sqlite_path))

    assert _digest(sqlite_path) == before
    assert sqlite_path.stat().st_mtime_ns == mtime
    assert not sqlite_path.with_name(sqlite_path.name + "-wal").exists()


def test_newer_schema_refused_on_postgresql(pg_url: str) -> None:
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaTooNewError):
        open_database(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_from_the_future"
        )
    engine.dispose()


def test_foreign_database_is_refused_untouched(sqlite_path: Path) -> None:
    conn = sqlite3.connect(sqlite_path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(sqlite_path)
    with pytest.raises(NotAnItepadDatabaseError, match="did not create"):
        open_database(str(sqlite_path))
    assert _digest(sqlite_path) == before


def test_garbage_file_is_refused(sqlite_path: Path) -> None:
    sqlite_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(Exception, match="not a readable itepad database"):
        open_database(str(sqlite_path))

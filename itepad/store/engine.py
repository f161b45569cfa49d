"""Where the database lives and how to connect to it.

The URL comes from --db, then ITEPAD_DATABASE_URL, then a SQLite file in the user data folder.
SQLite connections get WAL, foreign keys and a busy timeout on every connect.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from itepad import APP_NAME
from itepad.errors import UserError

ENV_URL = "ITEPAD_DATABASE_URL"


def default_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return default_data_dir() / "itepad.sqlite"


@dataclass(frozen=True)
class DatabaseLocation:
    """A resolved database address: a SQLite file or a server URL."""

    url: str
    sqlite_path: Path | None  # None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def display_name(self) -> str:
        """Short name for window titles and messages; never shows a password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)


def resolve(spec: str | None = None) -> DatabaseLocation:
    """Turn --db / the environment / the default into a DatabaseLocation."""
    raw = spec or os.environ.get(ENV_URL) or ""
    if not raw:
        return DatabaseLocation(
            "sqlite:///" + str(default_database_path()), default_database_path()
        )
    if "://" not in raw:
        path = Path(raw).expanduser().resolve()
        return DatabaseLocation("sqlite:///" + str(path), path)
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise UserError(f"Database URL {raw!r} is not valid: {exc}") from exc
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UserError(f"Database URL {raw!r} names no file; itepad keeps data in a file.")
        path = Path(url.database).expanduser().resolve()
        return DatabaseLocation("sqlite:///" + str(path), path)
    if url.get_backend_name() == "postgresql":
        # One driver for PostgreSQL: psycopg 3, whatever the URL asked for.
        url = url.set(drivername="postgresql+psycopg")
        return DatabaseLocation(url.render_as_string(hide_password=False), None)
    raise UserError(
        f"Database URL {raw!r}: itepad works with a SQLite file or a PostgreSQL server, "
        f"not {url.get_backend_name()!r}."
    )


def prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by the owner only, before SQLite opens it."""
    if path.exists():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise UserError(f"Cannot create the database file {path}: {exc.strerror}") from exc


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a year of records is worth an fsync per commit.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(location: DatabaseLocation) -> Engine:
    if location.sqlite_path is not None:
        prepare_sqlite_file(location.sqlite_path)
        engine = create_engine(location.url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(location.url, pool_pre_ping=True)

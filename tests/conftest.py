"""Shared fixtures: a fresh database per test, on SQLite and (where a server is given) PostgreSQL.

PostgreSQL tests use the server named by ITEPAD_TEST_POSTGRES_URL (tests/run.sh starts one on
127.0.0.1). Without it they are skipped on a developer's machine and fail under CI, so that a
missing server can never pass for a green run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from itepad.store.database import Database, open_database

PG_ENV = "ITEPAD_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user's data folder or settings."""
    monkeypatch.delenv("ITEPAD_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "itepad.sqlite"


@pytest.fixture
def db(sqlite_path: Path) -> Iterator[Database]:
    database = open_database(str(sqlite_path))
    yield database
    database.close()


def _server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    server = make_url(_server_url())
    name = f"itepad_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, sqlite_path: Path) -> str:
    """The same test on a SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        return str(sqlite_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_db(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    yield database
    database.close()

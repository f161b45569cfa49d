"""An open itepad database: its location, engine and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from itepad.errors import UserError
from itepad.store.audit import AuditTrail
from itepad.store.engine import DatabaseLocation, make_engine, resolve
from itepad.store.migrate import check_and_upgrade


@dataclass
class Database:
    location: DatabaseLocation
    engine: Engine
    backup_before_migration: Path | None = None
    # Who writes, and the hooks that record every change (store/audit.py).
    audit: AuditTrail = field(init=False)

    def __post_init__(self) -> None:
        self.audit = AuditTrail(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def close(self) -> None:
        self.engine.dispose()


def open_database(spec: str | None = None, *, location: DatabaseLocation | None = None) -> Database:
    """Resolve, connect, refuse what must be refused, and migrate to the current schema."""
    location = location or resolve(spec)
    engine = make_engine(location)
    try:
        backup = check_and_upgrade(location, engine)
    except OperationalError as exc:
        engine.dispose()
        raise UserError(f"Cannot open the database {location.display_name}: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(location, engine, backup)

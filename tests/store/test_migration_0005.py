"""Schema 0005: data written at 0004 survives the upgrade and is audited from then on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from itepad.store import migrate
from itepad.store.database import open_database


def test_data_from_0004_survives_and_is_audited_afterwards(sqlite_path: Path) -> None:
    engine = create_engine(f"sqlite:///{sqlite_path}")
    migrate.upgrade(engine, "0004_portfolio_reviews")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cohort (name, programme, academic_year, version) "
                "VALUES ('BEd 2026', 'BEd', '2026/27', 1)"
            )
        )
    engine.dispose()

    db = open_database(str(sqlite_path))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM cohort")).scalar() == "BEd 2026"
            assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 0
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE cohort SET programme = 'BEd Primary', version = version + 1"))
        with db.engine.connect() as conn:
            entry = conn.execute(
                text("SELECT table_name, operation, before, after FROM audit_entry")
            ).one()
    finally:
        db.close()
    assert entry.table_name == "cohort" and entry.operation == "update"
    assert '"programme":"BEd"' in entry.before and '"programme":"BEd Primary"' in entry.after

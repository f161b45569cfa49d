from pathlib import Path

from sqlalchemy import text

from itepad.store.database import Database, open_database


def test_fresh_database_has_seed_data(any_db: Database) -> None:
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM competence_area")).scalar() == 6
        assert conn.execute(text("SELECT count(*) FROM competence")).scalar() == 22
        assert conn.execute(text("SELECT count(*) FROM proficiency_level")).scalar() == 6


def test_sqlite_file_is_private(sqlite_path: Path) -> None:
    open_database(str(sqlite_path)).close()
    assert sqlite_path.stat().st_mode & 0o077 == 0

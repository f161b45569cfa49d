from pathlib import Path

import pytest

from itepad.errors import UserError
from itepad.store.engine import ENV_URL, default_database_path, resolve


def test_default_is_a_file_in_the_user_data_folder(tmp_path: Path) -> None:
    location = resolve(None)
    assert location.sqlite_path == default_database_path()
    assert str(location.sqlite_path).startswith(str(tmp_path))  # XDG_DATA_HOME from conftest


def test_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_URL, str(tmp_path / "env.sqlite"))
    assert resolve(None).sqlite_path == tmp_path / "env.sqlite"
    assert resolve(str(tmp_path / "arg.sqlite")).sqlite_path == tmp_path / "arg.sqlite"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("sqlite:////tmp/x.sqlite", Path("/tmp/x.sqlite")),
        ("/tmp/y.sqlite", Path("/tmp/y.sqlite")),
    ],
)
def test_sqlite_forms(spec: str, expected: Path) -> None:
    assert resolve(spec).sqlite_path == expected


def test_postgresql_url_uses_psycopg_and_hides_password() -> None:
    location = resolve("postgresql://ann:secret@db.example/itepad")
    assert location.url.startswith("postgresql+psycopg://")
    assert location.sqlite_path is None
    assert "secret" not in location.display_name


@pytest.mark.parametrize("spec", ["mysql://u@h/db", "sqlite://", "sqlite:///:memory:", "::://"])
def test_unsupported_urls_are_refused(spec: str) -> None:
    with pytest.raises(UserError):
        resolve(spec)

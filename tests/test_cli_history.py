"""`itepad history`: tab-separated lines, newest first; exit 2 for an unknown student or
module and a bad date."""

from __future__ import annotations

from pathlib import Path

import pytest

from itepad.cli import run


def _lines(capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_history_of_a_student_and_a_module(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "h.sqlite")
    assert run(["--db", db, "demo", "--students", "4"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "list", "students"]) == 0
    email = _lines(capsys)[0][0]
    assert run(["--db", db, "list", "modules"]) == 0
    code = _lines(capsys)[0][0]

    assert run(["--db", db, "history", "--student", email, "--since", "2000-01-01"]) == 0
    lines = _lines(capsys)
    assert lines and all(len(line) == 7 for line in lines)
    assert {line[2] for line in lines} == {"cli"}
    assert any(line[4].startswith("student teacher ") and line[5] == "insert" for line in lines)
    assert run(["--db", db, "history", "--module", code]) == 0
    assert any(line[4].startswith(f"module {code}") for line in _lines(capsys))
    assert run(["--db", db, "history", "--since", "2999-01-01"]) == 0
    assert _lines(capsys) == []


@pytest.mark.parametrize(
    "args",
    [
        ["history", "--student", "nobody@example.org"],
        ["history", "--module", "NO-SUCH"],
        ["history", "--since", "2026-13-01"],
    ],
)
def test_bad_input_exits_2(tmp_path: Path, args: list[str]) -> None:
    try:
        code = run(["--db", str(tmp_path / "h.sqlite"), *args])
    except SystemExit as exc:  # argparse refuses a bad date itself, with status 2
        code = int(str(exc.code))
    assert code == 2

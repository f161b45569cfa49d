"""Property test: whatever a damaged or hostile export holds, import either loads it all or
refuses it with a UserError, and a refused import leaves the database empty."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services.demo import fill_demo
from itepad.store import interchange
from itepad.store.contents import first_table_with_rows
from itepad.store.database import open_database

EDGE_VALUES = st.sampled_from(
    [2**31, -(2**31) - 1, 2**70, "\x00", "x" * 300, "2026-13-45", "2026-11-23T25:00", 1e308, ""]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | EDGE_VALUES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    source = open_database(str(tmp_path_factory.mktemp("src") / "src.sqlite"))
    fill_demo(source, students=5, seed=3, today=date(2026, 11, 23))
    exported = interchange.export_database(source)
    source.close()
    return exported


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_import_is_all_or_nothing(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    mutated = copy.deepcopy(document)
    tables = sorted(t for t, rows in mutated["tables"].items() if rows)
    for _ in range(data.draw(st.integers(1, 3))):
        table = data.draw(st.sampled_from(tables))
        rows = mutated["tables"][table]
        row = data.draw(st.sampled_from(rows))
        field = data.draw(st.sampled_from(sorted(row)))
        row[field] = data.draw(JSON_VALUES)
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "in.json"
    path.write_text(json.dumps(mutated), encoding="utf-8")
    db = open_database(str(folder / "db.sqlite"))
    try:
        try:
            interchange.import_document(db, path)
        except UserError:
            with db.engine.connect() as conn:
                assert first_table_with_rows(conn) is None
    finally:
        db.close()


@settings(max_examples=40, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_are_refused_cleanly(
    raw: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder: Path = tmp_path_factory.mktemp("bytes")
    path = folder / "in.json"
    path.write_bytes(raw)
    db = open_database(str(folder / "db.sqlite"))
    try:
        with pytest.raises(UserError):
            interchange.import_document(db, path)
    finally:
        db.close()

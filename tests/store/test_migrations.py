"""Every released schema opens under the latest with every row intact. A fixture
database of each released schema lives in fixtures/ (see make_fixture.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scamscreen.store import CaseLog
from scamscreen.store.schema import known_migrations

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.db"))
TABLES = ("contacts", "observables", "checklist_progress", "settings")


def rows_of(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = [
                dict(zip(columns, row, strict=True))
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            ]
        return out
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_first_and_the_current_schema():
    names = [p.name for p in FIXTURES]
    assert "schema-001.db" in names
    assert f"schema-{len(known_migrations()):03d}.db" in names


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_an_old_schema_opens_under_the_latest_with_every_row_intact(tmp_path, fixture):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(fixture, home / "scamscreen.db")
    before = rows_of(home / "scamscreen.db")
    assert before["contacts"], "the fixture holds contacts"
    with CaseLog.open(home) as log:
        assert log.recovery is None
        assert log.schema_version == len(known_migrations())
        found = log.search("anydesk")  # full text works on rows older than the index
        assert [r["uid"] for r in found] == ["fixture-0001"]
        assert log.checklist_progress(1, "recovery") == {"call_bank": True}
        assert [r["id"] for r in log.seen_before(1)] == []
    after = rows_of(home / "scamscreen.db")
    for table in TABLES:
        for old, new in zip(before[table], after[table], strict=True):
            assert {k: new[k] for k in old} == old  # every old value kept as it was

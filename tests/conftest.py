"""Shared fixtures. The screener loads the shipped data once per test session."""

from __future__ import annotations

import os

import pytest

# No test needs a display; later UI tests drive real widgets offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests never write into the real user's cache folder."""
    os.environ["SCAMSCREEN_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def screener():
    from scamscreen.core.screening import Screener

    return Screener.load()


@pytest.fixture
def add_copies():
    return _add_copies


def _add_copies(log, template: dict, count: int) -> list[int]:
    """`count` copies of a saved contact, inserted in one go (for tests that need many
    rows without screening each): distinct uids, notes mentioning TeamViewer and a
    number, dates spread over a year. Returns their ids."""
    keep = (
        "channel",
        "claimed_org",
        "verdict",
        "score",
        "engine_version",
        "data_version",
        "outcome",
    )
    ids = []
    with log.writing():
        for n in range(count):
            row = {k: template[k] for k in keep}
            row.update(
                uid=f"bulk-{n}",
                notes=f"wanted teamviewer again, call {n}",
                created_at=template["created_at"],
                updated_at=template["created_at"],
                contacted_at=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T00:00:{n % 60:02d}Z",
                requests="[]",
                findings="[]",
            )
            ids.append(log.insert_row(row, []))
    return ids

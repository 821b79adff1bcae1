from __future__ import annotations

import pytest

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog


@pytest.fixture
def log(tmp_path):
    with CaseLog.open(tmp_path / "home") as opened:
        yield opened


@pytest.fixture
def save(log, screener):
    """Screen a contact given as keyword fields and save it; returns the new id."""

    def _save(extra: dict | None = None, **fields) -> int:
        contact = parse_contact(fields)
        result = screener.screen(contact)
        return log.add(contact, result, data_version=screener.data_version, **(extra or {})).id

    return _save

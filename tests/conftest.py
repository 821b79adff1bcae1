"""Shared fixtures. The screener loads the shipped data once per test session."""

from __future__ import annotations

import os

import pytest

# No test needs a display; later UI tests drive real widgets offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def screener():
    from scamscreen.core.screening import Screener

    return Screener.load()

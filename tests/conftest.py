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

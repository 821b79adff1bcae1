"""What the command line prints is for people: no internal names (`log_command`,
`confirmed_scam`, `bank-of-america`), no silent fallbacks (`--lang fr`, `--region ZZ`),
and nothing cut short that the person asked to see (`log show`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LONG_STORY = (
    "He said he was from Bank of America's fraud team and that my account had been "
    "used to buy gift cards in another state. He asked me to install AnyDesk so he could "
    "protect my money, then to buy more gift cards to trap the thief, and the very last "
    "thing he said was that I must not tell my daughter about the investigation."
)


def scamscreen(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCAMSCREEN_")}
    env.update(SCAMSCREEN_HOME=str(home), SCAMSCREEN_CACHE=str(home.parent / "cache"),
               PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "scamscreen", *args], input=stdin, capture_output=True,
        text=True, env=env, timeout=120,
    )


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    contact = {"channel": "phone_inbound", "claimed_org": "Bank of America", "text": LONG_STORY}
    result = scamscreen("log", "add", "--json", home=home, stdin=json.dumps(contact))
    assert result.returncode == 0, result.stderr
    return home


@pytest.mark.parametrize(
    ("args", "commands"),
    [
        (["log"], ["add", "search", "stats"]),
        (["lists"], ["add", "show", "import-ftc"]),
        (["lists", "team"], ["add", "sync"]),
        (["feed"], ["keygen", "build"]),
    ],
)
def test_a_command_group_without_its_command_lists_what_it_can_do(args, commands, tmp_path):
    result = scamscreen(*args, home=tmp_path / "home")
    assert result.returncode == 2
    assert "_command" not in result.stderr, result.stderr
    for command in commands:
        assert command in result.stderr


def test_a_language_without_words_says_so_and_carries_on_in_english(tmp_path):
    for code in ("fr", "xx"):
        result = scamscreen("--lang", code, "check", "--text", "hello", home=tmp_path / "h")
        assert result.returncode == 0
        assert f"does not speak “{code}”" in result.stderr
        assert "en, es" in result.stderr
        assert "No red flags found" in result.stdout


def test_a_regional_spanish_needs_no_warning(tmp_path):
    result = scamscreen("--lang", "es_MX", "check", "--text", "hola", home=tmp_path / "h")
    assert result.returncode == 0 and result.stderr == ""
    assert "No se encontraron señales" in result.stdout


@pytest.mark.parametrize("code", ["ZZ", "UK", "1A"])
def test_an_unknown_region_is_refused_on_the_command_line(code, tmp_path):
    result = scamscreen("check", "--region", code, "--text", "hi", home=tmp_path / "h")
    assert result.returncode == 2
    assert "--region" in result.stderr and "such as US" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_region_is_refused_in_json_naming_the_field(tmp_path):
    result = scamscreen("check", "--json", home=tmp_path / "h",
                        stdin='{"region": "ZZ", "phone": "555 0100"}')
    assert result.returncode == 2
    assert "'region'" in result.stderr and "ZZ" in result.stderr


def test_a_report_without_country_uses_the_default_country(home):
    """(tests/cli/test_report.py shows a country set in the settings wins.)"""
    result = scamscreen("report", "1", home=home)
    assert result.returncode == 0, result.stderr
    assert "no reporting centre on file for your country" not in result.stdout
    assert "Federal Trade Commission" in result.stdout


def test_outcomes_and_verdicts_are_words_not_ids(home):
    result = scamscreen("log", "outcome", "1", "confirmed_scam", home=home)
    assert result.returncode == 0
    assert "Confirmed scam" in result.stdout and "confirmed_scam" not in result.stdout
    shown = scamscreen("log", "show", "1", home=home).stdout
    assert "Likely scam" in shown and "likely_scam" not in shown
    assert "They phoned me" in shown and "phone_inbound" not in shown


def test_stats_have_headings_and_organisation_names(home):
    result = scamscreen("log", "stats", home=home)
    assert result.returncode == 0
    assert "Contacts per week" in result.stdout and "Week of" in result.stdout
    assert "Most impersonated" in result.stdout
    assert "Bank of America" in result.stdout and "bank-of-america" not in result.stdout
    assert "likely_scam" not in result.stdout


def test_stats_of_an_empty_log_say_so(tmp_path):
    result = scamscreen("log", "stats", home=tmp_path / "empty")
    assert result.returncode == 0
    assert result.stdout.strip() == "No contacts saved yet."


def test_log_show_prints_the_whole_story_and_search_marks_a_cut(home):
    shown = scamscreen("log", "show", "1", home=home).stdout
    assert "must not tell my daughter about the investigation." in " ".join(shown.split())
    listed = scamscreen("log", "search", "anydesk", home=home).stdout
    assert "…" in listed and "investigation" not in listed

"""The release workflow's feed, made here as the workflow makes it: its address from the
repository, data/'s feed files signed with `scamscreen feed build`, and a client that
updates from it (served on 127.0.0.1) and uses it."""

from __future__ import annotations

import functools
import importlib.util
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scamscreen.cli import run as cli
from scamscreen.core.data import data_dir
from scamscreen.feeds import active
from scamscreen.feeds.update import update

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"


def release_feed():
    spec = importlib.util.spec_from_file_location(
        "release_feed", ROOT / "packaging" / "release_feed.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("repository", "override", "expected"),
    [
        ("Owner/ScamScreen", None, "https://owner.github.io/ScamScreen/feed/"),
        ("owner/scamscreen", "", "https://owner.github.io/scamscreen/feed/"),
        ("Some-Org/some-org.github.io", None, "https://some-org.github.io/feed/"),
        ("owner/repo", "https://updates.example.org/feed/", "https://updates.example.org/feed/"),
        ("owner/repo", "none", ""),
        (None, "NONE", ""),
    ],
)
def test_the_feeds_address_comes_from_the_repository(repository, override, expected):
    assert release_feed().address(repository, override) == expected


@pytest.mark.parametrize("repository", [None, "", "no-slash", "a/b/c", "a/b c"])
def test_no_address_is_made_up_without_a_repository(repository):
    with pytest.raises(ValueError):
        release_feed().address(repository, None)


def test_the_address_on_the_command_line():
    command = [sys.executable, str(ROOT / "packaging" / "release_feed.py"), "address"]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GITHUB_REPOSITORY", "SCAMSCREEN_FEED_ADDRESS")
    }
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=30,
        env={**env, "GITHUB_REPOSITORY": "Owner/ScamScreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "https://owner.github.io/ScamScreen/feed/"
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, env=env)
    assert done.returncode == 2 and "GITHUB_REPOSITORY" in done.stderr


def serve(folder: Path):
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def test_data_makes_a_feed_that_a_client_accepts(tmp_path, capsys, monkeypatch):
    """What release.yml does, with a key made here in place of the repository's secret
    (trusted the way a test or a help desk's own key is: SCAMSCREEN_TRUSTED_KEYS)."""
    feed_src = tmp_path / "feed-src"
    names = release_feed().feed_input(feed_src)
    assert "vendors/microsoft.json" in names and "indicators/rules.json" in names
    assert "advice.json" in names and "checklists/verify.json" in names
    assert not [n for n in names if n.endswith(".md") or n.startswith(("authorities/", "i18n/"))]
    assert "seed.csv" not in " ".join(names)

    keys = tmp_path / "keys"
    assert cli(["feed", "keygen", "--out", str(keys), "--name", "release"]) == 0
    site = tmp_path / "site"
    build = ["feed", "build", "--key", str(keys / "release.key"), "--input", str(feed_src)]
    build += ["--out", str(site / "feed"), "--version", "202612011200", "--expires", "2099-01-31"]
    assert cli(build) == 0, capsys.readouterr().err
    monkeypatch.setenv(active.TRUSTED_KEYS_ENV, str(keys / "release.pub"))
    httpd = serve(site)
    try:
        home = tmp_path / "home"
        url = f"http://127.0.0.1:{httpd.server_address[1]}/feed/"
        result = update(home, url, [keys / "release.pub"])
        assert result.updated and result.version == 202612011200
        assert sorted(result.files) == names
        assert active.active_data_dir(home) != data_dir()  # the feed's data in use
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_release_workflow_builds_signs_and_publishes_the_feed():
    """The parts of release.yml that matter, read as text (CI runs it)."""
    text = (WORKFLOWS / "release.yml").read_text("utf-8")
    for part in (
        "types: [published]",
        "secrets.SCAMSCREEN_FEED_KEY",
        "scamscreen feed build",
        "packaging/release_feed.py input",
        "packaging/release_feed.py address",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "--update-source",
        'python-version: "3.11"',
    ):
        assert part in text, part
    # The key goes to a private temporary file that is removed, and is never printed.
    assert "umask 077" in text and 'rm -f "$key"' in text
    assert 'echo "$SCAMSCREEN_FEED_KEY' not in text and 'cat "$key"' not in text
    windows = (WORKFLOWS / "windows.yml").read_text("utf-8")
    assert "packaging/release_feed.py address" in windows and "--update-source" in windows

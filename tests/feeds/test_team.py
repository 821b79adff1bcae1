"""Team lists: a help desk's known-scam numbers in a folder on a share or at a web
address (served here from 127.0.0.1), read into the lists and used by screening."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scamscreen import cli
from scamscreen.core.contact import parse_contact
from scamscreen.core.errors import ListError
from scamscreen.feeds import team
from scamscreen.store.lists import KnownLists

GOOD = (
    "number,source,note\n"
    "+1 844 555 0101,https://helpdesk.example/tickets/81,Called three users as Microsoft\n"
    "(844) 555-0102,https://helpdesk.example/tickets/82,Gift-card caller\n"
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web(tmp_path):
    """A web server on 127.0.0.1 serving the folder `www`."""
    root = tmp_path / "www"
    root.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture
def lists(tmp_path):
    with KnownLists.open(tmp_path / "home") as opened:
        yield opened


def scam_values(lists, source):
    return sorted(e["value"] for e in lists.entries("scam") if e["source"] == source)


def test_a_team_folder_is_read_and_its_numbers_are_findings(lists, tmp_path, screener):
    share = tmp_path / "share"
    share.mkdir()
    (share / "numbers.csv").write_text(GOOD, encoding="utf-8")
    done = team.add(lists, "helpdesk", str(share))
    assert (done.entries, done.problem) == (2, "")
    assert scam_values(lists, "team:helpdesk") == ["+18445550101", "+18445550102"]
    screener.known_scams = lists
    try:
        result = screener.screen(
            parse_contact({"channel": "phone_inbound", "phone": "844-555-0102"})
        )
    finally:
        screener.known_scams = None
    text = " ".join(f.detail for f in result.findings)
    assert "your team's list" in text and "helpdesk" in text


def test_a_team_list_at_a_web_address_is_fetched(lists, web):
    root, base = web
    (root / "scams.csv").write_text(GOOD, encoding="utf-8")
    done = team.add(lists, "north-office", f"{base}/scams.csv")
    assert done.entries == 2
    assert team.team_lists(lists) == {"north-office": f"{base}/scams.csv"}


def test_a_list_that_cannot_be_read_keeps_its_old_entries(lists, tmp_path, web):
    root, base = web
    (root / "scams.csv").write_text(GOOD, encoding="utf-8")
    team.add(lists, "helpdesk", f"{base}/scams.csv")
    (root / "scams.csv").unlink()  # the server now answers 404
    (result,) = team.sync(lists)
    assert result.entries is None and "Nothing was changed" in result.problem
    assert len(scam_values(lists, "team:helpdesk")) == 2


def test_bad_lines_are_named_and_the_rest_is_used(lists, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.csv").write_text(GOOD + "not a number,https://x.example,?\n", encoding="utf-8")
    done = team.add(lists, "helpdesk", str(share))
    assert done.entries == 2
    assert "line 4" in done.problem and "a.csv" in done.problem


@pytest.mark.parametrize(
    ("name", "source", "words"),
    [
        ("Help Desk!", "/", "cannot name a team list"),
        ("helpdesk", "/no/such/folder", "not a folder"),
        ("helpdesk", "http://192.0.2.1/list.csv", "http"),
    ],
)
def test_a_wrong_name_or_source_is_refused_in_words(lists, name, source, words):
    with pytest.raises(ListError, match=words):
        team.add(lists, name, source)
    assert team.team_lists(lists) == {}


def test_removing_a_team_list_removes_its_entries(lists, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "numbers.csv").write_text(GOOD, encoding="utf-8")
    team.add(lists, "helpdesk", str(share))
    assert team.remove(lists, "helpdesk") is True
    assert scam_values(lists, "team:helpdesk") == []
    assert team.remove(lists, "helpdesk") is False


def test_the_command_line(tmp_path, capsys):
    share = tmp_path / "share"
    share.mkdir()
    (share / "numbers.csv").write_text(GOOD, encoding="utf-8")
    home = str(tmp_path / "home")
    assert cli.run(["--data-dir", home, "lists", "team", "add", "helpdesk", str(share)]) == 0
    assert "helpdesk: 2 entries." in capsys.readouterr().out
    assert cli.run(["--data-dir", home, "lists", "team", "show"]) == 0
    assert str(share) in capsys.readouterr().out
    assert cli.run(["--data-dir", home, "lists", "team", "sync"]) == 0
    assert cli.run(["--data-dir", home, "lists", "team", "remove", "helpdesk"]) == 0
    assert cli.run(["--data-dir", home, "lists", "team", "remove", "helpdesk"]) == 2


def test_a_fifo_on_the_share_is_refused_not_waited_on(lists, tmp_path):
    """A pipe named like a list (x.csv) would make the read wait for ever (issue 12)."""
    import os

    share = tmp_path / "share"
    share.mkdir()
    (share / "a.csv").write_text(GOOD, encoding="utf-8")
    os.mkfifo(share / "b.csv")
    done = team.add(lists, "helpdesk", str(share))
    assert done.entries is None
    assert "b.csv: cannot read it (it is not a file but a device, a pipe" in done.problem

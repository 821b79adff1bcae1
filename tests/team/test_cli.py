"""The team commands as a person runs them (real processes, a real server): the words
of the contract, secure addresses, the keyring, the outbox, and no password ever shown."""

from __future__ import annotations

import json
import socket
import stat

import psycopg
import pytest

SCAM = {"channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0177",
        "text": "Caller from Microsoft wanted AnyDesk and gift cards.",
        "reported_by": "Jo Caller", "reporter_email": "jo@example.org"}
QUEUED = "Saved on this computer; it will go to your team when the server is back."


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again: nothing listens there


def test_add_user_json_password_works_once_shown(cli, team, tmp_path):
    done = cli("team", "add-user", "carol", "--role", "staff", "--desk", "north",
               "--url", team.owner_url, "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["user"] == "carol" and len(made["password"]) >= 24
    with psycopg.connect(team.cluster.url("carol", made["password"])) as conn:
        assert conn.execute("SELECT scamscreen.my_desk()").fetchone() == ("north",)
    again = cli("team", "add-user", "carol", "--role", "staff", "--url", team.owner_url,
                home=tmp_path / "home")
    assert again.returncode == 2 and "already" in again.stderr
    assert team.cluster.owner_password not in again.stderr + again.stdout


def test_init_again_says_up_to_date(cli, team, tmp_path):
    done = cli("team", "init", "--url", team.owner_url, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout


def test_log_commands_use_the_team_store(cli, team, tmp_path):
    home = tmp_path / "home"
    url = team.url("alice")
    added = cli("--team", url, "log", "add", "--json", stdin=json.dumps(SCAM), home=home)
    assert added.returncode == 0, added.stderr
    stored = json.loads(added.stdout)
    assert stored["id"] and stored["verdict"] == "likely_scam"
    assert not (home / "scamscreen.db").exists()  # nothing went to this computer's log
    env = {"SCAMSCREEN_TEAM_URL": team.url_without_password("alice"),
           "PGPASSWORD": team.users["alice"]}
    found = cli("log", "search", "anydesk", "--json", home=home, env=env)
    assert found.returncode == 0, found.stderr
    assert stored["id"] in [c["id"] for c in json.loads(found.stdout)["contacts"]]
    shown = cli("log", "show", str(stored["id"]), "--json", home=home, env=env)
    assert json.loads(shown.stdout)["uid"] == stored["uid"]
    assert "Jo Caller" not in shown.stdout  # the reporter only when asked (and audited)
    asked = json.loads(cli("log", "show", str(stored["id"]), "--json", "--reporter",
                           home=home, env=env).stdout)
    assert asked["reporter"] == {"name": "Jo Caller", "phone": None,
                                 "email": "jo@example.org"}
    assert cli("log", "seen", str(stored["id"]), home=home, env=env).returncode == 0
    marked = cli("log", "outcome", str(stored["id"]), "confirmed_scam", "--money-lost", "250",
                 home=home, env=env)
    assert marked.returncode == 0, marked.stderr
    stats = cli("log", "stats", "--json", home=home, env=env)
    assert json.loads(stats.stdout)["by_week"]
    # staff may not delete nor export: the server says no, in one line
    for args in (["log", "delete", str(stored["id"])], ["export"]):
        refused = cli(*args, home=home, env=env)
        assert refused.returncode == 2, refused.stderr
        assert "Traceback" not in refused.stderr and team.users["alice"] not in refused.stderr
    # the lead exports, without the reporter unless asked
    lead = {"SCAMSCREEN_TEAM_URL": team.url("lena")}
    plain = json.loads(cli("export", home=home, env=lead).stdout)
    mine = next(c for c in plain["contacts"] if c["uid"] == stored["uid"])
    assert mine["reported_by"] is None and "reporter_email" not in mine
    full = json.loads(cli("export", "--with-reporter", home=home, env=lead).stdout)
    mine = next(c for c in full["contacts"] if c["uid"] == stored["uid"])
    assert mine["reported_by"] == "Jo Caller" and mine["reporter_email"] == "jo@example.org"
    table = cli("export", "--format", "csv", home=home, env=lead)
    assert table.returncode == 0 and table.stdout.startswith("id,uid,contacted_at")
    assert "Jo Caller" not in table.stdout
    assert cli("log", "delete", str(stored["id"]), home=home, env=lead).returncode == 0


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_the_client_refuses_unverified_connections(cli, team, tmp_path, mode):
    url = team.url("alice", sslmode=mode)
    done = cli("--team", url, "log", "search", home=tmp_path / "home")
    assert done.returncode == 2
    assert "Refused: sslmode=" + mode in done.stderr and "Traceback" not in done.stderr
    assert team.users["alice"] not in done.stderr + done.stdout


def test_insecure_loopback_allows_the_client_but_the_server_still_refuses(cli, team, tmp_path):
    url = team.url("alice", sslmode="disable")
    done = cli("--team", url, "--insecure-loopback", "log", "search", home=tmp_path / "home")
    assert done.returncode == 2
    assert "Refused" not in done.stderr and "pg_hba.conf" in done.stderr
    assert team.users["alice"] not in done.stderr


def test_insecure_loopback_is_only_for_this_computer(cli, tmp_path):
    done = cli("--team", "postgresql://alice:secret-pw@db.example.org/team?sslmode=require",
               "--insecure-loopback", "log", "search", home=tmp_path / "home")
    assert done.returncode == 2 and "only to this computer" in done.stderr
    assert "secret-pw" not in done.stderr


def test_a_wrong_password_is_refused_and_never_echoed(cli, team, tmp_path):
    done = cli("--team", team.cluster.url("alice", "Wrong-Pass-123"), "log", "search",
               home=tmp_path / "home")
    assert done.returncode == 2 and "password is wrong" in done.stderr
    assert "Wrong-Pass-123" not in done.stderr + done.stdout


def test_join_keeps_the_address_in_settings_and_the_password_in_the_keyring(cli, team, tmp_path):
    home = tmp_path / "home"
    joined = cli("team", "join", team.url_without_password("alice"), "--password-stdin",
                 stdin=team.users["alice"] + "\n", home=home)
    assert joined.returncode == 0, joined.stderr
    assert "alice" in joined.stdout and "north" in joined.stdout
    assert team.users["alice"] not in joined.stdout + joined.stderr
    keyring = json.loads((tmp_path / "keyring.json").read_text())
    assert team.users["alice"] in keyring.values()
    for path in home.rglob("*"):  # the settings (the case log) hold no password
        if path.is_file():
            assert team.users["alice"].encode() not in path.read_bytes(), path
    found = cli("log", "search", "--json", home=home)  # no --team, no password given
    assert found.returncode == 0, found.stderr


def test_the_outbox_keeps_contacts_until_the_server_is_back(cli, team, tmp_path):
    home = tmp_path / "home"
    away = team.cluster.url("alice", team.users["alice"]).replace(
        f":{team.cluster.port}/", f":{_dead_port()}/")
    queued = cli("--team", away, "log", "add", "--json", stdin=json.dumps(SCAM), home=home)
    assert queued.returncode == 0, queued.stderr
    assert QUEUED in queued.stderr and json.loads(queued.stdout)["queued"] is True
    uid = json.loads(queued.stdout)["uid"]
    outbox = home / "team-outbox.db"
    assert stat.S_IMODE(outbox.stat().st_mode) == 0o600
    assert team.users["alice"].encode() not in outbox.read_bytes()
    sent = cli("--team", team.url("alice"), "team", "sync", home=home)
    assert sent.returncode == 0, sent.stderr
    assert "Sent to your team: 1" in sent.stdout
    again = cli("--team", team.url("alice"), "team", "sync", home=home)
    assert "Nothing is waiting" in again.stdout
    with team.connect("alice") as conn:
        assert conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE uid = %s",
                            [uid]).fetchone() == (1,)


HOSTILE = ["'); DROP TABLE scamscreen.contacts; --", "a & | ! :*", "\"unbalanced", "'",
           "((", "!!!", "<->", "x:* & !y", "\\", "%_%", "\x00", "or 1=1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_search_text_with_sql_and_tsquery_syntax_is_harmless(cli, team, tmp_path, text):
    from scamscreen.store.team.log import TeamLog

    if "\x00" in text:  # (a NUL cannot be an argument; the store gets it directly)
        with TeamLog.open(team.url("alice")) as log:
            with pytest.raises(Exception) as caught:
                log.search(text)
            assert "Traceback" not in str(caught.value)
    else:
        done = cli("--team", team.url("alice"), "log", "search", text, "--json",
                   home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["count"] >= 0
        with TeamLog.open(team.url("alice")) as log:
            assert log.count(text) >= 0
            log.find_person(text)
    with team.connect("alice") as conn:
        assert conn.execute("SELECT to_regclass('scamscreen.contacts')").fetchone()[0]


def test_doctor_passes_a_careful_server(cli, team, tmp_path):
    done = cli("team", "doctor", "--url", team.owner_url, home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    for words in ("TLS is on", "password_encryption = scram-sha-256",
                  "Nothing in the scamscreen schema is granted to PUBLIC",
                  "Row-level security is on for all", "PostgreSQL 1"):
        assert words in done.stdout
    assert "not checked" in done.stdout  # the owner may not read pg_hba_file_rules
    admin = cli("team", "doctor", "--url", team.cluster.admin_url("scamscreen"), "--json",
                home=tmp_path / "home")
    assert admin.returncode == 0, admin.stdout
    topics = {f["topic"] for f in json.loads(admin.stdout)["findings"]}
    assert "pg_hba" in topics


@pytest.mark.parametrize(("user", "args", "stdin", "words"), [
    ("audrey", ["log", "add", "--json"], json.dumps(SCAM), "may not do this"),
    ("audrey", ["log", "search", "x"], "", "may not do this"),
    ("alice", ["log", "purge", "--older-than", "30"], "", "may not do this"),
    ("alice", ["log", "show", "999999999"], "", "There is no contact number 999999999"),
    ("bob", ["log", "delete", "1"], "", "may not do this"),
])
def test_what_the_server_refuses_is_said_in_one_line(cli, team, tmp_path, user, args, stdin,
                                                     words):
    done = cli("--team", team.url(user), *args, stdin=stdin, home=tmp_path / "home")
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and team.users[user] not in done.stderr


@pytest.mark.parametrize(("args", "words"), [
    (["team", "add-user", "Robert'); DROP ROLE x;--", "--role", "staff"], "cannot be a user"),
    (["team", "add-user", "pg_monitor", "--role", "staff"], "cannot be a user name"),
    (["team", "add-user", "dana", "--role", "staff", "--desk", "a b"], "cannot be a desk"),
    (["team", "init"], "not a PostgreSQL address"),
    (["team", "doctor"], "not a PostgreSQL address"),
])
def test_bad_input_is_said_in_one_line(cli, team, tmp_path, args, words):
    url = "nonsense" if args[1] in {"init", "doctor"} else team.owner_url
    done = cli(*args, "--url", url, home=tmp_path / "home")
    assert done.returncode == 2, done.stdout + done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr
    assert team.cluster.owner_password not in done.stderr

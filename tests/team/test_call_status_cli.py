"""`call-status`, `team enroll` and `team call` as a person runs them (real processes, a
real server): exit 0 green, 1 red, 3 the desk cannot be asked — said in words, never a
traceback, never the password."""

from __future__ import annotations

import json

import pytest

from scamscreen.store.team import admin

DATABASE, OWNER = "scamscreen", "scamscreen_owner"  # (as tests/team/conftest.py makes them)


@pytest.fixture
def enrolled(team, cli, tmp_path):
    """Nia, a member of north, enrolled on her computer with --password-stdin."""
    if "nia" not in team.users:
        team.users["nia"] = admin.add_user(team.owner_url, "nia", "member", "north").password
    home = tmp_path / "nia"
    done = cli("team", "enroll", team.url_without_password("nia"), "--password-stdin",
               stdin=team.users["nia"] + "\n", home=home)
    assert done.returncode == 0, done.stderr
    assert "north" in done.stdout and team.users["nia"] not in done.stdout + done.stderr
    return home


def test_add_user_makes_a_member(cli, team, tmp_path):
    done = cli("team", "add-user", "nora", "--role", "member", "--desk", "south",
               "--url", team.owner_url, "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert (made["user"], made["role"], made["desk"]) == ("nora", "member", "south")


def test_enroll_keeps_no_password_in_the_settings(enrolled, team):
    for path in enrolled.rglob("*"):
        if path.is_file():
            assert team.users["nia"].encode() not in path.read_bytes(), path


def test_green_then_red_on_the_command_line(cli, team, enrolled):
    started = cli("--team", team.url("alice"), "team", "call", "start", "nia", "--ticket",
                  "INC-123", "--minutes", "20", home=enrolled.parent / "alice")
    assert started.returncode == 0, started.stderr
    green = cli("call-status", "--json", home=enrolled)
    assert green.returncode == 0, green.stderr
    answer = json.loads(green.stdout)
    assert answer["talking"] is True and answer["desk"] == "north"
    assert (answer["staff"], answer["ticket"]) == ("alice", "INC-123") and answer["since"]
    words = cli("call-status", home=enrolled)
    assert words.returncode == 0
    assert "alice from north is talking to you now (ticket INC-123)" in words.stdout
    ended = cli("--team", team.url("alice"), "team", "call", "end", "nia",
                home=enrolled.parent / "alice")
    assert ended.returncode == 0 and "ended" in ended.stdout
    red = cli("call-status", "--json", home=enrolled)
    assert red.returncode == 1, red.stderr
    assert json.loads(red.stdout) == {"desk": "north", "talking": False}
    spoken = cli("--lang", "es", "call-status", home=enrolled)
    assert spoken.returncode == 1 and "Cuelgue y avise" in spoken.stdout


def test_a_member_cannot_start_a_call(cli, team, enrolled):
    done = cli("--team", team.url("nia"), "team", "call", "start", "nia", home=enrolled)
    assert done.returncode == 2 and "refused" in done.stderr and "Traceback" not in done.stderr


def test_staff_cannot_enroll_as_a_member(cli, team, tmp_path):
    done = cli("team", "enroll", team.url("alice"), home=tmp_path / "home")
    assert done.returncode == 2 and "team join" in done.stderr


def test_not_enrolled_cannot_ask(cli, tmp_path):
    done = cli("call-status", "--json", home=tmp_path / "home")
    assert done.returncode == 3 and "not enrolled" in done.stderr
    assert json.loads(done.stdout)["talking"] is None and "Traceback" not in done.stderr


def test_a_wrong_password_says_so(cli, team, tmp_path):
    env = {"SCAMSCREEN_DESK_URL": team.url_without_password("nia"),
           "PGPASSWORD": "Wrong-Pass-456"}
    done = cli("call-status", home=tmp_path / "home", env=env)
    assert done.returncode == 3 and "password is wrong" in done.stderr
    assert "Wrong-Pass-456" not in done.stderr and "Traceback" not in done.stderr


def test_a_certificate_that_cannot_be_checked_says_so(cli, team, tmp_path):
    """The system's authorities do not know the test CA: the server cannot be verified."""
    url = (f"postgresql://nia@127.0.0.1:{team.cluster.port}/{DATABASE}?sslmode=verify-full"
           f"&sslrootcert=system")
    env = {"SCAMSCREEN_DESK_URL": url, "PGPASSWORD": team.users["nia"]}
    done = cli("call-status", home=tmp_path / "home", env=env)
    assert done.returncode == 3 and "certificate" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unverified_address_is_refused(cli, team, tmp_path):
    env = {"SCAMSCREEN_DESK_URL": team.url("nia", sslmode="require")}
    done = cli("call-status", home=tmp_path / "home", env=env)
    assert done.returncode == 3 and "Refused: sslmode=require" in done.stderr


def test_silent_enrolment_with_a_password_file(cli, team, tmp_path):
    secret = tmp_path / "desk-password"
    secret.write_text(team.users["nia"] + "\n")
    home = tmp_path / "home"
    done = cli("team", "enroll", team.url_without_password("nia"), "--password-file",
               str(secret), home=home)
    assert done.returncode == 0, done.stderr
    asked = cli("call-status", "--json", home=home)
    assert asked.returncode in (0, 1) and json.loads(asked.stdout)["desk"] == "north"


def test_exit_3_when_the_desks_server_is_stopped(cli, team, tmp_path):
    """A cluster of this test's own, stopped after the member enrolled (the session's
    server is never stopped)."""
    from psycopg import sql

    cluster = type(team.cluster)(team.cluster.bindir)  # (conftest's Cluster)
    cluster.init()
    cluster.start()
    try:
        with cluster.admin() as conn:
            run = conn.execute  # type: ignore[attr-defined]
            run(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(OWNER), sql.Literal(cluster.owner_password)))
            run(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(DATABASE), sql.Identifier(OWNER)))
        admin.init(cluster.owner_url())
        made = admin.add_user(cluster.owner_url(), "ola", "member", "east")
        home = tmp_path / "home"
        enrolled = cli("team", "enroll", cluster.url("ola"), "--password-stdin",
                       stdin=made.password + "\n", home=home)
        assert enrolled.returncode == 0, enrolled.stderr
        assert cli("call-status", home=home).returncode == 1
        cluster.stop()
        done = cli("call-status", "--json", home=home)
        assert done.returncode == 3, done.stdout + done.stderr
        assert "cannot reach your IT desk" in done.stderr
        assert "Could not ask whether your IT desk is calling you" in done.stderr or \
            "Could not connect" in done.stderr
        assert "Traceback" not in done.stderr and made.password not in done.stderr
        assert json.loads(done.stdout)["talking"] is None
    finally:
        cluster.remove()

"""Attacks on team mode (issue 16), each a hole found on branch team16 and written to
fail there first: the attacker's way in, tried against the real server of the tests
(psycopg directly as the role, where it is the server that must refuse) or against the
client as a person would run it. After them, what was tried and held."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from scamscreen.core.errors import StoreError, TeamError
from scamscreen.store.team import address
from scamscreen.store.team.log import TeamLog, contact_row
from scamscreen.store.team.outbox import Outbox

SCAM = {"channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0123",
        "text": "Microsoft support said my computer is hacked and wanted AnyDesk."}


def _socket_url(team, user: str) -> str:
    """The test server through its unix socket (no TLS is possible there)."""
    cluster = team.cluster
    return (f"postgresql://{user}:{team.users[user]}@/scamscreen"
            f"?host={cluster.root}&port={cluster.port}")


def _row(screened, screener, **details):
    contact, result = screened(**SCAM)
    return contact_row(contact, result, data_version=screener.data_version, **details)


# -- 1. a unix socket is not TLS, yet verify-full let it through -------------------------


def test_a_unix_socket_is_not_verified_tls_so_it_is_refused(team):
    """libpq ignores sslmode on a unix socket: `verify-full` (the default) connected to
    whatever listens on that socket (any local user can make one in /tmp, and ask for
    the password in clear) with no TLS and no `--insecure-loopback`."""
    with pytest.raises(TeamError) as caught:
        TeamLog.open(_socket_url(team, "alice")).close()
    assert caught.value.refused and "insecure-loopback" in str(caught.value)
    for url in ("postgresql:///scamscreen", "dbname=scamscreen user=alice",
                "postgresql://alice@%2Ftmp/scamscreen"):  # (no host: libpq's socket)
        with pytest.raises(TeamError, match="unix socket"):
            address.checked(url)
    # for trying it out on this computer, the person may still ask for it
    with TeamLog.open(_socket_url(team, "alice"), insecure_loopback=True) as log:
        assert log.desk == "north"


# -- 2. --insecure-loopback could be pointed at another computer ---------------------------


@pytest.mark.parametrize(("url", "env"), [
    ("postgresql://m@localhost/x?hostaddr=203.0.113.5&sslmode=disable", {}),
    ("postgresql://m@127.0.0.1/x?hostaddr=127.0.0.1,203.0.113.5&sslmode=disable", {}),
    ("postgresql://m@/x?sslmode=disable", {"PGHOST": "db.evil.example"}),
    ("postgresql://m@127.0.0.1/x?sslmode=disable", {"PGHOSTADDR": "203.0.113.5"}),
    ("postgresql://m@/x?service=evil&sslmode=disable", {}),
    ("postgresql://m@127.0.0.1/x?sslmode=disable", {"PGSERVICE": "evil"}),
])
def test_insecure_loopback_cannot_be_sent_to_another_computer(monkeypatch, url, env):
    """libpq connects to `hostaddr` (and to PGHOST, PGHOSTADDR or a service file's host
    when the address has none), but only `host` was checked to be this computer: the
    contacts and the password's proof went in clear to 203.0.113.5."""
    for name in ("PGHOST", "PGHOSTADDR", "PGSERVICE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(TeamError) as caught:
        address.checked(url, insecure_loopback=True)
    assert caught.value.refused


# -- 3. the password in the settings file, the keyring's entry name and messages -------------


@pytest.mark.parametrize("given", [
    "host=db.example user=maria password = s3cret dbname=x",
    "host=db.example user=maria password='s3cret with spaces' dbname=x",
    "postgresql://maria@db.example/x?pass%77ord=s3cret",
    "postgresql://maria@db.example/x?PASSWORD=s3cret",
    "host=db.example password = s3cret port=notanumber",  # (libpq cannot read it)
])
def test_no_way_of_writing_the_password_keeps_it_in_what_is_stored_or_shown(given):
    """`without_password` split key=value words on spaces and compared query keys as
    written: `password = s3cret` (libpq allows spaces around =), a quoted password and
    a percent-encoded key all kept the password in the settings and in messages."""
    assert "s3cret" not in address.without_password(given)
    assert "s3cret" not in address.shown(given)
    with pytest.raises(TeamError) as caught:  # (an address libpq cannot read either)
        address.parse(given + " 'unterminated")
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize("given", [
    "postgresql://maria@db.example/x?sslkey=/k.pem&sslpassword=s3cret",
    "host=db.example sslkey=/k.pem sslpassword=s3cret dbname=x",
])
def test_a_client_keys_passphrase_is_a_secret_too(given):
    """`sslpassword` (the passphrase of the client's key) is as secret as the password,
    but only `password` was taken out of what is kept in the settings and shown."""
    assert "s3cret" not in address.without_password(given)
    assert "s3cret" not in address.shown(given)


def test_join_with_a_spaced_password_keeps_it_out_of_the_data_folder(cli, team, tmp_path):
    home = tmp_path / "home"
    cluster = team.cluster
    dsn = (f"host=127.0.0.1 port={cluster.port} dbname=scamscreen user=alice "
           f"sslrootcert={cluster.ca} password = {team.users['alice']}")
    joined = cli("team", "join", dsn, home=home)
    assert joined.returncode == 0, joined.stderr
    assert team.users["alice"] not in joined.stdout + joined.stderr
    for path in home.rglob("*"):
        if path.is_file():
            assert team.users["alice"].encode() not in path.read_bytes(), path


# -- 4. attribution forged: who ticked a step, and when a contact was made --------------------


def test_staff_cannot_forge_who_ticked_a_step_or_when_a_contact_was_made(team, screened,
                                                                         screener):
    """Staff were granted `updated_by` and `updated_at` of checklist ticks, and
    `created_at`/`updated_at` of contacts: alice ticked steps as lena, and dated a
    contact in 2999, past any retention a lead purges by."""
    row = _row(screened, screener)
    with TeamLog.open(team.url("alice")) as log:
        log.insert_row(row)
    with team.connect("alice") as conn:
        conn.execute(
            "INSERT INTO scamscreen.checklist_progress (desk, uid, checklist, step, done, "
            "updated_by, updated_at) VALUES ('north', %s, 'verify', 'forged', true, 'lena', "
            "'2001-01-01')", [row["uid"]])
        conn.execute(
            "UPDATE scamscreen.checklist_progress SET done = false, updated_by = 'lena', "
            "updated_at = '2001-01-01' WHERE desk = 'north' AND uid = %s", [row["uid"]])
        ticks = conn.execute(
            "SELECT updated_by, updated_at > now() - interval '1 hour' FROM "
            "scamscreen.checklist_progress WHERE uid = %s", [row["uid"]]).fetchall()
        assert ticks == [("alice", True)]
        made = conn.execute(
            "INSERT INTO scamscreen.contacts (uid, verdict, score, engine_version, "
            "data_version, created_at, updated_at) VALUES (%s, 'likely_scam', 90, '1', 'x', "
            "'2999-01-01', '2999-01-01') RETURNING uid", [row["uid"] + "-2999"]).fetchone()
        conn.execute("UPDATE scamscreen.contacts SET updated_at = '2999-01-01' "
                     "WHERE desk = 'north' AND uid = %s", [row["uid"]])
        dates = conn.execute(
            "SELECT bool_and(created_at <= now() AND updated_at <= now()) FROM "
            "scamscreen.contacts WHERE uid IN (%s, %s)", [row["uid"], made[0]]).fetchone()
        assert dates == (True,)


# -- 5. the append-only audit log filled by staff, for good ----------------------------------


def test_staff_cannot_fill_the_append_only_audit_log(team, screened, screener):
    """Nobody may delete audit rows, so what goes in stays: a staff member's person
    search was kept whole (10 MB a search), as were the uid given to `reporter()` and
    a checklist step's name. A few calls could fill the server's disk for good."""
    huge = "x" * 2_000_000
    row = _row(screened, screener)
    with TeamLog.open(team.url("alice")) as log:
        log.insert_row(row)
    with team.connect("audrey") as conn:
        last = conn.execute("SELECT coalesce(max(id), 0) FROM scamscreen.audit_log").fetchone()[0]
    for statement, params in [
        ("SELECT * FROM scamscreen.find_person(%s)", [huge]),
        ("SELECT * FROM scamscreen.reporter(%s)", [huge]),
        ("INSERT INTO scamscreen.checklist_progress (desk, uid, checklist, step, done) "
         "VALUES ('north', %s, %s, 'x', true)", [row["uid"], huge]),
        ("INSERT INTO scamscreen.checklist_progress (desk, uid, checklist, step, done) "
         "VALUES ('north', %s, 'verify', %s, true)", [row["uid"], huge]),
    ]:
        with team.connect("alice") as conn, pytest.raises(psycopg.Error):
            conn.execute(statement, params)
    with team.connect("audrey") as conn:
        largest = conn.execute(
            "SELECT coalesce(max(length(detail::text) + coalesce(length(contact_uid), 0)), 0) "
            "FROM scamscreen.audit_log WHERE id > %s", [last]).fetchone()[0]
    assert largest < 1000


# -- 6. a server that stops answering hangs the client for ever ----------------------------


def test_a_server_that_does_not_answer_does_not_hang_the_client(team, monkeypatch):
    """No statement_timeout or lock_timeout was set: a search waiting on a lock (or a
    server that is stuck) waited for ever, and so did the app's History."""
    monkeypatch.setattr(address, "STATEMENT_TIMEOUT_MS", 1500, raising=False)
    monkeypatch.setattr(address, "LOCK_TIMEOUT_MS", 1000, raising=False)
    outcome: dict[str, object] = {}
    with psycopg.connect(team.owner_url) as blocker:
        blocker.execute("LOCK TABLE scamscreen.contacts IN ACCESS EXCLUSIVE MODE")

        def search() -> None:
            try:
                with TeamLog.open(team.url("alice")) as log:
                    outcome["found"] = log.search("anydesk")
            except Exception as exc:  # (reported below)
                outcome["problem"] = exc

        thread = threading.Thread(target=search, daemon=True)
        started = time.monotonic()
        thread.start()
        thread.join(20)
        waited = time.monotonic() - started
        hung = thread.is_alive()
        blocker.rollback()  # (lets a hung search end)
    thread.join(30)
    assert not hung, "the search was still waiting after 20 seconds"
    assert isinstance(outcome.get("problem"), TeamError), outcome
    assert waited < 15


# -- 7. the outbox sent one team's contacts to another ---------------------------------------


def test_the_outbox_sends_contacts_only_to_the_team_they_were_kept_for(team, tmp_path,
                                                                      screened, screener):
    """Each waiting contact records the team it is for, but `team sync` sent all of them
    to whatever server is set now: after changing servers (or accounts), the reporters
    of desk north went to desk south."""
    from scamscreen.workspace import Workspace

    home = tmp_path / "home"
    row = _row(screened, screener, reported_by="Maria Lopez")
    with Outbox.open(home) as box:
        box.put(address.without_password(team.url("alice")), row)
    with Workspace.at(home, team_url=team.url("bob")) as workspace:
        sent = workspace.sync_team()
    assert sent.sent == 0 and sent.waiting == 1
    with team.connect("bob") as conn:
        assert conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE uid = %s",
                            [row["uid"]]).fetchone() == (0,)
    with Workspace.at(home, team_url=team.url("alice")) as workspace:
        assert workspace.sync_team().sent == 1


# -- 8. one contact the server refuses holds back every other -----------------------------


def test_a_contact_the_server_refuses_does_not_hold_back_the_others(team, tmp_path,
                                                                    screened, screener):
    """`send` stopped at the first failure of any kind: one contact the server will
    never take (here: a channel this server's schema does not know, as from a newer
    ScamScreen) kept every contact behind it on this computer for ever."""
    from scamscreen.workspace import Workspace

    home = tmp_path / "home"
    url = team.url("alice")
    refused = {**_row(screened, screener), "channel": "carrier_pigeon"}
    good = _row(screened, screener)
    with Outbox.open(home) as box:
        box.put(address.without_password(url), refused)
        box.conn.execute("UPDATE outbox SET queued_at = '2000-01-01' WHERE uid = ?",
                         [refused["uid"]])
        box.put(address.without_password(url), good)
    with Workspace.at(home, team_url=url) as workspace:
        sent = workspace.sync_team()
    assert sent.sent == 1 and sent.waiting == 1 and sent.problem is not None
    with team.connect("alice") as conn:
        assert conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE uid = %s",
                            [good["uid"]]).fetchone() == (1,)


# -- 9. a link planted where the outbox will be ---------------------------------------------


def test_a_link_planted_at_the_outbox_is_not_followed(tmp_path, screened, screener):
    """The outbox was made with `touch` and opened by SQLite through whatever was at its
    path: a link planted there sent the waiting contacts (reporters included) into the
    planter's file."""
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    elsewhere = tmp_path / "planted"
    elsewhere.mkdir()
    target = elsewhere / "stolen.db"
    (home / "team-outbox.db").symlink_to(target)
    with pytest.raises((OSError, StoreError)), Outbox.open(home) as box:
        box.put("team", _row(screened, screener, reported_by="Maria Lopez"))
    assert not target.exists() or b"Maria" not in target.read_bytes()


# -- 10. team doctor said "safe" of what it could not see ---------------------------------


def test_doctor_does_not_call_safe_what_it_could_not_check(cli, team, tmp_path):
    """As the owner (who may not read pg_hba_file_rules), `team doctor --json` said
    `"safe": true` though who may log in from where was never seen."""
    done = cli("team", "doctor", "--url", team.owner_url, "--json", home=tmp_path / "home")
    report = json.loads(done.stdout)
    assert any(f["ok"] is None for f in report["findings"])
    assert report["safe"] is not True
    text = cli("team", "doctor", "--url", team.owner_url, home=tmp_path / "home").stdout
    assert "Nothing unsafe found." not in text and "could not be checked" in text


def test_doctor_flags_hostnogssenc_as_allowing_plain_connections(careless_pg):
    """`hostnogssenc` matches plain TCP connections as `host` does, but only `host` and
    `hostnossl` were flagged."""
    from scamscreen.store.team import doctor

    hba = careless_pg.data / "pg_hba.conf"
    hba.write_text("local all all trust\n"
                   "hostnogssenc all all 127.0.0.1/32 scram-sha-256\n")
    careless_pg._run(str(careless_pg.bindir / "pg_ctl"), "-D", str(careless_pg.data), "reload")
    try:
        found = doctor.examine(careless_pg.admin_url(), insecure_loopback=True)
    finally:
        careless_pg.configure(safe=False)
    line = [f for f in found if f.topic == "pg_hba" and "hostnogssenc" in f.text]
    assert line and line[0].ok is False, found


# -- 11. text that is not UTF-8 crashed the command line ------------------------------------


def test_text_that_is_not_utf8_is_said_in_one_line(team, tmp_path):
    """An argument with bytes that are not UTF-8 reaches Python as surrogates, which
    psycopg cannot send: a traceback (exit status 1) instead of a message."""
    with TeamLog.open(team.url("alice")) as log:
        for call in (lambda: log.search("ab\udcffcd"), lambda: log.find_person("\udcff")):
            with pytest.raises((TeamError, StoreError)):
                call()
    env = {k: v for k, v in os.environ.items() if k not in {"SCAMSCREEN_TEAM_URL"}}
    done = subprocess.run(
        [sys.executable, "-m", "scamscreen", "--data-dir", str(tmp_path / "home"), "--team",
         team.url("alice"), "log", "search", os.fsdecode(b"ab\xffcd")],
        capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert team.users["alice"] not in done.stderr


# -- 12. a keyring that keeps passwords in plain text, silently ------------------------------

_PLAINTEXT = '''
import os
from keyring.backend import KeyringBackend

class PlaintextKeyring(KeyringBackend):
    """As keyrings.alt's: the password in a file, readable as it is."""
    priority = 0.5
    def _path(self):
        return os.environ["PLAIN_KEYRING_FILE"]
    def set_password(self, service, username, password):
        with open(self._path(), "a") as f:
            f.write(f"{service}|{username}|{password}\\n")
    def get_password(self, service, username):
        return None
    def delete_password(self, service, username):
        pass
'''


def test_a_plain_text_keyring_is_not_used_silently(cli, team, tmp_path):
    """With no system keyring, keyring falls back to keyrings.alt's PlaintextKeyring
    when it is installed (Debian installs it with python3-keyring): `team join` then
    kept the password in a plain file and said nothing."""
    package = tmp_path / "site" / "keyrings" / "alt"
    package.mkdir(parents=True)
    (package.parent / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "file.py").write_text(_PLAINTEXT)
    plain = tmp_path / "keyring_pass.cfg"
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "PLAIN_KEYRING_FILE": str(plain),
           "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"),
                                          os.environ.get("PYTHONPATH", "")])}
    joined = cli("team", "join", team.url_without_password("alice"), "--password-stdin",
                 stdin=team.users["alice"] + "\n", home=tmp_path / "home", env=env)
    assert not plain.exists() or team.users["alice"] not in plain.read_text()
    assert "plain text" in joined.stderr


# -- 13. a role made beforehand by someone else is given the team's grants ----------------


def test_init_refuses_group_roles_someone_made_beforehand(careless_pg):
    """Roles belong to the whole server, and `team init` took any role it found by
    name: anyone who could make roles first (another database's owner) made
    `scamscreen_search` a login of theirs, and read every desk's words through it."""
    from scamscreen.store.team import admin

    with careless_pg.admin() as conn:
        conn.execute("CREATE ROLE scamscreen_search LOGIN PASSWORD 'planted-pw-1'")
    url = careless_pg.admin_url("postgres")
    try:
        with pytest.raises(TeamError, match="scamscreen_search"):
            admin.init(url, insecure_loopback=True)
    finally:
        with careless_pg.admin() as conn:
            conn.execute("DROP OWNED BY scamscreen_search")
            conn.execute("DROP ROLE scamscreen_search")


# -- 14. --insecure-loopback gave the password in clear to whatever asked for it ------------


def test_insecure_loopback_never_sends_the_password_in_clear(tmp_path):
    """Without TLS nothing proves who answers on the port (any local program can take
    it while the real server is down), and libpq sends the password as it is when the
    server asks for `password` authentication: with `--insecure-loopback` the team
    password (the keyring's) went to it in clear."""
    import struct

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        seen: list[bytes] = []

        def squat() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.settimeout(10)
                seen.append(conn.recv(4096))  # the startup message
                conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # "send your password"
                with contextlib.suppress(OSError):
                    seen.append(conn.recv(4096))

        thread = threading.Thread(target=squat, daemon=True)
        thread.start()
        with pytest.raises(TeamError):
            TeamLog.open(f"postgresql://alice:pw-secret-1@127.0.0.1:{port}/x?sslmode=disable",
                         insecure_loopback=True)
        thread.join(15)
    assert seen and b"pw-secret-1" not in b"".join(seen)


# -- 15. "seen before" inflated on colleagues' contacts, without a trace ---------------------


def test_staff_cannot_add_seen_before_evidence_to_a_colleagues_contact(team, screened,
                                                                       screener):
    """Observables were granted INSERT for staff and their adding is not audited: alice
    attached a bank's real number to lena's contacts, dated this week, so that "seen by
    your team N times" marked it as a scammer's, with nothing saying who did it."""
    row = _row(screened, screener)
    with TeamLog.open(team.url("lena")) as log:
        log.insert_row(row)
    with team.connect("alice") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO scamscreen.observables (desk, uid, kind, value, "
                     "contacted_at) VALUES ('north', %s, 'phone', '+18005550199', now())",
                     [row["uid"]])
    own = _row(screened, screener, contacted_at="2026-01-02T03:04:05.000000Z")
    with TeamLog.open(team.url("alice")) as log:
        log.insert_row(own)
    with team.connect("alice") as conn:
        conn.execute("INSERT INTO scamscreen.observables (desk, uid, kind, value, "
                     "contacted_at) VALUES ('north', %s, 'phone', '+18005550198', now())",
                     [own["uid"]])
        dated = conn.execute("SELECT DISTINCT contacted_at = %s::timestamptz FROM "
                             "scamscreen.observables WHERE uid = %s",
                             [own["contacted_at"], own["uid"]]).fetchall()
    assert dated == [(True,)]


# -- 16. team doctor passed a server whose policies, triggers or roles were opened -----------


def test_doctor_flags_an_opened_policy_a_disabled_audit_trigger_and_bypassrls(careless_pg):
    """`team doctor` only looked at whether row-level security was on: a policy
    `USING (true)` added beside the desk's, the audit log's append-only trigger
    disabled by its owner, or a login with BYPASSRLS in a staff group, all read as
    safe."""
    from scamscreen.store.team import admin, doctor

    with careless_pg.admin() as conn:
        conn.execute("CREATE DATABASE opened")
    url = careless_pg.admin_url("opened")
    admin.init(url, insecure_loopback=True)
    before = {f.topic for f in doctor.examine(url, insecure_loopback=True) if f.ok is False}
    with careless_pg.admin("opened") as conn:
        conn.execute("CREATE POLICY open_all ON scamscreen.contacts USING (true)")
        conn.execute("ALTER TABLE scamscreen.audit_log DISABLE TRIGGER audit_log_append_only")
        conn.execute("CREATE ROLE sneaky LOGIN BYPASSRLS IN ROLE scamscreen_staff")
    try:
        found = doctor.examine(url, insecure_loopback=True)
    finally:
        with careless_pg.admin() as conn:
            conn.execute("DROP ROLE sneaky")
    unsafe = {f.topic: f.text for f in found if f.ok is False}
    assert "policies" not in before and "triggers" not in before and "roles" not in before
    assert "open_all" in unsafe.get("policies", ""), found
    assert "audit_log_append_only" in unsafe.get("triggers", ""), found
    assert "sneaky" in unsafe.get("roles", ""), found


# -- what was tried and held ------------------------------------------------------------------


HELD = [
    ("alice", "SELECT * FROM pg_stats WHERE schemaname = 'scamscreen'", "empty"),
    ("alice", "SET ROLE scamscreen_lead", "refused"),
    ("alice", "SET ROLE scamscreen_auditor", "refused"),
    ("alice", "CREATE TEMP TABLE t (x int)", "refused"),
    ("alice", "CREATE TABLE public.contacts (x int)", "refused"),
    ("alice", "CREATE FUNCTION public.replace(text, text, text) RETURNS text "
              "LANGUAGE sql AS 'SELECT 1::text'", "refused"),
    ("alice", "CREATE SCHEMA alice", "refused"),
    ("lena", "ALTER ROLE alice RENAME TO alice2", "refused"),
    ("alice", "INSERT INTO scamscreen.contacts (uid, verdict, score, engine_version, "
              "data_version, reporter_name) VALUES ('ret-1', 'likely_scam', 90, '1', 'x', "
              "'x') RETURNING reporter_name", "refused"),
    ("alice", "UPDATE scamscreen.contacts SET outcome = 'genuine' "
              "WHERE reporter_name LIKE 'M%'", "refused"),
    ("alice", "COPY (SELECT reporter_phone FROM scamscreen.contacts) TO STDOUT", "refused"),
    ("alice", "INSERT INTO scamscreen.contacts (uid, id, verdict, score, engine_version, "
              "data_version) OVERRIDING SYSTEM VALUE VALUES ('id-1', 1, 'likely_scam', 90, "
              "'1', 'x')", "refused"),
    ("alice", "INSERT INTO scamscreen.contacts (uid, logged_by, verdict, score, "
              "engine_version, data_version) VALUES ('lb-1', 'lena', 'likely_scam', 90, '1', "
              "'x')", "refused"),
    ("alice", "SELECT * FROM scamscreen.audit_log", "refused"),
    ("lena", "ALTER TABLE scamscreen.audit_log DISABLE TRIGGER ALL", "refused"),
    ("lena", "ALTER TABLE scamscreen.audit_log OWNER TO lena", "refused"),
    ("lena", "GRANT scamscreen_lead TO alice", "refused"),
    ("lena", "CREATE TRIGGER t BEFORE INSERT ON scamscreen.audit_log FOR EACH ROW "
             "EXECUTE FUNCTION scamscreen.audit_is_append_only()", "refused"),
    ("audrey", "SELECT * FROM scamscreen.reporter('x')", "refused"),
    ("audrey", "SELECT * FROM scamscreen.find_person('')", "refused"),
    ("bob", "SELECT scamscreen.audit('north', 'forged', NULL, '{}')", "refused"),
]


@pytest.mark.parametrize(("user", "statement", "expected"), HELD)
def test_held_the_server_refuses(team, user, statement, expected):
    with team.connect(user) as conn:
        if expected == "empty":
            assert conn.execute(statement).fetchall() == []
        else:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_held_no_one_may_end_another_persons_session(team):
    with team.connect("bob") as bob, team.connect("alice") as alice:
        pid = bob.execute("SELECT pg_backend_pid()").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_held_a_certificate_for_another_name_and_libpq_environment(team, monkeypatch):
    cluster = team.cluster
    other_name = (f"postgresql://alice:{team.users['alice']}@evil.example:{cluster.port}/"
                  f"scamscreen?hostaddr=127.0.0.1&sslrootcert={cluster.ca}")
    with pytest.raises(TeamError) as caught:
        TeamLog.open(other_name)
    assert caught.value.refused and "certificate" in str(caught.value)
    for name, value in [("PGSSLMODE", "disable"), ("PGSSLMODE", "prefer"),
                        ("PGREQUIRESSL", "0"), ("PGSSLNEGOTIATION", "postgres")]:
        monkeypatch.setenv(name, value)
    with TeamLog.open(team.url("alice")) as log, log.pool.connection() as conn:
        assert conn.pgconn.ssl_in_use


@pytest.mark.parametrize("host", ["localhost.evil.example", "127.0.0.1.nip.io", "0.0.0.0",
                                  "[::ffff:7f00:1]", "localhost,evil.example", "127.1",
                                  "@abstract"])
def test_held_loopback_only_by_name_is_not_loopback(host):
    with pytest.raises(TeamError):
        address.checked(f"postgresql://m@{host}/x?sslmode=disable", insecure_loopback=True)


def test_held_a_server_that_will_not_speak_tls_is_refused():
    """A fake server that answers "no TLS" to libpq's SSLRequest (as one in the middle
    would): refused before any password is asked for."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        seen: list[bytes] = []

        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                seen.append(conn.recv(8))
                conn.sendall(b"N")
                seen.append(conn.recv(1024))

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        with pytest.raises(TeamError):
            TeamLog.open(f"postgresql://alice:pw-secret@127.0.0.1:{port}/x")
        thread.join(10)
    assert seen and b"pw-secret" not in b"".join(seen)


def test_held_add_user_names_are_identifiers(team):
    from scamscreen.store.team import admin

    for name, desk in [('x"; DROP ROLE alice; --', "north"), ("dave", "n'; DROP--"),
                       ("scamscreen_owner", "north"), ("pg_signal_backend", "north")]:
        with pytest.raises(TeamError):
            admin.add_user(team.owner_url, name, "staff", desk)
    made = admin.add_user(team.owner_url, "o.brien-2", "staff", "north.desk-1")
    assert len(made.password) >= 32
    with psycopg.connect(team.cluster.url("o.brien-2", made.password)) as conn:
        assert conn.execute("SELECT scamscreen.my_desk()").fetchone() == ("north.desk-1",)


def test_held_two_syncs_at_once_store_each_contact_once(team, tmp_path, screened, screener):
    from scamscreen.workspace import Workspace

    home = tmp_path / "home"
    url = team.url("alice")
    rows = [_row(screened, screener) for _ in range(5)]
    with Outbox.open(home) as box:
        for row in rows:
            box.put(address.without_password(url), row)
    results: list[object] = []

    def sync() -> None:
        with Workspace.at(home, team_url=url) as workspace:
            results.append(workspace.sync_team())

    threads = [threading.Thread(target=sync) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    with team.connect("alice") as conn:
        counts = conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE uid = ANY(%s)",
                              [[r["uid"] for r in rows]]).fetchone()
    assert counts == (5,)
    with Outbox.open(home) as box:
        assert box.waiting() == 0


def test_held_the_outbox_folder_and_file_are_private(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    with Outbox.open(home):
        pass
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "team-outbox.db").stat().st_mode) == 0o600
    assert sqlite3.connect(home / "team-outbox.db").execute(
        "SELECT count(*) FROM outbox").fetchone() == (0,)


def test_held_an_outbox_on_a_full_disk_acknowledges_nothing_it_did_not_keep(cli, team,
                                                                            tmp_path):
    """The disk fills while a contact is written to the outbox (a file size limit, as
    a full disk says EFBIG/ENOSPC): no 'Saved on this computer', an error instead, and
    what was kept before is still there and is sent."""
    import resource
    import signal

    home = tmp_path / "home"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    away = team.url("alice").replace(f":{team.cluster.port}/", f":{dead}/")
    first = cli("--team", away, "log", "add", "--json", stdin=json.dumps(SCAM), home=home)
    assert first.returncode == 0 and json.loads(first.stdout)["queued"], first.stderr

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    env = {k: v for k, v in os.environ.items() if k not in {"SCAMSCREEN_TEAM_URL"}}
    env["SCAMSCREEN_CACHE"] = str(tmp_path / "cache")
    big = {**SCAM, "text": "AnyDesk " + "word " * 60_000}
    full = subprocess.run(
        [sys.executable, "-m", "scamscreen", "--data-dir", str(home), "--team", away, "log",
         "add", "--json"], input=json.dumps(big), capture_output=True, text=True, env=env,
        timeout=120, preexec_fn=small_disk)
    assert full.returncode != 0 and "Saved on this computer" not in full.stderr, full.stderr
    assert "full" in full.stderr or "written" in full.stderr, full.stderr
    assert "Traceback" not in full.stderr and team.users["alice"] not in full.stderr
    sent = cli("--team", team.url("alice"), "team", "sync", home=home)
    assert "Sent to your team: 1" in sent.stdout, sent.stdout + sent.stderr


def test_held_a_uid_chosen_by_another_desk_takes_nothing_from_this_one(team, screened,
                                                                      screener):
    row = _row(screened, screener)
    with TeamLog.open(team.url("bob")) as log:  # desk south takes the uid first
        theirs = log.insert_row({**row, "notes": "planted by south"})
    with TeamLog.open(team.url("alice")) as log:
        ours = log.insert_row(row)
        assert ours.id != theirs.id and log.get(ours.id)["notes"] == row["notes"]

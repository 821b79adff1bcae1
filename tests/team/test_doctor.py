"""`team doctor` flags a careless server: a second, small cluster with TLS off and
`trust` for every connection; then, after `team init` there, PUBLIC grants and
row-level security lifted on one table."""

from __future__ import annotations

import json


def test_the_client_will_not_even_talk_to_it_without_insecure_loopback(cli, careless_pg,
                                                                       tmp_path):
    done = cli("team", "doctor", "--url", careless_pg.admin_url(), home=tmp_path / "home")
    assert done.returncode == 2 and "Refused: sslmode=disable" in done.stderr


def test_doctor_flags_tls_off_and_trust(cli, careless_pg, tmp_path):
    done = cli("--insecure-loopback", "team", "doctor", "--url", careless_pg.admin_url(),
               home=tmp_path / "home")
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert "UNSAFE" in out and "TLS is off" in out
    assert "without asking for a password" in out  # trust, seen from the connection itself
    assert "trust: no password at all" in out  # ... and read from pg_hba.conf's rules
    assert "allows connections without TLS" in out
    assert "password_encryption = md5" in out
    report = json.loads(cli("--insecure-loopback", "team", "doctor", "--url",
                            careless_pg.admin_url(), "--json",
                            home=tmp_path / "home").stdout)
    assert report["safe"] is False
    assert {"tls", "authentication", "pg_hba", "password_encryption"} <= {
        f["topic"] for f in report["findings"] if f["ok"] is False}


def test_doctor_flags_public_grants_and_row_security_lifted(cli, careless_pg, tmp_path):
    from scamscreen.store.team import admin

    url = careless_pg.admin_url()
    admin.init(url, insecure_loopback=True)
    with careless_pg.admin() as conn:
        conn.execute("GRANT SELECT ON scamscreen.observables TO PUBLIC")
        conn.execute("ALTER TABLE scamscreen.checklist_progress NO FORCE ROW LEVEL SECURITY")
    done = cli("--insecure-loopback", "team", "doctor", "--url", url, home=tmp_path / "home")
    assert done.returncode == 1
    assert "PUBLIC (every account on the server) is granted: table observables (SELECT)" \
        in done.stdout
    assert "not on (ENABLE and FORCE) for: checklist_progress" in done.stdout

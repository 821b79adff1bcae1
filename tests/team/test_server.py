"""The test server itself is set up the careful way (issue 16)."""

from __future__ import annotations

import psycopg
import pytest


def test_plain_tcp_is_refused_by_the_server(pg):
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(pg.url("pgadmin", pg.admin_password, sslmode="disable"))
    assert "no encryption" in str(caught.value) or "pg_hba.conf" in str(caught.value)


def test_verified_tls_and_scram_work(pg):
    with psycopg.connect(pg.admin_url()) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                            ).fetchone() == (True,)
        assert conn.execute("SHOW password_encryption").fetchone() == ("scram-sha-256",)


def test_wrong_password_is_refused(pg):
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(pg.url("pgadmin", "not-the-password"))
    assert "password authentication failed" in str(caught.value)

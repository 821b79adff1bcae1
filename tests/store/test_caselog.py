"""The case log on real SQLite files in temporary folders."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest

from scamscreen.store import CaseLog, StoreError
from scamscreen.store.caselog import parse_when
from scamscreen.store.schema import known_migrations

SCAM = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer had a virus and wanted me to install AnyDesk. Código 7781.",
}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folder_and_database_are_the_users_alone(log):
    assert stat.S_IMODE(log.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    for backup in (log.path.parent / "backups").iterdir():
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_the_connection_is_set_up_for_safety(log):
    conn = log.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_migrations_are_applied_once_and_versioned(tmp_path):
    home = tmp_path / "home"
    with CaseLog.open(home) as first:
        assert first.schema_version == len(known_migrations())
    with CaseLog.open(home) as again:
        assert again.schema_version == len(known_migrations())
        tables = set(again.db.table_names())
    assert {"contacts", "observables", "checklist_progress", "settings", "contacts_fts"} <= tables


def test_a_log_from_a_newer_version_is_refused_untouched(tmp_path):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        log.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('scamscreen', 'm999_from_the_future', '2030-01-01')"
        )
    before = (home / "scamscreen.db").read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        CaseLog.open(home)
    assert (home / "scamscreen.db").read_bytes() == before


def test_a_contact_keeps_raw_and_normalised_fields_and_its_verdict(log, save, screener):
    contact_id = save(
        {
            "ticket_ref": "HD-42",
            "staff_member": "Ana",
            "reported_by": "Mr Lee",
            "money_lost_cents": 49999,
            "paid_how": "gift cards",
        },
        **SCAM,
    )
    row = log.get(contact_id)
    assert row["phone"] == "+1 844 555 0199" and row["phone_e164"] == "+18445550199"
    assert row["claimed_org"] == "Microsoft" and row["org_id"] == "microsoft"
    assert row["notes"] == SCAM["text"]
    assert row["verdict"] == "likely_scam" and 0 < row["score"] <= 100
    assert row["findings"] and {"id", "title", "detail"} <= set(row["findings"][0])
    assert "remote_access" in row["requests"]
    assert row["engine_version"] and row["data_version"] == screener.data_version
    assert (row["ticket_ref"], row["staff_member"], row["reported_by"]) == (
        "HD-42",
        "Ana",
        "Mr Lee",
    )
    assert (row["money_lost_cents"], row["paid_how"]) == (49999, "gift cards")
    assert row["outcome"] == "unknown"
    assert {"kind": "phone", "value": "+18445550199"} in row["observables"]


def test_constraints_refuse_impossible_values(log, save):
    contact_id = save(**SCAM)
    with pytest.raises(sqlite3.IntegrityError):
        log.db.execute("UPDATE contacts SET verdict = 'safe' WHERE id = ?", [contact_id])
    with pytest.raises(sqlite3.IntegrityError):
        log.db.execute("UPDATE contacts SET score = 101 WHERE id = ?", [contact_id])


def test_full_text_search_finds_notes_names_numbers_and_links(log, save):
    a = save(**SCAM)
    b = save(
        channel="email",
        claimed_org="Norton",
        email="billing.norton@gmail.com",
        url="https://norton-renewal-help.com/cancel",
        text="Your subscription renewed for $399. Call to cancel.",
    )
    c = save(channel="sms", claimed_org="Chase", text="Reply YES or NO to the fraud alert.")

    def ids(query):
        return [r["id"] for r in log.search(query)]

    assert ids("anydesk") == [a]
    assert ids("anyd") == [a]  # as you type
    assert ids("codigo") == [a]  # accents folded
    assert ids("norton") == [b]
    assert ids("gmail") == [b]
    assert ids("renewal") == [b]
    assert ids("8445550199") == [a]
    assert ids("(844) 555-0199") == [a]
    assert set(ids("")) == {a, b, c}
    assert ids('"AND ( * NEAR') == []  # FTS syntax in user text is just text


def test_filters_combine(log, save):
    a = save(extra={"contacted_at": parse_when("2026-10-01")}, **SCAM)
    b = save(extra={"contacted_at": parse_when("2026-11-20")}, **{**SCAM, "channel": "popup"})
    c = save(
        extra={"contacted_at": parse_when("2026-11-25")},
        channel="sms",
        claimed_org="Chase",
        text="Reply YES or NO.",
    )
    assert [r["id"] for r in log.search(channel="popup")] == [b]
    assert {r["id"] for r in log.search(org="microsoft")} == {a, b}
    assert {r["id"] for r in log.search(org="Chase")} == {c}
    assert {r["id"] for r in log.search(since="2026-11-01")} == {b, c}
    assert {r["id"] for r in log.search(until="2026-11-20")} == {a, b}
    assert [r["id"] for r in log.search(verdict="likely_scam", since="2026-11-01")] == [b]
    log.set_outcome(c, "genuine")
    assert [r["id"] for r in log.search(outcome="genuine")] == [c]
    assert log.count(verdict="likely_scam") == 2
    with pytest.raises(StoreError, match="verdict"):
        log.search(verdict="safe")
    with pytest.raises(StoreError, match="since"):
        log.search(since="last tuesday")


def test_seen_before_matches_numbers_and_domains_in_any_field(log, save):
    first = save(**SCAM)
    again = save(channel="popup", text="VIRUS ALERT call Microsoft 1-844-555-0199 now")
    link = save(channel="email", url="https://norton-renewal-help.com/x")
    other = save(channel="sms", text="see norton-renewal-help.com/cancel")
    unrelated = save(channel="sms", claimed_org="Chase", text="Reply YES or NO.")
    assert [r["id"] for r in log.seen_before(first)] == [again]
    assert [r["id"] for r in log.seen_before(link)] == [other]
    assert log.seen_before(unrelated) == []


def test_statistics_by_week_verdict_and_organisation(log, save):
    save(extra={"contacted_at": parse_when("2026-11-02")}, **SCAM)  # a Monday
    save(extra={"contacted_at": parse_when("2026-11-08")}, **SCAM)  # the Sunday after
    save(
        extra={"contacted_at": parse_when("2026-11-09")},
        channel="sms",
        claimed_org="Chase",
        text="Reply YES or NO.",
    )
    weeks = {(r["week"], r["verdict"]): r["contacts"] for r in log.stats_by_week()}
    assert weeks[("2026-11-02", "likely_scam")] == 2
    assert weeks[("2026-11-09", "no_red_flags")] == 1
    orgs = {r["organisation"]: r["contacts"] for r in log.stats_by_org()}
    assert orgs["microsoft"] == 2 and orgs["chase"] == 1


def test_outcome_is_set_later_and_validated(log, save):
    contact_id = save(**SCAM)
    log.set_outcome(contact_id, "confirmed_scam", money_lost_cents=20000, paid_how="gift cards")
    row = log.get(contact_id)
    assert (row["outcome"], row["money_lost_cents"], row["paid_how"]) == (
        "confirmed_scam",
        20000,
        "gift cards",
    )
    with pytest.raises(StoreError, match="outcome"):
        log.set_outcome(contact_id, "maybe")
    with pytest.raises(StoreError, match="no contact number 999"):
        log.set_outcome(999, "genuine")


def test_delete_forgets_for_good_down_to_the_bytes(log, save):
    marker = "ZQXJ-unique-private-note-4471"
    contact_id = save(**{**SCAM, "text": SCAM["text"] + " " + marker})
    log.set_step(contact_id, "verify", "hang_up", True)
    log.delete(contact_id)
    assert log.get(contact_id) is None
    assert log.checklist_progress(contact_id, "verify") == {}
    assert log.db.execute("SELECT count(*) FROM observables").fetchone()[0] == 0
    assert log.search(marker) == []
    raw = b"".join(p.read_bytes() for p in log.path.parent.glob("scamscreen.db*"))
    assert marker.encode() not in raw
    with pytest.raises(StoreError):
        log.delete(contact_id)


def test_retention_purges_only_old_contacts(log, save):
    old = save(**SCAM)
    log.db.execute(
        "UPDATE contacts SET created_at = '2026-01-01T00:00:00.000000Z' WHERE id = ?", [old]
    )
    new = save(**SCAM)
    today = datetime(2026, 11, 29, tzinfo=UTC)
    assert log.purge_older_than(90, today=today) == 1
    assert log.get(old) is None and log.get(new) is not None
    with pytest.raises(StoreError):
        log.purge_older_than(0)


def test_checklist_progress_is_kept_per_contact(log, save):
    a, b = save(**SCAM), save(**SCAM)
    log.set_step(a, "verify", "hang_up", True)
    log.set_step(a, "verify", "look_up_number", False)
    log.set_step(a, "verify", "look_up_number", True)
    log.set_step(b, "recovery", "disconnect", True)
    assert log.checklist_progress(a, "verify") == {"hang_up": True, "look_up_number": True}
    assert log.checklist_progress(b, "verify") == {}
    with pytest.raises(StoreError):
        log.set_step(999, "verify", "hang_up", True)


def test_progress_survives_reopening(tmp_path, screener):
    from scamscreen.core.contact import parse_contact

    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        contact = parse_contact(SCAM)
        contact_id = log.add(contact, screener.screen(contact), data_version="x").id
        log.set_step(contact_id, "verify", "hang_up", True)
        log.set_setting("retention_days", "90")
    with CaseLog.open(home) as log:
        assert log.checklist_progress(contact_id, "verify") == {"hang_up": True}
        assert log.setting("retention_days") == "90"
        assert log.setting("missing", "default") == "default"


def test_dates_typed_by_people_are_read_or_refused():
    assert parse_when("2026-11-29") == "2026-11-29T00:00:00.000000Z"
    assert parse_when("2026-11-29T14:30+01:00") == "2026-11-29T13:30:00.000000Z"
    with pytest.raises(StoreError, match="2026-11-29"):
        parse_when("29/11/2026")


def test_many_contacts_page_newest_first(log, save):
    ids = [
        save(extra={"contacted_at": parse_when(f"2026-11-{d:02d}")}, **SCAM) for d in range(1, 21)
    ]
    page1 = [r["id"] for r in log.search(limit=5)]
    page2 = [r["id"] for r in log.search(limit=5, offset=5)]
    assert page1 == ids[::-1][:5] and page2 == ids[::-1][5:10]
    assert len(list(log.iter_all(batch=7))) == 20


def test_dates_are_utc_iso(log, save):
    contact_id = save(**SCAM)
    created = datetime.fromisoformat(log.get(contact_id)["created_at"].replace("Z", "+00:00"))
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)


def test_the_retention_setting_is_applied_at_every_opening(tmp_path, screener):
    from scamscreen.core.contact import parse_contact

    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        contact = parse_contact(SCAM)
        old = log.add(
            contact,
            screener.screen(contact),
            data_version="x",
            created_at="2025-01-01T00:00:00.000000Z",
        ).id
        new = log.add(contact, screener.screen(contact), data_version="x").id
        log.set_setting("retention_days", "30")
    with CaseLog.open(home) as log:
        assert log.get(old) is None and log.get(new) is not None


def test_a_common_word_still_lists_newest_first_and_counts_right(log, save, add_copies):
    from scamscreen.store import caselog

    template = log.get(save(**SCAM))
    rows = add_copies(log, template, caselog.MANY_MATCHES + 200)
    found = log.search("teamviewer", limit=50)
    expected = sorted(
        (log.get(i) for i in rows), key=lambda r: (r["contacted_at"], r["id"]), reverse=True
    )[:50]
    assert [r["id"] for r in found] == [r["id"] for r in expected]
    assert log.count("teamviewer") == len(rows)
    assert log.count("teamviewer", verdict="likely_scam") == len(rows)

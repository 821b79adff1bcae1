#!/usr/bin/env python3
"""The case-log benchmark: search, statistics and import with 100,000 contacts in the log.

The log is built the way it would look after two years of use, without screening 100,000
contacts one by one: the test corpus is screened and saved into a seed log (each contact
as it is, and once more with a follow-up sentence and a caller's number), then its rows
are multiplied with fresh uids, dates spread over two years, notes that end in a few
words and a number of their own, numbers drawn from a pool that scammers reuse, and
outcomes, and inserted in bulk (the full-text index is filled by the log's own triggers).
Everything is drawn from one `random.Random(SEED)`, so every run builds the same log.

1. Search: `CaseLog.search` (first page, limit 100, newest first) for six kinds of
   query, cycled: a word, a prefix, a phone number, two words, a word with a verdict
   filter, a number with a verdict filter. Budget: median < 20 ms. `count()` for the same
   queries is reported alongside (what the page would show as the number of matches).
2. Statistics: `stats_by_week()` and `stats_by_org()`. Budget: median < 50 ms each.
3. Import: `exchange.import_file` of a JSON export of the 100,000 contacts into an empty
   log, against a bare `sqlite3` `executemany` of the same rows (the values the import
   writes, into a fresh log's file, same schema, triggers and connection settings, one
   transaction), interleaved in the same run. Budget: the import runs at no less than
   half the baseline's rate. The import runs in a child process that is stopped at
   `IMPORT_PATIENCE` times the baseline's time: a far-too-slow import then reports an
   upper bound on its rate instead of holding up the run.

Run alone with `python benchmarks/store.py`; `benchmarks/run.py` runs it after the other
measures. Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "core" / "corpus" / "contacts.jsonl"

CONTACTS = 100_000
SEED = 20_261_129
SEARCH_BUDGET_MS = 20.0
STATS_BUDGET_MS = 50.0
IMPORT_BUDGET = 0.5  # the import's rate over the bare executemany's, at least
IMPORT_PATIENCE = 6  # import rounds are stopped at this many times the baseline's time

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("anydesk", {}),  # a word from the notes
    ("micro", {}),  # a prefix, as typed so far
    ("8445550199", {}),  # a phone number
    ("gift card", {}),  # two words
    ("anydesk", {"verdict": "likely_scam"}),  # a word with a verdict filter
    ("8445550199", {"verdict": "likely_scam"}),  # a number with a verdict filter
]

# Appended to every generated contact's notes, a few at a time.
_WORDS = """
called back twice again today voicemail urgent refund invoice renewal subscription
antivirus firewall technician engineer supervisor manager department billing account
locked suspended hacked virus popup screen frozen warning alarm beeping browser chrome
edge windows laptop desktop printer router wifi password code verification text message
email link attachment gift card cards itunes google play steam walmart target store
bitcoin crypto atm wallet wire transfer zelle venmo cashapp bank branch teller daughter
son grandson granddaughter neighbour friend husband wife police fbi irs hmrc social
security medicare pension tax rebate prize lottery winner delivery parcel package
customs fee overdue payment charge dispute fraud department reference case ticket number
hold line stay secret remote access anydesk teamviewer ultraviewer quick assist install
download app permission camera microphone screen sharing logmein connectwise
"""
VOCAB = _WORDS.split()

# Said again by the caller in a second, reworded report of each corpus contact.
FOLLOW_UPS = [
    "They called back the next day from the same number and were angry I hung up.",
    "I wrote the number down: they said to call {number} if we got cut off.",
    "My daughter says it is a scam but they knew my name and my address.",
    "He kept me on the line for an hour and told me not to tell the bank.",
]
CALLER_NUMBERS = ["+1 844 555 0199", "+1 (888) 555-0142", "+44 20 7946 0958", "+1 877 555 0123"]
STAFF = ["ana", "ben", "chidi", "dana", "eli", None, None]
PAID_HOW = ["gift_card", "wire", "crypto", "card", "payment_app"]

START = datetime(2024, 6, 1, tzinfo=UTC)
SPAN = timedelta(days=730)
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


def say(text: str) -> None:
    print(text, flush=True)


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


# -- building the log ------------------------------------------------------------------


def seed_log(home: Path) -> tuple[list[dict[str, Any]], dict[int, list[tuple[str, str]]]]:
    """Screen the corpus into a real log (twice per contact: as written, and reworded
    with a follow-up and a caller's number); return its rows and observables."""
    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.store import CaseLog

    screener = Screener.load(data_dir())
    corpus = [
        json.loads(line)["contact"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with CaseLog.open(home, daily_backup=False) as log:
        for number, fields in enumerate(corpus):
            variant = dict(fields)
            follow_up = FOLLOW_UPS[number % len(FOLLOW_UPS)].format(
                number=CALLER_NUMBERS[number // len(FOLLOW_UPS) % len(CALLER_NUMBERS)]
            )
            variant["text"] = f"{fields.get('text', '')} {follow_up}"
            if str(fields.get("channel", "")).startswith("phone"):
                variant["phone"] = CALLER_NUMBERS[number % len(CALLER_NUMBERS)]
            for data in (fields, variant):
                contact = parse_contact(data)
                log.add(contact, screener.screen(contact), data_version=screener.data_version)
        rows = [dict(r) for r in log.db.query("SELECT * FROM contacts ORDER BY id")]
        observables: dict[int, list[tuple[str, str]]] = {r["id"]: [] for r in rows}
        for cid, kind, value in log.db.execute(
            "SELECT contact_id, kind, value FROM observables ORDER BY contact_id, kind, value"
        ).fetchall():
            observables[cid].append((kind, value))
    return rows, observables


def number_pool(rng: random.Random, size: int = 2_000) -> list[tuple[str, str]]:
    """Numbers scammers call from, as typed and in E.164; the known one comes first."""
    pool = [("+1 844 555 0199", "+18445550199")]
    while len(pool) < size:
        area = rng.choice(["800", "833", "844", "855", "866", "877", "888", "202", "415"])
        mid, last = rng.randrange(200, 1000), rng.randrange(10_000)
        pool.append((f"+1 ({area}) {mid}-{last:04d}", f"+1{area}{mid}{last:04d}"))
    return pool


def generate(
    rng: random.Random,
    seeds: list[dict[str, Any]],
    seed_observables: dict[int, list[tuple[str, str]]],
    count: int,
) -> tuple[list[str], list[tuple[Any, ...]], list[tuple[int, str, str]]]:
    """`count` contacts made from the seed rows: (columns, rows, observables)."""
    columns = [c for c in seeds[0] if c != "id"]
    pool = number_pool(rng)
    rows: list[tuple[Any, ...]] = []
    observables: list[tuple[int, str, str]] = []
    span = int(SPAN.total_seconds())
    for contact_id in range(1, count + 1):
        seed = seeds[rng.randrange(len(seeds))]
        row = dict(seed)
        contacted = START + timedelta(
            seconds=rng.randrange(span), microseconds=rng.randrange(10**6)
        )
        created = contacted + timedelta(seconds=rng.randrange(3 * 86_400))
        words = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 6)))
        row["uid"] = f"{rng.getrandbits(128):032x}"
        row["contacted_at"] = contacted.strftime(STAMP)
        row["created_at"] = row["updated_at"] = created.strftime(STAMP)
        row["notes"] = f"{seed['notes']} {words} {rng.randrange(100, 1_000_000)}"
        row["staff_member"] = rng.choice(STAFF)
        row["ticket_ref"] = f"T-{rng.randrange(10**6):06d}" if rng.random() < 0.3 else None
        draw = rng.random()
        outcome = "genuine" if seed["verdict"] == "no_red_flags" and draw < 0.6 else "unknown"
        if seed["verdict"] != "no_red_flags" and draw < 0.25:
            outcome = "confirmed_scam"
            if rng.random() < 0.3:
                row["money_lost_cents"] = rng.randrange(2_000, 500_000)
                row["paid_how"] = rng.choice(PAID_HOW)
        row["outcome"] = outcome
        found = set(seed_observables[seed["id"]])
        if seed["phone_e164"] and rng.random() < 0.6:  # the same script, another number
            typed, e164 = pool[rng.randrange(len(pool))]
            found.discard(("phone", seed["phone_e164"]))
            found.add(("phone", e164))
            row["phone"], row["phone_e164"] = typed, e164
        rows.append(tuple(row[c] for c in columns))
        observables += [(contact_id, kind, value) for kind, value in sorted(found)]
    return columns, rows, observables


def insert_bulk(
    conn: sqlite3.Connection,
    columns: list[str],
    rows: list[tuple[Any, ...]],
    observables: list[tuple[int, str, str]],
) -> None:
    """All rows in one transaction; the contacts get ids 1.. in order (a fresh table)."""
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO contacts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows,
    )
    conn.executemany(
        "INSERT INTO observables (contact_id, kind, value) VALUES (?, ?, ?)", observables
    )
    conn.execute("COMMIT")


# -- the measures ------------------------------------------------------------------------


def bench_search(log: Any, rounds: int = 5) -> float:
    for query, filters in QUERIES:  # warm up: the pages each query reads
        log.search(query, **filters)
        log.count(query, **filters)
    searches: dict[int, list[float]] = {i: [] for i in range(len(QUERIES))}
    counts: dict[int, list[float]] = {i: [] for i in range(len(QUERIES))}
    matches: dict[int, tuple[int, int]] = {}
    for _ in range(rounds):
        for i, (query, filters) in enumerate(QUERIES):
            start = time.perf_counter()
            page = log.search(query, **filters)
            searches[i].append(time.perf_counter() - start)
            start = time.perf_counter()
            total = log.count(query, **filters)
            counts[i].append(time.perf_counter() - start)
            matches[i] = (len(page), total)
    all_searches = [t for times in searches.values() for t in times]
    all_counts = [t for times in counts.values() for t in times]
    median = median_ms(all_searches)
    say(
        f"case-log search: {len(all_searches)} queries, {len(QUERIES)} kinds; "
        f"median {median:.1f} ms (max {max(all_searches) * 1000:.1f} ms), "
        f"budget {SEARCH_BUDGET_MS:.0f} ms; count() for the same queries: median "
        f"{median_ms(all_counts):.1f} ms"
    )
    for i, (query, filters) in enumerate(QUERIES):
        label = repr(query) + "".join(f" {k}={v}" for k, v in filters.items())
        say(
            f"  {label:38} search {median_ms(searches[i]):7.1f} ms   "
            f"count {median_ms(counts[i]):7.1f} ms   {matches[i][0]:3} shown "
            f"of {matches[i][1]:6} matches"
        )
    return median


def bench_stats(log: Any, rounds: int = 15) -> dict[str, float]:
    medians = {}
    for name in ("stats_by_week", "stats_by_org"):
        method = getattr(log, name)
        result = method()  # warm up
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            method()
            times.append(time.perf_counter() - start)
        medians[name] = median_ms(times)
        say(
            f"case-log {name}(): median {medians[name]:.1f} ms over {rounds} runs "
            f"({len(result)} rows), budget {STATS_BUDGET_MS:.0f} ms"
        )
    return medians


def import_rows(
    source: Path,
) -> tuple[list[str], list[tuple[Any, ...]], list[tuple[int, str, str]]]:
    """The values `import_file` writes for each contact of an export, prepared up front,
    for the baseline to insert without doing any of the import's own work."""
    from scamscreen.store.caselog import parse_when
    from scamscreen.store.exchange import EXPORTED

    records = json.loads(source.read_text(encoding="utf-8"))["contacts"]
    defaults = {"claimed_org": "", "phone": "", "email": "", "url": "", "notes": ""}
    defaults |= {"outcome": "unknown", "engine_version": "?", "data_version": "?"}
    rows, observables = [], []
    for contact_id, record in enumerate(records, 1):
        row = {key: record.get(key) for key in EXPORTED}
        for key in ("created_at", "contacted_at", "updated_at"):
            if row[key] is not None:
                row[key] = parse_when(row[key])
        row["requests"] = json.dumps(record.get("requests") or [])
        row["findings"] = json.dumps(record.get("findings") or [], ensure_ascii=False)
        for key, default in defaults.items():
            row[key] = row[key] if row[key] is not None else default
        row["contacted_at"] = row["contacted_at"] or row["created_at"]
        row["updated_at"] = row["updated_at"] or row["created_at"]
        rows.append(tuple(row.values()))
        observables += [(contact_id, o["kind"], o["value"]) for o in record["observables"]]
    return list(EXPORTED), rows, observables


def bench_import(work: Path, source: Path, rounds: int) -> float:
    """Bare executemany here, `import_file` in a child process that is stopped when it
    runs past `IMPORT_PATIENCE` times the baseline (far over budget already), so a slow
    import gives a bound instead of a benchmark that never ends."""
    from scamscreen.store import CaseLog

    columns, rows, observables = import_rows(source)
    say(
        f"  import: {len(rows):,} contacts, {len(observables):,} observables, "
        f"{source.stat().st_size / 1e6:.0f} MB of JSON; {rounds} rounds"
    )
    bases, imports = [], []
    for number in range(rounds):  # interleaved, so a busy moment hits both alike
        home = work / f"baseline-{number}"
        CaseLog.open(home, daily_backup=False).close()  # a fresh log: schema and triggers
        conn = sqlite3.connect(home / "scamscreen.db", isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")  # what the log's own connection sets
        conn.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        insert_bulk(conn, columns, rows, observables)
        bases.append(time.perf_counter() - start)
        base_counts = _counts(conn)
        conn.close()
        shutil.rmtree(home)

        home = work / f"import-{number}"
        limit = max(IMPORT_PATIENCE * statistics.median(bases), 30.0)
        try:
            child = subprocess.run(
                [sys.executable, __file__, "--import-child", str(source), str(home)],
                capture_output=True,
                text=True,
                timeout=limit,
                check=True,
            )
        except subprocess.TimeoutExpired:
            shutil.rmtree(home, ignore_errors=True)
            say(
                f"  round {number + 1}: bare executemany {bases[-1]:.2f} s, import_file "
                f"stopped after {limit:.0f} s, unfinished"
            )
            ratio = statistics.median(bases) / limit
            say(
                f"case-log import of {len(rows):,} contacts: bare sqlite3 executemany "
                f"{len(rows) / statistics.median(bases):,.0f} contacts/s; import_file did "
                f"not finish in {limit:.0f} s: < {len(rows) / limit:,.0f} contacts/s, "
                f"< {ratio:.2f}x, budget >= {IMPORT_BUDGET}x"
            )
            return ratio
        except subprocess.CalledProcessError as exc:
            raise SystemExit(f"the import failed:\n{exc.stderr}") from None
        shutil.rmtree(home)
        done = json.loads(child.stdout.strip().splitlines()[-1])
        imports.append(done["seconds"])
        if done["added"] != len(rows) or tuple(done["counts"]) != base_counts:
            raise SystemExit(
                f"the import and the baseline disagree: import {done}, baseline {base_counts}"
            )
        say(
            f"  round {number + 1}: bare executemany {bases[-1]:.2f} s, "
            f"import_file {imports[-1]:.2f} s"
        )
    base_rate = len(rows) / statistics.median(bases)
    import_rate = len(rows) / statistics.median(imports)
    ratio = import_rate / base_rate
    say(
        f"case-log import of {len(rows):,} contacts: import_file {import_rate:,.0f} contacts/s, "
        f"bare sqlite3 executemany {base_rate:,.0f} contacts/s: {ratio:.2f}x, "
        f"budget >= {IMPORT_BUDGET}x"
    )
    return ratio


def import_child(source: Path, home: Path) -> None:
    """One timed `import_file` into a fresh log, reported as a JSON line on stdout."""
    from scamscreen.store import CaseLog
    from scamscreen.store.exchange import import_file

    with CaseLog.open(home, daily_backup=False) as log:
        start = time.perf_counter()
        report = import_file(log, source)
        seconds = time.perf_counter() - start
        counts = _counts(log.db.conn)
    problems = getattr(report, "problems", [])
    if problems:
        raise SystemExit(f"{len(problems)} contacts were left out: {problems[:3]}")
    done = {"seconds": seconds, "added": report[0], "already": report[1], "counts": counts}
    print(json.dumps(done))


def _counts(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """Rows in each table, and a digest of every value written (ids aside), so the
    import and the baseline are known to have written the same thing."""
    digest = hashlib.sha256()
    columns = [r[1] for r in conn.execute("PRAGMA table_info(contacts)") if r[1] != "id"]
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM contacts ORDER BY id"):
        digest.update(repr(row).encode())
    for row in conn.execute("SELECT * FROM observables ORDER BY contact_id, kind, value"):
        digest.update(repr(row).encode())
    counts = [
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("contacts", "observables", "contacts_fts")
    ]
    return (*counts, digest.hexdigest()[:16])


def bench_store(contacts: int = CONTACTS, import_rounds: int = 3) -> list[str]:
    """Run the case-log measures; returns the names of the budgets exceeded."""
    from scamscreen.store import CaseLog
    from scamscreen.store.exchange import export_json

    started = time.perf_counter()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="scamscreen-bench-") as tmp:
        work = Path(tmp)
        say(f"case log: building a log of {contacts:,} contacts in {work}")
        seeds, seed_observables = seed_log(work / "seed")
        say(f"  screened and saved {len(seeds)} seed contacts")
        columns, rows, observables = generate(rng, seeds, seed_observables, contacts)
        with CaseLog.open(work / "big", daily_backup=False) as log:
            start = time.perf_counter()
            insert_bulk(log.db.conn, columns, rows, observables)
            say(
                f"  inserted {len(rows):,} contacts and {len(observables):,} observables "
                f"in {time.perf_counter() - start:.1f} s"
            )
            del rows, observables
            size = (work / "big" / "scamscreen.db").stat().st_size
            say(f"  log file {size / 1e6:.0f} MB")

            search = bench_search(log)
            stats = bench_stats(log)

            export = work / "export.json"
            start = time.perf_counter()
            with export.open("w", encoding="utf-8") as out:
                exported = export_json(log, out)
            say(f"  exported {exported:,} contacts in {time.perf_counter() - start:.1f} s")
        shutil.rmtree(work / "big")
        ratio = bench_import(work, export, import_rounds)
    say(f"  case-log benchmark took {time.perf_counter() - started:.0f} s")

    failed = []
    if search >= SEARCH_BUDGET_MS:
        failed.append("case-log search")
    failed += [f"case-log {name}" for name, ms in stats.items() if ms >= STATS_BUDGET_MS]
    if ratio < IMPORT_BUDGET:
        failed.append("case-log import")
    return failed


def main() -> int:
    import argparse

    if sys.argv[1:2] == ["--import-child"]:
        import_child(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0

    parser = argparse.ArgumentParser(description="The case-log benchmark.")
    parser.add_argument("--contacts", type=int, default=CONTACTS, help="size of the log")
    parser.add_argument("--import-rounds", type=int, default=3)
    args = parser.parse_args()
    failed = bench_store(args.contacts, args.import_rounds)
    print("within budget" if not failed else f"OVER BUDGET: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

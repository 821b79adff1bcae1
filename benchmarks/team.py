#!/usr/bin/env python3
"""The team-store benchmark (issue 16): 1,000,000 contacts in the team's case log on
PostgreSQL and 20 staff members adding, searching and looking at "seen before" at once,
beside the same operations on the SQLite case log with one writer.

The server is a cluster of the benchmark's own, made by the team tests' helper
(tests/team/conftest.py: Debian's PostgreSQL, TLS with a certificate authority made for
the run, SCRAM, `hostssl` lines only, on 127.0.0.1), with `shared_buffers` at
PostgreSQL's default of 128 MB instead of the tests' 32 MB. `team init` sets it up; every
staff login is made with `team add-user`; everything the staff do goes through
`TeamLog`, the calls the command line makes (`log add` sends `insert_row`, `log search`
calls `search`, `log seen` calls `seen_before`), over verified TLS.

The contacts: the test corpus screened once as written and once reworded with a
follow-up (as benchmarks/store.py does), multiplied with fresh uids, dates spread over
two years, notes that end in a few words and a number of their own, outcomes, over four
desks of unequal size (north 40 %, south 30 %, east 20 %, west 10 %). Every number,
domain and email address a contact holds is drawn from a pool (one value for every 40
contacts, shared by the desks) with a heavy tail, as scammers reuse them: by construction
the first value of a pool of N is drawn once in about sqrt(N) draws (0.6 % of them at
1,000,000 contacts), most values a handful of times. Everything is drawn from one
`random.Random(SEED)`, so every run builds the same contacts. They are loaded in bulk,
COPY into a staging table, then INSERT ... SELECT into the team's tables by the
database's owner, a desk at a time (row-level security holds the owner to one desk too),
oldest first, so the server's own triggers fill the full-text words and write an audit
row for every contact; then VACUUM ANALYZE, as after any restore.

The workload: each staff member is a separate process (`--staff-child`), a login of one
desk (desks get staff in proportion to their size), with its own `TeamLog` (a pool of
verified connections). After all of them have connected they start together and, for
`--seconds`, repeat: add a contact (a screened corpus contact with a new uid, today's
date, and a number, domain or address from the pool), "seen before" for it, a search
(seven kinds, cycled: a word, two words, a phone number as typed, a word with a
verdict filter, a rarer word, an organisation, a number seldom seen), "seen before" for
a random contact of the desk.
Between operations each pauses for a random 0 to `--pause-ms` (default 500 ms; a person
at a help desk takes far longer, and without pauses 20 clients on a 2-core machine
measure the queue for the processor more than the store). Each operation is timed with
`time.perf_counter` around the store's call; p50, p95 and p99 are printed.

Budgets (issue 16): p95 add <= 50 ms, p95 search <= 100 ms, p95 "seen before" <= 20 ms.

The SQLite case log is built from the same contacts (all desks in one log) and the same
operations run on it from one process, one writer, without pauses: `CaseLog.insert_row`
in a `writing()` transaction (what `CaseLog.add` does; the automatic backup every 25
saves is left out), `search`, `seen_before`.

Run alone with `python benchmarks/team.py` (`--contacts 20000 --staff 4 --seconds 5` for
a quick look); `benchmarks/run.py` runs it after the case-log benchmark. Exit status 1
when a budget is exceeded.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "tests" / "core" / "corpus" / "contacts.jsonl"
CLUSTER_HELPER = ROOT / "tests" / "team" / "conftest.py"
if str(HERE) not in sys.path:  # (store.py, next to this file, when loaded by path)
    sys.path.insert(0, str(HERE))

from store import CALLER_NUMBERS, FOLLOW_UPS, PAID_HOW, SPAN, STAFF, START, VOCAB  # noqa: E402

CONTACTS = 1_000_000
STAFF_PROCESSES = 20
SECONDS = 60.0
PAUSE_MS = 500.0
SEED = 20_261_206
DESKS = {"north": 0.4, "south": 0.3, "east": 0.2, "west": 0.1}
DATABASE = "scamscreen_bench"
SERVER_SETTINGS = ["shared_buffers = 128MB"]  # PostgreSQL's default; the tests use 32MB
CONTACTS_PER_VALUE = 40  # the pools of numbers, domains and addresses: one per this many
TAIL = 2.0  # pool index = size * random() ** TAIL: the first value in ~1/sqrt(size) draws

ADD_BUDGET_MS = 50.0
SEARCH_BUDGET_MS = 100.0
SEEN_BUDGET_MS = 20.0

# The searches, cycled: (query, filters). "{number}" is the pool's most-used number as a
# person types it, "{rare}" its last, which few contacts have or none: "has anyone seen
# this number?" about a new one. Each means the same in both stores (no prefixes: the
# team store's web-search syntax has none).
SEARCHES: list[tuple[str, dict[str, str]]] = [
    ("anydesk", {}),  # a word of the corpus
    ("gift card", {}),  # two words
    ("{number}", {}),  # a phone number as typed
    ("refund", {"verdict": "likely_scam"}),  # a word with a verdict filter
    ("granddaughter", {}),  # a rarer word
    ("microsoft", {}),  # an organisation
    ("{rare}", {}),  # a number seldom seen
]
OPERATIONS = ("add", "search", "seen before")
BUDGETS = {"add": ADD_BUDGET_MS, "search": SEARCH_BUDGET_MS, "seen before": SEEN_BUDGET_MS}
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


def say(text: str) -> None:
    print(text, flush=True)


def percentile(times: list[float], share: float) -> float:
    """The value `share` of the way up the sorted times (nearest rank), in ms."""
    ordered = sorted(times)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank] * 1000


def queries(pool: dict[str, list[Any]]) -> list[tuple[str, dict[str, str]]]:
    """SEARCHES with the pool's most-used and its last number put in."""
    most, rare = pool["numbers"][0][0], pool["numbers"][-1][0]
    return [(query.format(number=most, rare=rare), filters) for query, filters in SEARCHES]


def cluster_helper() -> Any:
    """tests/team/conftest.py, the team tests' own PostgreSQL helper, loaded by path."""
    spec = importlib.util.spec_from_file_location("scamscreen_team_cluster", CLUSTER_HELPER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the contacts ----------------------------------------------------------------------


def templates() -> list[dict[str, Any]]:
    """The corpus screened twice per contact (as written; reworded with a follow-up and
    a caller's number), as the team store keeps a contact (`contact_row`)."""
    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.store.team.log import contact_row

    screener = Screener.load(data_dir())
    corpus = [
        json.loads(line)["contact"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows = []
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
            rows.append(contact_row(contact, screener.screen(contact),
                                    data_version=screener.data_version))
    return rows


def pools(rng: random.Random, size: int) -> dict[str, list[Any]]:
    """Numbers (as typed, E.164), domains and email addresses scammers use, `size` each."""
    numbers: list[tuple[str, str]] = [("+1 844 555 0199", "+18445550199")]
    while len(numbers) < size:
        area = rng.choice(["800", "833", "844", "855", "866", "877", "888", "202", "415"])
        mid, last = rng.randrange(200, 1000), rng.randrange(10_000)
        numbers.append((f"+1 ({area}) {mid}-{last:04d}", f"+1{area}{mid}{last:04d}"))
    words = ["support", "help", "secure", "account", "billing", "desk", "fix", "care",
             "online", "service", "alert", "refund", "verify", "tech", "win", "pc"]  # fmt: skip
    tlds = ["com", "net", "org", "info", "online", "site", "support", "xyz"]
    domains = [
        f"{rng.choice(words)}-{rng.choice(words)}{rng.randrange(1000)}.{rng.choice(tlds)}"
        for _ in range(size)
    ]
    emails = [f"{rng.choice(words)}{rng.randrange(10_000)}@{rng.choice(domains)}"
              for _ in range(size)]
    return {"numbers": numbers, "domains": domains, "emails": emails}


def draw(rng: random.Random, pool: list[Any]) -> Any:
    """A value of the pool, the first ones far more often (see TAIL)."""
    return pool[int(len(pool) * rng.random() ** TAIL)]


def vary(rng: random.Random, template: dict[str, Any], pool: dict[str, list[Any]],
         *, when: datetime, created: datetime) -> dict[str, Any]:
    """A new contact from a template: its own uid, date, words, number and domains."""
    row = dict(template)
    row["uid"] = f"{rng.getrandbits(128):032x}"
    row["contacted_at"] = when.strftime(STAMP)
    row["created_at"] = row["updated_at"] = created.strftime(STAMP)
    words = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 6)))
    row["notes"] = f"{template['notes']} {words} {rng.randrange(100, 1_000_000)}"
    row["staff_member"] = rng.choice(STAFF)
    row["ticket_ref"] = f"T-{rng.randrange(10**6):06d}" if rng.random() < 0.3 else None
    outcome = "unknown"
    if template["verdict"] == "no_red_flags" and rng.random() < 0.6:
        outcome = "genuine"
    elif template["verdict"] != "no_red_flags" and rng.random() < 0.25:
        outcome = "confirmed_scam"
        if rng.random() < 0.3:
            row["money_lost_cents"] = rng.randrange(2_000, 500_000)
            row["paid_how"] = rng.choice(PAID_HOW)
    row["outcome"] = outcome
    observables: set[tuple[str, str]] = set()
    for kind, _value in template["observables"]:
        if kind == "phone":
            typed, e164 = draw(rng, pool["numbers"])
            observables.add(("phone", e164))
            if template["phone_e164"]:
                row["phone"], row["phone_e164"] = typed, e164
        elif kind == "domain":
            observables.add(("domain", draw(rng, pool["domains"])))
        else:
            observables.add((kind, draw(rng, pool["emails"])))
    row["observables"] = sorted([k, v] for k, v in observables)
    return row


def generate(rng: random.Random, rows: list[dict[str, Any]], pool: dict[str, list[Any]],
             count: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """`count` contacts, each with its desk: (desk, row)."""
    desks, weights = list(DESKS), list(DESKS.values())
    span = int(SPAN.total_seconds())
    for _ in range(count):
        when = START + timedelta(seconds=rng.randrange(span), microseconds=rng.randrange(10**6))
        created = when + timedelta(seconds=rng.randrange(3 * 86_400))
        desk = rng.choices(desks, weights)[0]
        yield desk, vary(rng, rows[rng.randrange(len(rows))], pool, when=when, created=created)


def staff_names(staff: int) -> list[tuple[str, str]]:
    """(login, desk) for each staff process, desks in proportion to their size."""
    names: list[tuple[str, str]] = []
    counts = {desk: max(1, round(staff * share)) for desk, share in DESKS.items()}
    while sum(counts.values()) > staff:  # (rounding) the biggest desk gives one back
        counts[max(counts, key=lambda d: counts[d])] -= 1
    for desk, count in counts.items():
        names += [(f"bench_{desk}_{n:02d}", desk) for n in range(1, count + 1)]
    return names[:staff]


# -- the team store ------------------------------------------------------------------------


def team_columns() -> list[str]:
    from scamscreen.store.team.log import WRITTEN

    return ["desk", "logged_by", *WRITTEN]


def load_team(owner_url: str, rows: Iterator[tuple[str, dict[str, Any]]],
              logins: dict[str, list[str]]) -> dict[str, tuple[int, int, int]]:
    """COPY the contacts into a staging table, then INSERT ... SELECT them into the
    team's tables, a desk at a time, as the owner made a member of that desk for the
    load (row-level security, FORCEd, holds the owner too). Returns, per desk, (contacts,
    lowest id, highest id)."""
    import psycopg
    from psycopg import sql

    from scamscreen.store.team.log import WRITTEN

    columns = team_columns()
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    with psycopg.connect(owner_url, autocommit=True) as conn:
        conn.execute("SET synchronous_commit = off")  # (the load only; staff commit normally)
        conn.execute(
            "CREATE TEMP TABLE stage AS SELECT desk, logged_by, "
            + ", ".join(WRITTEN) + " FROM scamscreen.contacts WITH NO DATA"
        )
        conn.execute("ALTER TABLE stage ADD COLUMN kinds text[], ADD COLUMN obs_values text[]")
        start = time.perf_counter()
        loaded = 0
        with conn.cursor() as cur, cur.copy(
            sql.SQL("COPY stage ({}, kinds, obs_values) FROM STDIN").format(names)
        ) as copy:
            for number, (desk, row) in enumerate(rows):
                row = {**row, "desk": desk,
                       "logged_by": logins[desk][number % len(logins[desk])]}
                for key in ("requests", "findings"):
                    row[key] = json.dumps(row[key], ensure_ascii=False)
                copy.write_row([*(row.get(c) for c in columns),
                                [k for k, _v in row["observables"]],
                                [v for _k, v in row["observables"]]])
                loaded += 1
        say(f"  copied {loaded:,} contacts into a staging table in "
            f"{time.perf_counter() - start:.1f} s")
        found: dict[str, tuple[int, int, int]] = {}
        for desk in DESKS:
            start = time.perf_counter()
            with conn.transaction():
                conn.execute(
                    "INSERT INTO scamscreen.members (login, desk, role) "
                    "VALUES (current_user, %s, 'lead') ON CONFLICT (login) "
                    "DO UPDATE SET desk = excluded.desk", [desk])
                conn.execute(
                    sql.SQL("INSERT INTO scamscreen.contacts ({0}) SELECT {0} FROM stage "
                            "WHERE desk = %s ORDER BY contacted_at").format(names), [desk])
                conn.execute(
                    "INSERT INTO scamscreen.observables (desk, uid, kind, value, contacted_at)"
                    " SELECT s.desk, s.uid, o.kind, o.value, s.contacted_at FROM stage AS s,"
                    " unnest(s.kinds, s.obs_values) AS o (kind, value) WHERE s.desk = %s",
                    [desk])
                got = conn.execute("SELECT count(*), min(id), max(id) FROM scamscreen.contacts "
                                   "WHERE desk = %s", [desk]).fetchone()
                assert got is not None
                found[desk] = (int(got[0]), int(got[1] or 0), int(got[2] or 0))
            say(f"  desk {desk}: {found[desk][0]:,} contacts inserted in "
                f"{time.perf_counter() - start:.1f} s")
        conn.execute("DELETE FROM scamscreen.members WHERE login = current_user")
        start = time.perf_counter()
        for table in ("contacts", "observables", "audit_log"):
            conn.execute(sql.SQL("VACUUM ANALYZE scamscreen.{}").format(sql.Identifier(table)))
        say(f"  VACUUM ANALYZE in {time.perf_counter() - start:.1f} s")
        sizes = conn.execute(
            "SELECT pg_size_pretty(pg_database_size(current_database())), "
            "pg_size_pretty(pg_total_relation_size('scamscreen.contacts')), "
            "pg_size_pretty(pg_relation_size('scamscreen.contacts_search'))").fetchone()
        assert sizes is not None
        say(f"  database {sizes[0]}; contacts with indexes {sizes[1]}, of which the "
            f"full-text index {sizes[2]}")
    return found


def prepare(helper: Any, cluster: Any, staff: list[tuple[str, str]]) -> tuple[str, dict[str,
                                                                                    str]]:
    """The benchmark's database in `cluster`, owned by the tests' owner role (made here
    when missing), set up by `team init`, with a login for each staff member made by
    `team add-user`: (the owner's address, {login: password})."""
    from scamscreen.store.team import admin

    cluster.create_team_database(DATABASE)
    owner_url = cluster.url(helper.OWNER, cluster.owner_password, database=DATABASE)
    admin.init(owner_url)
    passwords = {}
    for login, desk in staff:
        passwords[login] = admin.add_user(owner_url, login, "staff", desk).password
    return owner_url, passwords


def start_cluster(helper: Any) -> Any:
    """A cluster of the benchmark's own (the tests' helper), or None without the
    server programs."""
    bindir = helper.server_bin()
    if bindir is None:
        say(f"team store: skipped: {helper.HOW_TO_GET}")
        return None
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        say("team store: skipped: as root, the server runs as nobody with `setpriv`, "
            "which is missing (util-linux)")
        return None
    cluster = helper.Cluster(bindir)
    try:
        cluster.init()
        with (cluster.data / "postgresql.auto.conf").open("a") as conf:
            conf.write("\n".join(SERVER_SETTINGS) + "\n")  # (later lines win)
        cluster.start()
    except BaseException:
        cluster.remove()
        raise
    return cluster


# -- the staff, each a process of its own ----------------------------------------------------


def staff_child() -> None:
    """One staff member: its settings as a JSON line on stdin, "ready" once connected,
    then on "go" the workload for the given seconds; its times as a JSON line."""
    from scamscreen.store.team.log import TeamLog

    config = json.loads(sys.stdin.readline())
    shared = json.loads(Path(config["shared"]).read_text(encoding="utf-8"))
    rows, pool = shared["templates"], shared["pools"]
    rng = random.Random(config["seed"])
    low, high = config["ids"]
    times: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    kinds: list[list[float]] = [[] for _ in SEARCHES]
    problems: list[str] = []
    with TeamLog.open(config["url"]) as log:
        searches = queries(pool)
        log.search(searches[0][0])  # warm up: the pool's first connection and the page
        log.seen_before(rng.randint(low, high))
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return
        turn = config["index"]
        pause = config["pause_ms"] / 1000
        deadline = time.perf_counter() + config["seconds"]

        def timed(name: str, call: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                done = call(*args, **kwargs)
            except Exception as exc:
                problems.append(f"{name}: {exc}")
                return None
            times[name].append(time.perf_counter() - start)
            if pause:
                time.sleep(rng.random() * pause)
            return done

        while time.perf_counter() < deadline:
            now = datetime.now(UTC)
            row = vary(rng, rows[rng.randrange(len(rows))], pool, when=now, created=now)
            row["uid"] = uuid.uuid4().hex
            stored = timed("add", log.insert_row, row)
            if stored is not None:
                timed("seen before", log.seen_before, stored.id)
            query, filters = searches[turn % len(searches)]
            if timed("search", log.search, query, **filters) is not None:
                kinds[turn % len(searches)].append(times["search"][-1])
            turn += 1
            timed("seen before", log.seen_before, rng.randint(low, high))
    print(json.dumps({"times": times, "kinds": kinds, "problems": problems[:5],
                      "failed": len(problems)}), flush=True)


def run_staff(urls: list[tuple[str, str]], ids: dict[str, tuple[int, int, int]],
              shared: Path, seconds: float, pause_ms: float) -> dict[str, Any]:
    """Start one process per staff member, wait until all are connected, start them
    together; their times, gathered."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "app"), *filter(None, [os.environ.get("PYTHONPATH")])])
    children = []
    for index, (url, desk) in enumerate(urls):
        child = subprocess.Popen(
            [sys.executable, __file__, "--staff-child"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdin is not None
        child.stdin.write(json.dumps({
            "url": url, "seed": SEED + index, "index": index, "shared": str(shared),
            "ids": ids[desk][1:], "seconds": seconds, "pause_ms": pause_ms}) + "\n")
        child.stdin.flush()
        children.append(child)
    try:
        for child in children:
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise SystemExit("a staff process could not connect (see above)")
        load_before = os.getloadavg()
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, _err = child.communicate(timeout=seconds + 120)
            results.append(json.loads(out.strip().splitlines()[-1]))
        load_after = os.getloadavg()
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    times: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    kinds: list[list[float]] = [[] for _ in SEARCHES]
    problems: list[str] = []
    for result in results:
        for name in OPERATIONS:
            times[name] += result["times"][name]
        for number, got in enumerate(result["kinds"]):
            kinds[number] += got
        problems += result["problems"]
    failed = sum(r["failed"] for r in results)
    return {"times": times, "kinds": kinds, "problems": problems, "failed": failed,
            "load": (load_before, load_after)}


# -- the SQLite case log ------------------------------------------------------------------


def sqlite_row(row: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A team row as the SQLite case log keeps it, and its numbers and domains."""
    from scamscreen.store.team.log import WRITTEN

    out = {key: row.get(key) for key in WRITTEN if not key.startswith("reporter_")}
    out["reported_by"] = row.get("reporter_name")
    for key in ("requests", "findings"):
        out[key] = json.dumps(row[key], ensure_ascii=False)
    observables = [(k, v) for k, v in row["observables"] if k in ("phone", "domain")]
    return out, observables


def load_sqlite(home: Path, rows: Iterator[tuple[str, dict[str, Any]]]) -> int:
    """The same contacts in one SQLite case log (ids 1.. in order), in one transaction."""
    from scamscreen.store import CaseLog

    count = 0
    with CaseLog.open(home, daily_backup=False) as log:
        # a bigger page cache for the load alone (random uids: the unique index is written
        # all over), as maintenance_work_mem is for a server's bulk load; the measures
        # open the log afresh with the log's own settings
        log.db.conn.execute("PRAGMA cache_size = -524288")  # 512 MB
        with log.writing():
            for _desk, row in rows:
                record, observables = sqlite_row(row)
                log.insert_row(record, observables)
                count += 1
    return count


def run_sqlite(home: Path, rows: list[dict[str, Any]], pool: dict[str, list[Any]],
               count: int, seconds: float) -> dict[str, Any]:
    """The same operations on the SQLite case log, one process, one writer."""
    from scamscreen.store import CaseLog

    rng = random.Random(SEED - 1)
    times: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    kinds: list[list[float]] = [[] for _ in SEARCHES]
    searches = queries(pool)
    with CaseLog.open(home, daily_backup=False) as log:
        log._scheduling = False  # the save alone: no automatic backup every 25 saves
        log.search(searches[0][0])
        turn = 0

        def timed(name: str, call: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            done = call(*args, **kwargs)
            times[name].append(time.perf_counter() - start)
            return done

        def add(record: dict[str, Any], observables: list[tuple[str, str]]) -> int:
            with log.writing():
                return int(log.insert_row(record, observables))

        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            now = datetime.now(UTC)
            row = vary(rng, rows[rng.randrange(len(rows))], pool, when=now, created=now)
            row["uid"] = uuid.uuid4().hex
            contact_id = timed("add", add, *sqlite_row(row))
            timed("seen before", log.seen_before, contact_id)
            query, filters = searches[turn % len(searches)]
            timed("search", log.search, query, **filters)
            kinds[turn % len(searches)].append(times["search"][-1])
            turn += 1
            timed("seen before", log.seen_before, rng.randint(1, count))
    return {"times": times, "kinds": kinds}


# -- the whole benchmark ------------------------------------------------------------------


def summary(times: list[float]) -> str:
    if not times:
        return f"{'-':>6} {'-':>8} {'-':>8} {'-':>8}"
    return (f"{len(times):6} {percentile(times, 0.50):8.1f} {percentile(times, 0.95):8.1f} "
            f"{percentile(times, 0.99):8.1f}")


def bench_team(contacts: int = CONTACTS, staff: int = STAFF_PROCESSES,
               seconds: float = SECONDS, pause_ms: float = PAUSE_MS,
               cluster: Any = None) -> list[str]:
    """Run the team-store measures (in `cluster`, else a cluster of its own); returns the
    names of the budgets exceeded."""
    started = time.perf_counter()
    helper = cluster_helper()
    own = cluster is None
    if own:
        cluster = start_cluster(helper)
        if cluster is None:
            return []
    try:
        with tempfile.TemporaryDirectory(prefix="scamscreen-teambench-") as tmp:
            work = Path(tmp)
            return _bench(helper, cluster, work, contacts, staff, seconds, pause_ms, started)
    finally:
        if own:
            cluster.remove()


def _bench(helper: Any, cluster: Any, work: Path, contacts: int, staff: int,
           seconds: float, pause_ms: float, started: float) -> list[str]:
    people = staff_names(staff)
    say(f"team store: {contacts:,} contacts over {len(DESKS)} desks, {len(people)} staff "
        f"processes for {seconds:.0f} s, pauses of 0 to {pause_ms:.0f} ms; PostgreSQL "
        f"{cluster.bindir.parent.name} on 127.0.0.1 (TLS verify-full, SCRAM), "
        f"{', '.join(SERVER_SETTINGS)}")
    owner_url, passwords = prepare(helper, cluster, people)
    rows = templates()
    size = max(100, contacts // CONTACTS_PER_VALUE)
    pool = pools(random.Random(SEED), size)
    shared = work / "shared.json"
    shared.write_text(json.dumps({"templates": rows, "pools": pool}), encoding="utf-8")
    say(f"  screened {len(rows)} corpus contacts as templates; pools of {size:,} numbers, "
        "domains and addresses")
    logins: dict[str, list[str]] = {}
    for login, desk in people:
        logins.setdefault(desk, []).append(login)
    for desk in DESKS:  # (a desk without a staff process still has people who logged)
        logins.setdefault(desk, [f"bench_{desk}_00"])
    start = time.perf_counter()
    ids = load_team(owner_url, generate(random.Random(SEED), rows, pool, contacts), logins)
    say(f"  loaded in {time.perf_counter() - start:.0f} s")
    with cluster.admin() as conn:  # the load's writes on disk before the staff start
        conn.execute("CHECKPOINT")

    urls = [(cluster.url(login, passwords[login], database=DATABASE), desk)
            for login, desk in people]
    say(f"  load average before the staff start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    team = run_staff(urls, ids, shared, seconds, pause_ms)
    before, after = team["load"]
    total = sum(len(t) for t in team["times"].values())
    say(f"  {total:,} operations in {seconds:.0f} s ({total / seconds:.0f}/s); load average "
        f"{before[0]:.2f} at the start, {after[0]:.2f} at the end (1 min)")
    if team["failed"]:
        say(f"  {team['failed']} operations failed, e.g.: {'; '.join(team['problems'][:3])}")
    for name in OPERATIONS:  # (at once: the SQLite log takes a while to build)
        say(f"  {name:13} n p50 p95 p99 (ms): {summary(team['times'][name])}")

    say(f"sqlite case log: the same {contacts:,} contacts in one log, one writer, "
        f"{seconds:.0f} s without pauses")
    start = time.perf_counter()
    count = load_sqlite(work / "sqlite", generate(random.Random(SEED), rows, pool, contacts))
    say(f"  loaded in {time.perf_counter() - start:.0f} s, log file "
        f"{(work / 'sqlite' / 'scamscreen.db').stat().st_size / 1e6:.0f} MB")
    lite = run_sqlite(work / "sqlite", rows, pool, count, seconds)

    say(f"{'':34} {'team store, ' + str(len(people)) + ' staff':>33}   "
        f"{'SQLite case log, 1 writer':>33}")
    say(f"{'ms':34} {'n':>6} {'p50':>8} {'p95':>8} {'p99':>8}   "
        f"{'n':>6} {'p50':>8} {'p95':>8} {'p99':>8}")
    for name in OPERATIONS:
        say(f"{name:34} {summary(team['times'][name])}   {summary(lite['times'][name])}")
        if name != "search":
            continue
        for number, (query, filters) in enumerate(queries(pool)):
            label = repr(query)
            label += "".join(f" {k}={v}" for k, v in filters.items())
            say(f"  {label:32} {summary(team['kinds'][number])}   "
                f"{summary(lite['kinds'][number])}")
    failed = []
    for name in OPERATIONS:
        got = team["times"][name]
        p95 = percentile(got, 0.95) if got else float("inf")
        lite_p95 = percentile(lite["times"][name], 0.95) if lite["times"][name] else float("nan")
        say(f"team store p95 {name}: {p95:.1f} ms (budget {BUDGETS[name]:.0f} ms); "
            f"SQLite case log, one writer: {lite_p95:.1f} ms")
        if p95 > BUDGETS[name]:
            failed.append(f"team store {name}")
    if team["failed"]:
        failed.append("team store operations failed")
    say(f"  team-store benchmark took {time.perf_counter() - started:.0f} s")
    return failed


def main() -> int:
    import argparse

    if sys.argv[1:2] == ["--staff-child"]:
        staff_child()
        return 0
    parser = argparse.ArgumentParser(description="The team-store benchmark.")
    parser.add_argument("--contacts", type=int, default=CONTACTS)
    parser.add_argument("--staff", type=int, default=STAFF_PROCESSES)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--pause-ms", type=float, default=PAUSE_MS,
                        help="each staff member pauses 0 to this long between operations")
    args = parser.parse_args()
    failed = bench_team(args.contacts, args.staff, args.seconds, args.pause_ms)
    print("within budget" if not failed else f"OVER BUDGET: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())

#!/usr/bin/env python3
"""The team store's benchmark (issue 16): CONTACTS contacts in one desk of the team store
on this machine's loopback PostgreSQL (a cluster of its own, set up as the tests set it
up: TLS verified, SCRAM), and STAFF staff processes adding, searching and asking "seen
before" at once, each through its own `TeamLog` (its own pool, its own login). Bars:
p95 add <= 50 ms, p95 search <= 100 ms, p95 "seen before" <= 20 ms. Printed beside the
same operations on the SQLite case log, same contacts, with one writer.

The contacts are made as `benchmarks/store.py` makes them (the test corpus screened,
then multiplied with fresh uids, dates over two years, reused numbers), loaded with COPY
by the cluster's superuser (triggers off for the load, the full-text index built after),
then ANALYZEd. Each operation: add = `TeamLog.add` of a screened contact (a new uid);
search = `TeamLog.search`, first page of 100, cycling store.py's queries; seen before =
`TeamLog.seen_before` of a random contact. The processes start together (a barrier).

    python benchmarks/team.py                    # 1,000,000 contacts, 20 staff
    python benchmarks/team.py --contacts 100000 --staff 8 --ops 50

Needs Debian's PostgreSQL server programs (/usr/lib/postgresql/N/bin); as root the
server runs as `nobody`. Exit status 1 when a bar is exceeded.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONTACTS = 1_000_000
STAFF = 20
OPS = 100  # of each kind, per staff process
BARS_MS = {"add": 50.0, "search": 100.0, "seen before": 20.0}
DESK = "bench"
CHUNK = 100_000


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


store_bench = _load(ROOT / "benchmarks" / "store.py", "bench_store_for_team")
say = store_bench.say

COPIED = [
    "uid", "created_at", "contacted_at", "updated_at", "channel", "initiated_by",
    "claimed_org", "org_id", "phone", "phone_e164", "email", "email_domain", "url",
    "url_domain", "requests", "notes", "region", "verdict", "score", "findings",
    "engine_version", "data_version", "outcome", "money_lost_cents", "paid_how",
    "ticket_ref", "staff_member", "reported_by",
]  # fmt: skip


def p(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


# -- building both stores ----------------------------------------------------------------


def build(cluster: Any, home: Path, contacts: int) -> None:
    """The same contacts into the team store (one desk) and a SQLite case log."""
    import psycopg
    from psycopg import sql

    from scamscreen.store import CaseLog

    rng = random.Random(store_bench.SEED)
    seeds, seed_observables = store_bench.seed_log(home / "seed")
    started = time.perf_counter()
    with psycopg.connect(cluster.admin_url("scamscreen")) as conn, \
            CaseLog.open(home / "big", daily_backup=False) as log:
        conn.execute("SET session_replication_role = replica")  # no triggers while loading
        conn.execute("DROP INDEX scamscreen.contacts_search")
        done = 0
        while done < contacts:
            count = min(CHUNK, contacts - done)
            columns, rows, observables = store_bench.generate(rng, seeds, seed_observables,
                                                              count)
            at = {name: i for i, name in enumerate(columns)}
            with conn.cursor() as cur:
                with cur.copy(sql.SQL("COPY scamscreen.contacts (desk, {}, reporter_name) "
                                      "FROM STDIN").format(
                        sql.SQL(", ").join(map(sql.Identifier, COPIED[:-1])))) as copy:
                    for row in rows:
                        copy.write_row([DESK, *(row[at[c]] for c in COPIED)])
                with cur.copy("COPY scamscreen.observables (desk, uid, kind, value, "
                              "contacted_at) FROM STDIN") as copy:
                    for contact_id, kind, value in observables:
                        row = rows[contact_id - 1]
                        copy.write_row([DESK, row[at["uid"]], kind, value,
                                        row[at["contacted_at"]]])
            shifted = [(cid + done, kind, value) for cid, kind, value in observables]
            store_bench.insert_bulk(log.db.conn, columns, rows, shifted)
            done += count
            conn.commit()
            say(f"  {done:,} contacts loaded ({time.perf_counter() - started:.0f} s)")
        conn.execute("RESET session_replication_role")
        conn.execute("CREATE INDEX contacts_search ON scamscreen.contacts USING gin (search)")
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE scamscreen.contacts")
        conn.execute("VACUUM ANALYZE scamscreen.observables")
    say(f"  both stores built in {time.perf_counter() - started:.0f} s")


# -- the operations ------------------------------------------------------------------------


def _contact() -> tuple[Any, Any, str]:
    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener

    screener = Screener.load(data_dir())
    contact = parse_contact({
        "channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0199",
        "text": "He said my computer has a virus and told me to download AnyDesk."})
    return contact, screener.screen(contact), screener.data_version


def run_ops(log: Any, ops: int, top_id: int, seed: int) -> dict[str, list[float]]:
    contact, result, version = _contact()
    rng = random.Random(seed)
    times: dict[str, list[float]] = {"add": [], "search": [], "seen before": []}
    queries = store_bench.QUERIES
    for n in range(ops):
        start = time.perf_counter()
        log.add(contact, result, data_version=version)
        times["add"].append(time.perf_counter() - start)
        query, filters = queries[(seed + n) % len(queries)]
        start = time.perf_counter()
        log.search(query, limit=100, **filters)
        times["search"].append(time.perf_counter() - start)
        target = rng.randrange(1, top_id + 1)
        start = time.perf_counter()
        log.seen_before(target)
        times["seen before"].append(time.perf_counter() - start)
    return times


def staff_process(url: str, ops: int, top_id: int, seed: int, barrier: Any,
                  out: Any) -> None:
    from scamscreen.store.team.log import TeamLog

    with TeamLog.open(url, max_size=1) as log:
        run_ops(log, 3, top_id, seed + 10_000)  # warm: the pool, the plans, the cache
        barrier.wait()
        out.put(run_ops(log, ops, top_id, seed))


def bench_team(cluster: Any, urls: list[str], ops: int, top_id: int) -> dict[str, list[float]]:
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(len(urls))
    out = ctx.Queue()
    workers = [ctx.Process(target=staff_process, args=(url, ops, top_id, n, barrier, out))
               for n, url in enumerate(urls)]
    for worker in workers:
        worker.start()
    merged: dict[str, list[float]] = {"add": [], "search": [], "seen before": []}
    for _worker in workers:
        for name, times in out.get(timeout=3600).items():
            merged[name] += times
    for worker in workers:
        worker.join()
    return merged


def bench_sqlite(home: Path, ops: int, top_id: int) -> dict[str, list[float]]:
    from scamscreen.store import CaseLog

    with CaseLog.open(home / "big", daily_backup=False) as log:
        run_ops(log, 3, top_id, 10_000)
        return run_ops(log, ops, top_id, 0)


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="The team store's benchmark.")
    parser.add_argument("--contacts", type=int, default=CONTACTS)
    parser.add_argument("--staff", type=int, default=STAFF)
    parser.add_argument("--ops", type=int, default=OPS, help="of each kind, per process")
    args = parser.parse_args()

    cluster_code = _load(ROOT / "tests" / "team" / "conftest.py", "team_cluster")
    bindir = cluster_code.server_bin()
    if bindir is None:
        print("skipped: " + cluster_code.HOW_TO_GET)
        return 0
    from psycopg import sql

    from scamscreen.store.team import admin

    cluster = cluster_code.Cluster(bindir)
    try:
        cluster.init()
        with (cluster.data / "postgresql.auto.conf").open("a") as conf:
            conf.write(f"max_connections = {args.staff * 2 + 20}\nshared_buffers = 512MB\n"
                       "maintenance_work_mem = 512MB\nmax_wal_size = 4GB\n")
        cluster.start()
        with cluster.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(cluster_code.OWNER), sql.Literal(cluster.owner_password)))
            conn.execute(sql.SQL("CREATE DATABASE scamscreen OWNER {}").format(
                sql.Identifier(cluster_code.OWNER)))
        admin.init(cluster.owner_url())
        urls = []
        for n in range(args.staff):
            made = admin.add_user(cluster.owner_url(), f"staff{n:02d}", "staff", DESK)
            urls.append(cluster.url(made.user, made.password))
        with tempfile.TemporaryDirectory(prefix="scamscreen-bench-team-") as tmp:
            say(f"team store: {args.contacts:,} contacts, {args.staff} staff processes, "
                f"{args.ops} of each operation per process")
            build(cluster, Path(tmp), args.contacts)
            team = bench_team(cluster, urls, args.ops, args.contacts)
            local = bench_sqlite(Path(tmp), args.ops, args.contacts)
    finally:
        cluster.remove()

    failed = []
    say(f"{'operation':<14}{'team p50':>10}{'team p95':>10}{'bar':>8}"
        f"{'SQLite p50':>12}{'SQLite p95':>12}   (ms; SQLite: one writer)")
    for name, bar in BARS_MS.items():
        p95 = p(team[name], 0.95)
        ok = p95 <= bar
        if not ok:
            failed.append(name)
        say(f"{name:<14}{statistics.median(team[name]) * 1000:>10.1f}{p95:>10.1f}{bar:>8.0f}"
            f"{statistics.median(local[name]) * 1000:>12.1f}{p(local[name], 0.95):>12.1f}"
            f"   {'ok' if ok else 'OVER'}")
    print("within the bars" if not failed else f"OVER THE BAR: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The known-scam lists benchmark: importing FTC complaints, and screening with a million
known numbers loaded.

The FTC file is generated the way the FTC's Do Not Call "reported calls" data looks: one
report per line with the eight published columns, numbers drawn from a pool of 250,000
of which a few are reported over and over (a heavy-tailed draw: half the reports go to the
pool's head), 4% of reports without a number, each number mostly reported under one
subject, dates spread over a year, three robocalls in five. Everything comes from one
`random.Random(SEED)`, so every run builds the same file.

1. Import: `feeds.ftc.import_file` of a 1,000,000-line file into fresh lists, against a
   bare `sqlite3` `executemany` of the same parsed rows (one `(E.164 number, day,
   subject, robocall)` tuple per report line, parsed before the clock starts) into a
   table of those columns in a fresh lists file (same connection and settings: WAL,
   synchronous=NORMAL, one transaction), interleaved in the same process. All rates are
   report lines per second. Budget: the import runs at no less than half the rate of the
   baseline whose table is indexed by number, the least any store of these rows needs to
   answer "was this number reported?". The same rows appended to an unindexed table are
   timed too and reported beside it: that is SQLite appending alone, faster than Python's
   own `csv` module can read the file, so no importer written in Python reaches half of
   it (measured: reading the CSV with nothing else done is ~80% of that baseline's time).
2. Screening with 1,000,000 known numbers: `Screener.screen` over the test corpus
   (tests/core/corpus/contacts.jsonl) with the lists attached, against the same screener
   without lists, contact by contact (best of 7 each, interleaved). The lists hold a
   million numbers (a feed) plus the corpus' own numbers as FTC tech-support reports, so
   the lookups that hit, and format their wording, are measured too. Reported: median
   per-contact ratio and ratio of totals. Budget: median ratio <= LOOKUP_BUDGET.
3. Memory: a fresh process loads the screener, opens the lists and screens the corpus
   three times, once with the million-number lists and once with empty lists; its
   resident set (from /proc/self/statm, or `resource` elsewhere) is compared. Budget:
   the million-number process is no more than 20 MB larger.

Run alone with `python benchmarks/lists.py` (`--quick`: 100,000 lines and numbers, for a
smoke run; the budgets still apply). Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "core" / "corpus" / "contacts.jsonl"

SEED = 20_261_129
ROWS = 1_000_000
KNOWN = 1_000_000
POOL = 250_000
IMPORT_BUDGET = 0.5  # the import's rate over the bare executemany's, at least
LOOKUP_BUDGET = 1.25  # screening with a million known numbers over without, at most
MEMORY_BUDGET_MB = 20.0

HEADER = [
    "Company_Phone_Number",
    "Created_Date",
    "Violation_Date",
    "Consumer_City",
    "Consumer_State",
    "Consumer_Area_Code",
    "Subject",
    "Recorded_Message_Or_Robocall",
]
# The FTC's complaint topics, weighted roughly as its Data Book reports them.
SUBJECTS = [
    ("Dropped call or no message", 20),
    ("Calls pretending to be government, businesses, or family and friends", 14),
    ("Reducing your debt (credit cards, mortgage, student loans)", 10),
    ("Warranties & protection plans", 9),
    ("Medical & prescriptions", 8),
    ("Computer & technical support", 7),
    ("Energy, solar, & utilities", 6),
    ("Home improvement & cleaning", 5),
    ("Vacation & timeshares", 3),
    ("Lotteries, prizes & sweepstakes", 3),
    ("Other", 10),
    ("", 5),
]
STATES = ["Texas", "California", "Florida", "New York", "Ohio", "Georgia", "Illinois", ""]
CITIES = ["", "", "", "Austin", "Springfield", "Bogotá", "San José"]


def say(text: str) -> None:
    print(text, flush=True)


def rss_mb() -> float:
    """Resident set size of this process now, in MB."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


# -- the FTC file ------------------------------------------------------------------------


def nanp(rng: random.Random) -> str:
    return (
        f"{rng.randrange(2, 10)}{rng.randrange(100):02d}"
        f"{rng.randrange(2, 10)}{rng.randrange(1_000_000):06d}"
    )


def generate_ftc(path: Path, rows: int, rng: random.Random) -> None:
    pool = [nanp(rng) for _ in range(POOL)]
    weights = [w for _, w in SUBJECTS]
    subjects = [s for s, _ in SUBJECTS]
    usual = rng.choices(range(len(subjects)), weights, k=POOL)  # each number's own topic
    start = 1_767_225_600  # 2026-01-01, as a Unix time
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for _ in range(rows):
            if rng.random() < 0.5:  # the much-reported head of the pool
                index = min(int(rng.paretovariate(1.1)) - 1, POOL - 1)
            else:
                index = rng.randrange(POOL)
            number = "" if rng.random() < 0.04 else pool[index]
            subject = subjects[
                usual[index] if rng.random() < 0.85 else rng.randrange(len(subjects))
            ]
            called = start + rng.randrange(365 * 86_400)
            reported = called + rng.randrange(3 * 86_400)
            writer.writerow(
                [
                    number,
                    time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(reported)),
                    time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(called)),
                    rng.choice(CITIES),
                    rng.choice(STATES),
                    str(rng.randrange(201, 990)),
                    subject,
                    "Y" if rng.random() < 0.6 else "N",
                ]
            )


def parsed_rows(path: Path) -> list[tuple[str, str, str, int]]:
    """One tuple per usable report line, as the import reads it: what the baseline
    inserts (numbers normalised, the day of the call, the subject, the robocall flag)."""
    from scamscreen.feeds.ftc import normalise_number

    cache: dict[str, str | None] = {}
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            raw = row[0]
            e164 = cache.get(raw)
            if e164 is None and raw not in cache:
                e164 = cache[raw] = normalise_number(raw) if raw else None
            if e164 is None:
                continue
            out.append((e164, (row[2] or row[1])[:10], row[6], 1 if row[7] == "Y" else 0))
    return out


# -- 1. import ---------------------------------------------------------------------------


def bench_import(work: Path, rows: int, rounds: int) -> float:
    """Import and baselines, interleaved; returns the import's rate over the budget's
    baseline (the reports table indexed by number)."""
    from scamscreen.feeds.ftc import import_file
    from scamscreen.store.lists import KnownLists

    source = work / "DNC_Complaint_Numbers.csv"
    start = time.perf_counter()
    generate_ftc(source, rows, random.Random(SEED))
    say(
        f"  generated {rows:,} report lines ({source.stat().st_size / 1e6:.0f} MB) in "
        f"{time.perf_counter() - start:.0f} s"
    )
    parsed = parsed_rows(source)
    numbers = len({r[0] for r in parsed})
    say(f"  {len(parsed):,} of them name a number; {numbers:,} distinct numbers")
    times: dict[str, list[float]] = {"indexed": [], "heap": [], "import": []}
    for number in range(rounds):  # interleaved, so a busy moment hits all alike
        for kind in ("indexed", "heap"):
            home = work / f"{kind}-{number}"
            with KnownLists.open(home) as lists:
                conn = lists._writer  # the lists' own connection and settings
                assert conn is not None
                conn.execute(
                    "CREATE TABLE reports (value TEXT NOT NULL, day TEXT, "
                    "subject TEXT NOT NULL, robocall INTEGER)"
                )
                if kind == "indexed":
                    conn.execute("CREATE INDEX reports_value ON reports(value)")
                begin = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO reports VALUES (?, ?, ?, ?)", parsed)
                conn.execute("COMMIT")
                times[kind].append(time.perf_counter() - begin)
            shutil.rmtree(home)

        home = work / f"import-{number}"
        with KnownLists.open(home) as lists:
            begin = time.perf_counter()
            report = import_file(lists, source)
            times["import"].append(time.perf_counter() - begin)
            if report.problem_count or report.added != numbers:
                raise SystemExit(f"the import went wrong: {report}")
        shutil.rmtree(home)
        say(
            f"  round {number + 1}: import_ftc {times['import'][-1]:.2f} s; bare executemany "
            f"into a table indexed by number {times['indexed'][-1]:.2f} s, into an unindexed "
            f"table {times['heap'][-1]:.2f} s"
        )
    rate = {kind: rows / statistics.median(t) for kind, t in times.items()}
    ratio = rate["import"] / rate["indexed"]
    say(
        f"FTC import of {rows:,} lines: import_ftc {rate['import']:,.0f} lines/s; bare sqlite3 "
        f"executemany of the parsed rows into a table indexed by number "
        f"{rate['indexed']:,.0f} lines/s: {ratio:.2f}x, budget >= {IMPORT_BUDGET}x\n"
        f"  (into an unindexed table, which no lookup could use: {rate['heap']:,.0f} "
        f"lines/s, {rate['import'] / rate['heap']:.2f}x; reading the CSV alone in Python "
        f"costs about as much as that)"
    )
    return ratio


# -- 2. screening with a million known numbers ------------------------------------------


def corpus() -> list[Any]:
    from scamscreen.core.contact import parse_contact

    return [
        parse_contact(json.loads(line)["contact"])
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def build_known(home: Path, known: int) -> None:
    """Lists with `known` numbers from a feed, plus the corpus' numbers as FTC reports."""
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.feeds.ftc import import_file
    from scamscreen.store.lists import KnownLists

    rng = random.Random(SEED + 1)
    screener = Screener.load(data_dir())
    mine = sorted({p.e164 for c in corpus() for p in screener.analyse(c).phones if p.e164})
    with KnownLists.open(home) as lists:
        start = time.perf_counter()
        count = lists.replace_source(
            "feed", (("number", "+1" + nanp(rng), "", "") for _ in range(known))
        )
        say(f"  {count:,} known numbers loaded in {time.perf_counter() - start:.0f} s")
        ftc = home.parent / "corpus-numbers.csv"
        with ftc.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(HEADER)
            for e164 in mine:
                for _ in range(3):
                    writer.writerow(
                        [
                            e164,
                            "2026-11-02 10:00:00",
                            "2026-11-01 09:00:00",
                            "",
                            "",
                            "",
                            "Computer & technical support",
                            "N",
                        ]
                    )
        import_file(lists, ftc)
    size = (home / "lists.db").stat().st_size
    say(f"  lists file {size / 1e6:.0f} MB; {len(mine)} corpus numbers reported")


def bench_lookup(home: Path, known: int, repeat: int = 7) -> float:
    here = str(Path(__file__).resolve().parent)  # (also when loaded by path, in tests)
    if here not in sys.path:
        sys.path.insert(0, here)
    from run import best_of  # benchmarks/run.py, next to this file
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.store.lists import KnownLists

    contacts = corpus()
    plain = Screener.load(data_dir())
    with KnownLists.open(home) as lists:
        listed = Screener.load(data_dir(), known_scams=lists)
        for contact in contacts:  # warm up: metadata, suffix list, the lists' pages
            plain.screen(contact)
            listed.screen(contact)
        facts = {id(c): listed.analyse(c).facts for c in contacts}

        def listed_facts(contact: Any) -> set[str]:
            return facts[id(contact)]

        hits = sum(1 for c in contacts if "phone:reported" in listed_facts(c))
        bases, costs = [], []
        for contact in contacts:
            bases.append(best_of(lambda c=contact: plain.screen(c), repeat))
            costs.append(best_of(lambda c=contact: listed.screen(c), repeat))
    hit = [c for c in contacts if "phone:reported" in listed_facts(c)]
    by_kind = {
        kind: statistics.median(
            cost / base
            for contact, cost, base in zip(contacts, costs, bases, strict=True)
            if (contact in hit) == (kind == "hit")
        )
        for kind in ("hit", "miss")
        if hit or kind == "miss"
    }
    ratios = sorted(cost / base for cost, base in zip(costs, bases, strict=True))
    median = statistics.median(ratios)
    say(
        f"screening with {known:,} known numbers: {len(contacts)} contacts "
        f"({hits} with a reported number); median without lists "
        f"{statistics.median(bases) * 1e6:.0f} us, with {statistics.median(costs) * 1e6:.0f} us\n"
        f"  with / without per contact: median {median:.2f}x (p90 "
        f"{ratios[9 * len(ratios) // 10]:.2f}x, max {ratios[-1]:.2f}x), ratio of totals "
        f"{sum(costs) / sum(bases):.2f}x, budget {LOOKUP_BUDGET}x\n"
        f"  median with a reported number (a lookup, and more findings to word) "
        f"{by_kind.get('hit', float('nan')):.2f}x, without one (a lookup that finds nothing, "
        f"or none at all) {by_kind['miss']:.2f}x"
    )
    return median


# -- 3. memory ---------------------------------------------------------------------------


def memory_child(home: Path) -> None:
    """Load the screener, open the lists, screen the corpus three times; print RSS."""
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.store.lists import KnownLists

    screener = Screener.load(data_dir())
    contacts = corpus()
    for contact in contacts:  # everything screening itself loads, loaded
        screener.screen(contact)
    before = rss_mb()
    lists = KnownLists.open(home)
    screener.known_scams = lists
    for _ in range(3):
        for contact in contacts:
            screener.screen(contact)
    after = rss_mb()
    lists.close()
    print(json.dumps({"before": before, "after": after}))


def bench_memory(full: Path, empty: Path, known: int) -> float:
    def child(home: Path) -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(home)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    runs = [(child(empty), child(full)) for _ in range(3)]
    empty_mb = statistics.median(r[0]["after"] for r in runs)
    full_mb = statistics.median(r[1]["after"] for r in runs)
    empty_grew = statistics.median(r[0]["after"] - r[0]["before"] for r in runs)
    full_grew = statistics.median(r[1]["after"] - r[1]["before"] for r in runs)
    growth = full_mb - empty_mb
    say(
        f"memory: screening the corpus with {known:,} known numbers {full_mb:.1f} MB "
        f"resident (+{full_grew:.1f} MB on opening the lists and screening), with empty "
        f"lists {empty_mb:.1f} MB (+{empty_grew:.1f} MB): {growth:+.1f} MB, budget "
        f"{MEMORY_BUDGET_MB:.0f} MB"
    )
    return growth


MEASURES = ("import", "lookup", "memory")


def bench_lists(
    rows: int = ROWS,
    known: int = KNOWN,
    import_rounds: int = 3,
    measures: tuple[str, ...] = MEASURES,
) -> list[str]:
    """Run the known-scam list measures; returns the names of the budgets exceeded."""
    from scamscreen.store.lists import KnownLists

    started = time.perf_counter()
    failed = []
    with tempfile.TemporaryDirectory(prefix="scamscreen-lists-") as tmp:
        work = Path(tmp)
        if "import" in measures:
            say(f"known-scam lists: FTC import of {rows:,} lines, in {work}")
            if bench_import(work, rows, import_rounds) < IMPORT_BUDGET:
                failed.append("FTC import")
        if "lookup" in measures or "memory" in measures:
            full = work / "full"
            say(f"known-scam lists: screening with {known:,} known numbers")
            build_known(full, known)
            if "lookup" in measures and bench_lookup(full, known) > LOOKUP_BUDGET:
                failed.append("screening with known numbers")
            if "memory" in measures:
                empty = work / "empty"
                KnownLists.open(empty).close()
                if bench_memory(full, empty, known) > MEMORY_BUDGET_MB:
                    failed.append("memory with known numbers")
    say(f"  known-scam list benchmark took {time.perf_counter() - started:.0f} s")
    return failed


def main() -> int:
    import argparse

    if sys.argv[1:2] == ["--memory-child"]:
        memory_child(Path(sys.argv[2]))
        return 0
    parser = argparse.ArgumentParser(description="The known-scam lists benchmark.")
    parser.add_argument("--quick", action="store_true", help="100,000 lines and numbers")
    parser.add_argument("--rows", type=int, default=None)
    parser.add_argument("--known", type=int, default=None)
    parser.add_argument("--import-rounds", type=int, default=3)
    parser.add_argument(
        "--measure", choices=MEASURES, action="append", help="only this measure (repeatable)"
    )
    args = parser.parse_args()
    rows = args.rows or (100_000 if args.quick else ROWS)
    known = args.known or (100_000 if args.quick else KNOWN)
    failed = bench_lists(rows, known, args.import_rounds, tuple(args.measure or MEASURES))
    print("within budget" if not failed else f"OVER BUDGET: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

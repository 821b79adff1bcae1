#!/usr/bin/env python3
"""The performance suite. Every number is a ratio against a baseline measured in the same
run on the same machine, so it means the same thing on a laptop and on CI.

1. Screening cost: for each contact of the test corpus, the time to screen it divided by
   the floor any screener pays — `phonenumbers.parse` of its number plus libphonenumber's
   matcher over its text. Budget (issue 13): the ratio of the totals <= 3.0; the median
   per-contact ratio is printed too (issue 2's 2.0 budget on it was replaced: for texts
   without digits the floor is near zero and the median measures little).
2. Start-up: `scamscreen check --json` on one contact, divided by
   `python -c "import phonenumbers"`. Budget: <= 3.0 (aim: 2.0).
3. What each dependency costs at start-up (informational: how the stack was chosen;
   with `--deps`).
4. The case log with 100,000 contacts: search, statistics, and import against a bare
   `sqlite3` executemany (see `benchmarks/store.py`; skipped with `--quick`).
5. The known-scam lists: a 1,000,000-line FTC import against a bare executemany,
   screening and memory with 1,000,000 known numbers (see `benchmarks/lists.py`; skipped
   with `--quick`).
6. The desktop app: start-up against a PySide6 hello world, opening History with 100,000
   contacts, GUI-thread stalls while typing (see `benchmarks/ui.py`; smaller with
   `--quick`).
7. The team store (issue 16): 1,000,000 contacts on PostgreSQL, 20 staff processes adding,
   searching and looking at "seen before" at once, beside the SQLite case log with one
   writer (see `benchmarks/team.py`; skipped with `--quick`, and said so when the
   PostgreSQL server programs are not installed).
8. Detection on real contacts: the field corpus (development and sealed parts) and the
   written corpus, full form and text alone, against issue 13's bars (see
   `benchmarks/detection.py`). Reported, not a budget: it never sets the exit status.

Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "core" / "corpus" / "contacts.jsonl"
SAMPLE = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to download AnyDesk so he can fix it.",
}
SCREEN_BUDGET = 3.0  # ratio of totals
STARTUP_BUDGET = 3.0


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_screening(repeat: int = 7) -> float:
    import phonenumbers

    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.phone import DEFAULT_REGION
    from scamscreen.core.screening import Screener

    screener = Screener.load(data_dir())
    contacts = [
        parse_contact(json.loads(line)["contact"])
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line
    ]

    def floor(contact):
        region = contact.region or DEFAULT_REGION

        def run():
            if contact.phone:
                try:  # noqa: SIM105 - cheaper than contextlib.suppress in the floor
                    phonenumbers.parse(contact.phone, region)
                except phonenumbers.NumberParseException:
                    pass
            list(phonenumbers.PhoneNumberMatcher(contact.text, region))

        return run

    for contact in contacts:  # warm up: metadata, the suffix list, the homoglyph table
        screener.screen(contact)
        floor(contact)()
    bases, costs = [], []
    for contact in contacts:  # floor and screening side by side, contact by contact
        bases.append(best_of(floor(contact), repeat))
        costs.append(best_of(lambda c=contact: screener.screen(c), repeat))
    ratios = sorted(cost / base for cost, base in zip(costs, bases, strict=True))
    median = statistics.median(ratios)
    print(
        f"screening: {len(contacts)} contacts; median floor "
        f"{statistics.median(bases) * 1e6:.0f} us, median screening "
        f"{statistics.median(costs) * 1e6:.0f} us\n"
        f"  cost / floor per contact: median {median:.2f}x "
        f"(p10 {ratios[len(ratios) // 10]:.2f}x, p90 {ratios[9 * len(ratios) // 10]:.2f}x)\n"
        f"  ratio of medians {statistics.median(costs) / statistics.median(bases):.2f}x, "
        f"ratio of totals {sum(costs) / sum(bases):.2f}x, budget {SCREEN_BUDGET}x"
    )
    return sum(costs) / sum(bases)


def _run(args: list[str], stdin: bytes = b"") -> float:
    start = time.perf_counter()
    subprocess.run(args, input=stdin, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def bench_startup(rounds: int = 21) -> float:
    baseline_cmd = [sys.executable, "-c", "import phonenumbers"]
    check_cmd = [sys.executable, "-m", "scamscreen", "check", "--json"]
    payload = json.dumps(SAMPLE).encode()
    _run(baseline_cmd)
    _run(check_cmd, payload)  # warm the OS cache and the .pyc files
    base, check = [], []
    for _ in range(rounds):  # interleaved, so a busy moment hits both alike
        base.append(_run(baseline_cmd))
        check.append(_run(check_cmd, payload))
    ratio = statistics.median(check) / statistics.median(base)
    print(
        f"start-up: 'scamscreen check --json' {statistics.median(check) * 1000:.0f} ms, "
        f"'import phonenumbers' {statistics.median(base) * 1000:.0f} ms: {ratio:.2f}x, "
        f"budget {STARTUP_BUDGET}x (aim 2.0x)"
    )
    return ratio


def bench_dependencies(rounds: int = 9) -> None:
    """Start-up cost of each candidate, over a bare interpreter."""
    candidates = {
        "bare interpreter": "pass",
        "phonenumbers": "import phonenumbers",
        "publicsuffixlist (loaded)": "import publicsuffixlist as p; "
        "p.PublicSuffixList(accept_encoded_idn=False)",
        "confusable_homoglyphs": "import confusable_homoglyphs.confusables",
        "tomllib": "import tomllib",
        "scamscreen data (json)": (
            "from scamscreen.core.data import data_dir; "
            "from scamscreen.core.screening import Screener; Screener.load(data_dir())"
        ),
        "requests (not used by check)": "import requests",
        "tldextract (not used)": "import tldextract",
    }
    print("start-up cost of each dependency (median, minus a bare interpreter):")
    bare = None
    for name, code in candidates.items():
        try:
            times = [_run([sys.executable, "-c", code]) for _ in range(rounds)]
        except subprocess.CalledProcessError:
            print(f"  {name:32} not installed")
            continue
        median = statistics.median(times)
        if bare is None:
            bare = median
            print(f"  {name:32} {median * 1000:6.1f} ms")
        else:
            print(f"  {name:32} {(median - bare) * 1000:+6.1f} ms")


def main() -> int:
    # An installed copy ships compiled bytecode; a source checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile every module at every start instead.
    compileall.compile_dir(ROOT / "app", quiet=1)
    screening = bench_screening()
    startup = bench_startup()
    if "--deps" in sys.argv:
        bench_dependencies()
    failed = []
    if screening > SCREEN_BUDGET:
        failed.append("screening")
    if startup > STARTUP_BUDGET:
        failed.append("start-up")
    if "--quick" not in sys.argv:
        from store import bench_store  # benchmarks/store.py, next to this file

        failed += bench_store()
        from lists import bench_lists  # benchmarks/lists.py, next to this file

        failed += bench_lists()
        from team import bench_team  # benchmarks/team.py, next to this file

        failed += bench_team()
    from ui import bench_ui  # benchmarks/ui.py, next to this file

    failed += bench_ui("--quick" in sys.argv)
    from detection import bench_detection  # benchmarks/detection.py, next to this file

    failed += bench_detection()
    print("within budget" if not failed else f"OVER BUDGET: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The detection benchmark: how the screener does on real contacts it was not written for.

Three corpora are screened with the shipped data (`Screener.load(data_dir())`):

- the field corpus's development part (tests/corpus/field/dev.jsonl),
- its sealed test part (tests/corpus/field/sealed.jsonl), 30% of the sources, kept apart
  once by a hash of each source's address and never used for tuning,
- the written corpus (tests/core/corpus/contacts.jsonl), the 110 cases written from the
  research.

Each contact is screened twice: as the full form (everything the contact holds: who
started it, the company named, phone, email, link, the ticked requests) and as text
alone (only the channel and the pasted text: what a user gives when they tick nothing).

For each corpus, mode, channel and language it prints:

- scams flagged: the share of scams not called "no red flags";
- scams likely: the share of scams called likely_scam;
- genuine likely: genuine contacts called likely_scam (count and share);
- genuine quiet: the share of genuine contacts left with no red flags;
- AUC: the chance that a random scam scores above a random genuine contact (the
  Mann-Whitney statistic over the 0-100 score, ties counted half).

and, for the sealed part, the bars of issue 13, each marked met or not met. Bars are
reported, not enforced: the exit status is 0 whatever the numbers.

    python benchmarks/detection.py               # the tables
    python benchmarks/detection.py --json        # the same numbers as JSON
    python benchmarks/detection.py --misses dev  # the dev part's missed scams and false
                                                 # alarms, with their finding ids

`--misses` is for the people tuning the engine, so it only lists the development part
(and the written corpus): the sealed part is not for tuning, and asking for it is refused.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELD = ROOT / "tests" / "corpus" / "field"
CORPORA = {
    "dev": FIELD / "dev.jsonl",
    "sealed": FIELD / "sealed.jsonl",
    "written": ROOT / "tests" / "core" / "corpus" / "contacts.jsonl",
}
MODES = ("full", "text")
MODE_NAMES = {"full": "full form", "text": "text alone (no ticked requests)"}
# Issue 13, "What it must show", on the sealed part.
BARS = (
    ("full", "scams flagged", "flagged", ">=", 0.95),
    ("full", "scams called likely_scam", "likely", ">=", 0.60),
    ("full", "genuine called likely_scam", "genuine_likely", "==", 0),
    ("full", "genuine left quiet", "quiet", ">=", 0.50),
    ("full", "score AUC", "auc", ">=", 0.93),
    ("text", "scams flagged", "flagged", ">=", 0.85),
)


def load(name: str) -> list[dict]:
    path = CORPORA[name]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        row.setdefault("language", "en" if name == "written" else "?")
    return rows


def text_alone(contact: dict) -> dict:
    """What a user gives who only picks the channel and pastes what they saw."""
    return {"channel": contact.get("channel"), "text": contact.get("text", "")}


def auc(scam_scores: list[int], genuine_scores: list[int]) -> float | None:
    """Mann-Whitney U / (n_scam * n_genuine), ties counted half; None without both."""
    if not scam_scores or not genuine_scores:
        return None
    wins = 0.0
    for s in scam_scores:
        for g in genuine_scores:
            wins += 1.0 if s > g else 0.5 if s == g else 0.0
    return wins / (len(scam_scores) * len(genuine_scores))


def share(k: int, n: int) -> float | None:
    return k / n if n else None


def summarise(results: list[tuple[dict, object]]) -> dict:
    """`results`: (row, Result) pairs. The five measures, with their counts."""
    scams = [r for row, r in results if not row["genuine"]]
    genuine = [r for row, r in results if row["genuine"]]
    flagged = sum(r.verdict != "no_red_flags" for r in scams)
    likely = sum(r.verdict == "likely_scam" for r in scams)
    g_likely = sum(r.verdict == "likely_scam" for r in genuine)
    quiet = sum(r.verdict == "no_red_flags" for r in genuine)
    return {
        "scams": len(scams),
        "genuine": len(genuine),
        "flagged": share(flagged, len(scams)),
        "likely": share(likely, len(scams)),
        "genuine_likely": g_likely,
        "genuine_likely_share": share(g_likely, len(genuine)),
        "quiet": share(quiet, len(genuine)),
        "auc": auc([r.score for r in scams], [r.score for r in genuine]),
    }


def screen_all(screener, rows: list[dict], mode: str) -> list[tuple[dict, object]]:
    from scamscreen.core.contact import parse_contact

    out = []
    for row in rows:
        contact = row["contact"] if mode == "full" else text_alone(row["contact"])
        out.append((row, screener.screen(parse_contact(contact))))
    return out


def measure(screener, names=tuple(CORPORA)) -> dict:
    report: dict = {}
    for name in names:
        rows = load(name)
        report[name] = {}
        for mode in MODES:
            results = screen_all(screener, rows, mode)
            by_channel, by_language = defaultdict(list), defaultdict(list)
            for row, result in results:
                by_channel[row["contact"].get("channel") or "-"].append((row, result))
                by_language[row["language"]].append((row, result))
            report[name][mode] = {
                "overall": summarise(results),
                "by_channel": {k: summarise(v) for k, v in sorted(by_channel.items())},
                "by_language": {k: summarise(v) for k, v in sorted(by_language.items())},
            }
    return report


def bars(report: dict) -> list[dict]:
    out = []
    sealed = report.get("sealed")
    for mode, label, key, op, target in BARS:
        value = sealed[mode]["overall"][key] if sealed else None
        met = value is not None and (value >= target if op == ">=" else value == target)
        out.append({"mode": mode, "bar": label, "target": f"{op} {target}", "value": value,
                    "met": met})
    return out


def pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:3.0f}%"


def row_line(label: str, s: dict) -> str:
    auc_text = "-" if s["auc"] is None else f"{s['auc']:.3f}"
    g_likely = str(s["genuine_likely"])
    if s["genuine_likely_share"] is not None:
        g_likely += f" ({pct(s['genuine_likely_share']).strip()})"
    return (
        f"  {label:<16} {s['scams']:>5} {pct(s['flagged']):>8} {pct(s['likely']):>7}"
        f"   {s['genuine']:>7} {g_likely:>9} {pct(s['quiet']):>6}   {auc_text:>5}"
    )


HEADER = (
    f"  {'':<16} {'scams':>5} {'flagged':>8} {'likely':>7}   {'genuine':>7} {'likely':>9} "
    f"{'quiet':>6}   {'AUC':>5}"
)


def print_report(report: dict, bar_rows: list[dict]) -> None:
    for name, modes in report.items():
        for mode, parts in modes.items():
            print(f"{name} corpus, {MODE_NAMES[mode]}:")
            print(HEADER)
            print(row_line("all", parts["overall"]))
            for key, title in (("by_channel", "channel"), ("by_language", "language")):
                print(f"  by {title}:")
                for value, s in parts[key].items():
                    print(row_line(value, s))
            print()
    print("issue 13's bars, sealed part:")
    for b in bar_rows:
        value = b["value"]
        shown = "-" if value is None else (
            str(value) if isinstance(value, int) else
            f"{value:.3f}" if b["bar"] == "score AUC" else f"{100 * value:.1f}%"
        )
        target = b["target"]
        if b["bar"] not in ("score AUC", "genuine called likely_scam"):
            op, number = target.split()
            target = f"{op} {100 * float(number):.0f}%"
        print(f"  {MODE_NAMES[b['mode']]:<32} {b['bar']:<28} {shown:>7} (bar {target}): "
              f"{'met' if b['met'] else 'NOT MET'}")


def misses(screener, name: str) -> None:
    rows = load(name)
    for mode in MODES:
        results = screen_all(screener, rows, mode)
        missed = [(r, x) for r, x in results if not r["genuine"] and x.verdict == "no_red_flags"]
        alarms = [(r, x) for r, x in results if r["genuine"] and x.verdict != "no_red_flags"]
        print(f"{name} part, {MODE_NAMES[mode]}: {len(missed)} missed scams, "
              f"{len(alarms)} genuine contacts flagged")
        for title, items in (("missed scams (no red flags)", missed),
                             ("false alarms (genuine, flagged)", alarms)):
            print(f"  {title}:")
            for row, result in items:
                ids = ", ".join(f.id for f in result.findings) or "no findings"
                text = " ".join(row["contact"].get("text", "").split())
                print(f"    {row['case']} [{row['contact'].get('channel')}, {row['language']}] "
                      f"{result.verdict} {result.score}: {ids}")
                print(f"      {text[:150]}{'...' if len(text) > 150 else ''}")
        print()


def bench_detection(as_json: bool = False) -> list[str]:
    """For run.py: print the tables; returns no failures (the bars are reported only)."""
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener

    report = measure(Screener.load(data_dir()))
    bar_rows = bars(report)
    if as_json:
        print(json.dumps({"corpora": report, "bars": bar_rows}, indent=1))
    else:
        print_report(report, bar_rows)
    return []


def main(argv: list[str]) -> int:
    if "--misses" in argv:
        at = argv.index("--misses")
        part = argv[at + 1] if at + 1 < len(argv) else ""
        if part == "sealed":
            print("The sealed part is not for tuning: --misses lists only the development "
                  "part ('dev') or the written corpus ('written'). Its numbers are in the "
                  "plain report.", file=sys.stderr)
            return 2
        if part not in ("dev", "written"):
            print("usage: detection.py --misses dev|written", file=sys.stderr)
            return 2
        from scamscreen.core.data import data_dir
        from scamscreen.core.screening import Screener

        misses(Screener.load(data_dir()), part)
        return 0
    bench_detection(as_json="--json" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

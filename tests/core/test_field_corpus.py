"""The field corpus (tests/corpus/field/): real contacts collected from public pages, split
once by source into a development part and a sealed test part.

This checks the files' shape only. It must never assert what the engine says about these
contacts: the numbers live in benchmarks/detection.py, and the sealed part is not for
tuning (see tests/corpus/field/README.md)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from scamscreen.core.contact import CHANNELS, parse_contact

FIELD = Path(__file__).resolve().parents[1] / "corpus" / "field"
PARTS = ("dev", "sealed")
REQUIRED = {
    "case": str,
    "genuine": bool,
    "language": str,
    "country": str,
    "source_url": str,
    "source_title": str,
    "source_kind": str,
    "quote": str,
    "paraphrase": bool,
    "collected": str,
    "notes": str,
    "contact": dict,
}
SOURCE_KINDS = {"agency", "police", "bank", "vendor", "news", "forum", "other"}


def sealed(source_url: str) -> bool:
    """The split rule: a source goes to the sealed part when its hash says so (~30%)."""
    return int(hashlib.sha256(source_url.encode("utf-8")).hexdigest(), 16) % 10 < 3


def read(part: str) -> list[tuple[int, dict]]:
    lines = (FIELD / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip()]


@pytest.fixture(scope="module")
def rows() -> dict[str, list[tuple[int, dict]]]:
    return {part: read(part) for part in PARTS}


def test_every_line_parses_and_has_the_required_keys(rows):
    for part, lines in rows.items():
        for n, row in lines:
            where = f"{part}.jsonl:{n}"
            for key, kind in REQUIRED.items():
                assert key in row, f"{where}: no {key!r}"
                assert isinstance(row[key], kind), f"{where}: {key!r} is not {kind.__name__}"
            assert row["case"] and re.fullmatch(r"[a-z0-9][a-z0-9-]*", row["case"]), where
            assert re.fullmatch(r"[a-z]{2}", row["language"]), where
            assert re.fullmatch(r"[A-Z]{2}", row["country"]), where
            assert row["source_url"].startswith(("http://", "https://")), where
            assert row["source_kind"] in SOURCE_KINDS, where
            assert row["quote"].strip() and row["source_title"].strip(), where
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["collected"]), where


def test_every_contact_is_a_valid_contact(rows):
    for part, lines in rows.items():
        for n, row in lines:
            contact = parse_contact(row["contact"])  # raises ContactError on a bad field
            assert contact.channel is not None, f"{part}.jsonl:{n}: no channel"
            assert contact.text.strip(), f"{part}.jsonl:{n}: no text"
            assert row["contact"]["channel"] in CHANNELS


def test_case_slugs_are_unique_across_both_parts(rows):
    slugs = Counter(row["case"] for lines in rows.values() for _, row in lines)
    assert [slug for slug, count in slugs.items() if count > 1] == []


def test_the_split_rule_holds_for_every_line(rows):
    for n, row in rows["sealed"]:
        assert sealed(row["source_url"]), f"sealed.jsonl:{n} belongs in dev"
    for n, row in rows["dev"]:
        assert not sealed(row["source_url"]), f"dev.jsonl:{n} belongs in sealed"


def test_a_source_is_never_split_between_the_parts(rows):
    dev = {row["source_url"] for _, row in rows["dev"]}
    assert dev.isdisjoint(row["source_url"] for _, row in rows["sealed"])


def test_the_corpus_is_big_and_varied_enough(rows):
    every = [row for lines in rows.values() for _, row in lines]
    assert len(every) >= 300
    assert sum(row["genuine"] for row in every) >= 100
    assert sum(row["language"] == "es" for row in every) >= 60
    assert {row["contact"]["channel"] for row in every} == set(CHANNELS)
    assert {"US", "GB", "CA", "AU", "IE", "NZ", "ES", "MX", "IN"} <= {r["country"] for r in every}
    assert rows["sealed"] and rows["dev"]

"""Scam indicators as data: rules over facts, with weights and plain explanations.

A rule in `data/indicators/rules.json` says *when* it fires (conditions over the facts
screening derived from the contact), *how much* risk it adds, and *what to tell the user*.
Keeping them declarative means a maintainer adds a red flag by editing a file, and every
finding the user sees can be traced to its rule and its source.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scamscreen.core.data import DataError, data_dir, load_json, require

SEVERITIES = ("high", "medium", "low", "info")
VERDICTS = ("likely_scam", "suspicious", "no_red_flags")


@dataclass(frozen=True, slots=True)
class Clause:
    all: frozenset[str]
    any: frozenset[str]
    none: frozenset[str]

    def holds(self, facts: frozenset[str] | set[str]) -> bool:
        return (
            self.all <= facts
            and (not self.any or not self.any.isdisjoint(facts))
            and self.none.isdisjoint(facts)
        )


@dataclass(frozen=True, slots=True)
class Condition:
    clauses: tuple[Clause, ...]

    def holds(self, facts: frozenset[str] | set[str]) -> bool:
        return any(clause.holds(facts) for clause in self.clauses)

    @property
    def facts(self) -> frozenset[str]:
        out: set[str] = set()
        for clause in self.clauses:
            out |= clause.all | clause.any | clause.none
        return frozenset(out)


def parse_condition(raw: Any, path: Path, where: str) -> Condition:
    items = raw if isinstance(raw, list) else [raw]
    clauses = []
    for item in items:
        if not isinstance(item, dict) or set(item) - {"all", "any", "none"}:
            raise DataError(path, f"has a 'when' that is not all/any/none lists ({where})")
        parts = []
        for key in ("all", "any", "none"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise DataError(path, f"has '{key}' that is not a list of facts ({where})")
            parts.append(frozenset(value))
        if not parts[0] and not parts[1]:
            raise DataError(path, f"has a clause that would always hold ({where})")
        clauses.append(Clause(*parts))
    if not clauses:
        raise DataError(path, f"has an empty 'when' ({where})")
    return Condition(tuple(clauses))


class _Blank(dict[str, str]):
    """Fills a placeholder that has no value with a neutral word."""

    DEFAULTS: Mapping[str, str] = {
        "org": "the company",
        "tool": "a remote-access tool",
        "number": "the number",
        "domain": "the address",
        "imitates": "a well-known company's address",
        "website": "the company's own website",
    }

    def __missing__(self, key: str) -> str:
        return self.DEFAULTS.get(key, "")


def fill(template: str, values: Mapping[str, str]) -> str:
    return string.Formatter().vformat(template, (), _Blank({k: v for k, v in values.items() if v}))


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    weight: int
    severity: str
    title: str
    detail: str
    when: Condition
    source: str


@dataclass(frozen=True, slots=True)
class AdviceEntry:
    id: str
    when: Condition
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    likely_scam: int
    suspicious: int

    @classmethod
    def load(cls, path: Path | None = None) -> RuleSet:
        path = path or data_dir() / "indicators" / "rules.json"
        raw = load_json(path)
        thresholds = require(raw, "thresholds", dict, path, "thresholds")
        rules = []
        seen: set[str] = set()
        for i, entry in enumerate(require(raw, "rules", list, path, "rules")):
            where = f"rule #{i + 1}"
            rid = require(entry, "id", str, path, where)
            if rid in seen:
                raise DataError(path, f"has two rules called '{rid}'")
            seen.add(rid)
            weight = require(entry, "weight", int, path, rid)
            severity = require(entry, "severity", str, path, rid)
            if severity not in SEVERITIES or not -100 < weight <= 100:
                raise DataError(path, f"has a bad severity or weight ({rid})")
            rules.append(
                Rule(
                    id=rid,
                    weight=weight,
                    severity=severity,
                    title=require(entry, "title", str, path, rid),
                    detail=require(entry, "detail", str, path, rid),
                    when=parse_condition(
                        require(entry, "when", (dict, list), path, rid), path, rid
                    ),
                    source=require(entry, "source", str, path, rid),
                )
            )
        return cls(
            tuple(rules),
            likely_scam=require(thresholds, "likely_scam", int, path, "thresholds"),
            suspicious=require(thresholds, "suspicious", int, path, "thresholds"),
        )

    def fire(self, facts: frozenset[str]) -> list[Rule]:
        return [rule for rule in self.rules if rule.when.holds(facts)]


def load_advice(path: Path | None = None) -> tuple[AdviceEntry, ...]:
    path = path or data_dir() / "advice.json"
    raw = load_json(path)
    entries = []
    for i, entry in enumerate(require(raw, "advice", list, path, "advice")):
        aid = require(entry, "id", str, path, f"advice #{i + 1}")
        entries.append(
            AdviceEntry(
                id=aid,
                when=parse_condition(require(entry, "when", (dict, list), path, aid), path, aid),
                text=require(entry, "text", str, path, aid),
                source=require(entry, "source", str, path, aid),
            )
        )
    return tuple(entries)


def combine(weights: Iterable[int]) -> float:
    """Independent evidence: each risk weight closes part of the remaining gap to 100,
    each reassuring (negative) weight shrinks what was found by its share."""
    risk = 1.0
    positives = []
    negatives = []
    for weight in weights:
        (positives if weight > 0 else negatives).append(weight)
    for weight in positives:
        risk *= 1 - weight / 100
    risk = 1 - risk
    for weight in negatives:
        risk *= 1 + weight / 100
    return risk

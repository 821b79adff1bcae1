"""Scam indicators as data: rules over facts, with weights and plain explanations.

A rule in `data/indicators/rules.json` says *when* it fires (conditions over the facts
screening derived from the contact), *how much* risk it adds, and *what to tell the user*.
Keeping them declarative means a maintainer adds a red flag by editing a file, and every
finding the user sees can be traced to its rule and its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from scamscreen.core.data import DataError, load_json, require

SEVERITIES = ("high", "medium", "low", "info")
class Verdict(StrEnum):
    """What screening concludes (a string too: stored, compared and written to JSON as
    its value, like `Channel`)."""

    LIKELY_SCAM = "likely_scam"
    SUSPICIOUS = "suspicious"
    NO_RED_FLAGS = "no_red_flags"


VERDICTS = tuple(verdict.value for verdict in Verdict)


class Clause(NamedTuple):
    all: frozenset[str]
    any: frozenset[str]
    none: frozenset[str]

    def holds(self, facts: frozenset[str] | set[str]) -> bool:
        return (
            self.all <= facts
            and (not self.any or not self.any.isdisjoint(facts))
            and self.none.isdisjoint(facts)
        )


class Condition(NamedTuple):
    clauses: tuple[Clause, ...]

    def holds(self, facts: frozenset[str] | set[str]) -> bool:
        for clause in self.clauses:  # inlined Clause.holds: this runs for every rule
            if (
                clause.all <= facts
                and (not clause.any or not facts.isdisjoint(clause.any))
                and facts.isdisjoint(clause.none)
            ):
                return True
        return False

    @property
    def facts(self) -> frozenset[str]:
        out: set[str] = set()
        for clause in self.clauses:
            out |= clause.all | clause.any | clause.none
        return frozenset(out)


# Facts that nearly every contact has make poor index keys.
_COMMON = ("channel:", "initiated:", "org:", "policy:", "verdict:")


def _rarity(fact: str) -> tuple[int, str]:
    return (1 if fact.startswith(_COMMON) else 0, fact)


def index_conditions(conditions: Iterable[Condition]) -> dict[str, set[int]]:
    """Index each condition under the facts that can make it hold (its rarest `all`
    fact, or every `any` fact), so a contact tests only conditions it could meet."""
    index: dict[str, set[int]] = {}
    for number, condition in enumerate(conditions):
        for clause in condition.clauses:
            keys = [min(clause.all, key=_rarity)] if clause.all else list(clause.any)
            for key in keys:
                index.setdefault(key, set()).add(number)
    return index


def candidates(index: dict[str, set[int]], facts: Iterable[str]) -> list[int]:
    found: set[int] = set()
    for fact in facts:
        hit = index.get(fact)
        if hit:
            found |= hit
    return sorted(found)


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
        "named": "a company",
    }

    def __init__(
        self,
        values: Mapping[str, str],
        lazy: Mapping[str, Any],
        defaults: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(values)
        self._lazy = lazy
        if defaults:  # another language's neutral words (data/i18n/<lang>/words.json)
            self.DEFAULTS = {**self.DEFAULTS, **defaults}

    def __missing__(self, key: str) -> str:
        make = self._lazy.get(key)
        value = make() if make is not None else ""
        self[key] = value = value or self.DEFAULTS.get(key, "")
        return value


def placeholders(
    values: Mapping[str, str], defaults: Mapping[str, str] | None = None, **lazy: Any
) -> Mapping[str, str]:
    """The values for `fill`, with a neutral word for each one that is missing
    (`defaults`: those words in the language shown).

    `lazy` values are functions called only if some wording asks for them (formatting
    a phone number costs more than most findings need)."""
    return _Blank({k: v for k, v in values.items() if v}, lazy, defaults)


def fill(template: str, values: Mapping[str, str]) -> str:
    if "{" not in template:
        return template
    return template.format_map(values if isinstance(values, _Blank) else placeholders(values))


def check_template(template: str, path: Path, where: str) -> str:
    """A wording with a broken {placeholder} is caught when the data loads, not when a
    user's contact happens to fire it."""
    try:
        fill(template, {})
    except (ValueError, IndexError, AttributeError) as exc:
        raise DataError(path, f"has a broken placeholder in its wording ({where}: {exc})") from None
    return template


class Rule(NamedTuple):
    id: str
    weight: int
    severity: str
    title: str
    detail: str
    when: Condition
    source: str
    group: str = ""  # rules of one group say the same thing: one reason, the strongest


class AdviceEntry(NamedTuple):
    id: str
    when: Condition
    text: str
    source: str


class RuleSet:
    """The indicator rules, indexed by the facts that can fire them."""

    def __init__(self, rules: tuple[Rule, ...], likely_scam: int, suspicious: int) -> None:
        self.rules = rules
        self.likely_scam = likely_scam
        self.suspicious = suspicious
        self._index = index_conditions(r.when for r in rules)

    @classmethod
    def load(cls, path: Path) -> RuleSet:
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
                    title=check_template(require(entry, "title", str, path, rid), path, rid),
                    detail=check_template(require(entry, "detail", str, path, rid), path, rid),
                    when=parse_condition(
                        require(entry, "when", (dict, list), path, rid), path, rid
                    ),
                    source=require(entry, "source", str, path, rid),
                    group=str(entry.get("group", "")),
                )
            )
        return cls(
            tuple(rules),
            likely_scam=require(thresholds, "likely_scam", int, path, "thresholds"),
            suspicious=require(thresholds, "suspicious", int, path, "thresholds"),
        )

    def fire(self, facts: frozenset[str] | set[str]) -> list[Rule]:
        return [
            self.rules[n] for n in candidates(self._index, facts) if self.rules[n].when.holds(facts)
        ]


def load_advice(path: Path) -> tuple[AdviceEntry, ...]:
    raw = load_json(path)
    entries = []
    for i, entry in enumerate(require(raw, "advice", list, path, "advice")):
        aid = require(entry, "id", str, path, f"advice #{i + 1}")
        entries.append(
            AdviceEntry(
                id=aid,
                when=parse_condition(require(entry, "when", (dict, list), path, aid), path, aid),
                text=check_template(require(entry, "text", str, path, aid), path, aid),
                source=require(entry, "source", str, path, aid),
            )
        )
    return tuple(entries)


def combine(weights: Iterable[int]) -> float:
    """Independent evidence: each risk weight closes part of the remaining gap to 100,
    each reassuring (negative) weight shrinks what was found by its share."""
    risk = 1.0
    positives: list[int] = []
    negatives: list[int] = []
    for weight in weights:
        (positives if weight > 0 else negatives).append(weight)
    for weight in positives:
        risk *= 1 - weight / 100
    risk = 1 - risk
    for weight in negatives:
        risk *= 1 + weight / 100
    return risk

"""Checklists (`data/checklists/*.json`): the steps to verify a contact, or to recover
when it is too late, tailored to what screening found and worded for this contact."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from scamscreen.core.data import load_json, require
from scamscreen.core.indicators import Condition, check_template, fill, parse_condition


class Step(NamedTuple):
    id: str
    title: str
    text: str
    source: str


class Checklist(NamedTuple):
    id: str
    title: str
    intro: str
    steps: tuple[tuple[Step, Condition | None], ...]

    def for_contact(self, facts: Iterable[str], values: Mapping[str, str]) -> list[Step]:
        """The steps that apply, with {org}, {website} and {tool} filled in."""
        present = set(facts)
        return [
            Step(step.id, fill(step.title, values), fill(step.text, values), step.source)
            for step, when in self.steps
            if when is None or when.holds(present)
        ]


def load_checklist(name: str, folder: Path, language: str | None = None) -> Checklist:
    """`language`: the wording from `<data>/i18n/<language>/checklists/<name>.json`
    (see core/localise.py), step by step; English where it has none. `folder` is the
    active data's `checklists/` folder: there is no default, so an installed update is
    never silently passed over for the shipped data."""
    path = folder / f"{name}.json"
    raw = load_json(path)
    words: dict[str, Any] = {}
    if language:
        from scamscreen.core.localise import DataTranslation

        words = DataTranslation.load(folder.parent, language).checklist(name)
    step_words = words.get("steps") or {}
    steps = []
    for i, entry in enumerate(require(raw, "steps", list, path, "steps")):
        sid = require(entry, "id", str, path, f"step #{i + 1}")
        when = parse_condition(entry["when"], path, sid) if entry.get("when") else None
        own = step_words.get(sid) or {}
        steps.append(
            (
                Step(
                    sid,
                    check_template(
                        own.get("title") or require(entry, "title", str, path, sid), path, sid
                    ),
                    check_template(
                        own.get("text") or require(entry, "text", str, path, sid), path, sid
                    ),
                    require(entry, "source", str, path, sid),
                ),
                when,
            )
        )
    return Checklist(
        require(raw, "id", str, path, "checklist"),
        words.get("title") or require(raw, "title", str, path, "checklist"),
        words.get("intro") or str(raw.get("intro", "")),
        tuple(steps),
    )

"""Reading the user's own words: which requests and scam patterns the text describes.

"He wanted me to download AnyDesk" must count as a remote-access request without anybody
ticking a box. Phrases live in `data/indicators/lexicon-<lang>.json` (English and Spanish
today; another language is another file) and the remote-access tools in
`remote-tools.json`. Matching is on whole words after folding case and accents, through a
dictionary keyed by a phrase's first word, so the cost grows with the length of the text,
not with the number of phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scamscreen.core.data import DataError, data_dir, load_json, require
from scamscreen.core.text import fold

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]
    wildcard: bool  # the last word may continue ("refund*")
    category: str  # a request name, a cue name, or "remote_tool"
    label: str  # what to show: the phrase, or the tool's name


@dataclass(slots=True)
class TextFindings:
    categories: dict[str, str] = field(default_factory=dict)  # category -> first phrase seen
    tools: list[str] = field(default_factory=list)  # remote tools named, in order


def _compile(text: str, category: str, label: str) -> _Phrase | None:
    wildcard = text.rstrip().endswith("*")
    words = tuple(_WORD.findall(fold(text.rstrip().rstrip("*"))))
    if not words:
        return None
    return _Phrase(words, wildcard, category, label)


class Lexicon:
    def __init__(self, phrases: Iterable[_Phrase], languages: Iterable[str] = ()) -> None:
        self.languages = tuple(languages)
        self._exact: dict[str, list[_Phrase]] = {}
        self._prefix: dict[str, list[_Phrase]] = {}  # single-word wildcard phrases by 3 letters
        for phrase in phrases:
            first = phrase.words[0]
            if phrase.wildcard and len(phrase.words) == 1:
                if len(first) < 3:
                    continue  # "a*" would match everything
                self._prefix.setdefault(first[:3], []).append(phrase)
            else:
                self._exact.setdefault(first, []).append(phrase)
        for bucket in self._exact.values():
            bucket.sort(key=lambda p: len(p.words), reverse=True)

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        folder = folder or data_dir() / "indicators"
        phrases: list[_Phrase] = []
        languages = []
        files = sorted(folder.glob("lexicon-*.json"))
        if not files:
            raise DataError(folder, "holds no lexicon files")
        for path in files:
            raw = load_json(path)
            languages.append(require(raw, "language", str, path, "lexicon"))
            categories = require(raw, "categories", dict, path, "lexicon")
            for name, entry in categories.items():
                for text in require(entry, "phrases", list, path, name):
                    if not isinstance(text, str):
                        raise DataError(path, f"has a phrase that is not text ({name})")
                    compiled = _compile(text, name, text)
                    if compiled:
                        phrases.append(compiled)
        tools_path = folder / "remote-tools.json"
        for tool in require(load_json(tools_path), "tools", list, tools_path, "tools"):
            name = require(tool, "name", str, tools_path, "tool")
            for alias in [name, *require(tool, "aliases", list, tools_path, name)]:
                compiled = _compile(alias, "remote_tool", name)
                if compiled:
                    phrases.append(compiled)
        return cls(phrases, languages)

    def scan(self, text: str) -> TextFindings:
        found = TextFindings()
        if not text:
            return found
        words = _WORD.findall(fold(text))
        count = len(words)
        for i, word in enumerate(words):
            candidates = self._exact.get(word, ())
            if len(word) >= 3 and word[:3] in self._prefix:
                candidates = [*candidates, *self._prefix[word[:3]]]
            for phrase in candidates:
                n = len(phrase.words)
                if i + n > count:
                    continue
                if n > 1 and any(words[i + k] != phrase.words[k] for k in range(1, n - 1)):
                    continue
                last = words[i + n - 1]
                if phrase.wildcard:
                    if not last.startswith(phrase.words[-1]):
                        continue
                elif last != phrase.words[-1]:
                    continue
                if phrase.category == "remote_tool":
                    if phrase.label not in found.tools:
                        found.tools.append(phrase.label)
                    found.categories.setdefault("remote_tool", phrase.label)
                else:
                    found.categories.setdefault(phrase.category, " ".join(phrase.words))
        return found

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
from pathlib import Path
from typing import NamedTuple

from scamscreen.core.data import DataError, data_dir, load_json, require
from scamscreen.core.text import fold, fold_words

_WORD = re.compile(r"\w+")
# "We will never ask for gift cards", "he did not want my password", "nunca le pediremos
# su código": a request that is denied is not a request. Only requests are negated: cues
# such as secrecy ("don't tell anyone") are phrased with their negation built in.
_NEGATORS = frozenset({"never", "not", "dont", "didnt", "doesnt", "wont", "nunca", "jamas"})
_NEGATOR_PAIRS = frozenset({("don", "t"), ("didn", "t"), ("doesn", "t"), ("won", "t")})
_CONDITIONAL = frozenset({"if", "unless", "si"})  # "if you don't pay in gift cards..."
_NEGATION_WINDOW = 4


class _Phrase(NamedTuple):
    words: tuple[str, ...]
    wildcard: bool  # the last word may continue ("refund*")
    category: str  # a request name, a cue name, or "remote_tool"
    label: str  # what to show: the phrase, or the tool's name


class TextFindings:
    __slots__ = ("categories", "tools")

    def __init__(self) -> None:
        self.categories: dict[str, str] = {}  # category -> first phrase seen
        self.tools: list[str] = []  # remote tools named, in order


def _compile(text: str, category: str, label: str) -> _Phrase | None:
    text = text.strip()
    wildcard = text.endswith("*")
    body = text.rstrip("*")
    # Phrases are written lower-case; only accented ones need the full fold.
    words = tuple(_WORD.findall(body.lower() if body.isascii() else fold(body)))
    if not words:
        return None
    return _Phrase(words, wildcard, category, label)


class _Node:
    """A trie node: the words that may follow, the phrases ending here, and the phrases
    whose last word starts here ("refund*")."""

    __slots__ = ("ends", "next", "wild")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[_Phrase] = []
        self.wild: list[_Phrase] = []


class Lexicon:
    """All phrases of all languages in one word trie: scanning a text walks it from each
    word, so the cost is about one dictionary lookup per word, however many phrases."""

    def __init__(
        self,
        phrases: Iterable[_Phrase],
        languages: Iterable[str] = (),
        negatable: Iterable[str] = (),
    ) -> None:
        self.languages = tuple(languages)
        self._negatable = frozenset(negatable)
        self._root: dict[str, _Node] = {}
        self._prefix: dict[str, list[_Phrase]] = {}  # one-word prefixes, by their 3 letters
        for phrase in phrases:
            if phrase.wildcard and len(phrase.words) == 1:
                if len(phrase.words[0]) >= 3:  # "a*" would match everything
                    self._prefix.setdefault(phrase.words[0][:3], []).append(phrase)
                continue
            path = phrase.words[:-1] if phrase.wildcard else phrase.words
            node = self._root.setdefault(path[0], _Node())
            for word in path[1:]:
                node = node.next.setdefault(word, _Node())
            (node.wild if phrase.wildcard else node.ends).append(phrase)

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
        from scamscreen.core.contact import Request

        return cls(phrases, languages, negatable=[r.value for r in Request])

    def scan(self, text: str) -> TextFindings:
        found = TextFindings()
        if not text:
            return found
        words = _WORD.findall(fold_words(text))
        count = len(words)
        root, prefix = self._root, self._prefix
        for i in [i for i, word in enumerate(words) if word[:3] in prefix]:
            word = words[i]
            for phrase in prefix[word[:3]]:
                if word.startswith(phrase.words[0]):
                    self._record(found, phrase, words, i)
        for i in [i for i, word in enumerate(words) if word in root]:
            node: _Node | None = root[words[i]]
            j = i + 1
            while node is not None:
                for phrase in node.ends:
                    self._record(found, phrase, words, i)
                if j >= count:
                    break
                for phrase in node.wild:
                    if words[j].startswith(phrase.words[-1]):
                        self._record(found, phrase, words, i)
                node = node.next.get(words[j])
                j += 1
        return found

    def _record(self, found: TextFindings, phrase: _Phrase, words: list[str], start: int) -> None:
        if phrase.category in self._negatable and _negated(words, start):
            return
        if phrase.category == "remote_tool":
            if phrase.label not in found.tools:
                found.tools.append(phrase.label)
            found.categories.setdefault("remote_tool", phrase.label)
        else:
            found.categories.setdefault(phrase.category, " ".join(phrase.words))


def _negated(words: list[str], start: int) -> bool:
    """Is the phrase starting at `start` denied by a "never"/"not" just before it?"""
    lo = max(0, start - _NEGATION_WINDOW)
    for k in range(start - 1, lo - 1, -1):
        word = words[k]
        is_negator = word in _NEGATORS or (
            k + 1 < len(words) and (word, words[k + 1]) in _NEGATOR_PAIRS
        )
        if word == "t" and k > 0 and (words[k - 1], word) in _NEGATOR_PAIRS:
            is_negator, k = True, k - 1
        if word == "no" and k + 1 < start:
            is_negator = True  # Spanish "no le pediremos": "no" right before the phrase is a word
        if is_negator:
            before = words[max(0, k - 2) : k]
            return not any(w in _CONDITIONAL for w in before)
    return False

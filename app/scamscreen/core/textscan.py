"""Reading the user's own words: which requests and scam patterns the text describes.

"He wanted me to download AnyDesk" must count as a remote-access request without anybody
ticking a box. Phrases live in `data/indicators/lexicon-<lang>.json` (English and Spanish
today; another language is another file) and the remote-access tools in
`remote-tools.json`. Matching is on whole words after folding case, accents and
punctuation, with one Aho-Corasick automaton (pyahocorasick, in C) holding every phrase of
every language: a text is read once, however many phrases there are.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ahocorasick

from scamscreen.core.data import DataError, cache_dir, parse_json, read_bytes, require
from scamscreen.core.text import fold_words

_NOT_WORD = re.compile(r"\W+")
# "We will never ask for gift cards", "he did not want my password", "nunca le pediremos
# su código": a request that is denied is not a request. Only requests are negated: cues
# such as secrecy ("don't tell anyone") are phrased with their negation built in.
_NEGATORS = frozenset(
    {"never", "not", "nor", "dont", "didnt", "doesnt", "wont", "nunca", "jamas", "ni"}
)
_NEGATOR_PAIRS = frozenset({("don", "t"), ("didn", "t"), ("doesn", "t"), ("won", "t")})
_CONDITIONAL = frozenset({"if", "unless", "si"})  # "if you don't pay in gift cards..."
_NEGATION_WINDOW = 4


class TextFindings:
    __slots__ = ("categories", "tools")

    def __init__(self) -> None:
        self.categories: dict[str, str] = {}  # category -> first phrase seen
        self.tools: list[str] = []  # remote tools named, in order


# ASCII punctuation becomes a space (str.translate is far cheaper than a regex here).
_ASCII_BREAKS = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
)


def normalise(text: str) -> str:
    """Folded words separated by single spaces, with a space at each end: " gift card "
    then only ever matches whole words."""
    if text.isascii():
        spaced = text.lower().translate(_ASCII_BREAKS)
    else:
        spaced = _NOT_WORD.sub(" ", fold_words(text))
    return " " + " ".join(spaced.split()) + " "


def phrase_key(phrase: str) -> str | None:
    """The automaton key of a lexicon phrase: " gift card ", or " refund" for "refund*"."""
    wildcard = phrase.rstrip().endswith("*")
    key = normalise(phrase.rstrip().rstrip("*"))
    if key == "  " or (wildcard and len(key) < 5):
        return None  # nothing to match, or "a*", which would match everything
    return key[:-1] if wildcard else key


class Lexicon:
    """Every phrase as a key " word word " (or " word" for "word*", which may go on),
    in one automaton; a hit is a whole-word match by construction."""

    def __init__(
        self,
        phrases: Iterable[tuple[str, str, str]],
        languages: Iterable[str] = (),
        negatable: Iterable[str] = (),
    ) -> None:
        """`phrases` are (phrase, category, label) triples; the label is what a finding
        shows (the phrase itself, or a remote tool's proper name)."""
        self.languages = tuple(languages)
        self._negatable = frozenset(negatable)
        keyed: dict[str, list[tuple[str, str, str]]] = {}
        for phrase, category, label in phrases:
            key = phrase_key(phrase)
            if key is None:
                continue
            entry = (category, label, key.strip())
            entries = keyed.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)
        self._build({key: tuple(entries) for key, entries in keyed.items()})

    @classmethod
    def load(cls, folder: Path, use_cache: bool = True) -> Lexicon:
        """Read the lexicons and remote tools; the compiled phrase list is cached (keyed
        by the files' exact contents), which saves most of `check`'s start-up work."""
        files = sorted(folder.glob("lexicon-*.json"))
        if not files:
            raise DataError(folder, "holds no lexicon files")
        files.append(folder / "remote-tools.json")
        raw = {path: read_bytes(path) for path in files}
        digest = hashlib.sha256(_CACHE_FORMAT)
        for path, content in raw.items():
            digest.update(path.name.encode() + b"\0" + content + b"\0")
        cache = cache_dir() / f"lexicon-{digest.hexdigest()[:32]}.marshal"
        if use_cache:
            cached = _read_cache(cache)
            if cached is not None:
                return cls._from_keys(*cached)
        languages, phrases = _parse(raw)
        lexicon = cls(phrases, languages, negatable=_negatable())
        if use_cache:
            _write_cache(cache, (lexicon.languages, lexicon._keyed, tuple(lexicon._negatable)))
        return lexicon

    @classmethod
    def _from_keys(cls, languages: Any, keyed: Any, negatable: Any) -> Lexicon:
        lexicon = cls.__new__(cls)
        lexicon.languages = tuple(languages)
        lexicon._negatable = frozenset(negatable)
        lexicon._build(keyed)
        return lexicon

    def _build(self, keyed: dict[str, tuple[tuple[str, str, str], ...]]) -> None:
        self._keyed = keyed
        self._automaton = ahocorasick.Automaton()
        for key, entries in keyed.items():
            self._automaton.add_word(key, (len(key), entries))
        if keyed:
            self._automaton.make_automaton()
        self._empty = not keyed

    def scan(self, text: str) -> TextFindings:
        found = TextFindings()
        if not text or self._empty:
            return found
        norm = normalise(text)
        categories, tools, negatable = found.categories, found.tools, self._negatable
        for end, (length, entries) in self._automaton.iter(norm):
            start = end - length + 1
            for category, label, shown in entries:
                if category in categories and category != "remote_tool":
                    continue  # already found: only its first phrase is kept
                if category in negatable and _negated(norm, start):
                    continue
                if category == "remote_tool":
                    if label not in tools:
                        tools.append(label)
                    categories.setdefault("remote_tool", label)
                else:
                    categories.setdefault(category, shown)
        return found


_CACHE_FORMAT = b"scamscreen-lexicon-2"


def _parse(raw: dict[Path, bytes]) -> tuple[list[str], list[tuple[str, str, str]]]:
    languages: list[str] = []
    phrases: list[tuple[str, str, str]] = []
    for path, content in raw.items():
        data = parse_json(path, content)
        if path.name == "remote-tools.json":
            for tool in require(data, "tools", list, path, "tools"):
                name = require(tool, "name", str, path, "tool")
                for alias in [name, *require(tool, "aliases", list, path, name)]:
                    phrases.append((alias, "remote_tool", name))
            continue
        languages.append(require(data, "language", str, path, "lexicon"))
        for name, entry in require(data, "categories", dict, path, "lexicon").items():
            texts = require(entry, "phrases", list, path, name)
            if not all(isinstance(text, str) for text in texts):
                raise DataError(path, f"has a phrase that is not text ({name})")
            phrases.extend((text, name, text) for text in texts)
    return languages, phrases


def _negatable() -> list[str]:
    from scamscreen.core.contact import Request

    # "code_mention" (a code named, not yet asked for) is denied like a request:
    # "we will never ask for your verification code" mentions no code to hand over.
    return [*(r.value for r in Request), "code_mention"]


def _read_cache(path: Path) -> tuple[Any, Any, Any] | None:
    """The cached (languages, keys, negatable categories), or None if there is no
    usable cache: a damaged file is ignored and rebuilt, never trusted."""
    try:
        languages, keyed, negatable = marshal.loads(path.read_bytes())
        if not isinstance(keyed, dict) or not all(
            isinstance(k, str) and isinstance(v, tuple) for k, v in keyed.items()
        ):
            return None
        return languages, keyed, negatable
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write_cache(path: Path, value: tuple[Any, Any, Any]) -> None:
    """Best effort: a read-only or full disk only means the next start is slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-")
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(value))
        os.replace(temp, path)
        for stale in path.parent.glob("lexicon-*.marshal"):  # from older data files
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        return


def _negated(norm: str, start: int) -> bool:
    """Is the phrase starting at `start` of the normalised text denied by a "never" or
    "not" among the few words just before it?"""
    words = norm[max(0, start - 120) : start].split()[-(_NEGATION_WINDOW + 3) :]
    phrase_at = len(words)
    for k in range(phrase_at - 1, max(-1, phrase_at - 1 - _NEGATION_WINDOW), -1):
        word = words[k]
        is_negator = word in _NEGATORS or (
            k + 1 < phrase_at and (word, words[k + 1]) in _NEGATOR_PAIRS
        )
        if word == "t" and k > 0 and (words[k - 1], word) in _NEGATOR_PAIRS:
            is_negator, k = True, k - 1
        if word == "no" and k + 1 < phrase_at:
            is_negator = True  # Spanish "no le pediremos": "no" right before the phrase is a word
        if is_negator:
            before = words[max(0, k - 3) : k]  # "if this was not you, click here"
            return not any(w in _CONDITIONAL for w in before)
    return False

"""Text folding shared by the lexicon, the directory and the domain checks.

People type "Microsoft", "MICROSOFT", "micro soft" or "Micrósoft"; Spanish speakers write
with or without accents. Folding makes all of these compare equal without touching the
original text, which is kept for display.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
# Zero-width and bidirectional control characters: invisible, but they split words.
_INVISIBLE = dict.fromkeys(
    [
        0x200B,
        0x200C,
        0x200D,
        0x200E,
        0x200F,
        0x2060,
        0xFEFF,
        0x00AD,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)


# The combining-diacritics blocks: what NFKD splits off "ó", "ñ" or "ü".
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_accents(text: str) -> str:
    """Turns "código" into "codigo"; letters from other scripts are left alone."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold(text: str) -> str:
    """Lower-case, accent-free, invisible characters removed, whitespace folded."""
    if text.isascii():  # the common case, and 20x cheaper than decomposing
        return _SPACE.sub(" ", text.lower()).strip()
    text = text.translate(_INVISIBLE)
    return _SPACE.sub(" ", strip_accents(text).casefold()).strip()


def fold_words(text: str) -> str:
    """Like `fold` for text that is split into words next: spacing is left alone."""
    if text.isascii():
        return text.lower()
    return strip_accents(text.translate(_INVISIBLE)).casefold()


def fold_name(text: str) -> str:
    """Like `fold`, and punctuation becomes a single space: "Best-Buy's" -> "best buy s"."""
    return _NON_WORD.sub(" ", fold(text).replace("_", " ")).strip()


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap neighbours).

    Returns `limit + 1` as soon as the distance is known to exceed `limit`, which keeps
    comparing a word against the whole directory cheap.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)] if prev[len(b)] <= limit else limit + 1


def deletions(word: str) -> set[str]:
    """The word with each single letter left out, and the word itself.

    Two words within one edit of each other always share one of these keys, which is how
    the directory and the look-alike check find typo candidates without a full scan."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}

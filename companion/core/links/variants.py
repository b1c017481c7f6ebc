"""Does a piece of a site name imitate a brand? Look-alike letters, typos and scam padding.

Scammers rarely register the brand alone: they hide a typo or a look-alike of it among words
("twltch-gift", "www-teiegram", "freetiktokcoins", "t1k-t0k1122687"). A label is therefore read
the way a quick eye reads it (Unicode look-alikes folded by TR39's confusables, digits read as
letters), cut at hyphens and digits, run together across them, and stripped of the scam words
around the name before it is compared with each brand: equal, containing it, or one edit away
(substitution, insertion, deletion, adjacent swap).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MIN_FUZZY_BRAND = 5  # shorter brands ("kick") match whole words only: one edit away is too common

# Words that pad a brand in registered scam names (from REFERENCE.md's scam patterns and the
# blocklists' examples). Longest first, so "coins" is peeled before "coin".
_SCAM_WORDS_TEXT = """
        www free gift gifts giveaway coin coins bit bits star stars gem gems jewel jewels diamond
        diamonds token tokens generator gen hack hacks cheat cheats login signin verify verified
        verification secure security support help helpdesk official bonus promo promos claim
        reward rewards get win account accounts pay payment payments billing recharge topup top
        shop store buy cheap online app apps web my the center centre service services team live
        creator creators fund cash wallet unlock premium update auth user members club vip pro
        plus now event events offer offers deal deals sale card cards redeem code codes appeal
        appeals safety policy copyright business ads recovery unlimited real fast easy instant
        """
SCAM_WORDS = tuple(sorted(_SCAM_WORDS_TEXT.split(), key=len, reverse=True))

# Real words one edit from a brand: a site named after them is not imitating anyone.
NOT_VARIANTS = frozenset({"switch", "witch", "twitchy", "goggle", "goggles", "googly", "tiktoc"})

# Letter pairs that read as one letter at a glance (dnstwist's homoglyph table has the same).
_ASCII_LOOKALIKES = (
    ("rn", "m"),
    ("nn", "m"),
    ("vv", "w"),
    ("uu", "w"),
    ("uv", "w"),
    ("vu", "w"),
    ("cl", "d"),
    ("lc", "k"),
    ("ic", "k"),
    ("ii", "u"),
    ("q", "g"),
)
_DIGIT_LOOKALIKES = str.maketrans("013457", "oleast")
_DIGIT_LOOKALIKES_I = str.maketrans("013457", "oieast")


def ascii_folds(label: str) -> set[str]:
    """Read an ASCII label the way a quick eye does: rn→m, vv→w, 0→o, 1→l (or i), 3→e..."""
    if not label.isascii():
        return set()
    folds = set()
    for table in (_DIGIT_LOOKALIKES, _DIGIT_LOOKALIKES_I) if "1" in label else (_DIGIT_LOOKALIKES,):
        folded = label.translate(table)
        folds.add(folded)
        for seq, letter in _ASCII_LOOKALIKES:
            folded = folded.replace(seq, letter)
        folds.add(folded)
    return folds


def skeleton(label: str) -> str:
    """TR39-style skeleton: strip accents, fold each non-ASCII look-alike to its Latin letter."""
    if label.isascii():
        return label
    folded = []
    for ch in unicodedata.normalize("NFKD", label):
        if unicodedata.combining(ch):
            continue
        folded.append(ch if ch.isascii() else _latin_lookalike(ch))
    return "".join(folded).lower()


@cache
def _latin_lookalike(ch: str) -> str:
    from confusable_homoglyphs.confusables import confusables_data

    for glyph in confusables_data.get(ch, ()):
        candidate = glyph["c"]
        if len(candidate) == 1 and candidate.isascii() and candidate.isalnum():
            return candidate.lower()
    return ch


def one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or adjacent swap (optimal string alignment)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


_WORD_SET = frozenset(SCAM_WORDS)
_WORD_LENGTHS = sorted({len(w) for w in SCAM_WORDS})


def peeled(token: str) -> set[str]:
    """The token with scam words taken off either end (up to three each way) and a plural 's'."""
    seen = {token}
    frontier = [token]
    for _ in range(3):
        nxt = []
        for rest in frontier:
            options = [rest[:-1]] if rest.endswith("s") and len(rest) > 4 else []
            for k in _WORD_LENGTHS:
                if len(rest) - k < 3:
                    break
                if rest[:k] in _WORD_SET:
                    options.append(rest[k:])
                if rest[-k:] in _WORD_SET:
                    options.append(rest[:-k])
            for option in options:
                if option not in seen:
                    seen.add(option)
                    nxt.append(option)
        frontier = nxt
        if not frontier:
            break
    return seen


LOOKALIKE, CONTAINS, TYPO = "lookalike", "contains", "typo"


def _contains(text: str, words: list[str], brand: str, whole_word: bool) -> bool:
    if whole_word:
        return brand in words
    return brand in text or brand in "".join(words)


class Reading:
    """One DNS label read every way a quick eye reads it, worked out once for all brands."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.words = _words(label)
        self.folds = {skeleton(label), *ascii_folds(label)} - {label}
        self.fold_words = [(fold, _words(fold)) for fold in self.folds]
        self._parts: list[tuple[str, set[str]]] | None = None

    def parts(self) -> list[tuple[str, set[str]]]:
        """(kind, the label's pieces with scam words peeled off), raw pieces first."""
        if self._parts is None:
            self._parts = []
            forms = [(TYPO, self.words), *((LOOKALIKE, w) for _, w in self.fold_words)]
            for kind, words in forms:
                tokens = {*words, "".join(words)} if len(words) > 1 else set(words)
                pieces: set[str] = set()
                for token in tokens:
                    if MIN_FUZZY_BRAND - 1 <= len(token) <= 40:
                        pieces |= peeled(token)
                self._parts.append((kind, pieces - NOT_VARIANTS))
        return self._parts

    def imitates(self, brand: str, *, whole_word: bool = False) -> tuple[str, str] | None:
        """(kind, the part of the label that does it) when the label imitates ``brand``.

        Kinds: LOOKALIKE (only after folding look-alike letters or digits), CONTAINS (the brand
        itself inside), TYPO (one edit from the brand, after taking scam words off).
        ``whole_word`` brands (short ones, and common words such as "apple") count only as a
        whole word: "pineapple" is not Apple."""
        whole_word = whole_word or len(brand) < MIN_FUZZY_BRAND
        label = self.label
        if label == brand or _contains(label, self.words, brand, whole_word):
            return CONTAINS, label
        for fold, words in self.fold_words:
            if _contains(fold, words, brand, whole_word):
                return LOOKALIKE, label
        if whole_word:
            return None
        size = len(brand)
        for kind, pieces in self.parts():
            for piece in pieces:
                if abs(len(piece) - size) <= 1 and one_edit_apart(piece, brand):
                    return kind, piece if kind == TYPO else label
        return None


def imitation(label: str, brand: str, *, whole_word: bool = False) -> tuple[str, str] | None:
    """See :meth:`Reading.imitates`; for one label and one brand."""
    return Reading(label).imitates(brand, whole_word=whole_word)


def _words(text: str) -> list[str]:
    """Letters only: hyphens, underscores and leftover digits separate words."""
    return [w for w in re.split(r"[^a-z]+", text) if w]

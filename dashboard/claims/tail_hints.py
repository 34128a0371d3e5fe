"""Which record and biggest-move words a sentence holds, read once per sentence: a tail piece
whose long pattern needs a word the sentence lacks is not tried at all (as ``folding``, on
the text lower-cased as ``re.IGNORECASE`` reads it)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from dashboard.claims.folding import folded

_EXTREME = re.compile(r"(?:high|low|peak|trough|close)s?\b|est|worst")  # in every RECORD_RE match
_BIGGEST = re.compile(r"est|worst|most")  # in every BIGGEST_RE and COPULA_BIGGEST_RE match
_STREAK = re.compile(r"session|day|week|month")


class Hints(NamedTuple):
    """What the sentence may hold a match of."""

    record: bool  # "record": RECORD_OF_RE, RECORD_PLAIN_RE, IN_RECORD_MOVE_RE
    bare: bool  # "record" or "unprecedented": RECORD_BARE_RE
    extreme: bool  # RECORD_RE
    biggest: bool  # BIGGEST_RE, COPULA_BIGGEST_RE
    paper: bool  # "/32" or "price": the tail's _PAPER_PRICE
    relation: bool  # "-year", "the rate on bills": the tail's _RELATION
    streak: bool  # "session", "day", "week" or "month": the tail's _TO_STREAK
    paired: bool  # "and": the tail's _PAIRED
    respectively: bool  # "respectively": RESPECTIVELY_RE


@lru_cache(maxsize=8)
def hints(s: str) -> Hints:
    """The hints for ``s`` (a pure function of it: each tail of a sentence asks again)."""
    words = folded(s)
    record = "record" in words
    extreme = _EXTREME.search(words) is not None
    return Hints(
        record,
        record or "unprecedented" in words,
        extreme,
        _BIGGEST.search(words) is not None,
        "/32" in words or "price" in words,
        "-year" in words or any(w in words for w in (" bill", " note", " bond", " gilt")),
        _STREAK.search(words) is not None,
        "and" in words,
        "respectively" in words,
    )

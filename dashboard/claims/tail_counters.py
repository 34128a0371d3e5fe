"""The counter currencies a tail names after "against": "0.4% and 0.6% against sterling and the
yen, respectively" (one counter per size), "against both the euro and the dollar", "0.2%
against the yen and the Swiss franc, to 149.8 yen and 0.8830 francs respectively" (one size,
a level per counter), "gained 0.5% each against the yen and the Swiss franc", and a list "against the yen, the Swiss franc and the euro on Tuesday"
read through, so the tail goes on to its time words."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Matcher
from dashboard.claims.tail_comma import RESPECTIVELY_RE
from dashboard.claims.tail_state import Tail

COUNTER = re.compile(  # "gained 0.5% each against the yen and the franc": on each pair
    r"(?P<each>each\s+(?=against\s))?(?:against|versus|vs\.?|relative\s+to|to|on)\s+"
    r"(?P<both>both\s+)?",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_LAST = re.compile(r",?\s+and\s+", re.IGNORECASE)
# what may follow a list of counters: the end of the clause, or time words and side clauses
_LIST_END = re.compile(
    r"\s*(?:[.;]|$)|\s+(?:on|in|at|after|as|amid|while|but|for|yesterday|overnight|late|early"
    r"|this|last|so\s+far|earlier)\b",
    re.IGNORECASE,
)
# ", to 149.8 yen and 0.8830 francs respectively": one level per counter, in turn
_TO_RESPECTIVE = re.compile(
    r"(?=,?\s+(?:on\s+\w+day\s*,\s*)?(?:to|at)\s+[$€£¥]?\s?\d[^,;]{0,25}?\s+and\s+[A-Z$€£¥]{0,2}"
    r"\s?\d[^,;]{0,25}?,?\s+respectively\b)",
)


def counters(s: str, at: int, matcher: Matcher, tail: Tail, both: bool = False) -> int:
    """The end of the counters read from ``at`` (just after the first counter)."""
    joined = _AND.match(s, at)
    second = matcher.currency_at(s, joined.end()) if joined else None
    if both and second is not None:
        tail.claim_end = second[1]
        return second[1]
    closing = RESPECTIVELY_RE.match(s, second[1]) if second else None
    if (
        second is not None
        and closing is None
        and tail.counter is not None
        and len(tail.sizes) <= 1
        and _TO_RESPECTIVE.match(s, second[1])
    ):
        tail.counters = [tail.counter, second[0]]  # "to 149.8 yen and 0.8830 francs
        tail.claim_end = second[1]  # respectively": the levels are read after
        return second[1]
    if second is None or closing is None or len(tail.sizes) != 2 or tail.counter is None:
        return listed(s, at, matcher, tail)
    tail.counters = [tail.counter, second[0]]
    tail.claim_end = closing.end()
    return closing.end()


def listed(s: str, at: int, matcher: Matcher, tail: Tail) -> int:
    """ "against the yen, the Swiss franc and the euro on Tuesday": the end of the list when
    it closes the clause or time words follow (the pair for each is added after)."""
    position, count = at, 0
    while (comma := _COMMA.match(s, position)) and (found := matcher.currency_at(s, comma.end())):
        position, count = found[1], count + 1
    last = _LAST.match(s, position)
    found = matcher.currency_at(s, last.end()) if last else None
    if found is None or count + 1 < 2 or _LIST_END.match(s, found[1]) is None:
        return at
    if RESPECTIVELY_RE.match(s, found[1]):
        return at
    tail.claim_end = found[1]
    return found[1]


_NATIONS = {
    "japanese": "JPY", "swiss": "CHF", "british": "GBP", "canadian": "CAD",
    "australian": "AUD", "u.s.": "USD", "us": "USD", "american": "USD", "european": "EUR",
}  # fmt: skip
# "against its Japanese counterpart": a counter named by its nation
_PARAPHRASED = re.compile(
    r"(?:against|versus)\s+its\s+(?P<nation>japanese|swiss|british|canadian|australian|u\.s\.|us"
    r"|american|european)\s+(?:counterpart|peer)\b",
    re.IGNORECASE,
)


def paraphrased(s: str, at: int, tail: Tail) -> int | None:
    """ "jumped 0.9% against its Japanese counterpart to 155.8 yen": the counter, read so the
    tail goes on to the level; None when no such phrase starts at ``at``."""
    m = _PARAPHRASED.match(s, at)
    if m is None or tail.counter is not None:
        return None
    tail.counter = _NATIONS[m.group("nation").lower()]
    tail.claim_end = m.end()
    return m.end()

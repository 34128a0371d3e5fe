"""A counter currency fronted for a sentence or a clause ("Against the yuan, the rouble ...",
"while against the euro sterling was flat") or set just before a participle ("it did worse
against the euro, losing 1.3%")."""

from __future__ import annotations

import re

from dashboard.claims.folding import holds
from dashboard.claims.subjects import Matcher

FRONTED_COUNTER = re.compile(
    r"(?:^|\s[-–—]\s)\s*(?:against|versus|vs\.?|relative\s+to)\s+", re.IGNORECASE
)
_COUNTER_WORDS = ("against", "versus", "vs", "relative")  # one is in every match


def fronted_counter(s: str, matcher: Matcher, before: int) -> str | None:
    """A counter currency fronted with a comma ("Against the yuan, the rouble ...") holds for
    the currencies of the whole sentence; one fronted in a clause ("while against the euro
    sterling was flat") for that clause's."""
    found = FRONTED_COUNTER.search(s, 0, before) if holds(s[:before], _COUNTER_WORDS) else None
    currency = matcher.currency_at(s, found.end()) if found else None
    if currency is None or not s.startswith((",", " "), currency[1]) or currency[1] > before:
        return _clause_counter(s, matcher, before) or _counter_just_before(s, matcher, before)
    # "Versus the yen, the dollar gained 0.4%, and against the franc it rose 0.3%": the
    # clause's own fronted counter wins over the sentence's
    return _clause_counter(s, matcher, before) or currency[0]


def _counter_just_before(s: str, matcher: Matcher, before: int) -> str | None:
    """ "it did worse against the euro, losing 1.3%": the counter right before a participle."""
    found = list(_COUNTER_WORD.finditer(s, max(0, before - 50), before))
    currency = matcher.currency_at(s, found[-1].end()) if found else None
    if currency is None or not _COMMA_ONLY.fullmatch(s, currency[1], before):
        return None
    return currency[0]


_COUNTER_WORD = re.compile(r"\b(?:against|versus)\s+", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"\s*,\s*")


_CLAUSE_COUNTER = re.compile(
    r"\b(?:while|whereas|but|and|though|although)\s+(?:against|versus)\s+", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\b(?:against|versus|per)\b", re.IGNORECASE)


def _clause_counter(s: str, matcher: Matcher, before: int) -> str | None:
    """The counter fronted at the head of the clause a trigger at ``before`` stands in."""
    found = next(reversed(list(_CLAUSE_COUNTER.finditer(s, 0, before))), None)
    currency = matcher.currency_at(s, found.end()) if found else None
    if currency is None or currency[1] > before:
        return None
    between = s[currency[1] : before].removeprefix(",")
    return None if _CLAUSE_BREAK.search(between) else currency[0]

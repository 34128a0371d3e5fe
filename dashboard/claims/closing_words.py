"""Closing words and resting infinitives that settle whether a move is the session's or a state
within it: "while platinum added 1% to trade at $805" (a state: "to trade"), "with the Shanghai
Composite closing down 3.2% earlier in the day" (the close of that market's session), "was the
worst performer at the close, down 2.1%" and "At the close of floor trading, crude was up $3.95"
(a state the sentence closes)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Hedge, Measure

_TO_TRADE = re.compile(  # "added 1% to trade at $805", not "which tends to trade like"
    r"(?<!\btends\s)(?<!\btend\s)\bto\s+trade\b", re.IGNORECASE
)
_WEEKDAY = re.compile(  # "lost a third on Thursday to trade around 24": the day's move
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today)\b", re.IGNORECASE
)
_CLOSING_WORD = re.compile(r"\b(?:clos|end|finish|settl)", re.IGNORECASE)
_CLOSING_SIZE = re.compile(  # "closing down 3.2%", "ended 1.5% lower" (not "briefly ended")
    r"(?<!\bbriefly\s)(?<!\bmomentarily\s)"
    r"\b(?:closing|ending|finishing|settling|closed|ended|finished|settled)\s+"
    r"(?:(?:up|down|higher|lower)\s+)?(?:(?:just|only)\s+)?[$€£]?\d",
    re.IGNORECASE,
)
_AT_CLOSE_BEFORE = re.compile(r"\bat\s+the\s+(?:close|settle)\s*,\s*$", re.IGNORECASE)
_FRONTED_CLOSE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+-\s+)?At\s+the\s+(?:close|settle)"
    r"\b[^,;]*,",
)
_NEW_CLAUSE = re.compile(r";|\bwhile\b|\bwhereas\b|\band\b|\bbut\b", re.IGNORECASE)


_WITH_BEFORE = re.compile(r"\bwith\s+[^,;]*$", re.IGNORECASE)
_LIST_CLOSED = re.compile(  # "... up 3% and the CSI 300 up 3.1% at the close"
    r"^\s+and\s+[^,;]*?\s(?:up|down)\s+[^,;]*?\bat\s+the\s+(?:close|settle)\b", re.IGNORECASE
)


def closing_words(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each measure set by the closing word or resting infinitive of its own span."""
    return [_listed_close(s, _measured(s, c)) for c in claims]


def _listed_close(s: str, claim: Claim) -> Claim:
    """ "with the Shanghai Composite up 3% and the CSI 300 up 3.1% at the close": the first
    state of a "with" list the list's last words close is the session's move too."""
    if claim.measure is not Measure.INTRADAY_CHANGE:
        return claim
    if not _WITH_BEFORE.search(s[: claim.start]) or not _LIST_CLOSED.match(s[claim.end :]):
        return claim
    return replace(claim, measure=Measure.SESSION_CHANGE)


def _measured(s: str, claim: Claim) -> Claim:
    """One claim re-measured: "added 1% to trade at $805" is a state, "closing down 3.2%" a
    session's move, and "at the close, down 2.1%" a closed state."""
    span = s[claim.start : claim.end]
    if claim.measure is Measure.SESSION_CHANGE:
        if _TO_TRADE.search(span) and not _CLOSING_WORD.search(span) and not _WEEKDAY.search(span):
            return replace(claim, measure=Measure.INTRADAY_CHANGE)
        return claim
    if claim.measure is Measure.INTRADAY_EXTREME and claim.size is not None:
        if _CLOSING_SIZE.search(span) and claim.hedge is not Hedge.AS_MUCH_AS:
            return replace(claim, measure=Measure.SESSION_CHANGE)
        return claim
    if claim.measure is Measure.INTRADAY_CHANGE and _closed_state(s, claim):
        return replace(claim, measure=Measure.SESSION_CHANGE)
    return claim


def _closed_state(s: str, claim: Claim) -> bool:
    """ "..., at the close, down 2.1%" or "At the close of floor trading, crude was up $3.95":
    a state the words before it in its clause tie to the close."""
    if _AT_CLOSE_BEFORE.search(s[: claim.start]):
        return True
    m = _FRONTED_CLOSE.match(s)
    return m is not None and not _NEW_CLAUSE.search(s[m.end() : claim.start])

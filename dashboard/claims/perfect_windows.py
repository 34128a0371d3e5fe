"""A sized move told in the present perfect beside a window in its own clause: "the Merval has
soared about 360% in peso terms this year", "Since the start of the month, the rand has lost
4%", "the peso has outperformed its peers this year, gaining roughly 13%", "it has now shed
almost a third of its value in less than a month", "has now dropped 10.2% from its Jan. 26
peak". The perfect tense runs the move up to the time of writing, so the window's words, even
when other words stand between them and the size, make it the window's move (period_change),
not the day's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.timeresolve import months_back, resolve_words
from dashboard.claims.timewords import NAMED_DAY, Hint, number_value
from dashboard.domain import Claim, Measure

_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|also|so\s+far|since|just)\s+)*(?!been\b)[a-z]+",
    re.IGNORECASE,
)
_DAY = re.compile(r"\b(?:" + NAMED_DAY + r"|yesterday|today)", re.IGNORECASE)
# where a window's words may open
_OPENER = re.compile(
    r"\b(?:this\s+(?:week|month|quarter|year)|so\s+far\s+this|year\s+to\s+date|since\s"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s|from\s+(?:its|their|the)\s)",
    re.IGNORECASE,
)
_RANKED = re.compile(  # "its highest since 2014": a record's look-back, not the move's window
    r"(?:\w+est|most|least|first\s+time|record|level|seen|unmatched)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "in less than a month", "in under two weeks": a window counted back from the day of writing
_COUNTED = re.compile(
    r"\bin\s+(?:less\s+than|under|just\s+over|little\s+more\s+than|barely)\s+"
    r"(?P<n>an?|one|two|three|four|five|six|\d+)\s+(?P<unit>week|month|year)s?\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r";|\.\s*$|,\s*(?:and|but|while|whereas|as|though|although|after|even)\s"
    r"|\s(?:while|whereas|though|although)\s|,\s*(?:and\s+)?(?:leaving|taking|lifting)\s",
    re.IGNORECASE,
)
_SPAN = re.compile(  # "doubled in a month": a span counted back from the day of writing
    r"\bin\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?|years?)\b", re.I
)
_FRONTED = re.compile(
    r"^(?:[A-Z][A-Za-z .]+,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+-\s+)?(Since\s[^,]+),"
)


def perfect_windows(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, each sized perfect-tense move of the day of writing with a window in its
    clause made that window's move."""
    out = list(claims)
    for i, claim in enumerate(out):
        if not _candidate(claim, reference):
            continue
        since = _window_start(s, claim, reference, first=i == _first_move(out))
        if since is not None and claim.session and since < claim.session:
            out[i] = replace(claim, measure=Measure.PERIOD_CHANGE, since=since)
    return out


def _candidate(claim: Claim, reference: date) -> bool:
    """ "the zloty has lost about 9%": a sized move in the present perfect, dated by no words
    of its own."""
    if claim.measure not in _MOVES or claim.size is None:
        return False
    if claim.session != reference and claim.time_words:
        return False
    if _DAY.search(claim.time_words):
        return False  # "has risen 2% on Monday" names its day
    return _PERFECT.search(claim.text) is not None


def _first_move(claims: list[Claim]) -> int:
    """The index of the sentence's first move, which a fronted window opens."""
    return next((i for i, c in enumerate(claims) if c.measure in _MOVES), -1)


def _window_start(s: str, claim: Claim, reference: date, first: bool) -> date | None:
    """The first day of the window told in the claim's clause ("this year", "since April 20",
    "in less than a month", "from its Jan. 26 peak"), or of a fronted "Since ...," that opens
    the sentence's first move."""
    end = _CLAUSE_END.search(s, claim.end)
    clause_end = end.start() if end else len(s)
    for opener in _OPENER.finditer(s, claim.start, clause_end):
        if _RANKED.search(s, max(0, opener.start() - 40), opener.start()):
            continue
        since = _resolved(s[opener.start() : clause_end], reference)
        if since is not None:
            return since
    if (counted := _COUNTED.search(s, claim.start, clause_end)) is not None:
        return _counted_back(counted, reference)
    fronted = _FRONTED.match(s) if first else None
    if fronted is not None and fronted.end() <= claim.start:
        return _resolved(fronted.group(1), reference)
    return None


def _counted_back(counted: re.Match[str], reference: date) -> date | None:
    """ "in less than a month" → a month before the day of writing; "in under two weeks" →
    fourteen days before it."""
    word = counted.group("n").lower()
    count = 1 if word in ("a", "an") else number_value(word)
    if not count:
        return None
    unit = counted.group("unit").lower()
    if unit == "week":
        return reference - timedelta(days=7 * count)
    return months_back(reference, count * (12 if unit == "year" else 1))


def _resolved(words: str, reference: date) -> date | None:
    """The window start the words open with: "this year" → 1 January, "from its Jan. 26 peak"
    → 26 January."""
    if words[:5].lower() == "from ":
        words = "since " + re.sub(r"^from\s+(?:its|their|the)\s+", "", words, flags=re.I)
    time = resolve_words(words, reference)
    if time is None or time.hint is not Hint.PERIOD:
        return None
    return time.since


def window_opening(s: str, low: int, high: int, reference: date) -> tuple[int, date, date] | None:
    """Where the last window told between low and high opens ("this year", "since April
    2021", "over the past month", "in a month"), with its first and last day; a record's look-back ("its
    highest since 2014") is none."""
    openers = [*_OPENER.finditer(s, low, high), *_SPAN.finditer(s, low, high)]
    for opener in sorted(openers, key=lambda m: m.start(), reverse=True):
        if _RANKED.search(s, max(0, opener.start() - 40), opener.start()):
            continue
        end = _CLAUSE_END.search(s, opener.end())
        time = resolve_words(s[opener.start() : end.start() if end else high], reference)
        if time is not None and time.hint is Hint.PERIOD and time.since is not None:
            return opener.start(), time.since, time.session or reference
    return None

"""A window's move told beside a day's, as a last resort: a leftover figure (``unclaimed``) with
a time phrase for a window in its clause is that window's move for the anchor's market
("..., knocking more than 13% off the index in two sessions", "leaving the metal up some 21%
since Russian troops crossed into Ukraine", "and the quarter 8.3% lower", "locking in a 19.2%
annual gain"). A figure measured from an earlier day's price ("6.1% below last Wednesday's
record close") is the move since that day; a distance from an undated mark ("3% below its April
peak") is left alone."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.period_sized import period_window
from dashboard.claims.timeresolve import months_back, resolve_words
from dashboard.claims.timewords import TIME_RE, Hint, TimeRef
from dashboard.claims.unclaimed import Leftover, direction
from dashboard.domain import Claim, Measure

_LOOK_BACK = re.compile(  # "its highest since 2014": a record's look-back, not a window
    r"\b(?:highest|lowest|biggest|steepest|best|worst|strongest|weakest|largest|sharpest"
    r"|tightest|widest|first|most|least)\b[^,;]*$",
    re.IGNORECASE,
)
_MEASURED_FROM = re.compile(  # "3% below its April peak": a distance from a mark, not a move
    r"\b(?:peak|high|record|low|top|trough|norm|average)\b", re.IGNORECASE
)
_COMPARED = re.compile(  # "6% below Friday's close", "50 bp above where it stood on April 17"
    r"\s*(?:(?:higher|lower|up|down|stronger|weaker|firmer|softer)\s+)?(?:above|below|under|over"
    r"|from|than|off)\b",
    re.IGNORECASE,
)
_OWNED_DAY = re.compile(  # "below last Wednesday's record close"
    r"\b((?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\b", re.IGNORECASE
)
_PER_WORD = re.compile(
    r"\s+(?P<period>annual|yearly|weekly|monthly|quarterly)\s+(?P<noun>[a-z]+)", re.IGNORECASE
)
_PERIOD_NOUN = re.compile(r"\bthe\s+(?P<period>week|month|quarter|year)\s*$", re.IGNORECASE)


def window_move(s: str, left: Leftover) -> Claim | None:
    """The window's move a leftover figure states, or None without a window in its clause."""
    per = _PER_WORD.match(s, left.figure.end())  # "locking in a 19.2% annual gain"
    if per is not None and per.group("noun").lower() in MOVE_NOUNS:
        return _per_period(s, left, per)
    way = direction(left.left(s), left.right(s))
    window = _window(s, left)
    if way is None or window is None:
        return None
    (start, end), time = window
    if _day_before_close(s, end, time, left.session):  # "10% stronger than Tuesday's close"
        kind = left.anchor.measure
        intraday = kind in (Measure.LEVEL, Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)
        measure = Measure.INTRADAY_CHANGE if intraday else Measure.SESSION_CHANGE
        return left.claim(s, (start, end), measure, way, time_words=left.anchor.time_words)
    early = time.session is not None and time.session < left.session  # "last month"
    session = time.session if early else left.session
    return left.claim(
        s,
        (start, end),
        Measure.PERIOD_CHANGE,
        way,
        session=session,
        since=time.since,
        time_words=time.words,
    )


_CLOSE_NOUN = re.compile(r"\s+(?:close|closing\s+level|settlement|settle|finish)\b", re.I)


def _day_before_close(s: str, end: int, time: TimeRef, session: date) -> bool:
    """A figure measured from the close of the session before: the day's own move."""
    if time.since is None or _CLOSE_NOUN.match(s, end) is None:
        return False
    before = session - timedelta(days=1)
    while before.weekday() > 4:
        before -= timedelta(days=1)
    return time.since == before


def _per_period(s: str, left: Leftover, per: re.Match[str]) -> Claim | None:
    time = period_window(per.group("period"), left.session)
    if time is None or time.since is None:
        return None
    way = MOVE_NOUNS[per.group("noun").lower()]
    span = (left.figure.start(), per.end())
    return left.claim(
        s, span, Measure.PERIOD_CHANGE, way, since=time.since, time_words=per.group("period")
    )


def _window(s: str, left: Leftover) -> tuple[tuple[int, int], TimeRef] | None:
    """The window's time phrase in the figure's clause, with the claim's span."""
    m = left.figure
    if _COMPARED.match(s, m.end()) and (day := _day_compared(s, left)) is not None:
        return day
    if (where := _where_it_was(s, left)) is not None:
        return where  # "10 basis points above where it was a week earlier"
    if _MEASURED_FROM.search(s, m.end(), left.end):
        return None
    noun = _PERIOD_NOUN.search(s, left.start, m.start())  # "and the quarter 8.3% lower"
    if noun is not None and (time := period_window(noun.group("period"), left.session)):
        return (noun.start(), m.end()), replace(time, words=noun.group(0).strip())
    for found in TIME_RE.finditer(s, left.start, left.end):
        if found.start() < m.end() and found.end() > m.start():
            continue
        if found.group(0)[:6].lower() == "since " and _LOOK_BACK.search(
            s, left.start, found.start()
        ):
            continue
        time = resolve_words(s[found.start() :], left.session)
        if time is not None and time.since is not None:
            return (min(found.start(), m.start()), max(found.end(), m.end())), time
    return None


def _day_compared(s: str, left: Leftover) -> tuple[tuple[int, int], TimeRef] | None:
    """A figure measured from an earlier day's price: the window runs from that day."""
    days = [*_OWNED_DAY.finditer(s, left.figure.end(), left.end)]
    for found in days or TIME_RE.finditer(s, left.figure.end(), left.end):
        time = resolve_words(found.group(1) if days else s[found.start() :], left.session)
        if time is None or time.since is not None or time.session is None:
            continue
        if time.session < left.session:
            window = TimeRef(time.words, left.session, time.session, time.hint)
            return (left.figure.start(), found.end()), window
    return None


_WHERE = re.compile(
    r"\s*(?:above|below|over|under)\s+where\s+(?:it|they)\s+(?:was|were|stood|started|began"
    r"|opened|ended|finished|closed|traded)\s+(?P<when>[^,;]*?)\s*(?=[,;]|\.?$)",
    re.IGNORECASE,
)
_AGO = re.compile(r"an?\s+(?P<unit>month|year)\s+(?:earlier|ago|before)", re.IGNORECASE)
_PERIOD_START = re.compile(r"the\s+(?P<period>week|month|quarter|year)", re.IGNORECASE)


def _where_it_was(s: str, left: Leftover) -> tuple[tuple[int, int], TimeRef] | None:
    """ "25 basis points below where it started the month": the move since that point."""
    found = _WHERE.match(s, left.figure.end())
    if found is None:
        return None
    when, session = found.group("when"), left.session
    span = (left.figure.start(), found.end())
    if (ago := _AGO.fullmatch(when)) is not None:
        years = ago.group("unit").lower() == "year"
        since = months_back(session, 12 if years else 1)
        return span, TimeRef(when, session, since, Hint.PERIOD)
    if (period := _PERIOD_START.fullmatch(when)) is not None:
        window = period_window(period.group("period"), session)
        return (span, replace(window, words=when)) if window is not None else None
    time = resolve_words(when, session)
    if time is None or time.session is None or time.since is not None or time.session >= session:
        return None
    return span, TimeRef(when, session, time.session, Hint.PERIOD)

"""A market's distance from an earlier mark, told after its day's move ("..., leaving it about
26% below its record close of 3,305.21 from July 6 last year", "still about 40% short of its
Oct. 9, 2007 record close", "more than 12% stronger than the 38-year low it plumbed on July 3",
"about 8% off its April 22 record", "2.5% below its record high on Friday"): the move since that mark, to the day of the claim before
it (the window starts on the mark's day; a mark told only by its month or year is left alone:
the corpus labels it both ways)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lookback import since_date
from dashboard.claims.mark_days import weekday_mark
from dashboard.claims.timewords import _MONTH
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit

_FROM = re.compile(
    r"\b(?:(?P<hedge>about|nearly|almost|roughly|some|around|more\s+than|over|just\s+over"
    r"|less\s+than)\s+)?(?P<num>\d+(?:\.\d+)?)(?:%|\s+percent)\s+(?P<side>below|above|short\s+of"
    r"|off|under|stronger\s+than|weaker\s+than|higher\s+than|lower\s+than)\s+"
    r"(?P<mark>(?:[^,;]|,(?=\s?\d)|,(?=\s+on\s+[A-Z])){0,70}?\b(?:record|peak|high|low|top|trough|close"
    r"|start\s+of\s+(?:the|this)\s+(?:year|month|quarter))s?\b"
    r"(?:[^,;]|,(?=\d)|,(?=\s+on\s+[A-Z])){0,50}?)"  # "set eight sessions earlier, on Feb. 19"
    r"(?=\s*[,;](?!\d)(?!\s+on\s+[A-Z])|\.(?!\s*\d)|\s+(?:but|and|while|as|after|though|amid)\b|\s*$)",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})\b(?:(?:['’]s)|,?\s+(?P<year>(?:19|20)\d\d))?"
    r"(?P<last>\s+last\s+year)?",
    re.IGNORECASE,
)
_PERIOD_START = re.compile(r"start\s+of\s+(?:the|this)\s+(year|month|quarter)", re.I)
_OTHER_SUBJECT = re.compile(
    r"\b(?:and|while|but|whereas)\s+(?:the\s+)?[A-Z]|\b(?:shares|stocks?|stake)\b"
)
_DOWN = ("below", "short of", "off", "under", "weaker than", "lower than")
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)


def moves_from_marks(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the move from each earlier mark the words after a claim tell."""
    if "%" not in s and "percent" not in s:
        return claims
    out = list(claims)
    for m in _FROM.finditer(s):
        way = Direction.DOWN if " ".join(m.group("side").lower().split()) in _DOWN else Direction.UP
        size = float(m.group("num"))
        read = [
            i
            for i, c in enumerate(out)
            if c.start <= m.start("num") < c.end and (c.direction, c.size) == (way, size)
        ]
        if read:  # read already; "leaving the index 29.5% below its Feb. 19 close": its window
            _dated(out, read[0], m)
            continue
        before = [c for c in out if c.start < m.start() and c.measure in (*_MOVES, Measure.LEVEL)]
        if not before or before[-1].session is None or before[-1].measure is Measure.LEVEL:
            continue  # "ended the quarter at $9,050, some 12% below ...": left to the close
        if _OTHER_SUBJECT.search(s, before[-1].end, m.start()):
            continue  # "The S&P 500 rose 1%, and Nvidia shares are now 10% below ..."
        claim = _claim(s, m, before[-1])
        if claim.since is not None:  # "still 3% below its April peak": labelled either way
            out.append(claim)
    return sorted(out, key=lambda c: c.start)


def _dated(out: list[Claim], index: int, m: re.Match[str]) -> None:
    """A move over a window read already, given the day of the mark it is measured from."""
    claim = out[index]
    if claim.measure is Measure.PERIOD_CHANGE and claim.since is None and claim.session:
        since = _mark_day(m.group("mark"), claim.session)
        out[index] = replace(claim, since=since) if since else claim


def _claim(s: str, m: re.Match[str], host: Claim) -> Claim:
    side = " ".join(m.group("side").lower().split())
    way = Direction.DOWN if side in _DOWN else Direction.UP
    assert host.session is not None
    return replace(
        host,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=float(m.group("num")),
        unit=Unit.PERCENT,
        hedge=fig.hedge_of(m.group("hedge")) if m.group("hedge") else Hedge.EXACT,
        level=None,
        since=_mark_day(m.group("mark"), host.session),
        time_words="",
    )


def _mark_day(mark: str, session: date) -> date | None:
    """The mark's own day ("its March 9 closing low", "from July 6 last year", "than at the
    start of the year"), if it names one."""
    start = _PERIOD_START.search(mark)
    if start is not None:
        months = {"year": 12, "quarter": 3, "month": 1}[start.group(1).lower()]
        return date(session.year, session.month - (session.month - 1) % months, 1)
    found = _DAY.search(mark)
    if found is None:
        return weekday_mark(mark, session)
    phrase = f"since {found.group('month')} {found.group('day')}"
    if found.group("year"):
        phrase += f", {found.group('year')}"
    day = since_date(phrase, session)
    if day is not None and found.group("last") and not found.group("year"):
        day = day.replace(year=session.year - 1)
    return day

"""A gap from a dated record ("now sits nearly 19% below the all-time high it set on July 11",
"leaving it more than 70% below the record $147.50 it hit on July 11"): like "down 19% from its
record close on July 11", a move over the window from that day, and that day's record."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.folding import holds
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Claim, Direction, Measure

_SIDE = r"below|under|beneath|off|above|adrift\s+of"  # not "shy of": nearness (corpus README)
_LEVEL = r"[$€£]?\d[\d,]*(?:\.\d+)?"
_FIG = r"(?P<fig>" + SIZED_FIGURE + r"|(?:(?:" + fig.HEDGE + r")\s+)?(?:" + fig.FRACTION + r"))"
_GAP = re.compile(
    _FIG  # "roughly a third below the record it set on March 7"
    + r"\s+(?P<side>"
    + _SIDE
    + r")\s+(?:its|their|the)\s+(?:(?P<before>"  # "13.6% adrift of the 4,796.56 record close"
    + _LEVEL
    + r")\s+)?(?:(?:record|all-time|lifetime)\s+(?:(?:closing|intraday)\s+)?(?P<hl>high|low|peak"
    r"|trough|close)|record)(?:\s+(?:of\s+)?(?P<level>" + _LEVEL + r"))?"
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|they)\s+)?(?:had\s+)?(?:set|hit|reached|touched|struck"
    r"|scaled|notched|marked|posted)\s+",
    re.IGNORECASE,
)
_DAY_GAP = re.compile(  # "more than $160 below last Thursday's record of $2,072.50"
    _FIG
    + r"\s+(?P<side>"
    + _SIDE
    + r")\s+(?P<day>(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))['’]s"
    r"\s+(?:(?:record|all-time|lifetime)\s+(?:(?:closing|intraday)\s+)?(?P<hl>high|low|peak|trough"
    r"|close)|record)(?:\s+(?:of\s+)?(?P<level>" + _LEVEL + r"))?(?P<before>)",
    re.IGNORECASE,
)
_SIDES = re.compile(r"\b(?:" + _SIDE + r")\s+(?:its|their|the|last|\w+day['’]s)\s", re.I)
_SIDE_WORDS = ("below", "under", "beneath", "off", "above", "adrift")
_FORECAST = re.compile(  # (not the month: "its cheapest since May 2009 and 57% beneath")
    r"\b(?:would|could|might|(?-i:may)|will|should|to)\s+[^,;]*$", re.IGNORECASE
)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.LEVEL, Measure.OPEN_MOVE)


def peak_gaps(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, with each gap from a dated record after a claim on the same market: a
    period_change from the record's day and the record itself."""
    if not holds(s, _SIDE_WORDS) or not _SIDES.search(s):
        return claims
    out = list(claims)
    for m in [*_GAP.finditer(s), *_DAY_GAP.finditer(s)]:
        subject = next((c for c in reversed(claims) if c.end <= m.start()), None)
        made = _gap(s, m, subject, reference) if subject is not None else []
        if made and not any(_same(c, made[0]) for c in out):
            out.extend(made)
    return out


def _gap(s: str, m: re.Match[str], subject: Claim, reference: date) -> list[Claim]:
    """The window's move and the dated record, when the words name the day it was set."""
    day = m.groupdict().get("day")
    when = TIME_RE.fullmatch(s, m.start("day"), m.end("day")) if day else TIME_RE.match(s, m.end())
    told = resolve(when, reference) if when else None
    if when is None or told is None or told.session is None or told.hint is Hint.PERIOD:
        return []  # "the record high it set in 2011": no day to start the window
    if _FORECAST.search(s, max(0, m.start() - 60), m.start()):
        return []  # "would leave it 10% below the record it set on Jan. 3"
    peak = (m.group("hl") or "high").lower() not in ("low", "trough")
    if peak != (m.group("side").lower() != "above"):
        return []  # "below its record low": no gap from it
    session = subject.session if subject.measure in _MOVES and subject.session else reference
    if session <= told.session:
        return []
    size = fig.size_from(fig.FIGURE_RE.match(m.group("fig")))  # type: ignore[arg-type]
    told_level = m.group("level") or m.group("before")
    level = fig.number(told_level.lstrip("$€£")) if told_level else None
    end = max(m.end(), when.end())
    base = replace(
        subject,
        text=s[m.start() : end],
        start=m.start(),
        end=end,
        time_words=when.group(0),
        level=None,
    )
    gap_way, record_way = (Direction.DOWN, Direction.UP) if peak else (Direction.UP, Direction.DOWN)
    window = replace(
        base,
        measure=Measure.PERIOD_CHANGE,
        direction=gap_way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        session=session,
        since=told.session,
    )
    record = replace(
        base, measure=Measure.RECORD, direction=record_way, size=None, unit=None, level=level
    )
    return [window, replace(record, session=told.session, since=None)]


def _same(claim: Claim, window: Claim) -> bool:
    """An existing claim on the same window already states this gap."""
    key = (window.instrument, window.measure, window.since)
    return (claim.instrument, claim.measure, claim.since) == key

"""Noun references to an earlier record dated by a calendar date or a weekday ("some 11% below
Aug. 10's all-time high of $8.49", "below its Sept. 26 record close", "the record close of
42,224.02 from July 11", "off the record $13.63-1/2 it touched on March 8"): the record claim
on the day named, with its level, for the market of the claim just before it. They often sit
inside a period's span ("6% below Tuesday's record of ..."), which keeps its own claim; a
relative clause with a verb of reaching ("it touched on March 8") is that day's extreme too."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import EXTREME_VERBS
from dashboard.claims.lookback import ago_date
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import _MONTH, MONTHS, date_near, sessions_back
from dashboard.claims.unclaimed import about_anchor
from dashboard.domain import Claim, Direction, Hedge, Measure

_MONTH_DAY = _MONTH + r"\s+\d{1,2}(?!\d)(?:,\s+(?:19|20)\d\d\b,?)?"  # "its Oct. 16, 2007, record"
_WEEKDAY = r"(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday)|yesterday"
# "record", "all-time high", "seven-year high", "12-year closing low", "record close"
_RECORD = (
    r"(?:(?:record|all-time|lifetime)(?:\s+(?:closing|intraday|settlement)\s+)?"
    r"|(?P<ago>[a-z\d]+(?:-and-a-half)?)[\s-](?:year|month|week|decade)\s+"
    r"(?:(?:closing|intraday)\s+)?(?=high|low|peak|trough))"
    r"(?:\s*(?P<hl>high|low|peak|trough|close|settlement|closing\s+level)\b)?"
)
# "its Nov. 10 record of roughly $69,000", "the record of close to $20,000 it set on Sunday"
HEDGED = r"(?:(?:close\s+to|roughly|about|around|almost|nearly|some|just\s+(?:over|under))\s+)?"
_LEVEL = r"(?:\s+of\s+" + HEDGED + fig.VALUE + r")?"
_ENDS = r"(?![\w-])"
_CLAUSE_ENDS = (  # a bare "record" ends its phrase: not "Monday's record 11.4% surge"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|at|and|but|as|after|before|while|when|amid|against|versus"
    r"|to|from|that|which|though|although|even)\b)"
)
_DAY = r"(?P<day>" + _MONTH_DAY + r"|" + _WEEKDAY + r")"
_TAIL = _LEVEL + _CLAUSE_ENDS
_PATTERNS = (
    # "Aug. 10's all-time high of $8.49", "Tuesday's record of $3,500.05"
    re.compile(
        r"\b" + _DAY + r"['’]s\s+" + _RECORD + _TAIL,
        re.IGNORECASE,
    ),
    # "after Monday's slide to a lifetime low of 87.95": the record a dated move reached
    re.compile(
        r"\b"
        + _DAY
        + r"['’]s\s+(?:[a-z-]+\s+)?(?:slide|drop|fall|plunge|slump|selloff|sell-off|rout"
        r"|rally|surge|jump|rise|climb|advance|decline)\s+to\s+(?:a|an|its|their)\s+"
        + _RECORD
        + _TAIL,
        re.IGNORECASE,
    ),
    # "its Sept. 26 record close", "the Jan. 20 record of $109,071"
    re.compile(
        r"\b(?:its|their|the)\s+(?P<day>" + _MONTH_DAY + r")\s+" + _RECORD + _TAIL,
        re.IGNORECASE,
    ),
    # "the record close of 42,224.02 from July 11", "the all-time high set on Aug. 7"
    re.compile(
        r"\b(?:its|their|the)\s+"
        + _RECORD
        + _LEVEL
        + r"\s+(?:from|set\s+on|reached\s+on)\s+"
        + _DAY
        + _ENDS,
        re.IGNORECASE,
    ),
    # "since its record close on March 3" (not "came within $5 of its record on Tuesday")
    re.compile(
        r"(?<=\bsince\s)(?:its|their|the)\s+" + _RECORD + _LEVEL + r"\s+on\s+" + _DAY + _ENDS,
        re.IGNORECASE,
    ),
    # "the record $13.63-1/2 it touched on March 8", "the all-time trough of 121.53 it plumbed
    # last Thursday", "the record close of 8,555.80 the S&P/ASX 200 had notched on Friday"
    re.compile(
        r"\b(?:its|their|the)\s+" + _RECORD + r"(?:\s+(?:of\s+)?" + HEDGED + fig.VALUE + r")?"
        r"\s+(?:it|they|the\s+[\w&/.-]+(?:\s+[\w&/.-]+){0,3}?)\s+(?:had\s+)?(?P<verb>[a-z]+)\s+"
        r"(?:(?:on\s+)?" + _DAY + r"|(?P<back>a\s+day"
        r"\s+(?:earlier|before)|the\s+(?:previous|prior)\s+(?:day|session)|the\s+day\s+before))"
        + _ENDS,  # "the three-year low of 97.92 it touched a day earlier"
        re.IGNORECASE,
    ),
)
# "off an all-time peak of $10,747.50 struck earlier in the session": that same day's
_SAME_DAY = re.compile(
    r"\b(?:its|their|the|an?)\s+" + _RECORD + r"\s+(?:of\s+)?" + fig.VALUE + r"\s+"
    r"(?:(?:it|they)\s+(?:had\s+)?)?(?P<verb>struck|hit|set|reached|touched|plumbed|notched)"
    r"\s+(?P<same>earlier\s+in\s+the\s+(?:session|day))" + _ENDS,
    re.IGNORECASE,
)
_DATE = re.compile(
    r"(?P<month>[a-z]{3})[a-z]*\.?\s+(?P<mday>\d{1,2}),?(?:\s+(?P<year>\d{4}))?", re.IGNORECASE
)
_HINT = re.compile(r"record|all-time|lifetime|-year|-month|-week|-decade", re.IGNORECASE)
_DOWN = ("low", "trough")
_READ = (Measure.RECORD, Measure.BIGGEST_MOVE)
_CLOSES = ("clos", "settle")
_SETTING = ("set", "notched", "posted", "marked")


def dated_records(
    s: str, claims: list[Claim], reference: date, mentions: list[Mention]
) -> list[Claim]:
    """The claims, with a record claim for each dated earlier record no claim has read."""
    if not _HINT.search(s):
        return claims
    out = records_dated_by(s, claims, reference, mentions, (*_PATTERNS, _SAME_DAY))
    return told_days(claims, out) if _SET_ONLY.search(s) else out


def records_past_windows(
    s: str, claims: list[Claim], reference: date, mentions: list[Mention]
) -> list[Claim]:
    """A dated record that a window's distance is told from, read once that window is a claim
    ("the blue-chip index remains roughly 23% below its Feb. 12 record"): the window's market."""
    windows = [c for c in claims if c.measure is Measure.PERIOD_CHANGE and c.since is not None]
    if not windows or not _HINT.search(s):
        return claims
    out = records_dated_by(s, claims, reference, mentions, _PATTERNS[:5])
    kept = set(map(id, claims))
    return [c for c in out if id(c) in kept or any(w.start < c.start < w.end for w in windows)]


_SET_ONLY = re.compile(  # a record set, posted or notched, or one "hit on" with no subject
    r"\b(?:set|posted|notched|marked)\s+(?:on|last|earlier|the\s+previous)\b"
    r"|(?<!\bit\s)(?<!\bthey\s)\b(?:hit|reached|struck|touched)\s+(?:on|last|earlier)\b",
    re.IGNORECASE,
)


def told_days(claims: list[Claim], out: list[Claim]) -> list[Claim]:
    """``out`` without the extremes and closes made for an earlier record on a day no claim
    of ``claims`` is about ("the record $147.27 it hit on July 11": the record alone)."""
    before = set(map(id, claims))
    sessions = {c.session for c in claims if c.measure is not Measure.RECORD}
    return [
        c for c in out if id(c) in before or c.measure is Measure.RECORD or c.session in sessions
    ]


def records_dated_by(
    s: str,
    claims: list[Claim],
    reference: date,
    mentions: list[Mention],
    patterns: tuple[re.Pattern[str], ...],
) -> list[Claim]:
    """The claims, with a record claim for each match of ``patterns`` (groups ``day`` or
    ``back``/``same``, ``hl``, ``ago``, ``verb`` and a ``VALUE``) no claim has read."""
    out = list(claims)
    for pattern in patterns:
        for m in pattern.finditer(s):
            read = [
                c for c in out if c.start < m.end() and c.end > m.start() and c.measure in _READ
            ]
            base = read[0] if read else None  # its market, when a claim read the words already
            rest = [c for c in out if c not in read]
            made = _claims_for(s, m, rest, reference, base, mentions)
            if made and all(_undated(c, m, made[-1]) for c in read):
                out = [c for c in out if c not in read] + made  # read without its day
                out = [_from_mark(c, m, made[-1]) for c in out]
    return out


def _from_mark(claim: Claim, m: re.Match[str], record: Claim) -> Claim:
    """ "clawed back 0.6% from the three-year low of 97.92 it touched a day earlier": a move
    from the dated mark (whose price is no level reached); from the session before, the day's."""
    if claim.measure is not Measure.PERIOD_CHANGE or claim.since is not None:
        return claim
    if claim.instrument != record.instrument or not claim.end <= m.end() + 2:
        return claim
    if claim.session is None or record.session is None or claim.start >= m.start():
        return claim
    level = None if claim.level == record.level else claim.level
    if sessions_back(claim.session, 1) == record.session:
        return replace(claim, measure=Measure.SESSION_CHANGE, level=level)
    return replace(claim, since=record.session, level=level)


def _undated(claim: Claim, m: re.Match[str], record: Claim) -> bool:
    """A record read from the words inside the dated phrase, but not on the day it names."""
    inside = m.start() <= claim.start and claim.end <= m.end()
    # "retreating from the record close of 8,555.80 the S&P/ASX 200 had notched on Friday"
    ends_inside = m.start() < claim.end <= m.end() and claim.level is not None
    ends_inside = ends_inside and claim.level == record.level
    inside = inside or ends_inside
    return claim.measure is Measure.RECORD and inside and claim.session != record.session


def _day(words: str, reference: date) -> date | None:
    """The day a weekday or a calendar date ("Aug. 10", "Oct. 16, 2007,") names."""
    found = _DATE.match(words)
    if found is None:
        time = resolve_words(words, reference)
        return time.session if time is not None and time.since is None else None
    year = int(found.group("year")) if found.group("year") else None
    month = MONTHS[found.group("month").lower()[:3]]
    return date_near(reference, month, int(found.group("mday")), year)


def _claims_for(
    s: str,
    m: re.Match[str],
    claims: list[Claim],
    reference: date,
    base: Claim | None,
    mentions: list[Mention],
) -> list[Claim]:
    verb = (m.groupdict().get("verb") or "").lower()
    if verb and verb not in EXTREME_VERBS and verb not in _SETTING:
        return []
    before = [c for c in claims if c.start <= m.start() and c.measure is not Measure.RECORD]
    if base is None and not (before and about_anchor(s, before[-1], m.start(), mentions)):
        return []  # "..., and Nvidia shares are now 10% below their June 18 record close"
    anchor = base or before[-1]
    back, same = m.groupdict().get("back"), m.groupdict().get("same")
    told = anchor.session or reference
    if same or back:
        session: date | None = sessions_back(told, 1) if back else told
    else:
        session = _day(m["day"], reference)
    if session is None or session > reference:
        return []
    if any(
        c.measure is Measure.RECORD and c.instrument == anchor.instrument and c.session == session
        for c in claims
    ):
        return []
    said = (m.group("hl") or "").lower()
    way = Direction.DOWN if said in _DOWN else Direction.UP
    since = ago_date(m.group(0), session) if m.group("ago") else None
    level = fig.level_from(m).value if m.group("num") else None
    record = record_at(anchor, m, way, session, level, since, back or same or m["day"])
    if not verb or level is None:
        return [record]
    if any(w in m.group(0).lower() for w in _CLOSES):  # "the record close it set": a level
        level_claim = replace(record, measure=Measure.LEVEL, direction=Direction.NONE, since=None)
        return [level_claim, record]
    return [replace(record, measure=Measure.INTRADAY_EXTREME, since=None), record]


def record_at(
    anchor: Claim,
    m: re.Match[str],
    way: Direction,
    session: date,
    level: float | None = None,
    since: date | None = None,
    time_words: str = "",
) -> Claim:
    """The record a matched phrase names ("its record close on Monday", "the record $2,431.29 it
    struck on Friday") on the anchor claim's market, spanning the phrase."""
    return replace(
        anchor,
        text=m.group(0),
        start=m.start(),
        end=m.end(),
        measure=Measure.RECORD,
        direction=way,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=level,
        session=session,
        since=since,
        time_words=time_words,
    )

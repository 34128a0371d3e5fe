"""A market's first close past a round mark told outside the main clause: "a day after it first
closed above 40,000", "a session after the S&P/ASX 200 notched its first close above 8,000
points", "which first closed above 25,000 on Thursday", "A day after the Dow's first close
above 20,000". The mark never closed past before is an all-time extreme: a record claim with
the mark as its level, and, when a verb tells the close ("first closed", "posted its first
finish"), a level claim too. A noun alone ("a day after its first close above 10,000") is a
reference to an earlier record, so only the record claim. The day is the one the clause
names, the session before the main claim's after "a day after", else the main claim's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import sessions_back
from dashboard.domain import Claim, Direction, Hedge, Measure

_SIDE = r"(?P<side>above|over|past|north\s+of|below|under|beneath|south\s+of)\s+(?:the\s+)?"
_NOUN = re.compile(  # "its first close above 8,000", "the Dow's first finish north of 20,000"
    r"\bfirst(?:-ever|\s+ever)?\s+(?:close|finish|settlement|closing\s+level)\s+"
    + _SIDE
    + fig.VALUE,
    re.IGNORECASE,
)
_VERB = re.compile(  # "it first closed above 40,000", "which first ended above 25,000"
    r"\bfirst\s+(?:closed|finished|ended|settled)\s+" + _SIDE + fig.VALUE,
    re.IGNORECASE,
)
_TOLD = re.compile(  # a verb that tells the first close: "notched its first close"
    r"\b(?:posted|notched|logged|recorded|booked|scored|marked|made|clinched|chalked\s+up)"
    r"\s+(?:its|their|a)\s+$",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    r"\b(?:a|one|the)\s+(?:trading\s+)?(?:day|session)\s+after\s+(?:[\w&/.'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
_LATER = re.compile(r"\s*(?:,\s*)?(?:only\s+|intraday\s+)?", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]|\b(?:while|whereas|and|but|as|after)\s", re.IGNORECASE)
_PROPER = re.compile(r"\b[A-Z][a-z]")  # a name no mention read
_ANCHOR = re.compile(  # "its first close above 9,300 since July": the look-back's start
    r"\s+(?P<since>since\s+[^,;.]{1,30}?)(?=\s*[,;.]|\s*$|\s+(?:as|after|on|and)\b)"
    r"|\s+(?P<ago>in\s+(?:more\s+than\s+|over\s+)?[\w-]+\s+(?:years?|decades?|months?))\b",
    re.IGNORECASE,
)
_POINTING = re.compile(r"\b(?:it|its|they|their|which|the\s+index)\b", re.IGNORECASE)


def first_closes(
    s: str, claims: list[Claim], reference: date, mentions: list[Mention]
) -> list[Claim]:
    """The claims, with a record (and a level when a verb tells it) for each first close past
    a mark that no claim read."""
    if "first" not in s.lower():
        return claims
    out = list(claims)
    for pattern in (_NOUN, _VERB):
        for m in pattern.finditer(s):
            if any(_reads(c, m) for c in out):
                continue  # read already: "closed at 8,012.53, its first finish above 8,000"
            out.extend(_claims_for(s, m, out, reference, mentions, pattern is _VERB))
    return sorted(out, key=lambda c: c.start)


def _claims_for(
    s: str,
    m: re.Match[str],
    claims: list[Claim],
    reference: date,
    mentions: list[Mention],
    verb: bool,
) -> list[Claim]:
    """The record (and level) for one first close: its market, its day, its way."""
    opening = _opening(s, m.start())
    anchor = _anchor(claims, m)
    if anchor is None:
        return []
    instrument = _named(s, opening, m.start(), mentions)
    if instrument is None and _PROPER.search(s, opening, m.start()):
        return []  # a market the registry does not hold: "after New Zealand's index had its"
    pointed = instrument is not None or _POINTING.search(s, opening, m.start())
    if not pointed and (anchor.start > m.start() or opening < anchor.start):
        return []  # another market's close: "after a rival index's first close"
    day = _day(s, m, opening, anchor, reference)
    if day is None or day > reference:
        return []
    side = m.group("side").lower()
    way = (
        Direction.DOWN if side.startswith(("below", "under", "beneath", "south")) else Direction.UP
    )
    record = replace(
        anchor,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        instrument=instrument or anchor.instrument,
        inverse=False if instrument else anchor.inverse,
        measure=Measure.RECORD,
        direction=way,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=fig.level_from(m).value,
        session=day,
        since=_since(s, m, day),
        time_words=s[opening : m.start()].strip() or anchor.time_words,
    )
    if any(_same(c, record) for c in claims):
        return []
    if not (verb or _TOLD.search(s, max(0, m.start() - 40), m.start())):
        return [record]
    return [replace(record, measure=Measure.LEVEL, direction=Direction.NONE), record]


def _reads(claim: Claim, m: re.Match[str]) -> bool:
    """Whether a claim already read the first close: a record or the mark's level in its words
    (a main clause's span may hold a relative clause: "X, which first closed above ...")."""
    overlaps = claim.start < m.end() and claim.end > m.start()
    mark = fig.level_from(m).value
    return overlaps and (claim.measure is Measure.RECORD or claim.level == mark)


def _same(claim: Claim, record: Claim) -> bool:
    """Whether a claim already says a record for this market and day ("to a record close of
    10,006.78 on Monday, its first finish above 10,000": the same close told twice)."""
    told = claim.measure is Measure.RECORD and claim.instrument == record.instrument
    return told and claim.session == record.session


def _opening(s: str, at: int) -> int:
    """Where the clause holding the first close starts: after the last comma or clause word."""
    start = 0
    for found in _CLAUSE.finditer(s, 0, at):
        start = found.end()
    return start


def _anchor(claims: list[Claim], m: re.Match[str]) -> Claim | None:
    """The claim the first close hangs on: the last one before it, else the first one after
    ("A day after the Dow's first close above 20,000, the blue-chip index added 32 points"), or
    the one whose words hold it ("X, which first closed above 25,000 on Thursday, slipped")."""
    before = [c for c in claims if c.end <= m.start()]
    around = [c for c in claims if c.start <= m.start() and c.end >= m.end()]
    after = [c for c in claims if c.start >= m.end()]
    found = before[-1:] or around or after
    return found[0] if found else None


def _named(s: str, start: int, at: int, mentions: list[Mention]) -> str | None:
    """The market named inside the clause before the first close ("the Nikkei posted its
    first finish"), if any."""
    named = [
        x.instrument.id
        for x in mentions
        if start <= x.start < at and x.instrument is not None and not x.anaphor
    ]
    return named[-1] if named else None


def _day(s: str, m: re.Match[str], opening: int, anchor: Claim, reference: date) -> date | None:
    """The day of the first close: its own time words ("first closed above 25,000 on
    Thursday"), the session before the main claim's after "a day after", else the main
    claim's."""
    later = _LATER.match(s, m.end())
    own = resolve_words(s[later.end() if later else m.end() :], reference)
    if own is not None and own.session is not None and own.since is None:
        return own.session
    told = anchor.session or reference
    if _DAY_AFTER.search(s, max(0, opening - 20), m.start()):
        return sessions_back(told, 1)
    return told


def _since(s: str, m: re.Match[str], day: date) -> date | None:
    """The look-back start a first close names ("since July", "in five years"); None for an
    all-time first ("its first close above 8,000", "in the index's history")."""
    told = _ANCHOR.match(s, m.end())
    if told is None:
        return None
    if told.group("since"):
        return since_date(told.group("since"), day)
    return ago_date(told.group("ago"), day)

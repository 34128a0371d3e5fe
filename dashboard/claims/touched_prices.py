"""A price a market reached, named as the mark a later price stands off ("settled at $123.21,
well off the $139.13 it hit overnight, its highest since 2008", "below the 161.95 it touched on
July 3"): the day's extreme at that level, for the market of the claim just before it, on the
day its own time words name (else that claim's day). A record set off right after it is the
record of that price and day, not of the claim before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.unclaimed import about_anchor
from dashboard.domain import Claim, Direction, Hedge, Measure

_TOUCHED = re.compile(
    r"\b(?P<lead>off|below|under|beneath|short\s+of|shy\s+of|down\s+from|above|up\s+from)\s+"
    r"the\s+" + fig.VALUE + r"(?:\s+(?:yen|rupees|roubles|rubles|yuan|pesos|per\s+\w+))?"
    r"\s+(?:it|they)\s+(?:had\s+)?(?:hit|touched|reached|struck|scaled|tested)\b"
    r"(?P<time>[^,;.]{0,40}?)(?=\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(r"\s*,\s*(?:its|the|their)\s+(?:highest|lowest|strongest|weakest)\b")
_HIGH_SIDE = ("off", "below", "under", "beneath", "short", "shy", "down")


def touched_prices(
    s: str, claims: list[Claim], reference: date, mentions: list[Mention]
) -> list[Claim]:
    """The claims, with the day's extreme for each such price, and its record set right."""
    if " it " not in s and " they " not in s:
        return claims
    out = list(claims)
    for m in _TOUCHED.finditer(s):
        before = [c for c in out if c.end <= m.start() and c.measure is not Measure.RECORD]
        if not before or not about_anchor(s, before[-1], m.start("num"), mentions):
            continue
        anchor = before[-1]
        session = _day(m.group("time"), anchor.session or reference, reference)
        if session is None:
            continue
        high = m.group("lead").split()[0].lower() in _HIGH_SIDE  # the subject's side, as its way
        way = Direction.UP if high else Direction.DOWN
        extreme = replace(
            anchor,
            text=s[m.start("num") : m.end()],
            start=m.start("num"),
            end=m.end(),
            measure=Measure.INTRADAY_EXTREME,
            direction=way,
            size=None,
            unit=None,
            hedge=Hedge.EXACT,
            level=fig.level_from(m).value,
            session=session,
            since=None,
            time_words=m.group("time").strip(),
        )
        out = [*_with_record(s, m, out, extreme), extreme]
    return sorted(out, key=lambda c: c.start)


def _day(words: str, fallback: date, reference: date) -> date | None:
    """The day the time words after the verb name ("overnight", "on July 3"), else
    ``fallback``; None when they name a window or a day after the reference."""
    words = words.strip()
    if not words:
        return fallback
    time = resolve_words(words, reference)
    if time is None:
        return fallback if words.lower().startswith(("earlier", "in ")) else None
    if time.since is not None or (time.session or reference) > reference:
        return None
    return time.session or fallback  # "earlier in the day", "in early trade": the claim's day


def _with_record(s: str, m: re.Match[str], claims: list[Claim], extreme: Claim) -> list[Claim]:
    """A record set off right after the price ("..., its highest since 2008") is that price's,
    on its day."""
    after = _RECORD_AFTER.match(s, m.end())
    if after is None:
        return claims
    return [
        replace(c, level=extreme.level, session=extreme.session)
        if c.measure is Measure.RECORD
        and c.instrument == extreme.instrument
        and m.end() <= c.start <= after.end() + 2
        else c
        for c in claims
    ]

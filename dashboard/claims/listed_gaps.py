"""Verbless clauses listed after a day's move that other words split from it: "The Dow lost 7% on
Monday after the House vote, the S&P 500 8.8% and the Nasdaq 9.1%", "dragging the Nifty Bank
index down 4.3% and the broader Nifty 50 2.1% lower", "with the DAX up 0.7% and the CAC 40 ahead
0.5%". A registry market that no claim took, right after a comma or "and", followed by nothing
but its size (a way word around it, a level after "to"), is that market's move of the same kind
and day as the last sized move before it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint
from dashboard.domain import Claim, Direction, Measure, Unit

_JOINED = re.compile(r"(?:,\s*(?:and\s+)?|(?<![\w-])and\s+)$", re.IGNORECASE)
_UP = "up|higher|ahead|firmer|stronger"
_DOWN = "down|lower|off|weaker|softer"
_REST = re.compile(
    r"\s+(?:(?P<pre>" + _UP + "|" + _DOWN + r")\s+)?(?P<fig>\d[\d,]*(?:\.\d+)?"
    r"\s?(?:%|percent\b|per\s+cent\b|basis\s+points?\b|bps?\b|points?\b))"
    r"(?:\s+(?P<post>" + _UP + "|" + _DOWN + r"))?"
    r"(?:\s+(?:to|at)\s+(?P<level>\d[\d,]*(?:\.\d+)?)(?![\d%]))?"
    r"(?=\s*[,.;]|\s*$|\s+(?:and|on|in|at|while|as|after|amid|before)\b)",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|\d", re.IGNORECASE)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


def listed_gaps(
    s: str, claims: list[Claim], mentions: list[Mention], reference: date
) -> list[Claim]:
    """The claims, with one for each verbless listed clause no rule read."""
    out = list(claims)
    for mention in mentions:
        if mention.instrument is None or mention.currency or mention.anaphor:
            continue
        if not _JOINED.search(s, max(0, mention.start - 6), mention.start):
            continue
        rest = _REST.match(s, mention.end)
        if rest is None or any(c.start <= mention.start < c.end for c in out):
            continue
        claim = _claim(s, mention, rest, out) or _unled(s, mention, rest, out, reference)
        if claim is not None:
            out.append(claim)
    return sorted(out, key=lambda c: c.start)


def _claim(s: str, mention: Mention, rest: re.Match[str], claims: list[Claim]) -> Claim | None:
    """ "the S&P 500 8.8%" after "The Dow lost 7% on Monday": the S&P 500's move that day."""
    assert mention.instrument is not None
    before = [c for c in claims if c.end <= mention.start and c.size is not None]
    model = before[-1] if before else None
    if model is None or model.measure not in _MOVES or model.instrument == mention.instrument.id:
        return None
    size = fig.size_from(fig.FIGURE_RE.match(s, rest.start("fig")))  # type: ignore[arg-type]
    if size.unit is Unit.BASIS_POINTS and model.unit is not Unit.BASIS_POINTS:
        return None  # "and the spread 12 bp": basis points move yields, not what came before
    way = _way(rest.group("pre") or rest.group("post"), model.direction)
    level = rest.group("level")
    return replace(
        model,
        text=s[mention.start : rest.end()],
        start=mention.start,
        end=rest.end(),
        instrument=mention.instrument.id,
        subject=mention.text,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        direction=way,
        level=float(level.replace(",", "")) if level else None,
        inverse=False,
        time_words=model.time_words,
    )


def _unled(
    s: str, mention: Mention, rest: re.Match[str], claims: list[Claim], reference: date
) -> Claim | None:
    """ "HDFC Bank lost 8.5% on Wednesday, dragging the Nifty Bank index down 4.3% and the Nifty
    50 2.1% lower": with no market's move before it, a clause with its own way word is that
    market's move on the last day named before it."""
    word = rest.group("pre") or rest.group("post")
    if word is None or any(c.end <= mention.start for c in claims):
        return None
    times = [resolve(t, reference) for t in TIME_RE.finditer(s, 0, mention.start)]
    days = [t for t in times if t.session and t.since is None and _NAMED.search(t.words)]
    if not days or days[-1].hint is not Hint.NONE:
        return None
    assert mention.instrument is not None
    size = fig.size_from(fig.FIGURE_RE.match(s, rest.start("fig")))  # type: ignore[arg-type]
    if size.unit is Unit.BASIS_POINTS:
        return None
    level = rest.group("level")
    return Claim(
        text=s[mention.start : rest.end()],
        start=mention.start,
        end=rest.end(),
        instrument=mention.instrument.id,
        subject=mention.text,
        measure=Measure.SESSION_CHANGE,
        direction=_way(word, Direction.NONE),
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=float(level.replace(",", "")) if level else None,
        session=days[-1].session,
        since=None,
        inverse=False,
        time_words=days[-1].words,
    )


def _way(word: str | None, told: Direction) -> Direction:
    """The clause's own way word, else the move's it follows."""
    if word is None:
        return told
    return Direction.UP if re.fullmatch(_UP, word, re.IGNORECASE) else Direction.DOWN

"""Marks told of one of two markets just named: "The S&P 500 soared 9.5% and the Nasdaq 12.2%,
the former's best day since 2008 and the latter's best since 2001", "the Dow and the S&P 500
lost 5.6% and 6.7%, the latter its worst day since 2008". "The former" is the first of the last
two markets named in the sentence's moves, "the latter" the second; the mark is that market's
alone (a copy made for the other one is dropped)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.noun_rankings import look_back_start
from dashboard.domain import Claim, Direction, Hedge, Measure

_TO_WHICH = re.compile(r",\s*the\s+(?P<w>former|latter)\s+(?=(?:to|at)\s)", re.IGNORECASE)
_OF_LEVEL = re.compile(r"\s+of\s+")
_WHICH = re.compile(r"\bthe\s+(?P<w>former|latter)\b", re.IGNORECASE)
_MARKS = (Measure.RECORD, Measure.BIGGEST_MOVE)


def former_latter(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with each mark told of "the former" or "the latter" on that market."""
    if "former" not in s and "latter" not in s:
        return claims
    out: list[Claim] = []
    for claim in claims:
        total = claim.measure is Measure.PERIOD_CHANGE and _WHICH.search(claim.text)
        moved = (
            _moved(s, claim, claims, 24 if total else 14)
            if claim.measure in _MARKS or total
            else claim
        )
        if not any(_same(moved, kept) for kept in out):
            out.append(moved)
    return out


def _moved(s: str, mark: Claim, claims: list[Claim], reach: int = 14) -> Claim:
    which = _WHICH.search(s, max(0, mark.start - 4), min(len(s), mark.start + reach))
    if which is None:
        return mark
    named = _named(claims, which.start(), "")
    if len(named) < 2:
        return mark
    owner = named[-2] if which.group("w").lower() == "former" else named[-1]
    moved = owner.instrument != mark.instrument and mark.measure is Measure.RECORD
    level = owner.level if moved and owner.level is not None else mark.level  # the owner's price
    return replace(
        mark, instrument=owner.instrument, subject=owner.subject, inverse=owner.inverse, level=level
    )


def _same(a: Claim, b: Claim) -> bool:
    return (a.instrument, a.measure, a.start, a.since) == (
        b.instrument,
        b.measure,
        b.start,
        b.since,
    )


def levels_of_which(s: str, claims: list[Claim]) -> list[Claim]:
    """ "rose 8 and 15 basis points, the latter to 4.92%, its highest since 2013", "fell 1.1%
    and 1.4%, the former to a two-year low of $0.6380": the level (and the record) of that
    market's move."""
    if "former" not in s and "latter" not in s:
        return claims
    out = list(claims)
    for m in _TO_WHICH.finditer(s):
        named = _named(out, m.start())
        if len(named) < 2:
            continue
        owner = named[-2] if m.group("w").lower() == "former" else named[-1]
        level, record = _level_and_mark(s, m.end())
        if level is None:
            continue
        index = out.index(owner)
        out[index] = replace(owner, level=owner.level if owner.level is not None else level)
        if record is not None and owner.session is not None:
            out.append(_record(s, owner, record, level, owner.session))
    return sorted(out, key=lambda c: c.start)


def _named(claims: list[Claim], before: int, told: str = "size") -> list[Claim]:
    """The moves told before ``before`` with a size (or a level, or either when ``told`` is
    empty), one a market, in text order."""
    named: list[Claim] = []
    for claim in claims:
        if claim.measure in _MARKS or claim.start >= before:
            continue
        if told and getattr(claim, told) is None:
            continue
        if not any(c.instrument == claim.instrument for c in named):
            named.append(claim)
    return named


def _level_and_mark(s: str, at: int) -> tuple[float | None, re.Match[str] | None]:
    """The level after "the latter", and a record phrase that names it or follows it."""
    if (rec := fig.RECORD_RE.match(s, at)) is not None and (of := _OF_LEVEL.match(s, rec.end())):
        value = fig.FIGURE_RE.match(s, of.end())
        return (fig.size_from(value).value, rec) if value else (None, None)
    if (level := fig.LEVEL_RE.match(s, at)) is None:
        return None, None
    after = re.compile(r"\s*,\s*").match(s, level.end())
    mark = fig.RECORD_RE.match(s, after.end()) if after else None
    return fig.level_from(level).value, mark


def _record(s: str, owner: Claim, mark: re.Match[str], level: float, day: date) -> Claim:
    anchor = mark.group("anchor") or ""
    since = since_date(anchor, day) if anchor.lower().startswith("since") else None
    if since is None and mark.group("ago"):
        since = ago_date(mark.group(0), day)
    way = fig.record_direction(mark) or owner.direction
    return replace(
        owner,
        text=s[mark.start() : mark.end()],
        start=mark.start(),
        end=mark.end(),
        measure=Measure.RECORD,
        direction=way if way in (Direction.UP, Direction.DOWN) else Direction.UP,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=level,
        since=since,
    )


_WHICH_MARK = re.compile(r"\bthe\s+(?P<w>former|latter|last)(?:['’]s)?\s+", re.IGNORECASE)
# "the former's biggest percentage gain since 1933 and the latter's since 1939", "the latter's
# worst ever": a ranking whose noun is left out
_ELIDED = re.compile(
    r"(?:(?:biggest|largest|steepest|sharpest|worst|best|strongest|deepest)\s+)?"
    r"(?P<anchor>since\s+(?:the\s+)?[\w.'’ -]{0,30}?(?:19|20)\d\d|ever|on\s+record)\b",
    re.IGNORECASE,
)


def marks_of_which(s: str, claims: list[Claim]) -> list[Claim]:
    """ "the former's best day since 2008 and the latter's best since 2001", "dived 7.5% and
    9.7%, the latter a record one-day drop": a ranking no claim has read, that market's."""
    if "former" not in s and "latter" not in s and "the last " not in s:
        return claims
    out = list(claims)
    for m in _WHICH_MARK.finditer(s):
        if any(c.measure in _MARKS and m.start() - 4 <= c.start <= m.end() + 2 for c in out):
            continue
        big = fig.BIGGEST_RE.match(s, m.start()) or fig.BIGGEST_RE.match(s, m.end())
        big = big or fig.RECORD_MOVE_RE.match(s, m.end())
        record = fig.RECORD_RE.match(s, m.start())  # "the latter's strongest since October 2002"
        big = None if record is not None else big
        elided = record is None and m.group(0).endswith(("s ", "s\xa0"))
        big = big or (_ELIDED.match(s, m.end()) if elided else None)
        named = _named(out, m.start(), "size" if big else "level")
        if record is not None and len(named) >= 2:
            owner = named[-2] if m.group("w").lower() == "former" else named[-1]
            if owner.session is not None and owner.level is not None:
                out.append(_record(s, owner, record, owner.level, owner.session))
            continue
        if big is None or (big.re is fig.BIGGEST_RE and fig.multi_session(big)) or len(named) < 2:
            continue
        owner = named[-2] if m.group("w").lower() == "former" else named[-1]
        anchor = big.groupdict().get("anchor") or ""
        out.append(
            replace(
                owner,
                text=s[big.start() : big.end()],
                start=big.start(),
                end=big.end(),
                measure=Measure.BIGGEST_MOVE,
                size=None,
                unit=None,
                hedge=Hedge.EXACT,
                level=None,
                since=look_back_start(anchor, owner.session) if owner.session else None,
            )
        )
    return sorted(out, key=lambda c: c.start)

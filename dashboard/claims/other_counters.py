"""A currency's move against a second counter, told after its move against a first: "Sweden's
crown fell 1.2% to 9.53 per euro and 0.9% against the dollar", "..., and lost 2.1% to 4.58
against the dollar", "..., edging up 0.2% against the dollar to 31.02". When the first pair is
not a registry market no claim carries the second clause, so it is read here: the subject is the
currency that leads the sentence's verb, the way is the clause's own verb's (else the first
verb's), and the day is the clause's own time words' (else the sentence's)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subject_table import matcher_for
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tail import read_tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint, TimeRef
from dashboard.claims.trigger_patterns import SIZED_FIGURE, VERBS
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit
from dashboard.instruments import Registry

_SECOND = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?P<verb>[a-z]+)(?:\s+(?P<particle>up|down))?\s+)?"
    r"(?:a\s+(?:more\s+)?(?:modest|further|smaller|steeper|sharper)\s+|another\s+)?"
    r"(?P<fig>" + SIZED_FIGURE + r")"
    r"(?:\s+(?:to|at)\s+(?P<lvl>[$€£¥]?\d[\d,]*(?:\.\d+)?))?"
    r"\s+(?:against|versus|vs\.?)\s+",
    re.IGNORECASE,
)
_FRONTED = re.compile(r"(?:,\s*|\s+)(?:while|and|but|whereas)\s+(?:against|versus)\s+", re.I)
_FRONTED_MOVE = re.compile(  # "..., while against the euro it added 1.6% to 56.60"
    r"\s*,?\s+(?:it|they)\s+(?P<verb>[a-z]+)(?:\s+(?P<particle>up|down))?\s+"
    r"(?:a\s+further\s+|another\s+)?(?P<fig>" + SIZED_FIGURE + r")"
    r"(?:\s+(?:to|at)\s+(?P<lvl>[$€£¥]?\d[\d,]*(?:\.\d+)?))?",
    re.IGNORECASE,
)
_COUNTER_BEFORE = re.compile(r"(?:against|versus|vs\.?|per|to|at|\d)\s+(?:the\s+)?$", re.I)
_NEXT_WORD = re.compile(r"\s+(?:(?:also|had|has|was)\s+)?(?P<w>[a-z]+)", re.IGNORECASE)
_AS_MUCH = re.compile(r"\bas\s+much\s+as\b", re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"\s+(?:to|at)\s+(?P<lvl>\d[\d,]*(?:\.\d+)?)")


def second_counters(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry, reference: date
) -> list[Claim]:
    """The claims, with one for each sized move against a second counter no claim took."""
    if "against" not in s and "versus" not in s:
        return claims
    out = list(claims)
    matcher = matcher_for(registry)
    for m in _SECOND.finditer(s):
        if any(c.start <= m.start("fig") < c.end for c in out):
            continue
        made = _claim(s, m, out, mentions, matcher, reference)
        if made is not None and not any(c.instrument == made.instrument for c in out):
            out.append(made)
    for m in _FRONTED.finditer(s):
        made = _fronted(s, m.start(), m.end(), out, mentions, matcher, reference)
        if made is not None and not any(c.instrument == made.instrument for c in out):
            out.append(made)
    return sorted(out, key=lambda c: c.start)


def _fronted(
    s: str,
    join: int,
    at: int,
    claims: list[Claim],
    mentions: list[Mention],
    matcher: Matcher,
    reference: date,
) -> Claim | None:
    """ "..., while against the euro it added 1.6% to 56.60": the counter set before "it"."""
    counter = matcher.currency_at(s, at)
    m = _FRONTED_MOVE.match(s, counter[1]) if counter is not None else None
    lead = _subject(s, mentions, join)
    if m is None or counter is None or lead is None or m.group("verb").lower() not in VERBS:
        return None
    if any(c.start <= m.start("fig") < c.end for c in claims):
        return None
    size = fig.size_from(fig.FIGURE_RE.match(s, m.start("fig")))  # type: ignore[arg-type]
    way = _way(m, lead[1])
    resolved = matcher.resolve(lead[0], counter[0]) if way is not None else None
    if size.unit is not Unit.PERCENT or way is None or resolved is None:
        return None
    time = _day(s, read_tail(s, m.end(), reference, matcher).times, claims, reference)
    return _made(s, m, m.end(), resolved, way, size, m.group("lvl"), time)


def _subject(s: str, mentions: list[Mention], before: int) -> tuple[Mention, str] | None:
    """The currency that leads a verb before ``before`` ("Sweden's crown fell ..."), and that
    verb; not a counter ("per euro", "to 95.10 yen")."""
    for x in reversed(mentions):
        if x.currency is None or x.end > before or _COUNTER_BEFORE.search(s, 0, x.start):
            continue
        word = _NEXT_WORD.match(s, x.end)
        if word is not None and word.group("w").lower() in VERBS:
            return x, word.group("w").lower()
    return None


def _way(m: re.Match[str], first: str) -> Direction | None:
    """The clause's way: its own verb's ("and lost 2.1%", "edging up 0.2%"), else the first
    clause's ("fell 1.2% ... and 0.9%")."""
    verb = (m.group("verb") or "").lower()
    if verb in ("and", ""):
        verb = first
    elif verb not in VERBS:
        return None
    particle = (m.group("particle") or "").lower()
    if particle:
        return Direction.UP if particle == "up" else Direction.DOWN
    return VERBS.get(verb) or VERBS.get(first)


def _day(s: str, times: list[TimeRef], claims: list[Claim], reference: date) -> TimeRef:
    """The clause's own day ("... against the dollar on Thursday"), else another claim's, else
    the first day the sentence names, else the reference day."""
    own = next((t for t in times if t.session is not None), None)
    if own is not None:
        return own
    dated = next((c for c in claims if c.session is not None), None)
    if dated is not None and dated.session is not None:
        return TimeRef(dated.time_words, dated.session)
    for found in TIME_RE.finditer(s):
        time = resolve(found, reference)
        if time.session is not None and time.since is None:
            return time
    return TimeRef("", reference)


def _claim(
    s: str,
    m: re.Match[str],
    claims: list[Claim],
    mentions: list[Mention],
    matcher: Matcher,
    reference: date,
) -> Claim | None:
    """The second counter's claim, or None when its subject, way, pair or unit is missing."""
    counter = matcher.currency_at(s, m.end())
    lead = _subject(s, mentions, m.start())
    size = fig.size_from(fig.FIGURE_RE.match(s, m.start("fig")))  # type: ignore[arg-type]
    if counter is None or lead is None or size.unit is not Unit.PERCENT:
        return None
    mention, first = lead
    way = _way(m, first)
    resolved = matcher.resolve(mention, counter[0]) if way is not None else None
    if way is None or resolved is None or mention.currency == counter[0]:
        return None
    tail = read_tail(s, counter[1], reference, matcher)
    after = _LEVEL_AFTER.match(s, counter[1])
    level = m.group("lvl") or (after.group("lvl") if after else None)
    time = _day(s, tail.times, claims, reference)
    if size.hedge is Hedge.EXACT and _AS_MUCH.search(s, mention.end, m.start()):
        size = replace(size, hedge=Hedge.AS_MUCH_AS)  # "spiked as much as 4% ... and 3.8%"
    return _made(s, m, counter[1], resolved, way, size, level, time)


def _made(
    s: str,
    m: re.Match[str],
    end: int,
    resolved: Resolved,
    way: Direction,
    size: fig.Size,
    level: str | None,
    time: TimeRef,
) -> Claim:
    """The claim: "0.9% against the dollar" for the crown is USD/SEK's move, told inversely."""
    start = m.start("fig")
    intraday = time.hint is Hint.INTRADAY
    measure = Measure.INTRADAY_CHANGE if intraday else Measure.SESSION_CHANGE
    return Claim(
        text=s[start:end],
        start=start,
        end=end,
        instrument=resolved.instrument.id,
        subject=resolved.subject,
        measure=Measure.INTRADAY_EXTREME if size.hedge is Hedge.AS_MUCH_AS else measure,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=float(level.lstrip("$€£¥").replace(",", "")) if level else None,
        session=time.session,
        inverse=resolved.inverse,
        time_words=time.words,
    )

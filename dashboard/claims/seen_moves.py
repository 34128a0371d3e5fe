"""A move told as what a run has seen ("capping a rally that has seen prices more than double
since the start of the year", "a slide that has seen the currency lose 40% this year"): the
bare verb after "seen" and its object is a move that happened, over the window named."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import DOWN_VERBS, IMPLIED_SIZE, UP_VERBS
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit

_BARE = {"double": "doubled", "triple": "tripled", "halve": "halved"}
_SEEN = re.compile(
    r"\bthat\s+(?:has|have|had)\s+seen\s+(?:prices|it|them|(?:the|its|their)\s+[a-z]+)\s+"
    r"(?:(?P<hedge>" + fig.HEDGE + r")\s+)?(?P<verb>[a-z]+)\s+",
    re.IGNORECASE,
)


def seen_moves(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, with each move a run "has seen" after a claim on the same market."""
    if " seen " not in s:
        return claims
    out = list(claims)
    for m in _SEEN.finditer(s):
        subject = next((c for c in reversed(claims) if c.end <= m.start()), None)
        made = _seen(s, m, subject, reference) if subject is not None else None
        if made is not None and not any(_same(c, made) for c in out):
            out.append(made)
    return out


def _seen(s: str, m: re.Match[str], subject: Claim, reference: date) -> Claim | None:
    """The window's move: a bare motion verb, its size (or the size it implies), the window."""
    verb = m.group("verb").lower()
    way = Direction.UP if verb in UP_VERBS or verb in ("double", "triple") else None
    way = Direction.DOWN if verb in DOWN_VERBS or verb == "halve" else way
    if way is None:
        return None
    at = m.end()
    figure = fig.FIGURE_RE.match(s, at) if verb not in _BARE else None
    if figure is not None:
        size = fig.size_from(figure)
        value, unit, hedge, at = size.value, size.unit, size.hedge, figure.end() + 1
    elif verb in _BARE:
        value, unit, hedge = IMPLIED_SIZE[_BARE[verb]], Unit.PERCENT, fig.hedge_of(m.group("hedge"))
    else:
        return None
    when = TIME_RE.match(s, at)
    told = resolve(when, reference) if when else None
    if when is None or told is None or told.hint is not Hint.PERIOD or told.since is None:
        return None  # only a window: "has seen prices double" alone dates nothing
    return replace(
        subject,
        text=s[m.start() : when.end()],
        start=m.start(),
        end=when.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=value,
        unit=unit,
        hedge=hedge if hedge else Hedge.EXACT,
        level=None,
        session=told.session or reference,
        since=told.since,
        time_words=when.group(0),
    )


def _same(claim: Claim, made: Claim) -> bool:
    key = (made.instrument, made.measure, made.since)
    return (claim.instrument, claim.measure, claim.since) == key

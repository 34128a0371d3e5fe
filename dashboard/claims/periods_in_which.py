"""A calendar period a day's move closes, told with the period's own move: "capping a week in
which it lost more than 25%", "ending a quarter in which the index gained 10%". That move is
the market's over the period that the day of the claim before it ends (from the week's Monday,
the quarter's or month's first day), for the market of that claim."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import DOWN_VERBS, UP_VERBS
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import MONTH_NAMES
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.claims.unclaimed import about_anchor, turned_away
from dashboard.domain import Claim, Direction, Measure

_MONTHS = "|".join(sorted(MONTH_NAMES))
# a share of the price: "fell by a quarter", "shed more than a fifth of its value"
_SHARE = (
    r"(?:(?:" + fig.HEDGE + r")\s+)?(?:" + fig.FRACTION + r")(?:\s+of\s+(?:its|their)\s+value)?"
)
_IN_WHICH = re.compile(
    r"\b(?:a|the)\s+(?:(?!(?:first|second|third|fourth)\b)[a-z-]+\s+){0,2}"
    r"(?:(?P<nth>first|second|third|fourth)\s+)?(?P<unit>week|month|quarter|year|half|"
    + _MONTHS
    + r")\s+"
    r"(?:in\s+which|during\s+which|when|that\s+saw)\s+"
    r"(?:it|they|the\s+(?:[\w-]+\s+)?(?:index|gauge|benchmark|currency|unit|contract|metal"
    r"|average|market|yield|price))\s+(?:had\s+|has\s+)?(?P<verb>[a-z]+(?:\s+up)?)\s+"
    r"(?:by\s+)?(?P<fig>" + SIZED_FIGURE + r"|" + _SHARE + r")(?![\w%])",
    re.IGNORECASE,
)


def periods_in_which(s: str, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """The claims, with the period's move for each period a claim before it closes."""
    if " which " not in s and " when " not in s and " saw " not in s:
        return claims
    out = list(claims)
    for m in _IN_WHICH.finditer(s):
        verb = m.group("verb").lower()
        way = Direction.UP if verb in UP_VERBS else Direction.DOWN if verb in DOWN_VERBS else None
        anchor = next((c for c in reversed(out) if c.end <= m.start()), None)
        unit = m.group("unit").lower()
        nth = (m.group("nth") or "").lower()
        named = unit in MONTH_NAMES or bool(nth)  # "a December", "a first half", "fourth quarter"
        kinds = (Measure.SESSION_CHANGE, Measure.PERIOD_CHANGE) if named else ()
        if way is None or anchor is None or anchor.session is None:
            continue
        closed = anchor.measure in (
            Measure.LEVEL,
            Measure.RECORD,
            Measure.BIGGEST_MOVE,
        )  # "closed at a record X, capping"
        if (
            anchor.measure is not Measure.SESSION_CHANGE
            and anchor.measure not in kinds
            and not closed
        ):
            continue
        if not _about(s, anchor, m.start(), mentions) or _taken(out, m):
            if not kinds or not _undated(out, m):
                continue
            out = [c for c in out if not _overlaps(c, m)]  # "a December in which it fell 9%"
        told = f"in {unit}" if kinds else f"this {unit}"  # a named month, or this week/year
        told = f"in the {nth} {unit}" if nth else told
        period = resolve_words(told, anchor.session)
        since = period.since if period is not None else None
        end = period.session if kinds and period is not None else anchor.session
        size = fig.size_from(fig.FIGURE_RE.fullmatch(m.group("fig")))  # type: ignore[arg-type]
        if since is None or size is None:
            continue
        out.append(replace(_claim(s, m, anchor, size, way, since), session=end))
    return sorted(out, key=lambda c: c.start)


# the words that close a period on the day before them: "..., capping a week in which",
# "..., the last session of a quarter in which"
_CLOSER = re.compile(
    r",\s*(?:capping|ending|rounding\s+off|closing\s+out|wrapping\s+up|to\s+(?:cap|end)"
    r"|the\s+(?:last|final)\s+(?:session|day|trading\s+day)\s+of)\s+$",
    re.IGNORECASE,
)


def _about(s: str, anchor: Claim, at: int, mentions: list[Mention]) -> bool:
    """Whether the period at ``at`` is the anchor's market's: as any words after a claim, or a
    clause that closes the period right after a comma with no other market or "while" between
    ("rose 12 bp on Friday as hopes for a rate cut faded, capping a week in which it ...")."""
    if about_anchor(s, anchor, at, mentions):
        return True
    if turned_away(s, anchor, at, mentions):
        return False
    return _CLOSER.search(s, max(anchor.end, at - 60), at) is not None


def _overlaps(claim: Claim, m: re.Match[str]) -> bool:
    return claim.start < m.end() and m.start("fig") < claim.end


def _taken(claims: list[Claim], m: re.Match[str]) -> bool:
    return any(_overlaps(c, m) for c in claims)


def _undated(claims: list[Claim], m: re.Match[str]) -> bool:
    """Whether the claims the period's figure already made are moves with no time words."""
    taken = [c for c in claims if _overlaps(c, m)]
    return all(c.measure is Measure.SESSION_CHANGE and not c.time_words for c in taken)


def _claim(
    s: str, m: re.Match[str], anchor: Claim, size: fig.Size, way: Direction, since: date | None
) -> Claim:
    return replace(
        anchor,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        since=since,
        time_words=m.group("unit"),
    )

"""A size a cause adds to, or knocks off, a market named after it ("a sell-off that has added
some 40 basis points to the 10-year yield since Tuesday's vote", "knocked 3% off the Kospi on
Friday"): the move is that market's, up for "to", down for "off", over the window or on the day
the words after the market name (not the move of the subject of the clause before)."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Claim, Direction, Measure

_ADDED = re.compile(
    r"\b(?P<verb>added|adding|adds|knocked|knocking|knocks|shaved|shaving|wiped|wiping|lopped"
    r"|lopping|stripped|stripping|sliced|slicing)\s+(?P<fig>" + SIZED_FIGURE + r")"
    r"(?:,\s+or\s+(?P<pct>" + SIZED_FIGURE + r"),)?\s+(?P<prep>to|onto|off|from)\s+",
    re.IGNORECASE,
)
# "knocked 3.2% off the Dow and 4.1% off the Nasdaq": the next market's own size
_AND_MORE = re.compile(
    r",?\s+and\s+(?P<fig>" + SIZED_FIGURE + r")\s+(?P<prep>to|onto|off|from)\s+", re.I
)
_SPACE = re.compile(r"\s+")
_SHARES = re.compile(r"\b(?:shares|stocks?)\b[^;]*$", re.IGNORECASE)


def sized_objects(
    s: str, claims: list[Claim], mentions: list[Mention], reference: date
) -> list[Claim]:
    """The claims, each such move given to the market named after the size."""
    if " to " not in s and " off " not in s and " from " not in s:
        return claims
    out = list(claims)
    for m in _matches(s, mentions):
        owner = next((x for x in mentions if x.start == m.end() and x.instrument), None)
        figure = fig.FIGURE_RE.match(m.groupdict().get("pct") or m.group("fig"))
        if owner is None or owner.instrument is None or figure is None:
            continue
        if s.startswith(("'s", "’s"), owner.end):
            continue  # "wiped $600 billion off the Nasdaq's market value"
        held = [c for c in out if c.start <= m.start("fig") < c.end]
        if any(c.instrument == owner.instrument.id for c in held):
            continue
        if not held and _SHARES.search(s, 0, m.start()):
            continue  # "Toyota shares closed 2.4% higher, adding about 12 points to the Nikkei"
        out = [c for c in out if c not in held]
        out.append(_claim(s, m, owner, held[0] if held else None, figure, reference))
    return sorted(out, key=lambda c: c.start)


def _matches(s: str, mentions: list[Mention]) -> list[re.Match[str]]:
    """Each verb's size and preposition before a market, then any "and 4.1% off the Nasdaq"."""
    out: list[re.Match[str]] = []
    for m in _ADDED.finditer(s):
        out.append(m)
        while owner := next((x for x in mentions if x.start == out[-1].end()), None):
            if (more := _AND_MORE.match(s, owner.end)) is None:
                break
            out.append(more)
    return out


def _claim(
    s: str,
    m: re.Match[str],
    owner: Mention,
    held: Claim | None,
    figure: re.Match[str],
    reference: date,
) -> Claim:
    assert owner.instrument is not None
    size = fig.size_from(figure)
    space = _SPACE.match(s, owner.end)
    when = TIME_RE.match(s, space.end()) if space is not None else None
    time = resolve(when, reference) if when is not None else None
    up = m.group("prep").lower() in ("to", "onto")
    measure, since = held.measure if held else Measure.SESSION_CHANGE, None
    session = held.session if held else reference
    if time is not None and time.since is not None:
        measure, since, session = Measure.PERIOD_CHANGE, time.since, time.session or reference
    elif time is not None and time.session is not None:
        measure, session = Measure.SESSION_CHANGE, time.session
    end = when.end() if when is not None else owner.end
    return Claim(
        text=s[m.start() : end],
        start=m.start(),
        end=end,
        instrument=owner.instrument.id,
        subject=owner.text,
        measure=measure,
        direction=Direction.UP if up else Direction.DOWN,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        session=session,
        since=since,
        inverse=False,
        time_words=when.group(0) if when is not None else held.time_words if held else "",
    )

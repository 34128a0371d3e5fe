"""Moves told as nouns owned by the market after them: "A 2.4% gain for the Kospi on Thursday
came as ...", "Losses of 1.4% for the DAX and 1.1% for the CAC 40 on Tuesday followed ...".
Each is that market's move on the day the words name (else the day of the claim before it, else
the reference day); no claim is
made for a noun after a projection ("on course for a 4% gain for the Nikkei") or for a
market that is not a registry name (a company, a sector)."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import Hint
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Claim, Direction, Measure

_NOUNS = "|".join(
    sorted({*MOVE_NOUNS, "gains", "drops", "falls", "declines", "rises"}, key=len, reverse=True)
)
_OWNED = re.compile(
    r"\b(?:(?:a|an)\s+(?P<fig>" + SIZED_FIGURE + r")\s+(?P<noun>" + _NOUNS + r")"
    r"|(?P<noun2>" + _NOUNS + r")\s+of\s+(?P<fig2>" + SIZED_FIGURE + r"))\s+for\s+",
    re.IGNORECASE,
)
_MORE = re.compile(r"\s*,?\s+and\s+(?P<fig>" + SIZED_FIGURE + r")\s+for\s+", re.IGNORECASE)
_PROJECTED = re.compile(
    r"\b(?:course|track|pace|set|heading|headed|poised|bound|expect\w*|forecast\w*|see|sees"
    r"|could|would|may|might|will|target\w*)\b[^,;]{0,24}$",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"\s+(?P<t>(?:on|by|at|in)\s+[^,;]{1,30}?)(?=\s+(?:came|followed|was|were|as|after|left|sent|took|on|amid)\b|[,;.]|$)"
)


def owned_nouns(
    s: str, claims: list[Claim], mentions: list[Mention], reference: date
) -> list[Claim]:
    """The claims, with one for each move noun a registry market after "for" owns."""
    if " for " not in s:
        return claims
    out = list(claims)
    for m in _OWNED.finditer(s):
        if _PROJECTED.search(s, max(0, m.start() - 40), m.start()):
            continue
        pairs = [(m.group("fig") or m.group("fig2"), m.end())]
        more = _MORE.match(s, _owner_end(mentions, m.end()) or m.end())
        if more is not None:
            pairs.append((more.group("fig"), more.end()))
        noun = (m.group("noun") or m.group("noun2")).lower()
        way = MOVE_NOUNS.get(noun, MOVE_NOUNS.get(noun.rstrip("s")))
        last = _owner_end(mentions, pairs[-1][1])  # "... and 1.1% for the CAC 40 on Tuesday"
        day = next((c.session for c in reversed(out) if c.end <= m.start() and c.session), None)
        for figure, at in pairs:
            owner = next((x for x in mentions if x.start == at and x.instrument), None)
            if way is None or owner is None or owner.instrument is None or last is None:
                continue
            if "cent" in figure.lower() or owner.currency or owner.is_default:
                continue  # "21 cents" needs the market's quote; a default is another's name
            if any(c.start <= at < c.end or c.instrument == owner.instrument.id for c in out):
                continue  # read already
            out.append(_claim(s, m.start(), owner, figure, way, (reference, day), last))
    return sorted(out, key=lambda c: c.start)


def _owner_end(mentions: list[Mention], at: int) -> int | None:
    return next((x.end for x in mentions if x.start == at), None)


def _claim(
    s: str,
    start: int,
    owner: Mention,
    figure: str,
    way: Direction,
    days: tuple[date, date | None],
    last: int,
) -> Claim:
    """The owner's move; ``days`` is the reference day and the day of the claim before, if any:
    its own time words resolve from the reference, and with none it takes that claim's day."""
    reference, before = days
    size = fig.size_from(fig.FIGURE_RE.fullmatch(figure))  # type: ignore[arg-type]
    when = _WHEN.match(s, last)
    time = resolve_words(when.group("t"), reference) if when else None
    session = time.session if time is not None and time.session else before or reference
    intraday = time is not None and time.hint is Hint.INTRADAY
    assert owner.instrument is not None
    return Claim(
        text=s[start : owner.end],
        start=start,
        end=owner.end,
        instrument=owner.instrument.id,
        subject=owner.text,
        measure=Measure.INTRADAY_CHANGE if intraday else Measure.SESSION_CHANGE,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        session=min(session, reference),
        since=None,
        inverse=False,
        time_words=when.group("t") if when else "",
    )

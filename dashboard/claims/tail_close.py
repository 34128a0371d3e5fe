"""A size told at the close after a verb ("rebounded to settle 2.6% higher", "recovered to
close 347.80 points, or 3.2%, lower"): the size, the close, and the direction word read next."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import FLAT_RE
from dashboard.claims.tail_state import Tail
from dashboard.claims.timewords import Hint, TimeRef
from dashboard.domain import Direction, Unit

DIRWORD = re.compile(
    r"(?P<d>higher|lower|up|down|stronger|weaker|firmer|softer)\b"
    r"(?!\s+(?:to|from)\s+(?!(?:close|end|finish|settle|a\s+(?:record|fresh|new)|an\s+all-time)\b)"
    r"[a-z])",  # "turned higher to close up"; not "0.2% higher to a record close of"
    re.IGNORECASE,
)
_TO_CLOSE = re.compile(r"to\s+(?:settle|close|end|finish|(?P<trade>trade))\s+", re.IGNORECASE)
_OR_PERCENT = re.compile(r",\s*or\s+(?=\d)")  # "347.80 points, or 3.2%, lower"


def to_close(s: str, at: int, tail: Tail) -> int | None:
    """ "to settle 2.6% higher": a size at the close (its direction word is read next)."""
    m = _TO_CLOSE.match(s, at)
    if m and (flat := FLAT_RE.match(s, m.end())):
        tail.direction, tail.ends = Direction.FLAT, True
        tail.times.append(TimeRef(m.group(0), hint=Hint.CLOSE))
        tail.claim_end = flat.end()
        return flat.end()
    f = fig.FIGURE_RE.match(s, m.end()) if m else None
    sizes = [f] if f is not None else []
    if f is not None and (more := _OR_PERCENT.match(s, f.end())):
        also = fig.FIGURE_RE.match(s, more.end())
        if also is not None and s.startswith(",", also.end()) and _percent(also):
            sizes = [also]  # a percent figure is preferred as the size
            f = re.compile(r",\s*").match(s, also.end())
    if (
        m is None
        or f is None
        or not DIRWORD.match(s, f.end() + 1 if s[f.end() : f.end() + 1] == " " else f.end())
    ):
        return None
    tail.sizes.extend(fig.size_from(x) for x in sizes)
    tail.ends = True
    hint = Hint.INTRADAY if m.group("trade") else Hint.CLOSE  # "to trade 6.3% lower": a state
    if hint is Hint.CLOSE:  # "extended losses in the afternoon to close 6.4% lower": the close
        tail.times = [t for t in tail.times if t.hint is not Hint.INTRADAY]
    tail.times.append(TimeRef(m.group(0), hint=hint))
    tail.claim_end = f.end()
    return f.end()


def _percent(figure: re.Match[str]) -> bool:
    return fig.size_from(figure).unit is Unit.PERCENT

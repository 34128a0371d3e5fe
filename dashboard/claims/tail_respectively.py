"""Sizes read in turn after a trigger: "1.2% and 0.8%, respectively"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.figures import Size
from dashboard.claims.tail_comma import RESPECTIVELY_RE
from dashboard.claims.tail_state import Tail
from dashboard.domain import Hedge

_RESPECTIVE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_RESPECTIVELY_LATER = re.compile(
    r"(?:(?!\b(?:and|but|while|whereas|after|as)\b)[^\d;:])"
    r"{1,60}?,?\s*respectively\b",
    re.IGNORECASE,
)


def respectively(s: str, end: int, tail: Tail) -> int:
    """ "1.2% and 0.8%, respectively": every size in order, when "respectively" closes them."""
    more: list[Size] = []
    position = end
    position = fig.past_price_unit(s, position, tail.sizes[-1]) if tail.sizes else end
    while (joint := _RESPECTIVE.match(s, position)) and (f := fig.FIGURE_RE.match(s, joint.end())):
        more.append(fig.size_from(f))
        position = fig.past_price_unit(s, f.end(), more[-1])
    if tail.sizes and tail.sizes[-1].hedge is Hedge.AS_MUCH_AS:  # "as much as 4% and 4.5%"
        more = [replace(f, hedge=Hedge.AS_MUCH_AS) if f.hedge is Hedge.EXACT else f for f in more]
    closing = RESPECTIVELY_RE.match(s, position) if more else None
    if closing is None:
        if more and _RESPECTIVELY_LATER.match(s, position):  # "... 0.5% against the dollar,
            tail.sizes.extend(more)  # respectively": the words between are read as usual
            tail.claim_end = position
            return position
        if more and all(f.unit is tail.sizes[-1].unit for f in more):
            tail.sizes.extend(more)  # "the Taiex and the Kospi fell 4.4% and 2.8%": in order
            tail.claim_end = position
            return position
        return end
    tail.sizes.extend(more)
    tail.claim_end = closing.end()
    return closing.end()

"""The counter currency a claim's own figures name ("6 roubles", "per dollar", "$1.12"), and
when it wins over a fronted or carried one."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.subjects import Mention
from dashboard.claims.tail_records import unit_counter
from dashboard.claims.tail_state import Tail

_PENCE = re.compile(r"\d\s*(?:pence|p)\b(?!\s+(?:a|per)\s)", re.IGNORECASE)  # not "pence a litre"


def own(tail: Tail, mention: Mention) -> str | None:
    """ "Against the euro, the yen ..., while the dollar gave up 0.2% to ¥155.60": the clause's
    own figure names its counter currency over the one fronted for the sentence."""
    own = from_figures(tail) if tail.fronted else None
    return own if own is not None and own != mention.currency else None


def carried(tail: Tail, previous: ctx.Previous, s: str = "", start: int = 0) -> str | None:
    """ "The rouble rallied 3.5% against the dollar and firmed 2.9% to 95.60 per euro": a carried
    currency meets the counter its own figures name ("..., touching 83.20 pence": the euro)."""
    if not previous.subject.currency:
        return None
    found = from_figures(tail)
    pence = found == "GBP" and _pence_on_sterling(s, start, tail.end, [previous.subject])
    return "EUR" if pence else found


def from_figures(tail: Tail, s: str = "", group: list[Mention] | None = None) -> str | None:
    """The counter currency a size or level names ("6 roubles", "per dollar", "$1.12"), or
    else any figure after the group in the tail ("slumped from a 24-year high of 145.90 yen")."""
    found = _from_figures(tail)
    if group and found == "GBP" and _pence_on_sterling(s, group[-1].end, tail.end, group):
        return "EUR"
    return found if found or not group else unit_counter(s, group[-1].end, tail.end)


def _pence_on_sterling(s: str, start: int, end: int, group: list[Mention]) -> bool:
    """ "Sterling firmed to 84.10 pence": a price in pence on sterling is quoted per euro."""
    pence = _PENCE.search(s, start, end) is not None
    return pence and all(m.currency == "GBP" for m in group)


def _from_figures(tail: Tail) -> str | None:
    if tail.counter_it and tail.it_currency:
        return tail.it_currency
    if tail.level is not None and tail.level.counter:  # "weakened 22.8 pesos to 1,042.90 per
        return tail.level.counter  # dollar": the size is in the quote's units, the level names
    for size in tail.sizes:  # the other side
        if size.counter:
            return size.counter
    return None

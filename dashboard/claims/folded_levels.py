"""A bare level folded into the move it closes: "Oil prices slid 3%, with Brent settling at
$87.45", "shed 4.1% this week to end Friday at 1,012"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.apposed import apposed_sizes
from dashboard.domain import Claim, Direction, Measure


def levels_folded(s: str, claims: list[Claim]) -> list[Claim]:
    """ "Oil prices slid 3%, with Brent settling at $87.45": a level with no move of its own on
    the instrument of a sized session move earlier in the sentence is that move's level."""
    out: list[Claim] = []
    for claim in apposed_sizes(s, claims):
        host = next(
            (
                i
                for i, c in enumerate(out)
                if (c.measure is Measure.SESSION_CHANGE or _window_closed(s, c, claim))
                and c.size is not None
                and c.level is None
                and (c.instrument, c.session, c.inverse)
                == (claim.instrument, claim.session, claim.inverse)
            ),
            None,
        )
        folds = claim.measure is Measure.LEVEL and claim.direction is Direction.NONE
        if host is None or not folds or claim.level is None:
            out.append(claim)
            continue
        out[host] = replace(out[host], level=claim.level)
    return out


_TO_CLOSE = re.compile(r"\s+to\s+$", re.IGNORECASE)


def _window_closed(s: str, move: Claim, level: Claim) -> bool:
    """ "shed 4.1% this week to end Friday at 1,012": the close that ends the window."""
    return move.measure is Measure.PERIOD_CHANGE and bool(
        _TO_CLOSE.fullmatch(s, move.end, level.start)
    )

"""Claims a sentence tells by reference to one it already made: a gap from a dated record, a
close off a session peak, a gapped clause after an unregistered subject, a move a run "has
seen"."""

from __future__ import annotations

from datetime import date

from dashboard.claims.peak_gaps import peak_gaps
from dashboard.claims.seen_moves import seen_moves
from dashboard.claims.session_peaks import session_peaks
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.unknown_gaps import unknown_gaps
from dashboard.domain import Claim


def referenced(
    s: str, found: list[Claim], mentions: list[Mention], matcher: Matcher, reference: date
) -> list[Claim]:
    """The claims, with those told by reference to them."""
    found = session_peaks(s, peak_gaps(s, found, reference))
    found = unknown_gaps(s, found, mentions, matcher, reference)
    return seen_moves(s, found, reference)

"""Gapped clauses that share the verb of the claim before them:
"The yen gained 0.4% and the Swiss franc 0.3%", "Stocks in Europe fell 7%, Britain's
FTSE 100 3.2% and Italy's FTSE MIB 12.5%"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.tail import read_tail
from dashboard.domain import Claim

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


_AGAINST = re.compile(r"\s+(?:against|versus|vs\.?)\s+", re.IGNORECASE)


def _same_subject(
    s: str, first: Claim, at: int, mentions: list[Mention]
) -> tuple[Mention | None, re.Match[str] | None]:
    """A size and a new counter currency with no subject of their own: the first claim's subject."""
    figure = fig.FIGURE_RE.match(s, at)
    if figure is None or not _AGAINST.match(s, figure.end()):
        return None, None
    subject = next((m for m in mentions if m.text == first.subject and m.end <= at), None)
    return (subject, figure) if subject is not None and subject.currency else (None, None)


def gapped(
    s: str, first: Claim, end: int, mentions: list[Mention], matcher: Matcher, reference: date
) -> tuple[list[Claim], int]:
    """Claims in the gapped clauses right after ``first`` (which ends at ``end``), and where
    the last of them ends."""
    if first.size is None:
        return [], end
    out: list[Claim] = []
    position = end
    for _ in range(12):
        join = _JOIN.match(s, position)
        mention = next((m for m in mentions if join and m.start == join.end()), None)
        if (
            join is not None and mention is None
        ):  # "0.6% against the dollar and 0.5% against the euro"
            mention, figure = _same_subject(s, first, join.end(), mentions)
            if mention is None or figure is None:
                break
        elif join is None or mention is None or mention.anaphor:
            break
        else:
            space = _SPACE.match(s, mention.end)
            figure = fig.FIGURE_RE.match(s, space.end()) if space else None
        if figure is None:
            break
        size = fig.size_from(figure)
        tail = read_tail(s, figure.end(), reference, matcher)
        resolved = matcher.resolve(mention, tail.counter or size.counter)
        if resolved is None:
            break
        claim_end = max(figure.end(), tail.claim_end)
        out.append(
            replace(
                first,
                text=s[mention.start : claim_end],
                start=mention.start,
                end=claim_end,
                instrument=resolved.instrument.id,
                subject=resolved.subject,
                size=size.value,
                unit=size.unit,
                hedge=size.hedge,
                level=None,
                inverse=resolved.inverse,
                default_note=resolved.default_note,
            )
        )
        position = tail.end
    return out, position

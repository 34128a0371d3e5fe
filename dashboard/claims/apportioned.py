"""One verb, sized per subject after it: "Brent and WTI slumped, the former by 3.8% to $74.30
and the latter by 4.1%", "the Dow and the Nasdaq fell, the Dow by 1.2% and the Nasdaq by 2%"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.tail import read_tail
from dashboard.domain import Claim

_ITEM = re.compile(r"\s*(?:,\s*|\s+)(?:and\s+)?(?=\S)", re.IGNORECASE)
_ORDINAL = re.compile(r"the\s+(?P<which>former|latter)\s+(?=by\s)", re.IGNORECASE)
_BY = re.compile(r"\s+(?=by\s)", re.IGNORECASE)


def apportioned(
    s: str, made: list[Claim], end: int, mentions: list[Mention], matcher: Matcher, ref: date
) -> tuple[list[Claim], int]:
    """The unsized claims of one verb on two or more subjects, each sized by the clause after
    it that names it ("the former by 3.8%"), and where the last such clause ends."""
    if len(made) < 2 or any(c.size is not None or c.level is not None for c in made):
        return made, end
    out = list(made)
    position, done = end, set()
    for _ in range(len(made)):
        item = _ITEM.match(s, position)
        found = _subject_at(s, item.end(), out, mentions, matcher) if item else None
        if found is None or found[0] in done:
            break
        index, at = found
        figure = fig.FIGURE_RE.match(s, at)
        size = fig.size_from(figure) if figure else None
        if figure is None or size is None or size.cents:
            break
        tail = read_tail(s, figure.end(), ref, matcher)
        level = tail.level if tail.level is not None and not tail.level.percent else None
        claim_end = max(figure.end(), tail.claim_end)
        out[index] = replace(
            out[index],
            size=size.value,
            unit=size.unit,
            hedge=size.hedge,
            level=level.value if level else None,
            end=max(out[index].end, claim_end),
            text=s[out[index].start : max(out[index].end, claim_end)],
        )
        done.add(index)
        position = claim_end
    return (out, position) if done else (made, end)


def _subject_at(
    s: str, at: int, claims: list[Claim], mentions: list[Mention], matcher: Matcher
) -> tuple[int, int] | None:
    """Which of the claims the words at ``at`` name ("the former", "the Nasdaq") followed by
    "by", and where the "by" starts."""
    ordinal = _ORDINAL.match(s, at)
    if ordinal is not None:
        index = 0 if ordinal.group("which").lower() == "former" else len(claims) - 1
        return (index, ordinal.end()) if len(claims) == 2 else None
    mention = next((m for m in mentions if m.start == at and not m.anaphor), None)
    by = _BY.match(s, mention.end) if mention is not None else None
    resolved = matcher.resolve(mention, None) if mention is not None and by else None
    if resolved is None or by is None:
        return None
    ids = [c.instrument for c in claims]
    if ids.count(resolved.instrument.id) != 1:
        return None
    return ids.index(resolved.instrument.id), by.end()

"""Claims told inside a clause about the day before the main one: "rocketed 10.2% on Tuesday, a
day after a rout in which it had been down as much as 13.2%", "firmed 6% on Tuesday, clawing
back ground lost a day earlier, when it touched a record low of 7.24". A claim in that clause
that names no day of its own is the previous session's, counted back from the main claim's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.timewords import sessions_back
from dashboard.domain import Claim

_MARK = re.compile(
    r"(?<!\bin\s)(?<!\bof\s)\b(?:a|one|the)\s+(?:trading\s+)?(?:day|session)\s+after\b"
    r"|\b(?:a|one)\s+(?:trading\s+)?(?:day|session)\s+earlier\s*,\s*when\b"
    r"|\bthe\s+(?:previous|prior)\s+(?:trading\s+)?(?:day|session)\s*,\s*when\b",
    re.IGNORECASE,
)
# the clause about the day before ends where a new main clause starts
_CLAUSE_END = re.compile(
    r";|,\s*(?:and|but|while|whereas|as|though|although|even\s+as)\s|\s(?:while|whereas)\s"
    r"|,\s*(?:and\s+)?(?:leaving|taking|lifting|pushing|sending|bringing)\s",
    re.IGNORECASE,
)

_FIGURE = re.compile(  # a market figure in the clause: "in which it plunged as low as 1.86%"
    r"\d\s?(?:%|percent|per\s+cent|points?\b|basis\s+points)|\$\s?\d|\b(?:to|at|as\s+low\s+as"
    r"|as\s+high\s+as|below|above)\s+\d(?![\d,.]*-)",
    re.IGNORECASE,
)


def day_after_clauses(s: str, claims: list[Claim]) -> list[Claim]:
    """Claims in a "a day after ..." clause with no day of their own: the session before the
    main claim's."""
    out = list(claims)
    for mark in _MARK.finditer(s):
        anchor = _anchor(out, mark.start())
        if anchor is None or anchor.session is None:
            continue
        day = sessions_back(anchor.session, 1)
        stop = _clause_end(s, mark.end(), out)
        for i, claim in enumerate(out):
            inside = mark.end() <= claim.start < stop
            if inside and not claim.time_words and claim.session not in (None, day):
                out[i] = replace(claim, session=day, since=_since(claim, day))
    return out


_JOINED = re.compile(r"\s+after\s+(?=\w+ing\b)", re.IGNORECASE)  # no comma: the same clause


def participle_days(s: str, claims: list[Claim]) -> list[Claim]:
    """ "having slumped 12.2% the previous session after touching an intraday low": a
    participle hung on a dated claim with no day of its own is that claim's day."""
    out = list(claims)
    for i in range(1, len(out)):
        told, claim = out[i - 1], out[i]
        possessive = told.time_words.endswith(("'s", "’s"))  # "Monday's close of 71.04"
        day = told.session
        if not told.time_words or possessive or claim.time_words or day in (None, claim.session):
            continue
        joined = _JOINED.match(s, told.end)
        if joined is None or joined.end() != claim.start:
            continue
        assert day is not None
        out[i] = replace(claim, session=day, since=_since(claim, day))
    return out


_COMMA = re.compile(r"[,;]")


def _clause_end(s: str, at: int, claims: list[Claim]) -> int:
    """Where the clause about the day before ends: at its first comma when no claim starts
    before it ("a day after a tepid auction, before easing to 5.06%"), else where a new main
    clause starts ("..., in which it plunged as low as 1.86%, before finishing at 2.13%")."""
    comma = _COMMA.search(s, at)
    first = comma.start() if comma else len(s)
    if not any(at <= c.start < first for c in claims) and not _FIGURE.search(s, at, first):
        return first
    end = _CLAUSE_END.search(s, at)
    return end.start() if end else len(s)


def _anchor(claims: list[Claim], at: int) -> Claim | None:
    """The main claim the clause hangs on: the first one before it with a day of its own, else
    the first one before it ("stood at $8,450 late on Friday, compared with $8,620 at Thursday's
    close, a day after it hit a record": a day after Friday)."""
    before = [c for c in claims if c.end <= at]
    dated = [c for c in before if c.time_words]
    first = dated or before
    return first[0] if first else None


def _since(claim: Claim, day: date) -> date | None:
    """A look-back counted from the claim's day ("its highest in 25 years") moves with it."""
    since, old = claim.since, claim.session
    if since is None or old is None or (since.month, since.day) != (old.month, old.day):
        return since
    try:
        return day.replace(year=day.year - (old.year - since.year))
    except ValueError:  # 29 February
        return since

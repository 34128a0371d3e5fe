"""Firsts told without "for" ("..., a first since August 2020", "..., the first time in a
year") or as a clause of their own ("the first time the currency had breached that level since
2008"): ``tail_records`` makes each the record of the level the claim reached."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig

FIRST_CLAUSE = re.compile(  # "the first time the currency had breached that level since 2008"
    r"the\s+first\s+time\s+(?:(?:it|they|the\s+[\w.-]+(?:\s+[\w.-]+)?)\s+)(?:has|had|have)\s+"
    r"(?:[a-z]+ed|hit|set|broken|risen|fallen|sunk|been)\s+(?:(?:above|below|beyond|past|through"
    r"|under|over)\s+)?(?:(?:that|this|the)\s+(?:level|mark|threshold|line|barrier)|it)\s+since\s+"
    r"(?P<since>(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_BARE_FIRST = re.compile(  # "..., a first since August 2020", "..., the first time in a year"
    fig.FIRST_TIME_RE.pattern.replace(
        r"for\s+(?:the\s+)?first\s+time",
        r"(?:a\s+first|the\s+first\s+time)(?=\s+(?:since|in)\s)",
        1,
    ),
    re.IGNORECASE,
)

_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;]|$)|\s+(?:as|after|before|while|when|amid|and)\s", re.I)


def bare_first(s: str, here: int) -> re.Match[str] | None:
    """ "the first time in a year" at ``here`` when its clause ends there (not "the first time
    in a week that it gained")."""
    m = _BARE_FIRST.match(s, here)
    return m if m is not None and _CLAUSE_ENDS.match(s, m.end()) else None

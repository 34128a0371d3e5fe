"""A close named as a reference point with its level: "the index's Friday close of 38,814.56",
"its close of 83.5750 in the previous session". The words state where the market closed on
that day: a level claim (no move) on the owner, dated by the day the words name."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.timewords import _WEEKDAY, TIME_RE

CLOSE_OF_RE = re.compile(
    r"(?<![\w-])(?:(?P<poss>(?:last\s+)?" + _WEEKDAY + r"|yesterday)['’]s\s+"
    r"|(?:(?:its|their)\s+|(?<=['’]s\s))(?:(?P<when>" + _WEEKDAY + r")\s+)?)"
    r"(?P<noun>close|closing\s+level|settlement)\s+of(?=\s)",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def dated_close(sentence: str, m: re.Match[str]) -> bool:
    """A level follows, and a day is named: in the words before it or right after the level
    ("its close of 83.5750 in the previous session"); an undated close is left alone."""
    level = fig.LEVEL_RE.match(sentence, m.end("noun") + 1)
    if level is None or level.group("prep").lower() != "of":
        return False
    if m.group("poss") or m.group("when"):
        return True
    space = _SPACE.match(sentence, level.end())
    return space is not None and TIME_RE.match(sentence, space.end()) is not None


def its_close(match: re.Match[str] | None) -> bool:
    """ "..., compared with its close of 83.5750": the close of the subject just told."""
    said = match.group(0).lower() if match is not None and match.re is CLOSE_OF_RE else ""
    return said.startswith(("its ", "their "))

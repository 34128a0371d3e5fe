"""Records named beside a level: a new one ("surpassing the record of $10,190 set in February
2011") or an earlier one set as a reference point ("just off its record low of 83.60", "well
below its decade high of 0.970%")."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig

_SPACE = re.compile(r"\s*")

# "surpassing the record of $10,190 set in February 2011": the level reached is a new record
SURPASSED_RE = re.compile(
    r"(?:(?:finally|thus|at\s+last)\s+)?(?:surpassing|topping|eclipsing|breaking|beating|exceeding"
    r"|overtaking"
    r"|(?:edging|moving|climbing|rising|pushing|inching|creeping)\s+(?:past|above|beyond))\s+"
    r"(?:the|its|their)\s+(?P<year>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s+(?:[a-z]+-[a-z]+\s+)?)?"
    r"(?:[$€£]?\d[\d,]*(?:\.\d+)?\s+(?=(?:all-time\s+)?record\b))?"  # "the $1,032.70 record it set"
    r"(?:(?:previous\s+|prior\s+|old\s+|former\s+)?(?:all-time\s+)?record"
    r"(?:\s+(?:closing\s+)?(?P<hl>high|low|close))?"
    # "eclipsing its previous closing peak": the earlier extreme, so a record
    r"|(?P<prev>(?:previous|prior|former)\s+)?(?:all-time\s+)?(?:closing\s+|intraday\s+)?"
    r"(?P<peak>peak|high|(?P<low>low|trough))s?\b)(?:\s+(?:of|at)\s+(?:just\s+)?"
    r"(?:(?:over|under|about|around)\s+)?(?:[$€£]\s?)?\d[\d,.]*)?"
    r"(?P<set>\s+(?:(?:it|they)\s+)?(?:had\s+)?(?:set|hit|reached)\s+(?:in|on|during)\s+"
    r"[^,;.]{1,30}?(?=[,;.]|$))?",
    re.IGNORECASE,
)  # a peak, not a record, only with a word that dates it: "its 2008 closing peak of just over 80"


def dated_peak(m: re.Match[str]) -> bool:
    """A SURPASSED_RE match names a record, or a peak the words date or call previous."""
    return not m.group("peak") or any(m.group(g) for g in ("prev", "year", "set"))


# "..., just off its record low of 83.60": a noun reference to an earlier record, its own claim
_NEAR = re.compile(
    r"(?:just\s+|still\s+|only\s+|well\s+|far\s+)?(?:off|near|shy\s+of|short\s+of|below|under|close\s+to"
    r"|not\s+far\s+(?:from|off|above|below))\s+",
    re.IGNORECASE,
)
_OWNED = re.compile(r"\b(?:its|their)\s|['’]s\s", re.IGNORECASE)


def earlier_record(s: str, m: re.Match[str]) -> bool:
    """ "its record low of 83.60", "Thursday's record close of 4,100": a dated or owned record
    with its level, named as a reference point."""
    of_level = fig.LEVEL_RE.match(s, _SPACE.match(s, m.end()).end())  # type: ignore[union-attr]
    owned = _OWNED.search(m.group(0)) is not None
    return owned and of_level is not None and of_level.group("prep").lower() == "of"


def near_record(s: str, here: int) -> re.Match[str] | None:
    """The earlier record a level is set beside ("just off its record low of 83.60"), if any."""
    near = _NEAR.match(s, here)
    m = fig.RECORD_RE.match(s, near.end()) if near else None
    return m if m and m.group("lead") is None and earlier_record(s, m) else None

"""A state set against a closing verb is the day's close: "closed mixed, with the Dow up 0.1%",
"ended at session lows, down 2.4%", "ended well off its lows but was still down 14%"."""

from __future__ import annotations

import re

from dashboard.claims.timewords import Hint, TimeRef
from dashboard.claims.triggers import Trigger

_CLOSING = (  # also "erased early gains to close lower, with ...": it did close
    r"(?:\b(?:closed|ended|finished|settled|before\s+(?:closing|ending|finishing|settling))"
    r"|(?<!\bset\s)(?<!\bpoised\s)(?<!\bexpected\s)"
    r"\bto\s+(?:close|end|finish|settle))\b(?!\s+the\s+morning)[^;]{0,100}?,?\s+with\s+(?:the\s+)?"
)
_OTHER_CLAUSE = r"(?!\b(?:while|whereas|but|as|after|before|which|when|although|though)\b)"
_CLOSED_WITH = re.compile(
    _CLOSING
    + r"(?:(?:"
    + _OTHER_CLAUSE
    + r"[^;]){0,160}(?:,|\band)\s+"
    + _OTHER_CLAUSE
    + r"(?:the\s+)?)?(?:[^,;]|,(?=\d)){0,40}$",  # the first item of the "with" list, or a later one
    re.I,
)
_CLOSED_BUT = re.compile(
    r"\b(?:closed|ended|finished|settled)\b[^;]{0,80}?\bbut\s+(?:(?:was|were)\s+)?(?:still\s+)?$",
    re.I,
)
_CLOSED_APPOSITIVE = re.compile(
    r"\b(?:closed|ended|finished|settled|closing|ending|finishing|settling"
    r"|(?:to|a|its|their)\s+(?:record\s+)?close"  # "to a close of"
    r"|(?:to|and)\s+(?:end|finish|settle))\b(?:[^,;]|,(?=\d)){0,70}"  # "and finish at the day's high"
    r"(?:,\s*respectively)?(?:,?\s+on\s+\w+day)?,\s*(?:still\s+)?$",
    re.IGNORECASE,
)

_DAY_APPOSITIVE = re.compile(
    r"\b(?:one-day|single-day|single-session|(?:best|worst)\s+(?:day|session)s?)\b[^,;]{0,40},\s*$",
    re.IGNORECASE,
)


def closed_before(s: str, trigger: Trigger, start: int, times: list[TimeRef]) -> bool:
    """ "closed mixed, with the Dow up 0.1%", "ended at session lows, down 2.4%": a state set
    against a closing verb is the close (a day may be named, not another window)."""
    dated = all(t.hint is Hint.NONE and t.since is None for t in times)
    if dated and _CLOSED_WITH.search(s, 0, start):
        return True  # "ended the week 2.2% lower, ..., with the Stoxx 600 down 0.8% on Friday"
    if all(t.hint is Hint.NONE for t in times) and _CLOSED_BUT.search(s, 0, trigger.start):
        return True  # "ended well off its weakest levels on Friday but was still down about 14%"
    appositive = trigger.word.strip(" ,").lower() in ("up", "down", "off")
    if appositive and dated and _DAY_APPOSITIVE.search(s, 0, start) is not None:
        return True  # "had its biggest one-day fall on record, down 8.4%": that day's move
    if start == trigger.start:  # a trigger that holds its own comma (", up 41.2 points")
        start += len(trigger.word) - len(trigger.word.lstrip(" ,"))
    return appositive and dated and _CLOSED_APPOSITIVE.search(s, 0, start) is not None

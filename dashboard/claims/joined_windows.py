"""A joined clause that names no time of its own shares the window of the move before it:
"The Nasdaq lost 33.1% in 2022, while the S&P 500 shed 19.4%"."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.timewords import Hint, TimeRef

_WHILE_GAP = re.compile(  # also after the move's own mark: "..., its worst year since 2008, while"
    r"(?:\s*,\s*(?:its|their)\s[^,;]*)?\s*,?\s*(?:while|whereas|and)\s+(?:the\s+)?$", re.IGNORECASE
)
_JOINED_END = re.compile(r"(?:,\s*|\s+)(?<!even\s)(?:while|whereas|and|as)\s+(?:the\s+)?$", re.I)
_DAYISH = re.compile(r"[a-z]+day\b|yesterday|today|\bGMT\b|\d:\d|morning|afternoon", re.I)


def joined_window(s: str, previous: ctx.Previous | None, start: int) -> TimeRef | None:
    """ "The Nasdaq lost 33.1% in 2022, while the S&P 500 shed 19.4%": a joined clause that names
    no time of its own shares the window of the move before it."""
    if previous is None or previous.since is None or start < previous.end:
        return None
    gap = s[previous.end : start]
    if not _WHILE_GAP.fullmatch(gap) and not (_JOINED_END.search(gap) and not _DAYISH.search(gap)):
        return None  # "lost 64% in 2022 as the collapse of FTX ..., while ether dropped 67%"
    if re.search(
        r"[;]|\band\b|(?:mon|tues|wednes|thurs|fri)day|yesterday|\b(?:taking|bringing|leaving)\b",
        s[: previous.end],
        re.I,
    ):
        return None  # "..., taking its rally since Sept. 11 to 30%, while ...": the day's clause
    return TimeRef("", previous.session, previous.since, Hint.PERIOD)

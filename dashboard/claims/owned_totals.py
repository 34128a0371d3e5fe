"""A running total told with its owner as the subject ("the index's two-day loss topped 12%",
"the rouble's losses this year swelled to 50%", "gold's gain for the week stood at 3%"): the
owner's move over the window the words name."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.trigger_patterns import EVERY, MONTH_NAME
from dashboard.domain import Direction

OWNED_TOTAL_RE = re.compile(
    r"(?<=['’]s\s)(?:(?:(?P<every>year-to-date|" + EVERY + r"|" + MONTH_NAME + r")"
    r"|cumulative|overall|total|(?P<span>[\w]+-(?:day|session|week|month)))\s+)?"
    r"(?P<noun>gains?|loss(?:es)?|declines?|drops?|falls?|slides?|rally|rallies|rises?|advances?"
    r"|slump|rebound|retreat)"
    r"(?:\s+(?P<when>this\s+(?:week|month|year|quarter)|so\s+far\s+this\s+(?:week|month|year)"
    r"|since\s+[^,;]{1,60}?|year[\s-]to[\s-]date|for\s+the\s+(?:week|month|year|quarter)"
    r"|(?:over|in)\s+the\s+(?:past|last)\s+\w+\s+(?:sessions|days|trading\s+days|weeks|months)))?"
    r"\s+(?:has\s+|have\s+)?(?:(?P<beyond>topped|exceeded|surpassed|(?:now\s+)?exceeds?)|reached|hit|swelled\s+to|widened\s+to"
    r"|deepened\s+to|grew\s+to|(?:now\s+)?(?:stood|stands?)\s+at|came\s+to|amounted\s+to|ballooned\s+to|stretched\s+to"
    r"|rose\s+to|(?P<cut>narrowed\s+to|shrank\s+to))\s+(?P<fig>(?:(?:"
    + fig.HEDGE
    + r")\s+)?"
    + fig.NUM
    + r"[\s-]?(?:%|(?:percent|per\s+cent|pct|basis\s+points|bps?)\b))",
    re.IGNORECASE,
)


def total_way(noun: str) -> Direction:
    """The way of the running total's noun."""
    low = noun.lower()
    way = MOVE_NOUNS.get(low.rstrip("s"), MOVE_NOUNS.get(low))
    if way is None:
        way = (
            Direction.DOWN if low.startswith(("loss", "decl", "slump", "losing")) else Direction.UP
        )
    return way


def window_words(match: re.Match[str] | None) -> str | None:
    """The words naming a running total's window: "since Monday" in "taking its loss since
    Monday to 5%", or "this week" for "trimming the week's gain to 3.2%"."""
    found = match.groupdict() if match else {}
    if found.get("when"):
        return found["when"]
    return f"this {found['pwin']}" if found.get("pwin") else None

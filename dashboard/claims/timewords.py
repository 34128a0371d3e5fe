"""Time words: the phrases that date a claim, and the calendar arithmetic behind their dates
(one matched phrase is resolved in ``timeresolve``). Resolution is from a reference date: the publication date, or the date in a dateline.
Weekday names are the most recent such day on or before it; "yesterday" is the day before;
"the previous day" / "a day earlier" are the day before the claim in play; explicit dates
take the year that puts them on or before the reference date (allowing a week's slack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dashboard.claims.lexicon import HEDGES, NUMBER_WORDS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
MONTH_NAMES = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
))  # fmt: skip
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"  # fmt: skip
_HEDGE_WORDS = "|".join(
    sorted((re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES), key=len, reverse=True)
)
_UNIT_OF = r"(?:week|month|quarter|year)\s+(?:of\s+[a-z]+(?:\s+[a-z]+){0,2}?|since\s+(?:19|20)\d\d)"
_HEDGED_FIGURE = (  # "the week almost 3% higher", "the week only 3.4% lower"
    r"|(?:(?:only|just|merely|a\s+mere)\s+)?(?:(?:" + _HEDGE_WORDS + r")\s+)?[$€£]?\d"
)
_WEEKDAY = (  # abbreviations keep their stop ("Tues."; bare "Wed" is a word); not "Black Monday"
    r"(?<!black\s)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
)
NAMED_DAY = _WEEKDAY + r"|" + _MONTH + r"\s+\d{1,2}\b"  # "Monday", "Tues.", "March 8"
_DAY_SPAN = (  # "from Friday through Monday", "over Thursday and Friday": both days and between
    r"(?:from\s+(?:last\s+)?" + _WEEKDAY + r"\s+(?:through|to|until)"
    r"|(?:over|across|between)\s+(?:last\s+)?" + _WEEKDAY + r"\s+and)\s+" + _WEEKDAY
)
_DAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                      "fri": 4, "sat": 5, "sun": 6}  # fmt: skip
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATED_EVENT = (  # "since the Oct. 7 attack on Israel", "since the Nov. 5 election"
    r"(?:\s+(?:attacks?|invasion|election|vote|referendum|meeting|decision|announcement|crash"
    r"|collapse|selloff|sell-off|default|devaluation|coup|shock|outbreak|strikes?"
    r"|peak|high|low|trough|close|record(?:\s+(?:high|low|close|peak))?)"  # "its Aug. 26 record close"
    r"(?:\s+(?:on|in|of|by)\s+[\w.-]+)?)?"
)
_DATED_POINT = (  # "from its record close on Nov. 19", "since the peak of March 13, 2023"
    r"(?:\s+(?:of|on)\s+(?:" + _MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r")?))"
)
_NUM = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


class Hint(StrEnum):
    """What the time words say about the measure."""

    NONE = "none"
    OPEN = "open"  # at the open, in early trading
    CLOSE = "close"  # at the close
    INTRADAY = "intraday"  # by midday, at 1400 GMT, in Asian trading
    EXTREME = "extreme"  # at one point
    PERIOD = "period"  # this week, year to date
    PREVIOUS = "previous"  # the previous day: relative to the claim in play


@dataclass(frozen=True)
class TimeRef:
    """What one time phrase fixes."""

    words: str
    session: date | None = None
    since: date | None = None
    hint: Hint = Hint.NONE


_MARKET_PLACE = (
    r"london|new\s+york|tokyo|moscow|hong\s+kong|shanghai|singapore|sydney|frankfurt|mumbai"
    r"|seoul|wellington|istanbul|u\.s\.|asian|european|zurich|paris|toronto|chicago|taipei"
)
_INVADED = r"(?:invaded|attacked|entered|(?:crossed|marched|rolled|poured)\s+into)"  # Ukraine, 2022
_CLOCK = (  # "By 0415 GMT, ...": a clock time, fronted or not
    r"(?:at|by|as\s+of|around)\s+(?:\d{1,2}(?::?\d{2})?(?:\s*[ap]\.?m\.?)?\s*(?:gmt|utc|et|est|edt"
    r"|bst|cet|ist|jst|hkt|sgt|aest|aedt|msk|local\s+time|moscow\s+time)\b"
    r"|\d{1,2}(?::\d{2})?\s*[ap]\.m\.|\d{1,2}:\d{2}(?!\d))"  # "at 11:20 a.m. IST", "by 10:30"
)
_MARKET_NAMED = r"(?:(?:" + _MARKET_PLACE + r")\s+)?"  # "at the London close"
# what "at the end of" closes: "trading", "the session", "New York trading", "the trading day"
_DAY_END = (
    r"(?:the\s+)?(?:(?:" + _MARKET_PLACE + r")\s+)?(?:trading(?:\s+day)?|trade|dealings|session"
    r"|day)\b(?!['’])"
)
_CLOSE_OF = (
    r"(?:at|by)\s+the\s+(?:close|end)\s+of\s+" + _DAY_END
)  # "by the close of New York trade"
_AT_ITS_MOST = (
    r"at\s+(?:its|their)\s+(?:(?:session|intraday|day['’]s)\s+)?"
    r"(?:weakest|strongest|lowest|highest|worst|best|peak|low|high)"
    r"(?=\s*[,;.]|\s*$|\s+(?:on|of\s+the\s+(?:day|session)|earlier|intraday|during|and|had|was"
    r"|were|in\s+the\s+(?:morning|afternoon)|to(?!\s+date))\b)"  # "which at its worst had shed"
    r"|at\s+the\s+(?:height|depths?|worst|bottom)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:selling|selloff|sell-off|rout|rally|panic|slide|plunge|crash|slump|turmoil|frenzy)\b"
)  # "At its weakest, the rand was down 1.9%" (not "... since 2020"), "At the height of the rout"
AT_ONE_POINT = (  # "at one point in the afternoon", "at another stage"
    r"at\s+(?:one|another)\s+(?:point|stage)(?:\s+(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:morning|afternoon|session|day)\b)?"
)
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("gmt", _CLOCK),
    (
        "one_point",
        r"earlier\s+in\s+the\s+(?:day|session)|"
        + AT_ONE_POINT
        + r"|at\s+(?:its|their|the)\s+(?:session\s+)?(?:high|low|peak)s?\b"
        r"|" + _AT_ITS_MOST,
    ),
    (
        "open",
        r"at\s+the\s+(?:opening\s+)?bell|at\s+the\s+(?:open(?:ing)?|start\s+of\s+trad(?:ing|e))"
        r"|in\s+opening\s+(?:trading|trade|deals)",  # "at the opening bell" whole, then its day
    ),
    (
        "close",
        _CLOSE_OF + r"|at\s+the\s+(?:" + _MARKET_NAMED + r"close|settle(?:ment)?)"
        r"|at\s+settlement|by\s+the\s+(?:" + _MARKET_NAMED + r"close|settle(?:ment)?)"
        r"|(?:when|as)\s+(?:trading|the\s+session|dealing|dealings)\s+(?:ended|closed)"
        r"|(?:when|as)\s+the\s+closing\s+bell\s+(?:rang|sounded)"
        r"|(?:during|in)\s+the\s+(?:floor|pit|regular|day)\s+session",  # "made during the floor session"
    ),
    (
        "intraday",
        r"as\s+the\s+(?:session|day|morning|afternoon)\s+(?:progressed|wore\s+on|went\s+on)"
        r"(?=\s+to\s+(?:end|close|finish|settle)\b)"
        r"|later\s+in\s+the\s+(?:session|day)\b|"  # "recovered as the session progressed to end"
        r"(?:in|over)\s+the\s+(?:past|last|previous)\s+24\s+hours|in\s+the\s+24\s+hours\s+(?:to|through)\b"
        r"|(?:in|over|within)\s+24\s+hours\b"  # "having added more than $4,000 in 24 hours"
        r"|intraday(?=\s*[,;.]|\s*$|\s+(?:on|in|late|early)\b)"  # "as much as 3% intraday on Monday"
        r"|(?:shortly|just|soon|minutes)\s+after\s+the\s+(?:open|opening\s+bell|bell)\b"
        r"|(?:(?:shortly|just)\s+)?(?:by|at|around|before|after)\s+(?:noon|midday|lunch"
        r"|(?:the\s+)?(?:midday|lunch)(?:time)?\s+break)"
        r"|(?:by|in|into)\s+(?:the\s+)?(?:mid|early|late)[\s-]?(?:morning|afternoon)\b"
        r"(?:\s+(?:(?:" + _MARKET_PLACE + r")\s+)?(?:trading|trade|deals|dealings?|hours)\b)?"
        r"|(?:(?:in|during|at\s+the\s+end\s+of)\s+)?the\s+morning\s+session"
        r"|the\s+morning(?=\s+(?:[$€£]?\d|(?:up|down|higher|lower|flat|firmer|weaker|stronger"
        r"|softer)\b))"  # "ended the morning 0.8% firmer": its half-day close
        r"|in\s+(?:(?:new\s+york|london|u\.s\.|frankfurt)\s+)?(?:pre-?market|after-?hours"
        r"|post-?settlement|extended|electronic)(?:\s+electronic)?"
        r"\s+(?:trading|trade|deals|dealings)|before\s+the\s+(?:opening\s+)?(?:bell|open)|"
        r"in\s+the\s+(?:minutes|hours|moments)\s+(?:after|following|before)(?:\s+(?:it|the\s+\w+))?"
        r"|in\s+the\s+(?:first|opening)\s+(?:few\s+)?(?:minutes|hour|hours|moments|half[\s-]hour)"
        r"(?:\s+of\s+(?:trade|trading|dealing|the\s+session))?"
        r"|(?:(?:late|early)\s+)?(?:in|by)\s+the\s+"
        + _MARKET_NAMED
        + r"(?:morning|afternoon)"  # "in the Asian"
        r"|in\s+(?:(?:thin|subdued|quiet|light|choppy|volatile|nervous|cautious|hectic|frantic)\s+)?(?:early\s+)?(?:asian|early|morning"
        r"|afternoon|late|midday|european|overnight)\s+(?:trading|trade|deals|dealings?|hours)"
        # "in early Moscow trade", "in late London trading": a part of the day, then its market
        r"|in\s+(?:(?:thin|subdued|quiet|light|choppy|volatile|nervous|cautious|hectic|frantic)\s+)?(?:early|late|morning|afternoon|midday)\s+(?:"
        + _MARKET_PLACE
        + r")"
        r"\s+(?:trading|trade|deals|dealings?|hours)"
        # "in London afternoon trade": the market, then its part of the day
        r"|in\s+(?:(?:thin|subdued|quiet|light|choppy|volatile|nervous|cautious|hectic|frantic)\s+)?(?:(?:early|late)\s+)?(?:"
        + _MARKET_PLACE
        + r")"
        r"\s+(?:morning|afternoon|midday|lunchtime)\s+(?:trading|trade|deals|dealings?|hours)",
    ),
    (  # "on Christmas Eve": the last such day on or before the reference
        "holiday",
        r"(?:on\s+)?(?:christmas\s+eve|christmas\s+day|boxing\s+day|new\s+year['’]s\s+eve"
        r"|thanksgiving(?:\s+day)?)\b",
    ),
    (
        "weekend",  # before "period": "over the week" must not read "over the weekend"
        r"(?:(?:over|during|at|on|in)\s+the|this\s+(?:past\s+)?|last)\s+weekend\b",
    ),
    (
        "months",
        r"(?:in|over|during)\s+(?P<m1>"
        + _MONTH_NAME
        + r")\s+(?:and|through|to)\s+(?P<m2>"
        + _MONTH_NAME
        + r")\b",
    ),
    (
        "from_ago",  # "down 85% from its level a year earlier": a change over that window
        r"from\s+(?:(?:its|their|the)\s+(?:levels?|prices?)\s+)?(?P<from_n>a|one|"
        + _NUM
        + r")\s+(?P<from_unit>years?|months?|weeks?)\s+(?:earlier|ago|before)\b",
    ),
    (  # "over the same period": the window of the claim before it (resolved with it)
        "same_window",
        r"(?:over|during|in|for|across)\s+the\s+same\s+(?:period|stretch|span|interval"
        r"|time(?:\s*frame)?|window|week|month|quarter|year|(?:[a-z]+\s+)?(?:sessions|trading\s+days)"
        r"|days|weeks|months)\b",
    ),
    ("period_since_wd", r"since\s+(?:last\s+)?" + _WEEKDAY),
    ("period_since_last", r"since\s+last\s+(?:year|month|week|" + _MONTH_NAME + r")(?![\w'’])"),
    (
        "period_since_start",
        r"since\s+the\s+(?:start|beginning|turn)\s+of\s+(?:(?:the|last)\s+(?:year|week|month)|"
        + _MONTH_NAME
        + r"(?![\w'’]))",  # "since the start of June"
    ),
    (
        "period",
        # "still about 50% higher than at the start of the year": the move since it began
        r"than\s+(?:at|on)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month|quarter)"
        r"\b|(?:in|over|during|for)\s+the\s+"
        + _MONTH_NAME
        + r"[-–]"
        + _MONTH_NAME
        + r"\s+(?:period|quarter|stretch)\b|"  # "in the April-June period"
        r"(?:in|over|during|for)\s+the\s+(?:(?:first|second|third|fourth)\s+(?:half|quarter)(?![\s-]+hour)"
        r"|first\s+(?:three|six|nine)\s+months)(?:\s+of\s+(?:the\s+year|\d{4}))?|"
        r"from\s+(?:its|their|the)\s+(?:recent\s+|[a-z\d]+\s+){0,2}?(?:peak|high|low|trough"
        r"|record(?:\s+(?:high|low|close|peak))?|all-time\s+(?:high|low|peak))s?\b"
        + _DATED_POINT
        + r"?|since\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:low|high|peak|trough|start"
        r"|outbreak|invasion|election|vote|crash|listing|debut|flotation|began|begun|started)\b"
        r"(?:" + _DATED_POINT + r"|\s+(?:began|started|in\s+\w+(?:\s+(?:19|20)\d\d\b)?))?|"
        r"since\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?"  # "since Hamas' Oct. 7 attack"
        + _MONTH
        + r"\s+"
        + _DAY
        + r"\b(?:,?\s+"
        + _YEAR
        + r")?"
        + _DATED_EVENT
        + r"|since\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?"  # "since 22 April", day first
        + _DAY
        + r"\s+"
        + _MONTH
        + r"(?![a-z])(?:,?\s+"
        + _YEAR
        + r")?"
        + _DATED_EVENT
        + r"|since\s+(?:(?:early|mid|late)[\s-]*)?(?:"
        + _MONTH
        + r"(?:\s+"
        + _YEAR
        + r")?|"
        + _YEAR
        + r")\b|"
        r"since\s+(?:russia|moscow|russian\s+(?:troops|forces|tanks))\s+" + _INVADED + r"\s+ukraine"
        r"(?:\s+(?:last\s+week|on\s+feb(?:ruary|\.)?\s+24))?|"
        r"(?:in|over|within)\s+(?:just\s+)?(?:a|one)\s+(?:week|month|year)\b|"
        r"(?:over|in)\s+the\s+(?:previous|prior|preceding)\s+"
        + _NUM
        + r"\s+(?:weeks|days|sessions)|"
        r"(?:over|in|for)\s+the\s+week\s+to\s+"
        + _WEEKDAY
        + r"|(?:over|in|during)\s+the\s+"
        + _NUM
        + r"\s+(?:sessions|trading\s+days)\s+(?:to|through)"
        r"\s+(?:last\s+)?"
        + _WEEKDAY  # "in the five sessions through Thursday"
        + r"|"
        + _DAY_SPAN  # "from Friday through Monday"
        + r"|(?:so\s+far\s+|earlier\s+|later\s+)?this\s+"
        r"(?:week|month|year|quarter)|so\s+far\s+in\s+\d{4}"
        r"|(?:(?:in|for|over)\s+the\s+)?(?:year|month|quarter|week)[\s-]to[\s-]date|(?:for|on|over|across|over\s+the\s+course\s+of)\s+the\s+(?:holiday-shortened\s+)?(?:week|month|year|quarter)"
        r"|in\s+the\s+(?:holiday-shortened\s+)?(?:week|month|quarter)(?!\s+(?:to|through|ended|ending|before|after)\b)"
        r"|(?:the\s+(?:week|month|year|quarter|(?:first|second|third|fourth)\s+(?:quarter|half)"
        r"(?:\s+of\s+(?:19|20)\d\d)?)"  # "ended the first half of 2022 down nearly 60%"
        r"|may|(?:a|an|the|its|their)\s+(?!(?:best|worst|biggest"
        r"|first|last|second|third|fourth)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:week|month|quarter|year)"
        r"|(?:an?|its|their)\s+(?:(?:best|worst)\s+)?" + _UNIT_OF + r")"  # "of wild swings"; "ended
        r"(?=\s+(?:(?:little|barely|largely|virtually|almost|nearly|broadly)\s+changed|up|down"
        r"|higher|lower|flat|unchanged|with|at"  # a bruising week 9% lower"
         + _HEDGED_FIGURE + r"))"
        r"|(?:(?:in|over|during)\s+)?(?:last|the\s+(?:previous|prior))\s+(?:week|month|year)"  # "the previous week's 41% surge"
        r"|(?:in|over|across)\s+the\s+(?:past|last)\s+(?:week|month|year)"
        r"|(?:(?:so\s+far\s+)?(?:in|for|over|during|across|(?:over|in)\s+the\s+course\s+of)\s+)?"
        r"(?:january|february"
        r"|march|april|june|july|august|september|october|november|december)\b"
        r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d|%))"
        r"|(?:so\s+far\s+)?(?:in|over|during|across|(?:over|in)\s+the\s+course\s+of)\s+may\b"
        r"|(?:in|over|across)\s+(?:the\s+(?:past|last)\s+|the\s+|just\s+|only\s+)?"
        r"(?:(?:roughly|about|around|nearly|almost|some|less\s+than|(?:a\s+)?little\s+more\s+than"
        r"|more\s+than|just\s+over|just\s+under)\s+)?"  # "in roughly 12 months": the whole span
         + _NUM + r"\s+(?:sessions|days|trading\s+days|weeks|months|years)\b",
    ),
    ("date", r"(?:on\s+)?" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b"),
    ("date_dm", r"(?:on\s+)?" + _DAY + r"\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?\b"),
    (
        "weekday_session",
        r"(?:in|at|by|during|into)\s+"
        + _WEEKDAY
        + r"['’]s\s+(?:(?:early|late|morning|afternoon|half-day|asian)\s+)?(?:session|close|trading"
        + r"|trade|open(?:ing)?|chaos|turmoil|mayhem|panic|frenzy|rout|sell-?off)\b"  # "chaos"
        + r"|"  # "finished Tuesday's session up 1.4%": the session a close verb ends
        + _WEEKDAY
        + r"['’]s\s+(?:(?!session\b)[a-z-]+\s+)?session\b",  # "Thursday's curtailed session"
    ),
    (
        "weekdays",
        r"(?:on\s+|over\s+|across\s+)?"
        + _WEEKDAY
        + r"\s+(?:and|through|to)\s+"
        + _WEEKDAY
        + r"(?!['’]s)",
    ),
    (
        "weekday",
        r"(?:(?:on|early|late|last|this|by)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?"  # "by early Monday"
        + _WEEKDAY
        + r"(?!['’]s)"
        + _PART,
    ),
    ("yesterday", r"yesterday|overnight(?!\son\s" + _WEEKDAY + r")|(?:on\s)?the\sprevious\snight"),
    (
        "previous",
        r"(?<!\bup\s)(?<!down\s)(?:(?:on|in)\s+)?the\s+(?:previous|prior)\s+(?:day|session"
        r"|trading\s+day)(?!['’]s)"  # not "closed 0.5% down on the previous session": its close
        r"|(?:a|one)\s+(?:day|session|trading\s+day)\s+(?:earlier|before)"
        r"|the\s+(?:day|session|trading\s+day)\s+before",
    ),
    ("ago", r"(?:a|one|" + _NUM + r")\s+(?P<ago_unit>days?|weeks?)\s+(?:earlier|ago|before)\b"),
    (
        "today",
        r"(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|on\s+the\s+day|earlier\s+in\s+the\s+(?:day|session)"
        r"|in\s+(?:the\s+)?(?:day's\s+)?trading|(?:(?:in|over|during|throughout)\s+)?(?:the\s+)?session"
        r"|(?:over|during|throughout)\s+the\s+day|earlier",
    ),
    # "ended 2023 up 20%", "closed out 2023 with a gain", "ended 2022 at 3.67%": the year it ends
    (
        "year",
        r"(?:in|during|throughout|over|over\s+the\s+course\s+of)\s+"
        + _YEAR
        + r"|"
        + _YEAR
        + r"(?=\s+(?:(?:up|down|higher|lower|with|at)\b"
        + _HEDGED_FIGURE
        + r"))",
    ),
    ("since_clause", r"since\s+(?=[A-Za-z])"),
)
TIME_RE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS), re.IGNORECASE
)
# A time phrase at the start of a clause ("On Thursday, the index ...").
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"  # "On Thursday afternoon, ..."
LEAD_TIME_RE = re.compile(
    r"(?:over|in|for)\s+the\s+week\s+to\s+" + _WEEKDAY  # "Over the week to Friday, ..."
    + r"|(?:over|in|during)\s+the\s+" + _NUM + r"\s+(?:sessions|trading\s+days)\s+(?:to|through)\s+"
    + r"(?:last\s+)?" + _WEEKDAY
    + r"|" + _DAY_SPAN
    + r"|(?:in|over)\s+(?:just\s+|only\s+)?" + _NUM + r"\s+(?:sessions|trading\s+days|weeks)\b"
    + r"|(?:(?:on|early|late|last|by|earlier)\s+)?(?:" + _WEEKDAY + _DAY_PART + r"|" + _MONTH + r"\s+" + _DAY + r"(?!\d)"
    + r"(?:,\s+" + _YEAR + r"(?!\d))?"
    + r"|yesterday|today|(?:at|by)\s+the\s+(?:(?:close|end)\s+of\s+" + _DAY_END + r"|"
    + _MARKET_NAMED + r"close)"
    + r"|(?:over|during)\s+the\s+weekend"
    + r"|(?:(?<![\s\S])|(?<=[,;:]\s))(?:in|during|over|for)\s+" + _MONTH_NAME + r"(?![\w'’])"  # "In January, ..."
    + r"|(?:for|over)\s+the\s+(?:week|month|year|quarter)\b"
    + r"|(?:(?<![\s\S])|(?<=[,;:]\s))(?:in|over|during|for)\s+the\s+(?:(?:first|second|third"
    + r"|fourth)\s+(?:half|quarter)(?![\s-]+hour)|first\s+(?:three|six|nine)\s+months)(?:\s+of\s+(?:the\s+year"
    + r"|\d{4}))?"  # "Over the first half, the Kospi shed 21.7%" (opening its sentence)
    + r"|at\s+the\s+(?:opening\s+bell|open)|" + AT_ONE_POINT + "|" + _AT_ITS_MOST
    + r"|(?:so\s+far\s+)?this\s+(?:week|month|year|quarter)|(?:in|during|over|throughout|over\s+the\s+course\s+of)\s+(?:19|20)\d\d|last\s+(?:week|month|year)|year[\s-]to[\s-]date"
    + r"|before\s+the\s+(?:opening\s+)?(?:bell|open)|in\s+" + _MARKET_NAMED + r"(?:pre-?market|after-?hours|early|late"
    + r"|afternoon|morning)\s+(?:(?:" + _MARKET_PLACE + r")\s+)?(?:trading|trade|deals)"
    + r"|in\s+(?:early\s+)?(?:asian|european)\s+(?:trading|trade|deals|hours)"  # "In Asian trade, ..."
    + r"|in\s+(?:" + _MARKET_PLACE + r")\s+(?:morning|afternoon|midday)\s+(?:trading|trade|deals)"
    + r"|by\s+(?:midday|noon|lunchtime|(?:the\s+)?(?:midday|lunch)(?:time)?\s+break)"
    + r"|by\s+(?:mid|early|late)[\s-]?(?:morning|afternoon)\b|" + _CLOCK + r"|(?:over|in)\s+the\s+(?:past|last)"
    + r"\s+(?:\w+\s+)?(?:sessions|days|trading\s+days|weeks|months|week|month|year)"
    + r"|since\s+(?:(?:last\s+)?" + _WEEKDAY + r"|" + _MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r"\b)?)"
    + r"|since\s+the\s+(?:start|beginning|turn)\s+of\s+the\s+(?:week|month|year))(?!['’]s)",
    re.IGNORECASE,
)  # fmt: skip


def number_value(word: str) -> int | None:
    """A small count written in digits or words."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def weekday_words(low: str) -> list[tuple[str, int]]:
    """The weekday names and abbreviations in a lower-cased time phrase, with their indexes."""
    found = []
    for word in re.findall(r"[a-z]+\.?", low):
        bare = word.rstrip(".")
        if bare in WEEKDAYS:
            found.append((bare, WEEKDAYS.index(bare)))
        elif word.endswith(".") and bare in _DAY_ABBREVIATIONS:
            found.append((bare, _DAY_ABBREVIATIONS[bare]))
    return found


def weekday_on_or_before(reference: date, weekday: int, strictly: bool = False) -> date:
    """The most recent date with this weekday on (or strictly before) the reference date."""
    back = (reference.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return reference - timedelta(days=back)


def date_near(reference: date, month: int, day: int, year: int | None = None) -> date | None:
    """An explicit day and month, in the year that puts it on or before the reference."""
    try:
        if year is not None:
            return date(year, month, day)
        found = date(reference.year, month, day)
        if found > reference + timedelta(days=7):
            found = date(reference.year - 1, month, day)
        return found
    except ValueError:
        return None


def sessions_back(reference: date, count: int) -> date:
    """The weekday ``count`` weekdays before the reference date."""
    if count > 400:
        raise ValueError(f"{count} sessions back is not a window an article names")
    day = reference
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def month_start(year: int, month: int, back: int = 0) -> date:
    """The first day of the month ``back`` months before year-month."""
    index = year * 12 + (month - 1) - back
    return date(index // 12, index % 12 + 1, 1)


def same_day(year: int, month: int, day: int) -> date:
    """The same day of the month in another year or month (the 28th when it does not exist)."""
    for candidate in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, candidate))
        except ValueError:
            continue
    return date(year, month, 28)

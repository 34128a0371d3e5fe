"""Trigger pattern tables: movement verbs, extensions, states, appositive and nominal moves,
swings."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import DOWN_VERBS, MOVE_NOUNS, NEUTRAL_VERBS, SIZED_NOUNS, UP_VERBS
from dashboard.claims.timewords import _WEEKDAY
from dashboard.domain import Direction

VERBS = {
    **dict.fromkeys(NEUTRAL_VERBS),
    **dict.fromkeys(UP_VERBS, Direction.UP),
    **dict.fromkeys(DOWN_VERBS, Direction.DOWN),
}
WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")
EXTEND_RE = re.compile(
    r"(?<![\w-])(?:extend(?:ed|ing|s)?|add(?:ed|ing|s)?\s+to|pared|paring|pares?|trimmed|trimming|trims?|whittled|whittling|whittles|limited|limiting|narrowed|narrowing|cut|cutting|widen(?:ed|ing|s)?|deepen(?:ed|ing|s)?)\s+(?:(?:some|much|most|part|half|all)\s+of\s+)?(?:(?:its|their|the"
    r"|recent|this\s+week['’]s|early|initial)\s+)*(?:[\w-]+-day\s+)?(?:(?!the\b|record\b)[a-z]{3,}\s+)?(?P<noun>"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r"|losses|gains|slide|rally|winning\s+streak|losing\s+streak)\b",
    re.IGNORECASE,
)
STATE_RE = re.compile(
    r"(?:(?<![\w-])(?:was|were|is|are|has\s+been|have\s+been|had\s+been|having\s+been|stood"
    r"|traded|trading|trades"
    r"|remains|remained|stays|stayed"  # "but remains up nearly 45% since the invasion"
    r"|changed\s+hands|changes\s+hands|changing\s+hands)"  # "briefly changed hands at $1,330"
    r"|(?<=\b[Ii]t)['’]s"  # "it's down another 1.5%"
    r"|(?<=\b[Aa]fter\s)being|(?<=\b[Dd]espite\s)being)"  # "after being as much as 1.2% stronger"
    r"(?:\s+(?:last|still|now|also|already|recently|currently|quoted|seen|trading|traded"
    r"|changing\s+hands|locked"
    r"|bid|offered|indicated"  # "the pound was bid at $1.2430", "was offered at 3.8550 reais"
    r"|each|both|holding(?=\s+(?:[a-z]+ly\s+)?(?:[$€£]?\d|(?:higher|lower|firmer|weaker|stronger"
    r"|softer)\b|(?:up|down)\s+[$€£]?\d))))*"  # "were each 0.5% stronger", "was holding slightly higher"
    r"(?=\s)",
    re.IGNORECASE,
)
_TURNED = (  # "recouped part of the drop to stand": the share of a move taken back
    r"early|earlier|initial|its|their|some|most\s+of\s+(?:its|their)|all\s+of\s+(?:its|their)"
    r"|(?:part|some|most|much|half|all)\s+of\s+(?:the|its|their|that)\s+(?:drop|slide|fall|loss"
    r"|decline|slump|plunge|gain|rally|rise|advance)"
)
_STATED = (  # what "to trade" must be followed by: a sized state or a flat one
    r"(?:(?:just|only|still)\s+)?(?:slightly|marginally|a\s+little)\s+(?:higher|lower|weaker"
    r"|stronger)\b|"  # "recovered to trade only slightly lower"
    r"(?:(?:just|only|still)\s+)?(?:(?:"
    + fig.HEDGE
    + r")\s+)?[$€£]?\d[\d.,]*"  # "to trade just 1.4% lower", "to stand 15 cents higher"
    r"(?:\s?%|\s+(?:basis\s+points?|bps?|percent|per\s+cent|pct|cents?|points?)|(?=\s))\s+"
    r"(?:higher|lower|weaker|stronger|firmer|softer|up|down)\b"
    r"|(?:little|barely|virtually|nearly)\s+changed\b|unchanged\b|flat\b"
    r"|(?:up|down)\s+(?:(?:"
    + fig.HEDGE
    + r")\s+)?\d[\d.]*(?:\s?%|\s+(?:basis\s+points?|bps?|percent|per\s+cent|pct))"
    r"(?![\w-])"  # "pared gains to trade up 3%"
    r"|(?:up|down)\s+(?:(?:" + fig.HEDGE + r")\s+)?(?:[$€£]\s?\d|\d{1,3}\s+cents\b)"  # "down $1.10"
)
# "extended losses in afternoon trade to stand 1.1% lower": the part of the day the turn took
_DAY_PART = (
    r"(?:in\s+(?:the\s+)?(?:(?:early|late|morning|afternoon|midday|european|asian)\s+)?"
    r"(?:trade|trading|morning|afternoon|session)\s+)?"
)
TO_TRADE_RE = re.compile(
    r"(?<![\w-])(?:(?:[a-z]+(?:ed|ing)|gave\s+up|giving\s+up)\s+(?:back\s+)?(?:(?:"
    + _TURNED
    + r")\s+)*"
    r"(?:back\s+|losses\s+|gains\s+|course\s+|ground\s+)?" + _DAY_PART + r")?to\s+(?:trade|stand)"
    r"(?=\s+(?:" + _STATED + r"))",
)  # a state reached after a turn ("erased early gains to trade"), at the time of writing
APPOSITIVE_RE = re.compile(  # "down 0.6%", "down by 1%", "lower by 1.1%" (a comparative needs "by")
    r"(?<![\w-])(?P<d>up|down|off|(?:higher|lower|stronger|weaker|firmer|softer)(?=\s+by\s))\b"
    r"(?=\s+(?:by\s+)?(?:(?:a\s+further|another|an\s+additional|just|only)\s+)?(?:(?:"
    + fig.HEDGE
    + r")\s+)?(?:[$€£\d]"
    r"|(?:" + fig.FRACTION + r")\b(?!\s+of\b)"  # "down roughly a third from its record"
    r"|(?:an?|one|two|three|four|five|half\s+a|a\s+full)\s+(?:u\.s\.\s+)?(?:cents?|percent"
    r"|percentage\s+points?|basis\s+points?)\b))",  # "off more than a cent"
    re.IGNORECASE,
)
EXTREME_RE = re.compile(
    r"(?<![\w-])(?:(?:(?:was|were|is|are|stayed|remained|finished|ended|closed|settled)\s+)?"
    r"(?:pinned|stuck|mired|locked)\s+"  # "were
    r"|(?:was|were|is|are|(?<!York\s)(?<!London\s)(?<!Tokyo\s)traded|(?<!York\s)(?<!London\s)"
    r"(?<!Tokyo\s)trading|stood|hovered|held|holding|hit|hitting|sitting|sat"  # pinned at"
    r"|touched|touching|closed|ended|finished|settled|closing|ending|finishing|settling)\s+)?"
    r"(?:(?:right\s+|just\s+|only\s+)?(?:at|near|around|close\s+to|to|hit|hitting|touched|touching"
    r"|hugging|hugged"
    r"|not\s+far\s+(?:from|above|below|off)|shy\s+of|on)"  # "not far from the day's low", "on its low"
    r"|(?:just|barely|slightly|a\s+(?:hair|shade|whisker|touch|tad)|(?:only\s+)?a\s+few\s+(?:points"
    r"|cents|pips|ticks))\s+(?:above|below|under|off)"
    r"|barely\s+strayed\s+from"  # "barely strayed from its low of the day"
    r"|within\s+(?:a\s+(?:whisker|hair|shade|touch|fraction)|(?:a\s+few\s+)?(?:cents|points|pips)"
    r")\s+of)\s+"
    r"(?:(?P<art>a|an)\s+(?=(?:fresh\s+|new\s+)?(?:session|intraday)\s))?"  # "hit a session low"
    r"(?:fresh\s+|new\s+)?(?:(?:its|their|the|that)\s+)?(?:very\s+)?(?:(?:session(?:['’]s)?|intraday|day['’]s|daily)\s+"
    r"(?:(?P<hl>high|low|peak|trough)s?\b|(?:best|worst|strongest|weakest|highest|lowest)(?:\s+levels?)?\b)"
    r"|(?P<of_day>high|low|highest|lowest|best|worst|strongest|weakest|peak|trough)s?"
    r"(?:\s+(?:point|level)s?)?"
    r"\s+(?:of|for)\s+the\s+(?:day|session)\b"  # "closed at its high for the day", "its weakest
    r"|(?:top|bottom|(?:upper|lower|top|bottom|weak|strong|high|low)\s+end)\s+of\s+(?:the\s+(?:day|session)['’]s\s+range|(?:its|their|the)\s+(?:(?:daily|intraday"
    r"|session)\s+range|range\s+(?:for|of)\s+the\s+(?:day|session))|(?:its|their)\s+range(?![\w-]))\b)"
    r"(?(art)(?!\s+of\s+[$€£]?\d))",  # of the session"; "hit a session low of 17,800" is an extreme
    re.IGNORECASE,
)
_HIGH_SIDE = re.compile(
    r"\b(?:high|highs|highest|peaks?|best|strongest|top|upper|strong)\b", re.IGNORECASE
)


def extreme_way(words: str) -> Direction:
    """The side of the day's range a session-extreme phrase names."""
    return Direction.UP if _HIGH_SIDE.search(words) else Direction.DOWN


# A hedged size in money or in units: "about $2.30", "1.5%", "17-1/2 pct", "25 basis points".
SIZED_FIGURE = (
    r"(?:(?:"
    + fig.HEDGE
    + r")\s+)?(?:(?:US\$|\$|€|£)\s?"
    + fig.NUM
    + r"|"
    + fig.NUM
    + fig.FRACTION_TAIL
    + r"[\s-]?(?:%|percent|per\s+cent|pct|pc|points?|cents?|basis[\s-]+points?|bps?))"
)
# "a 626-point, 10.9% slide": a move sized in its own units, then in percent (the size)
_POINTS_FIRST = (
    fig.NUM
    + r"-(?:points?|cents?),?\s+(?=(?:"
    + fig.HEDGE
    + r")?\s*[\d.]+\s?(?:%|percent|per\s+cent|pct))"
)
POSSESSOR = (
    r"(?P<poss>(?:last\s+)?"
    + _WEEKDAY
    + r"|yesterday|last\s+week|last\s+month|last\s+year|this\s+(?:week|month|quarter|year)"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|the\s+(?:previous|prior)\s+(?:day|session|trading\s+day|week|month|year))['’]s\s+"
)
# a move noun's window: "a 3% weekly gain", "a first-half loss of 20.6%"
EVERY = (
    r"weekly|monthly|quarterly|annual|yearly|weekend|(?:first|second)-half|(?:first|second|third|fourth)-quarter"
    r"|(?:week|month|quarter|year)['’]s"  # "rounding off a week's gain of about 15%"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:19|20)\d\d(?![\w-])"  # "capped a 2013 rally of almost 30%"
)  # "to round off a November gain of 8.9%"
NOMINAL_RE = re.compile(
    r"(?<![\w-])(?:" + POSSESSOR + r"|(?:a|an|its|their|the)\s+|(?<=['’]s\s)|(?<=s['’]\s))"
    r"(?:(?P<rec>record|all-time)\s+)?"  # "Monday's record 11.4% surge": the biggest move too
    r"(?:(?:early|earlier|initial|opening|morning)\s+)?"
    r"(?:" + _POINTS_FIRST + r")?(?P<fig>" + SIZED_FIGURE + r")[\s-]+"
    r"(?:(?P<every>" + EVERY + r")\s+"  # "a 3% weekly gain": over the window
    r"|(?:one-day|daily|overnight|intraday|two-day|single-day|session|early|initial|opening"
    r"|morning)\s+"  # "erased a 1.8% morning drop"
    r"|(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|multi|single|\d+)-)"
    r"[a-z]+-[a-z]+\s+)?"  # "Tuesday's 5.9% election-day rout": a compound that names no span
    r"(?P<noun>" + "|".join(sorted(SIZED_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_NTH_STRAIGHT = (  # "a third straight weekly gain of 2.2%": the streak's count sizes nothing
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight|consecutive|successive)\s+"
)
NOMINAL_OF_RE = re.compile(
    r"(?<![\w-])(?:" + POSSESSOR + r"|(?:a|an|its|their|(?<=['’]s\s)|(?<=s['’]\s))\s*"
    r"(?:(?:early|earlier|initial|morning|opening|intraday)\s+)?|(?:early|earlier|initial|intraday)\s+)(?:"
    + _NTH_STRAIGHT
    + r")?(?:(?:(?P<every>"
    + EVERY
    + r")"
    r"|(?P<span>\w+-(?:day|session|week|month)))\s+)?(?P<noun>"
    + "|".join(sorted(SIZED_NOUNS, key=len, reverse=True))
    + r")\s+of\s+(?:(?:just|only|a\s+mere)\s+)?(?P<fig>"  # "a gain of just 0.5%"
    + SIZED_FIGURE
    + r")",
    re.IGNORECASE,
)
POSTED_RE = re.compile(
    r"(?<![\w-])(?:posted|recorded|notched|logged|booked|suffered|registered|eked\s+out"
    r"|chalked\s+up|racked\s+up|managed|scored|capped|posting|recording|notching|logging"
    r"|booking|suffering|registering|scoring|capping)\s+"  # ", capping weekly gains of 2% and"
    r"(?:respective\s+)?(?:(?P<every>" + EVERY + r")\s+)?(?P<noun>gains|rises|advances|increases"
    r"|drops|falls|declines|losses|slides|decreases)\s*,?\s+of(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?\d)",
    re.IGNORECASE,
)  # per-period or sized move nouns a verb posts
# the words one of which every match of TAKING_RE holds (to skip it cheaply)
TAKING_WORDS: tuple[str, ...] = (
    "tak",
    "took",
    "bring",
    "brought",
    "push",
    "lift",
    "extend",
    "stretch",
    "put",
    "deepen",
    "widen",
    "pared",
    "paring",
    "trim",
    "narrow",
    "cut",
)
# "helping lift the Kospi 1.3%", "helped to push yields up": the bare verb after "help" is
# the same caused move as "lifting the Kospi 1.3%" (never bare elsewhere: "a drag on the index")
HELPED_VERB = (
    r"(?:(?<=\bhelp\s)|(?<=\bhelps\s)|(?<=\bhelped\s)|(?<=\bhelping\s)|(?<=\bhelped\sto\s)"
    r"|(?<=\bhelping\sto\s))(?:lift|push|send|drive|drag|knock|pull|boost|take)"
)
CAUSED_TO = re.compile(
    r"(?<![\w-])(?P<verb>sent|sending|sends|pushed|pushing|pushes|drove|driving|drives|took|taking"
    r"|lifted|lifting|boosted|boosting|dragged|dragging|knocked|knocking|pulled|pulling"
    r"|carried|carrying(?!\s+(?:over|on|out|forward)\b)"  # "the yen's slide carried the dollar past 160 yen"
    r"|nudged|nudging|trimmed|trimming|hauled|hauling"  # "nudged it back to 79.92"
    # "helped it claw back to $375" ("helped knock it back" is HELPED_VERB's)
    r"|(?:helped|helping)(?!\s+(?:to\s+)?(?:lift|push|send|drive|drag|knock|pull|boost|take)\b)"
    r"|(?:led|leading|leads)(?!\s+(?:to|by|off|with)\s)|"  # "Banks led the DAX 3.3% lower"
    + HELPED_VERB
    + r")\s+"
    r"(?!(?:past|above|below|beyond|through|under|over|beneath)\s)"  # "pushed past 5%": its own move
    r"(?!(?:on|onward|onwards|further|ahead)\s+to\s)"  # "pushed on to 146.40": no object
    r"(?:[\w&'’./-]+\s+){1,6}?(?=(?P<inf>(?:claw|climb|crawl|edge|inch|fight)\s+)?(?:back\s+)?(?:(?P<d>up|down)\s+)?"
    r"to\s+(?:a\s+(?:record|fresh|new)\s+|(?:about|around|nearly|almost)\s+"
    r"|(?:trade|stand|change\s+hands)\s+(?:at|around|near)\s+(?:about\s+|around\s+)?"  # "to trade around 83.50"
    r"|(?P<close>(?:a|its|their)\s+close\s+of\s+))?[$€£]?\d"
    r"|(?:by\s+)?(?:(?:up|down)\s+)?(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d[\d.,]*\s?"
    r"(?:%|percent|per\s+cent|pct|points?|basis\s+points?|bps?|cents|paise|pence|kopecks?)(?![\w-])"
    r"|by\s+(?:" + fig.FRACTION + r")\b(?!\s+of\b)"  # "lifted prices by a third"
    # "pushing the Stoxx 600 to a 2.9% loss": the move the object ended the day with
    r"|to\s+an?\s+(?:(?:" + fig.HEDGE + r")\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent|pct|points?"
    r"|basis\s+points?|bps?|cents)\s+(?:[\w-]+\s+)?(?:" + "|".join(MOVE_NOUNS) + r")\b"
    # "knocked it back below $1.10", "lifted it back over $9,000" (not "over 2%": a size)
    r"|(?:back\s+)?(?P<side>below|above|under|beneath|(?<=back\s)over)\s+[$€£]?\d"
    r"|(?P<past>past|beyond|through)\s+(?:the\s+)?[$€£]?\d"  # "took it past 60 per dollar"
    r"|as\s+(?P<reach>high|low)\s+as\s+[$€£]?\d"  # "sending the yield as high as 4.53%"
    r"|(?:(?:sharply|steeply|broadly|firmly|solidly|slightly|modestly|further)\s+)?(?:higher|lower)"
    r"\b(?!\s+than\b)|(?P<ing>tumbling|sliding|plunging|reeling|sinking|slumping|soaring|surging"
    r"|rallying|climbing)\b)"  # "sent Wall Street sharply lower", "sent stocks tumbling"
    r"|(?<![\w-])(?P<keep>left|leaving|kept|keeping)\s+(?:[\w&'’./-]+\s+){1,5}?"
    r"(?=(?:barely|little|almost|virtually|largely)\s+(?:changed|moved)\b|unchanged\b"
    r"|(?P<at>at|(?P<left>below|above|under))\s+(?:about\s+|around\s+)?[$€£]?\d"  # "A 41-point gain left the index at 7,845"
    r"|(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d[\d.,]*\s?"
    r"(?:%|percent|per\s+cent|pct|points?|basis\s+points?|bps?)\s+(?:higher|lower|up|down|stronger|weaker|firmer|softer)\b"
    r"(?!\s+than\s+(?!(?:at|on)\s+the\s+(?:start|beginning)\b)))",  # not "than the 38-year low"
    re.IGNORECASE,
)
# the words one of which every match of CAUSED_TO holds (to skip it cheaply)
CAUSED_WORDS: tuple[str, ...] = (
    "sent",
    "send",
    "push",
    "drove",
    "driv",
    "took",
    "tak",
    "lift",
    "boost",
    "drag",
    "knock",
    "pull",
    "led",
    "lead",
    "left",
    "leav",
    "kept",
    "keep",
    "carri",
    "nudg",
    "trim",
    "haul",
    "help",
)
# "Wednesday's 2.5% advance took futures above $4.30": the sized move's own level
SIZED_MOVE_BEFORE = re.compile(
    r"\d[\s-]?(?:%|percent|per\s+cent|pct|points?|cents)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
SWING_RE = re.compile(
    r"(?<![\w-])(?:swung|swinging|swings|swing|reversed|reversing|turned|turning|flipped|lurched"
    r"|lurching|lurches|whipsawed|whipsawing|see-?sawed|see-?sawing|ran|ranged|ranging|(?:trad(?:ed|ing)\s+in\s+a\s+)?range\s+of\s+[^,;]{1,40}?,"
    r"|range\s+(?:on\s+\w+\s+)?ran)\s+from\s+"  # "traded in a range of $20, from a high of"
    r"(?P<first>(?:a|an)\s+(?:[^,;]|,(?=\d)){1,40}?)\s+to\s+"
    r"(?P<second>(?:a|an)\s+(?:[^,;]|,(?=\d)){1,40}?)"
    r"(?=\s+(?:on|in|at|by|after|(?<!much\s)(?<!many\s)as(?!\s+(?:much|many)\s+as\b)|before|while|and|late|early|within|over|during|a)\b"
    r"|\s*[,;](?!\d)|\.(?:\s|$)|\s*$)",
    re.IGNORECASE,
)
SWING_BETWEEN_RE = re.compile(
    r"(?<![\w-])(?:swung|swinging|swings|swing|fluctuated|fluctuating|oscillated|oscillating"
    r"|seesawed|seesawing|whipsawed|whipsawing|lurched|lurching|careered|careering|veered"
    r"|veering|traded|trading|ranged|ranging)\s+between\s+"
    r"(?P<one>(?:[^,;]|,(?=\d)){1,40}?)\s+and\s+(?P<two>(?:[^,;]|,(?=\d)){1,40}?)"
    r"(?=\s+(?:on|in|at|by|after|over|during|as|before|while|and|late|early|against|versus)\b"
    r"|\s*[,;](?!\d)"
    r"|\.(?:\s|$)|\s*$)",
    re.IGNORECASE,
)  # the two ends of the day's range: both are extremes
CAUSED_AND = re.compile(  # the rest of a caused state, then "and" and the next object
    r"\s+(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d[\d.,]*"
    r"\s?(?:%|percent|per\s+cent|pct|points?|basis\s+points?|bps?)?"
    r"\s*,?\s+and\s+(?:[\w&'’./-]+\s+){1,10}",
    re.IGNORECASE,
)
_HELPED_OBJECT = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:[\w'’.&/-]+\s+){1,4}$", re.I)
HELPED_ONLY = {"firm": Direction.UP, "soften": Direction.DOWN}


def helped_verb(sentence: str, start: int, end: int) -> Direction | None:
    """ "helped the rouble firm 1.1%": "firm" and "soften", adjectives elsewhere, are motion
    verbs after "help" and its object."""
    way = HELPED_ONLY.get(sentence[start:end].lower())
    if way is None or not _HELPED_OBJECT.search(sentence, max(0, start - 60), start):
        return None
    return way


# "taking its gain this year to more than 60%": the running total of a move
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
)
# a running total's owner named by one word ("taking gold's gain"), not a day's own move
_OWNER = r"(?!(?:" + _WEEKDAY + r"|yesterday|today|" + MONTH_NAME + r")['’])[A-Za-z]+"
# a window's words, commas allowed ("since the Jan. 20 record of $109,071") but not a new clause
_WINDOW_WORDS = r"(?:(?!,\s*(?:and|but|while|as|though|although)\s)[^;])"
TAKING_RE = re.compile(
    r"(?<![\w-])(?:taking|bringing|pushing|lifting|extending|putting|stretching"
    r"|deepen(?:ed|ing|s)|widen(?:ed|ing|s)"  # "and deepened its slide for the year to 11%"
    r"|(?<=that\s)(?:took|brought|pushed|lifted|extended|put)"  # "a milestone that brought its"
    r"|(?<=which\s)(?:took|brought|pushed|lifted|extended|put)"
    r"|(?:took|brought|pushed|lifted|extended)(?=\s+(?:the\s+)?[A-Z][\w.&\s/-]{0,30}?['’]s\s)"
    r"|(?P<cut>pared|paring|trimmed"
    r"|trimming|narrowed|narrowing|cut|cutting))\s+"
    r"(?:(?:its|(?P<their>their)|the\s+(?P<pwin>week|month|quarter|year)['’]s"  # "the week's gain"
    r"|the\s+[^,;]{1,40}?['’]s|the\s+[^,;]{1,40}?s['’]|" + _OWNER + r"['’]s"  # "gold's gain"
    r"|(?P<a>an?)(?=\s+(?:" + EVERY + r"|[\w]+-(?:day|session|week|month))\s))\s+"  # "extending
    r"|(?=[\w]+-(?:day|session|week|month)\s))"  # "bringing two-day losses to 13%"
    r"(?:(?:(?P<every>year-to-date|" + EVERY + r"|" + MONTH_NAME + r")"  # a three-session rout"
    r"|cumulative|overall|total"
    r"|(?P<span>[\w]+-(?:day|session|week|month)))\s+)?(?P<noun>"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r"|losses|declines|rises|slump|losing\s+(?:run|streak)|winning\s+(?:run|streak))(?:\s+against\s+the\s+[\w.-]+)?(?:\s+(?P<when>this\s+(?:week|month|year|quarter)|so\s+far\s+this\s+"
    r"(?:week|month|year)|(?:so\s+far\s+)?in\s+" + MONTH_NAME + r"|so\s+far\s+in\s+\d{4}"
    r"|since\s+" + _WINDOW_WORDS + r"{1,90}?|year[\s-]to[\s-]date"  # "since Nov. 14, when ...,"
    r"|for\s+the\s+(?:week|month|year|quarter)"
    r"|from\s+(?:(?:last\s+)?[A-Z][a-z]+day['’]s|(?:the|its|their|an?)\s)"
    + _WINDOW_WORDS
    + r"{1,80}?"  # "taking their drop from last Tuesday's high to 5.4%": a dated mark
    r"|(?:over|in)\s+(?:the\s+(?:past|last)\s+)?\w+\s+(?:sessions|days|trading\s+days|weeks|months)"
    r"|(?:over|in)\s+the\s+past\s+(?:week|month)|for\s+" + MONTH_NAME + r"))?"
    r"\s+(?:to|(?P<beyond>beyond|past|above|over))\s+(?P<fig>(?:(?:"
    + fig.HEDGE
    + r")\s+)?(?:"
    + fig.NUM
    + fig.FRACTION_TAIL
    + r"[\s-]?(?:%|(?:percent|per\s+cent|pct|basis\s+points|bps?|points)\b)"  # or "150 bp"
    + r"|(?:"
    + fig.FRACTION
    + r")(?![\w-])(?!\s+of\s)(?!\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:session|day"
    r"|week|month|year|quarter|time)s?\b)))"  # "taking its losses since the start of the year to more than a third"
    + r"(?:\s+and\s+(?P<fig2>"  # "their losses to 40% and 48%, respectively": one each
    + fig.NUM
    + r")[\s-]?(?:%|percent|per\s+cent|pct)(?(their)|(?=\s*,?\s*respectively\b)))?",
    re.IGNORECASE,
)

"""Words a tail reads past without a claim of its own: adverbs ("sharply", "a touch"), fillers
("in thin trade", "a barrel", "from Friday") and the market's place ("in Mumbai")."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.timewords import _MONTH, MONTHS

# where no piece of a tail starts but ", respectively": a comma, a stop, the end (no pattern
# ``tail._piece`` tries can start with one, or match nothing)
NO_PIECE = frozenset(("", ",", ".", ";", ":"))
ADVERB = re.compile(
    r"(?:(?:its|their)\s+way(?=\s+(?:back|up|down|higher|lower|to)\b)|further|sharply|slightly|steeply|modestly|marginally|strongly|again|back|briefly"
    r"|initially|too|as\s+well|firmly|heavily|steadily|substantially|significantly|fractionally"
    r"|considerably|markedly|broadly|nearly|almost|more(?!\s+than\s+half\b)|some\s+more|even\s+more|another"
    r"|a\s+further|later|sharply|swiftly|quickly|only|just|once\s+(?:more|again)|yet\s+again|anew"
    r"|out(?=\s+(?:(?:the|its|their|[A-Z][a-z]+day['’]s|an?\s+[a-z]+)\s+)?(?:week|month|quarter|year|session"
    r"|day|(?:19|20)\d\d)\b)"  # "closed out 2023", "closed out Tuesday's session"
    r"|trading(?=\s+(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d|\s+(?:higher|lower|flat|mixed)\b)"
    r"|an?\s+(?:(?:more|much|even|far)\s+)?(?:modest|smaller|bigger|larger|steeper|sharper|milder"
    r"|hefty|whopping|mere|scant|steep|sharp|solid|robust|healthy)(?=\s+[$€£]?\d)"
    r"|an?\s+(?:combined|cumulative|total\s+of|respective)(?=\s+(?:(?:"
    + fig.HEDGE
    + r")\s+)?\d[\d.,]*\s?"
    r"(?:%|percent|per\s+cent|pct|points?|basis\s+points|bps?)(?![\w-]))"  # "a combined 9%"
    r"|an?\s+(?:touch|tad|shade|bit|little|fraction)(?=\s+(?:higher|lower|weaker|stronger|firmer"
    r"|softer|up|down)\b))\b",  # "a touch weaker": slightly
    re.IGNORECASE,
)
# venues named in full before a city that begins them ("on the New York Mercantile Exchange")
_EXCHANGES = (
    r"new\s+york\s+mercantile\s+exchange|chicago\s+board\s+of\s+trade"
    r"|international\s+petroleum\s+exchange|tokyo\s+commodity\s+exchange"
    r"|comex\s+division\s+of\s+the\s+new\s+york\s+mercantile\s+exchange"
    r"|lme|ice\s+futures\s+europe"  # "dropped 2.8% on the LME to $8,200"
)
# "rose to 4.34% from 4.27% late Tuesday": the day words after "from <price>" date that price
_FROM_WHEN = (
    r"(?:\s+(?:late\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day"
    r"|at\s+(?:(?:mon|tues|wednes|thurs|fri)day['’]s|the\s+(?:previous|prior))\s+(?:close|settlement)))?"
)
FILLER = re.compile(
    r"(?:(?:within|near|close\s+to|just\s+shy\s+of)\s+(?:[$€£]?\d[\d,.]*%?\s+(?:points?\s+)?of\s+)?"
    r"(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:record|peak|high|low)s?(?:\s+(?:high|low|close))?"
    r"|(?:against|versus)\s+a\s+basket\s+of\s+(?:[\w-]+\s+){0,3}?(?:currencies|peers|rivals)"  # the index
    r"|(?:against|versus)\s+(?:(?:most|many|all|other|its|major|main|key|g10|g-10|leading)\s+){1,3}"
    r"(?:currencies|peers|rivals|counterparts)"  # "against most major currencies": the index too
    r"|(?:by\s+)?the\s+(?:daily\s+|exchange\s+|maximum\s+)?(?:limit|limit\s+allowed)|limit[\s-](?:up|down)|in\s+thin\s+(?:trade|trading|deals)|in\s+(?:[\w-]+\s+){1,2}?deals"
    r"|in\s+an?\s+(?:holiday-shortened|shortened|half-day|thin|choppy|volatile|wild|quiet)\s+session"
    r"|(?:in\s+)?(?:onshore|offshore)(?:\s+(?:trade|trading|deals|markets?))?"
    # "topped $4,000 that day": the day the clause before named, which the claim inherits
    r"|(?:on\s+)?(?:that|the\s+same)\s+(?:day|session)"
    # "ended local trade at 1,451.9": the trading a close verb ends
    r"|(?:(?:local|domestic|regular|floor|kerb|pit|ring|the\s+day['’]s|the|(?:late\s+)?(?:new\s+york"
    r"|london|tokyo|moscow|asian|european|u\.s\.))\s+(?:trade|trading)|trade)(?=\s+(?:on\s+the\s|at|up|down"
    r"|higher|lower|flat|unchanged|little|(?:[a-z]+\s+){0,2}[$€£]?\d))"
    r"|across\s+(?:the\s+)?(?:(?:yield|whole|entire)\s+)?(?:curve|board|maturities)"  # "fell across the curve"
    r"|within\s+(?:(?:a\s+few|a\s+couple\s+of|\w+)\s+)?(?:minutes?|hours?|seconds?)|during\s+(?:the|a|[A-Z][a-z]+day"
    r"(?:\s+(?:morning|afternoon|evening))?['’]s)\s+(?:[\w-]+\s+){0,2}?(?:plunge|selloff|sell-off|rout|crash|rally|panic|turmoil|frenzy)"
    r"(?:\s+(?:on|in)\s+(?:wall\s+street|[A-Z][a-z]+))?|in\s+(?:a\s+matter\s+of\s+)?(?:minutes|seconds)"
    r"|in\s+a\s+(?:tight|narrow|wide|broad)\s+range|(?:some|much|all)\s+(?:of\s+(?:the|its|their)\s+)?ground|ground|(?:some|much|most|all|part|(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?half|two-thirds|a\s+third)\s+of\s+(?:(?:the|its|their|that|those)\s+(?:early\s+|earlier\s+|initial\s+)?(?:slide|slump|drop|fall|decline|losses|gains|loss|gain|advance|rally|rise|jump|surge|plunge|move)|that\b(?!\s+[a-z]+ed\b))|the\s+day|(?:in|on)\s+(?:the\s+)?(?:"
    + _EXCHANGES
    + r"|moscow|london|new\s+york|tokyo"
    r"|hong\s+kong|shanghai|frankfurt|paris|chicago|asia|europe|u\.s\.|nymex|cbot|cme"
    r"|comex|lme|shfe|ice|mcx|dalian|zhengzhou|exchange"  # "on the LME", "on the exchange"
    r")(?:\s+(?:trading|trade"
    r"|deals|market|session|exchange|floor|(?:metal|stock|futures|commodity)\s+exchange"
    r"|futures\s+(?:europe|u\.s\.)))?|(?:its|their)\s+(?:value|gains|losses|price)|(?:the\s+)?prices|on\s+the\s+(?:day|session)"
    r"|(?:a|an|the|its|their)\s+(?:[a-z'’-]+\s+){1,2}?(?:session|day|trading\s+day)(?=\s+(?:up|down"
    r"|on\s+the\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?:at|up|down|higher|lower|[$€£]?\d)|at"
    r"|higher|lower|flat|unchanged|mixed|(?:little|barely)\s+changed|(?:[a-z]+\s+){0,2}[$€£]?\d))"
    # "ended a choppy session 0.2% lower", "ended a volatile day flat"
    r"|(?:a|an)(?:\s+[a-z-]+){1,2}?(?=\s+(?:monday|tuesday|wednesday|thursday|friday)\s+(?:up|down"
    r"|higher|lower|flat|unchanged|mixed|(?:little|barely)\s+changed|(?:[a-z]+\s+){0,2}[$€£]?\d))"
    # "ended a wild Friday down 128 points": the weekday is read next, as the day
    r"|from\s+(?:(?:monday|tuesday|wednesday|thursday|friday)(?:['’]s\s+(?:close|level|finish))?"
    r"|the\s+(?:previous|prior)\s+(?:day|session|trading\s+day))(?=[\s,;.]|$)"  # "down 0.6% from Friday"
    r"|from\s+(?:(?:its|their|the)\s+)?(?:session|day['’]s|intraday)\s+(?:peak|high|low|trough)s?"
    r"|in\s+the\s+(?:final|last|closing|dying)\s+(?:few\s+)?(?:minutes|hour|hours|moments)"  # late in
    r"(?:\s+of\s+(?:trade|trading|dealing|the\s+(?:session|day)))?|late\s+in\s+the\s+(?:session|day)"
    r"|(?:(?<=\bup\s)|(?<=down\s))on\s+the\s+(?:previous|prior)\s+(?:day|session)\b"  # its close
    r"|late\s+in\s+(?:new\s+york|london|tokyo|frankfurt|europe|asia|hong\s+kong|sydney|moscow)"
    r"(?:\s+(?:trade|trading|deals|dealings))?"
    r"|(?<=parity\s)(?:with|against)\s+(?:the\s+|its\s+)?(?:u\.s\.\s+)?(?:dollar|counterpart|greenback|euro)"
    r"|in\s+(?:value|dollar\s+terms|local\s+currency\s+terms)|from\s+(?:a|its|the)\s+(?!(?:drop|fall|loss|slide|decline|gain|rise|rally|jump|plunge|slump|surge|advance|tumble)\s+of\s)[a-z][\w-]*"
    r"(?:\s+(?:high|low|close|level))?(?:\s+of\s+[$€£]?\d[\d,.]*%?)?|from\s+(?:about\s+|around\s+)?[$€£]?\d[\d,.]*%?"
    r"(?:\s+(?:a|per)\s+\w+)?"
    + _FROM_WHEN
    + r"|(?:a|an|per)\s+(?:barrel|(?:troy\s+)?ounce|tonne|bushel|gallon|pound|lb|oz|(?:metric\s+)?ton|megawatt[\s-]hour|mmbtu|million\s+british\s+thermal\s+units))(?![\w-])",
    re.IGNORECASE,
)
US_CENTS = re.compile(r"\s+(?:U\.S\.\s+|US\s+)?cents\b", re.IGNORECASE)  # "below 57 U.S. cents"
# "in Mumbai", "in Sao Paulo": the market's place (not a month or a day, read as time words)
PLACE = re.compile(
    r"in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?(?=\s*[,;]|\s*\.?$|\s+(?:on|at|by|after|before|while)\b)"
)


_OWNER = re.compile(r"['’]s\b")


def owns_noun(s: str, time: re.Match[str]) -> bool:
    """Time words that own the noun after them ("recouping last week's 2% loss") are not the
    verb's time; a look-back's ("since last Thursday's record") still starts its window."""
    return bool(_OWNER.match(s, time.end())) and not time.group(0).lower().startswith("since")


# "strengthening towards 103 per dollar": a price it neared, not a level it reached
TOWARD = re.compile(
    r"toward(?:s)?\s+(?:the\s+)?[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?%|\s+(?:per|a|an)\s+[a-z]+"
    r"|\s+(?:yen|roubles|rubles|francs|pesos|rupees|yuan|points|cents|level|mark))?",
    re.IGNORECASE,
)


_FORECAST_TAIL = re.compile(
    r"by\s+(?:year-end|the\s+end\s+of(?!\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:trading|trade"
    r"|dealings|session|day|morning)\b)|end-|next)|next\s+(?:year|week|month)",
    re.IGNORECASE,
)
_BY_DATE = re.compile(r"by\s+(?P<month>" + _MONTH + r")\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def forecast_tail(s: str, at: int, reference: date) -> re.Match[str] | None:
    """Words at ``at`` that put the move in the future: "by year-end", "next year" (not "by the
    end of the trading day", a close), or a month
    still to come ("have the Sensex reaching 100,000 by December 2025")."""
    if found := _FORECAST_TAIL.match(s, at):
        return found
    dated = _BY_DATE.match(s, at)
    month = MONTHS.get(dated.group("month").lower()[:3]) if dated else None
    if dated is None or month is None or date(int(dated.group("year")), month, 1) <= reference:
        return None
    return dated


# "finished its first session in almost a month up 4.4%": which session it was, not a move
FIRST_SESSION = re.compile(
    r"(?:its|their)\s+first\s+(?:full\s+)?(?:session|trading\s+day|day(?:\s+of\s+trad(?:e|ing))?)"
    r"(?:\s+in\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+)?(?:a|an|one|two|three|four|five"
    r"|six|\d+)\s+(?:days|weeks?|months?|years?))?(?=\s+(?:up|down|higher|lower|\d|[$€£]))",
    re.IGNORECASE,
)
# a move noun's own relative verb, then the time words that date the move
NOUN_OWN_VERB = re.compile(
    r"(?:that\s+|which\s+)?(?:(?:it|they)\s+)?(?:had\s+)?(?:suffered|took|posted|made|recorded|logged"
    r"|booked|notched|endured|staged|clocked|registered|saw|chalked\s+up|racked\s+up)(?=\s+(?:on|last"
    r"|a\s+day|the\s+(?:previous|prior|day)|yesterday|(?:mon|tues|wednes|thurs|fri)day)\b)",
    re.IGNORECASE,
)

"""Numbers in market copy: sizes ("2.1%", "$4.77", "25 basis points", "a third"), levels
("to $97.93 a barrel", "to 105.27 per dollar", "at 7,682.5"), records and biggest moves."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.claims import currency_words as cw
from dashboard.claims.currency_words import CURRENCY_SIGNS, CURRENCY_UNITS, OTHER_DOLLARS
from dashboard.claims.lexicon import (
    FRACTIONS,
    HEDGES,
    MOVE_NOUNS,
    NUMBER_WORDS,
    SPAN_HEDGE,
    UNIT_WORDS,
    WORD_NUMBERS,
)
from dashboard.claims.trie import trie_pattern
from dashboard.domain import Direction, Hedge, Unit

NUM = (
    r"(?<!\d)(?<!\d\.)(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,12})(?:\.\d{1,8})?(?!\d|\.\d)"
    r"(?![\d,]*-(?!percent|per\s+cent|pct|point|basis|cents?\b|[1-7]/[248](?!\d)))"
)  # at most a trillion with 8 decimals: longer digit runs are not prices
# grain quotes: "$12.47-1/4" (or "$15.08 1/2") is 12.4725
_EIGHTHS = r"(?:(?:-|\s(?=[1-7]/[248](?![\d/])))(?P<frac8>[1-7]/[248])(?![\d/]))?"
FRACTION_TAIL = r"(?:[-\s][1-7]/[248](?![\d/]))?"  # "a 17-1/2% surge": the same, in other patterns
HEDGE = "|".join(
    sorted((re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES), key=len, reverse=True)
)
_SIGN = r"(?:US\$|\$|€|£|¥|₽)"
_UP_WORDS = ("high", "lofti", "peak", "strongest", "best", "firmest", "priciest", "dear", "rich")
_DOWN_WORDS = ("low", "trough", "weakest", "worst", "softest", "cheapest", "feeble")  # of records
_OTHER_DOLLAR = r"(?P<other>(?<![\w$])(?:C|A|NZ|HK|S)\$)"  # "to C$1.3950": not the U.S. dollar
_US = r"(?:u\.s\.\s+|us\s+)?"  # "1.5 U.S. cents" on the Australian dollar: its quote currency
_UNIT = (
    r"%|-?percent\b|-?per\s+cent\b|-?pct\b|pc\b|percentage\s+points?\b|-?basis[\s-]points?\b|bps?\b"
    r"|-?points?\b|pts?\b|handles?\b|-cents?\b|centavos?\b|kurus\b|paise\b|kopecks?\b|kopeks?\b|pips?\b|"
    + _US
    + r"cents?\b"
)
_CCY_UNIT = cw.UNIT_NATION + r"(?:" + "|".join(CURRENCY_UNITS) + ")"  # "0.9310 Swiss francs"
_FRACTION = "|".join(sorted((f.replace(" ", r"[\s-]") for f in FRACTIONS), key=len, reverse=True))
FRACTION = _FRACTION  # "a third", "two-thirds": a size in words
_WORD_NUM = trie_pattern(WORD_NUMBERS)  # a prefix tree: every figure search tries it
_WORD_UNIT = (
    r"(?P<wunit>" + _US + r"cents?|percent|per\s+cent|percentage\s+points?|basis[\s-]points?)\b"
)  # "half a cent", "two percent", "a basis point"
_DOLLAR_NUM = trie_pattern(w for w in NUMBER_WORDS if w != "one")
_VALUE_TAIL = r"(?:\s+(?:of\s+)?(?:its|their)\s+value|\s+in\s+value)?"
_ORDINAL_NOUN = r"(?:straight|consecutive|successive|weekly|monthly|quarterly|yearly|annual)\b"

FIGURE_RE = re.compile(
    rf"(?:by\s+)?(?:(?P<hedge>{HEDGE})\s+)?(?:(?P<sign>{_SIGN})\s?(?P<cnum>{NUM})"
    rf"(?!\s?(?:billion|million|trillion|bn|mln)\b)|(?P<num>{NUM}){_EIGHTHS}\s?(?:(?P<unit>{_UNIT})|(?P<ccyunit>{_CCY_UNIT})\b)"
    rf"|\b(?P<wnum>{_WORD_NUM})\s+{_WORD_UNIT}(?!\s+and\s+a\s+half)"
    rf"|\b(?P<dnum>{_DOLLAR_NUM})\s+dollars\b"  # "climbed thirty dollars"
    rf"|(?<![\w-])(?P<frac>{_FRACTION})\b(?!-|\s+of\s+(?!(?:its|their)\s+value)|\s+as\s+(?:much|many)\b"
    rf"|\s+(?:the|its|their|that)\s+(?!value\b)[a-z]|\s+{_ORDINAL_NOUN})){_VALUE_TAIL}",  # "half the"
    re.IGNORECASE,
)
_PER = r"barrel|troy\s+ounce|ounce|tonne|ton|bushel|megawatt[\s-]hour|mwh|gallon|mmbtu"
VALUE = (
    rf"(?P<minus>(?:minus|negative)\s+|[-−](?=[$\d]))?(?:(?P<sign>{_SIGN})|{_OTHER_DOLLAR})?\s?(?P<num>{NUM}){_EIGHTHS}"
    r"(?![\w-])(?!\s?(?:billion|million|trillion|bn|mln)\b)(?:\s?(?P<pct>%|percent\b|per\s+cent\b|pct\b))?"
    r"(?:\s+(?:points?|pts)\b)?(?:\s+(?:euros?|dollars?|cents)(?=\s+(?:a|an|per)\s))?"
    rf"(?:\s*(?:a|an|per|/)\s*(?:(?P<per>{_PER})|(?:u\.s\.\s+)?(?P<perccy>dollar|euro|yen|pound|yuan|greenback))\b"
    r"|\s+(?P<ccyword>(?:canadian|australian)\s+dollars|(?:swedish|norwegian)\s+(?:crowns|kronor|kroner)|"
    + cw.UNIT_NATION
    + r"(?:zlotys|francs|pesos|roubles|rubles|yen|rupees|yuan|euros|pounds?|pence|reais|lira|rand|won|hryvnias))"
    r"(?:\s+(?:per|to\s+the|a)\s+(?P<perccy2>dollar|euro))?"
    r"|\s+to\s+the\s+(?P<toccy>dollar|euro))?"
)
# "was last up 0.25 at 106.80": a bare number right before the level reached is a size in the
# instrument's own unit (a percent or basis-point move always names its unit)
BARE_POINTS_RE = re.compile(
    rf"(?:by\s+)?(?P<num>{NUM})(?=\s+(?:(?:higher|lower|up|down)\s+)?(?:to|at)\s+(?:about\s+|around\s+)?[$€£]?{NUM}"
    r"(?![\d,.]*\s?(?:%|percent\b|per\s+cent|pct\b|points?\b|cents?\b|centavos?\b|basis\b|bps?\b"
    r"|gmt\b|utc\b|[ap]\.?m\b|local\b|et\b|times\b|(?:days?|sessions?|weeks?|months?|years?)\b"
    r"|million\b|billion\b|trillion\b|bn\b|mln\b|[\d:-])))",
    re.IGNORECASE,
)
# "$32.51 an ounce and $5.20 a pound": the unit is the price's (a pound of copper, not sterling)
_PRICE_UNIT = re.compile(rf"\s+(?:a|an|per)\s+(?:{_PER}|pound)\b", re.IGNORECASE)
_PER_UNIT = re.compile(rf"\s*(?:a|an|per|/)\s*(?:{_PER})\b", re.IGNORECASE)
LEVEL_RE = re.compile(
    r"(?P<prep>to\s+(?:settle|close|end|finish|trade|stand)(?:\s+the\s+(?:day|session)(?=\s+at\s))?"
    r"(?:\s+(?:at|above|below|under|near))?"
    r"|to\s+(?:above|below|over|under|beneath|beyond)"  # "to above $24,000"
    r"|to\s+(?:a|its|their)\s+close\s+of"  # "lifting the index to a close of 57,060.26"
    r"|to\s+(?:top|hit|reach|breach|cross|pierce|surpass|touch|break|exceed|clear)"  # "to top $100"
    r"(?:\s+(?:above|below|through|past))?(?!\s+(?:a\s+)?(?:fresh\s+|new\s+)?record)"
    r"|yield|yielding|yielded"  # "the 10-year note was yielding 4.12%": the yield's level
    r"|to|at|of|near|around"
    r"|above|below|under|past|beyond|through|beneath)\s+(?:(?:about|around|roughly|nearly"
    r"|almost|some|just\s+(?:over|under|above|below))\s+)?(?:a\s+(?:record|fresh|new)\s+)?" + VALUE,
    re.IGNORECASE,
)
MARK_RE = re.compile(
    r"(?:(?:past|through|beyond|below|above|under|over|to|at|near)\s+)?the\s+(?:(?:closely[\s-]watched"
    r"|(?:psychologically\s+)?(?:key|important|significant)|psychological|symbolic|crucial|critical"
    r"|pivotal|round|much-watched|widely[\s-]watched)\s+)*[$€£]?(?P<num>\d[\d,]{0,14}(?:\.\d{1,8})?)"
    r"(?P<pct>%)?"  # "crossed the 3% threshold"
    r"(?:[\s-]+(?:per|a|to\s+the)[\s-]+(?P<perccy>dollar|euro))?[\s-]+(?:mark|level|threshold|line)\b",
    re.I,
)  # "past the 7-per-dollar mark", "below the 100 level"
PARITY_RE = re.compile(
    r"(?:to|below|above|past|under|through|beneath|beyond)\s+(?:parity(?:\s+(?:with|against)"
    r"\s+the\s+(?:u\.s\.\s+)?(?P<ccy>dollar|euro|swiss\s+franc|currency|greenback))?|one\s+(?P<one>(?:u\.s\.\s+)?dollar|euro|swiss\s+franc)\b)",
    re.I,
)
ZERO_RE = re.compile(
    r"(?:to\s+)?(?P<side>above|below|under|beneath|past|through)\s+zero\b(?![\w-])", re.I
)  # "the Bund yield rose above zero": the threshold 0
_ANCHOR = (  # "since the central bank scrapped its cap in January 2015": an event and its date
    r"(?:for\s+(?:both|either|each)(?:\s+[a-z]+)?\s+(?=since\b))?(?P<anchor>since\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,7}?in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    r"|since\s+(?:at\s+least\s+)?(?:the\s+)?[\w.'’ -]{1,40}?(?=\s*[,;:)—–]|\s+-\s|\s*$|\.\s(?!\d)|\.$"
    r"|\s+(?:after|as|on|yesterday|today|before|amid|when|and|while|following|in\s+(?:early|late|asian|thin)"
    r"|in\s+[A-Z]|with|but|according|despite|because)\b|\s+at\s+(?=[$€£¥]?\d))"  # "since 1998 at 5.47%"
    r"|this\s+(?:year|month|week)|so\s+far\s+this\s+year|of\s+the\s+(?:year|month)|on\s+record|ever"
    r"|of\s+(?:19|20)\d\d\b"
    r"|in\s+(?:(?:its|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?)?history"  # all-time
    r"|in\s+the\s+(?:[\w-]+\s+)?history\s+of\s+(?:(?:the|both|its|their|each)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:index(?:es)?|indices|gauges?|benchmarks?|currenc(?:y|ies)|markets?"
    r"|contracts?|exchange|bourses?)\b|(?-i:[A-Z][\w&./-]*(?:\s+[A-Z\d][\w&./-]*){0,2}))"
    r"|in\s+" + SPAN_HEDGE + r"(?:[\w-]+\s+(?:and\s+a\s+half\s+)?"
    r"(?:years?|decades?|months?|weeks?)|a\s+quarter[\s-]+(?:of\s+a[\s-]+)?century"
    r"|half[\s-]+a[\s-]+century|a\s+century)\b)"
)
# "its first record close in two years": the record is all-time, the span the first one's gap
_FIRST_IN = (
    r"(?(first)(?:\s+(?:in\s+" + SPAN_HEDGE + r"[\w-]+\s+"
    r"(?:years?|decades?|months?|weeks?)|since\s+[^,;.]{1,30}?(?=\s*[,;.]|\s*$"
    r"|\s+(?:as|after|on|and|when|while)\b)))?)"
)
RECORD_RE = re.compile(
    r"\b(?P<lead>(?:to\s+(?=(?:hit|set|reach|touch|mark|notch)\s))?"  # "rose 2% to hit a record"
    r"(?:to|at|near|hitting|hit|hits|touching|touched|touch|reaching|reached|reach|struck|striking"
    r"|from|set|setting|marking|notched|notching|notch|of|for(?=\s+(?:its|their)\s)"
    r"|(?<=bounced\s)off|(?<=rebounded\s)off|(?<=bouncing\s)off|(?<=rebounding\s)off)\s+)?"
    r"(?:(?:a|an|its|their|the|fresh|new|yet|another|intraday)\s+)*(?:(?P<first>first)\s+)?"
    r"(?:(?P<poss>monday|tuesday|wednesday|thursday|friday|yesterday)['’]s\s+"
    r"|(?<=the\s)(?:[\w-]+\s+)?(?!(?:year|month|week|day)['’]s)[a-z][\w-]*['’]s\s+)?"  # "the benchmark's"
    r"(?:(?:19|20)\d\d\s+)?"
    r"(?:(?P<on>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+(?:19|20)\d\d)?)\s+)?"
    r"(?:(?P<rec>record|all-time|lifetime|historic|euro-era|post-?war|(?P<ago>[\w]+(?:-and-a-half|-1/2)?)[\s-]"
    r"(?:year|month|week|decade)"
    r"|multi-year|multiyear|decade)\s+(?:(?:intraday|closing|session|trading)\s+)?"
    r"(?P<hl>high|low|peak|trough|close|record|closing\s+high|closing\s+low)s?\b"
    + _FIRST_IN
    + r"|(?P<sup>highest|loftiest|lowest|strongest|weakest|firmest|softest|priciest|dearest|cheapest"
    r"|richest|feeblest|(?:best|worst)\s+(?:level|close|finish))"  # "its richest level since"
    r"(?:\s+(?:intraday|closing|session|trading|front-month|spot))?(?:\s+(?:level|close|closing\s+level|point"
    r"|reading|value|rate|finish|settlement|settle|print|mark)s?)?"
    # "weakest against the dollar since", "strongest against the South Korean currency since"
    r"(?:\s+(?:against|versus)\s+(?:the\s+)?(?:U\.S\.\s+|[a-z]+(?:['’]s)?\s+){0,2}?[a-z]+)?"
    # "the lowest for both since": one record for every market just named
    r"(?:\s+for\s+(?P<both>both|each|all\s+(?:three|four)))?"  # "for the front-month contract":
    r"(?:\s+for\s+(?:the|a)\s+(?:[\w-]+\s+)?contract)?\s+" + _ANCHOR + r")",
    re.IGNORECASE,
)
RECORD_BARE_RE = re.compile(
    r"\b(?:to\s+(?=(?:hit|set|reach|touch|notch)\s))?"  # "rose 3% to hit a record $73,000"
    r"(?:(?:touched|touching|touch|hit|hits|hitting|set|sets|setting|reached|reaching|notched"
    r"|notch|reach)\s+)?(?P<lead>to\s+(?:settle|close|end|finish)\s+at|to|at|an?|yet\s+another"
    r"|another)\s+(?:an?\s+)?"
    r"(?:(?:fresh|new|intraday)\s+)*(?:then-)?(?:(?:post-?war|all-time|historic|euro-era)\s+)?"
    r"(?:record(?:s(?=\s+of\s))?|unprecedented)(?:\s+(?:of|at|above)(?:\s+(?:nearly|almost|about|around|roughly"
    r"|some|more\s+than|over|just\s+(?:over|under|above|below)))?)?\s+" + VALUE,
    re.I,
)
# "since last Thursday's record of $2,790.15", "from Monday's record": an earlier record,
# dated by its possessor (a bare "record" ends its phrase)
RECORD_OF_RE = re.compile(
    r"\b(?P<poss>(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday)|yesterday)['’]s\s+"
    r"record(?:\s+(?:close|closing\s+level|settlement|(?:closing\s+|intraday\s+)?"
    r"(?P<hl>high|low)))?(?:\s+of\s+" + VALUE + r"|(?=\s*[,.;:]|\s*$|\s+(?:on|in|at|and|but"
    r"|as|after|before|while|when|amid|against|versus)\b))",
    re.I,
)
# "closed at a record", "ether also hit a record": a record with no level and no way stated.
RECORD_PLAIN_RE = re.compile(
    r"(?:\b(?:(?:closed|ended|finished|settled|touched|touching|hit|hits|hitting|set|sets|setting"
    r"|reached|reaching|notched|at|to)\s+)+|(?<=the\s(?:former|latter))\s+(?=a\s))"
    r"(?:an?\s+|(?:yet\s+)?another\s+)?(?:(?:fresh|new|intraday)\s+)*record"  # "an intraday"
    r"(?:s|\s+(?:close|finish)e?s?)?\b(?!\s+(?:high|low|of|\d|\$|(?:close|finish)\s+(?:of|at)\b"
    r"|(?:closing|intraday|session|trading)\s+(?:high|low)))",
    re.I,
)
FIRST_TIME_RE = re.compile(
    r"for\s+(?:the\s+)?first\s+time(?:\s+in\s+" + SPAN_HEDGE + r"(?P<ago>[\w]+)"
    r"\s+(?P<unit>years?|decades?|months?|weeks?)"
    r"|\s+since\s+(?P<event>(?:the\s+)?(?:[a-z'’+&.-]+\s+){1,6}?in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
    r"|\s+since\s+(?P<since>(?:(?:early|mid|late)[\s-]+)?(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d"
    r"|last\s+(?:year|month|week|[A-Z][a-z]+)(?![\w'’])"  # "since last August"
    r"|(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]{2}\.\s+\d{1,2}\b|[A-Z][a-z]+(?:\s+\d{1,2}\b)?)"
    r"(?:\s+last\s+year\b)?)"  # "since July last year"
    r"|\s+ever|\s+on\s+record|\s+in\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?history|\s+(?:so\s+far\s+)?this\s+(?P<this>year|month|week|quarter))?"
    r"(?=[,.;]|\s|$)(?!\s+in\s+(?:[\w-]+\s+){1,2}?(?:trading\s+)?(?:sessions|days)\b)",  # streak
    re.IGNORECASE,
)
# "levels last seen in 1998", "lows not seen in 14 months", "a level it last touched in July",
# "it had not been that weak since March": the highest (lowest) since then
LAST_SEEN_RE = re.compile(
    r"(?:(?:(?:to\s+)?(?:reach|reached|reaching|hit|hitting|touch|touched|touching)\s+|(?:to|at|near)\s+)?"
    r"(?:(?:a|the)\s+)?(?:levels?|lows?|highs?|prices?|peaks?|troughs?)\s+"
    r"(?:(?:it|they|the\s+(?:index|currency|contract|benchmark|gauge|yield|metal|pair))\s+"
    r"(?:had\s+|has\s+)?(?:last\s+|not\s+)(?:seen|touched|reached|hit|traded\s+at)"
    r"|(?:(?:last|not)\s+)?(?:un)?seen)\s+"
    r"|(?:and\s+)?(?:it|they)\s+(?:had|has|have)\s+not\s+been\s+(?:that|this|so|as)\s+[a-z]+\s+)"
    r"(?:(?:in|since)\s+(?:the\s+(?:[\w-]+\s+){1,4}?(?:of|in)\s+)?"  # "since the pandemic crash of"
    r"(?P<since>(?:(?:early|mid|late)[\s-]+)?(?:(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?))"
    r"|(?:in\s+)?" + SPAN_HEDGE + r"(?P<ago>[\w]+)\s+"  # "a level last seen 25 years ago"
    r"(?P<unit>years?|decades?|months?|weeks?)(?:\s+ago)?)(?=[,.;]|\s|$)",
    re.IGNORECASE,
)
FIRST_ABOVE_RE = re.compile(
    r"(?:the|its|their|a)\s+first\s+(?:close|finish|settlement|end|time)\s+(?P<side>above|over|past"
    r"|below|under|beneath|(?:north|south)\s+of)\s+(?:the\s+)?"  # "its first close above the 40,000
    + VALUE  # mark", "its first close north of 21,000"
    + r"(?:\s+(?:mark|level|threshold|barrier|milestone|line)\b)?"
    + r"(?:\s+(?P<anchor>since\s+[^,;.]{1,30}?(?=\s*[,;.]|\s*$|\s+(?:as|after|on|and)\b)"
    r"|in\s+" + SPAN_HEDGE + r"[\w-]+\s+(?:years?|decades?|months?|weeks?)"
    r"|ever|on\s+record|in\s+(?:its|their)\s+[\w-]+\s+history)|(?=\s*[,;.]\s|\s*\.?$))",
    re.IGNORECASE,
)  # "the first close above 30,000 since September 2021"
_MOVE_NOUN = "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
NOUN_WAS_BIGGEST_RE = re.compile(
    r"(?<=['’]s\s)(?P<noun>" + _MOVE_NOUN + r")\s+(?:was|is|marked|proved)\s+(?:its|their)\s+"
    r"(?P<sup>biggest|largest|steepest|sharpest|worst|best|strongest|heaviest|deepest|greatest)\s+"
    + _ANCHOR,
    re.IGNORECASE,
)  # "the Nasdaq's slide was its worst since October"
COPULA_BIGGEST_RE = re.compile(
    r"(?:(?:that|which)\s+)?(?:was|is|marked|proved|were|are|had\s+become)\s+(?:its|their"
    r"|(?:the\s+)?(?:[\w.&/-]+\s+){0,3}?[\w.&/-]+['’]s|the)\s+(?P<sup>biggest|largest|steepest"
    r"|sharpest|worst|best|strongest|heaviest|deepest|greatest)\s+(?:(?:one-day|single-day|daily"
    r"|percentage|single-session|one-session|points?)\s+){0,2}(?:(?P<noun>"
    + _MOVE_NOUN
    + r"|day|session|move)s?\s+)?(?P<most>)"
    + _ANCHOR,
    re.IGNORECASE,
)  # "the Nikkei's 1.4% gain on Tuesday was its biggest in a month": the named move compared
NOUN_WAS_RECORD_RE = re.compile(
    r"(?<=['’]s\s)(?P<noun>close|finish|settlement|closing\s+level)\s+(?:was|is|marked)\s+"
    r"(?:its|their|the)\s+(?P<sup>highest|lowest|strongest|weakest|firmest|softest)\s+" + _ANCHOR,
    re.IGNORECASE,
)  # "the blue-chip index's close was its lowest since September"
RECORD_MOVE_RE = re.compile(
    r"\b(?:(?P<poss>monday|tuesday|wednesday|thursday|friday|yesterday)['’]s\s+|(?:a|its|their|the)\s+)"
    r"(?P<sup>record)\s+(?:one-day\s+|daily\s+|single-day\s+|intraday\s+)?(?P<noun>"
    + _MOVE_NOUN
    + r")\b",
    re.IGNORECASE,
)  # "Thursday's record loss": the biggest move on record, that day
BIGGEST_RE = re.compile(
    r"\b(?:(?:its|their|the|a)\s+|(?:the\s+(?:[\w&/-]+\s+){0,2})?[\w-]+['’]s\s+|(?:both|the\s+(?:two|three|[\w-]+))\s+[\w-]+s['’]\s+|(?<=,\s)(?=(?:biggest|largest|steepest|sharpest)\s+(?:one-day|single-day)\s)|(?:in|for)\s+(?:its\s+|their\s+|the\s+)?)(?:(?P<sup>biggest|largest|steepest|sharpest|worst|best"
    r"|strongest|heaviest|deepest|greatest|weakest)\s+(?:(?:one-day|single-day|daily|intraday"
    r"|weekly|one-week|monthly|two-day|quarterly|annual|yearly|percentage|single-session"
    r"|one-session|points?|point|dollar)\s+){0,2}(?:(?P<noun>"
    + _MOVE_NOUN
    + r"|days|sessions|day|week|session|move|performance|showing|outing)s?(?:\s+(?:for|in|of|against|versus)\s+(?:the|its|their)\s+(?:[\w.-]+\s+){0,2}?[\w-]+)?\s+"
    r"|(?<!strongest\s)(?<!weakest\s)(?<!greatest\s)(?<!point\s)(?=since\s|in\s+(?:more\s+than\s+|over\s+)?"
    r"(?:a|an|\w+)\s+(?:years?|decades?|months?|weeks?)\b))|(?P<most>most|fewest|least)\s+"  # "the steepest in a year"
    r"(?:in\s+(?:a\s+(?:single\s+)?|one\s+)(?:day|session|week)\s+)?)"  # "the most in a single day"
     + _ANCHOR,
    re.IGNORECASE,
)

IN_RECORD_MOVE_RE = re.compile(
    r"\b(?:in|for)\s+(?:a|its|their)\s+(?P<sup>record)\s+(?:(?:one-day|daily|single-day"
    r"|single-session|one-session|intraday|points?|percentage)\s+){0,2}(?P<noun>"
    + _MOVE_NOUN
    + r")\b(?P<anchor>)(?P<most>)",
    re.IGNORECASE,
)  # "plunged 17% in a record one-day drop": the biggest move on record, in the verb's tail

NOT_SEEN_MOVE_RE = re.compile(  # "a daily fall not seen since 2008", "a rout unmatched since"
    r"\b(?:a|an)\s+(?:(?:one-day|single-day|daily|single-session)\s+)?(?P<noun>"
    + _MOVE_NOUN
    + r")\s+(?:not\s+seen|unseen|unmatched|unequall?ed|unrivall?ed)\s+(?P<sup>)(?P<most>)"
    + _ANCHOR,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Size:
    """A claimed size: magnitude, unit and hedge, plus a counter currency it names."""

    value: float
    unit: Unit
    hedge: Hedge
    cents: bool = False  # "2 cents": divided by 100 unless the instrument is quoted in cents
    counter: str | None = None  # "6 roubles" names the rouble
    is_money: bool = False  # "$2.30": a size in money, or a level when no direction is given
    pp: bool = False  # "0.12 percentage point": 12 basis points on a yield


@dataclass(frozen=True)
class Level:
    """A stated price level and the counter currency its unit names ("per dollar")."""

    value: float
    percent: bool = False
    counter: str | None = None
    other_dollar: bool = False  # "C$1.3950": a price in another dollar, an FX quote only


def number(text: str) -> float:
    """A number written with thousands commas."""
    return float(text.replace(",", ""))


def with_eighths(text: str, fraction: str | None) -> float:
    """A number with a grain-quote fraction of its last digit ("12.47-1/4" = 12.4725)."""
    value = number(text)
    if not fraction:
        return value
    top, bottom = fraction.split("/")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return round(value + int(top) / int(bottom) / 10.0**decimals, decimals + 4)


def hedge_of(text: str | None) -> Hedge:
    """The hedge a phrase like "as much as" stands for."""
    if not text:
        return Hedge.EXACT
    return HEDGES.get(re.sub(r"\s+", " ", text.lower()), Hedge.EXACT)


def size_from(match: re.Match[str]) -> Size:
    """The size a FIGURE_RE match states."""
    hedge = hedge_of(match.group("hedge"))
    if match.group("frac"):
        key = re.sub(r"[\s-]+", " ", match.group("frac").lower())
        value = FRACTIONS.get(key, FRACTIONS.get(key.replace(" ", "-"), 0.0))
        return Size(value, Unit.PERCENT, hedge)
    if match.group("wnum"):  # "half a cent" on a dollar rate is 0.005
        value = WORD_NUMBERS[re.sub(r"\s+", " ", match.group("wnum").lower())]
        unit_words = _unit_words(match.group("wunit"))
        if unit_words.startswith("percentage"):  # "a full percentage point"
            return Size(value, Unit.POINTS, hedge, pp=True)
        if unit_words.startswith("basis"):  # "the five-year yield added a basis point"
            return Size(value, Unit.BASIS_POINTS, hedge)
        cents = unit_words.startswith("cent")
        return Size(value, Unit.POINTS if cents else Unit.PERCENT, hedge, cents=cents)
    if match.group("dnum"):
        value = float(NUMBER_WORDS[match.group("dnum").lower()])
        return Size(value, Unit.POINTS, hedge, is_money=True, counter="USD")
    if match.group("cnum"):
        counter = CURRENCY_SIGNS.get(match.group("sign").lower())
        return Size(number(match.group("cnum")), Unit.POINTS, hedge, is_money=True, counter=counter)
    value = with_eighths(match.group("num"), match.group("frac8"))
    if match.group("ccyunit"):
        priced = _PER_UNIT.match(match.string, match.end()) is not None  # "29 euros a MWh"
        word = " ".join(match.group("ccyunit").lower().split()[-2:])  # "4 pence": 0.04 pound
        counter = cw.unit_counter(match.group("ccyunit"))
        return Size(
            value, Unit.POINTS, hedge, cents=word == "pence", counter=counter, is_money=priced
        )
    unit_text = _unit_words(match.group("unit") or "")
    if unit_text.startswith(("cent", "kurus", "paise", "kope", "pip")):  # a pip: 1/100 cent
        return Size(value / (100 if unit_text[:3] == "pip" else 1), Unit.POINTS, hedge, cents=True)
    unit = UNIT_WORDS.get(unit_text) or UNIT_WORDS.get(unit_text.rstrip("s")) or Unit.POINTS
    return Size(value, unit, hedge, pp=unit_text.startswith("percentage"))


_US_PREFIX = re.compile(r"^(?:u\.s\.|us) ")


def _unit_words(text: str) -> str:
    """A unit's words in lower case, single-spaced, without "U.S." ("U.S. cents" is cents)."""
    return _US_PREFIX.sub("", re.sub(r"[\s-]+", " ", text.lower()).strip())


def level_from(match: re.Match[str]) -> Level:
    """The level a LEVEL_RE match states."""
    ccy = match.group("perccy") or match.group("toccy") or match.group("perccy2")
    word = match.group("ccyword")
    unit = " ".join(word.lower().split()) if word else ""
    counter = cw.ccy_word(ccy) if ccy else cw.unit_counter(unit) if unit else None
    if counter is None and (sign := match.group("sign") or match.groupdict().get("other")):
        counter = CURRENCY_SIGNS.get(sign.lower()) or OTHER_DOLLARS.get(sign.lower())
    value = with_eighths(match.group("num"), match.group("frac8"))
    if match.group("minus"):  # "minus 0.71%", "minus $37.63": below zero
        value = -value
    other = bool(match.groupdict().get("other"))
    return Level(value, bool(match.group("pct")), counter, other)


def record_direction(match: re.Match[str]) -> Direction | None:
    """Up for a high, down for a low; None when the phrase gives no way ("a record $2,069")."""
    word = (match.groupdict().get("hl") or match.groupdict().get("sup") or "").lower()
    if any(w in word for w in _UP_WORDS):
        return Direction.UP
    if any(w in word for w in _DOWN_WORDS):
        return Direction.DOWN
    return None


_MULTI_SESSION = re.compile(
    r"\b(?:weekly|one-week|monthly|quarterly|annual|yearly|two-day|three-day|week|month|quarter|year)\b",
    re.IGNORECASE,
)


def multi_session(match: re.Match[str]) -> bool:
    """ "its biggest weekly gain since March": a multi-session comparison, not a biggest move."""
    anchor = match.groupdict().get("anchor")
    words = match.group(0)[: match.start("anchor") - match.start()] if anchor else ""
    return bool(_MULTI_SESSION.search(words))


def biggest_direction(match: re.Match[str]) -> Direction | None:
    """The way a "biggest drop" / "best day" phrase points, None for "the most" or "move"."""
    sup = (match.group("sup") or "").lower()
    noun = (match.group("noun") or "").lower()
    if noun in MOVE_NOUNS:
        return MOVE_NOUNS[noun]
    if sup in ("best", "strongest"):
        return Direction.UP
    if sup in ("worst", "weakest"):
        return Direction.DOWN
    return None


_SIZE_BEFORE = re.compile(
    r"\bthe\s+(?P<fig>[^\s,;][^,;]{0,30}?)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$",
    re.IGNORECASE,
)


def size_before(s: str, at: int) -> Size | None:
    """ "the 1.8% it had gained": a size the relative clause's verb at ``at`` reads back to."""
    before = _SIZE_BEFORE.search(s, max(0, at - 60), at)
    found = FIGURE_RE.fullmatch(before.group("fig")) if before else None
    return size_from(found) if found else None


def past_price_unit(s: str, end: int, size: Size) -> int:
    """Where a price ends, past its unit ("$5.20 a pound")."""
    unit = _PRICE_UNIT.match(s, end) if size.is_money else None
    return unit.end() if unit else end

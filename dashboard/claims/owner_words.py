"""Where a move noun's named owner ends ("a 7% jump in copper", then what follows)."""

from __future__ import annotations

import re

CLAUSE_END = re.compile(  # or the noun phrase is a subject: "a 7% slide in the CSI 300 triggered"
    r"\s*(?:[,.;:]|$)|\s+(?:index\s+)?[a-z]+ed\s+(?!(?:on|in|at|by|since|during|last|this|earlier"
    r"|yesterday|over|from|to|through|until|before|after)\b)"
    r"|\s+(?:as|amid|while|whereas|despite|because|after)\s+(?!(?:much|many|well|far|of)\b)"
    # "Monday's 1% dip in the Russell 2000 was quickly forgotten": the noun phrase is a subject
    r"|\s+(?:was|were|had)\s+(?!(?:expected|forecast|seen|likely|set|due|possible|needed)\b)"
    # "a 1.5% gain in the Kospi came as chipmakers rallied": an irregular past verb, likewise
    r"|\s+(?:came|left|drove|took|gave|sent|brought|made|kept|put)\s+"
    # "Monday's 14.6% spike in Brent to $69.02 a barrel was ...": the level it reached
    r"|\s+to\s+(?:(?:about|around|roughly|nearly|almost|just|a\s+record)\s+)?[$€£¥]?\d"
)  # "riding a 7% jump in copper as rumours swirled": a cause clause follows
DATED_OWNER = re.compile(  # "a 6% plunge in the S&P 500 on Friday and ...": dated, then done
    r"\s+(?P<t>(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)|yesterday)"
    r"(?=\s*(?:[,.;:]|$)|\s+and\b)",
    re.IGNORECASE,
)

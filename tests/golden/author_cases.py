"""The calculator behind tests/golden/cases.json and seed.json (never the reconciler).

Each case below was written by hand: the claim, the verdict the rules in dashboard/tolerance.py
give, the rows it rests on and a one-line formula. This script only looks the rows up in the
snapshot CSVs (data/prices, read with the csv module) and evaluates the formula, so the file
shows the numbers it used. Regenerate after reviewing a change, and review the diff:

    .venv/bin/python tests/golden/author_cases.py

It imports nothing from dashboard/.
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRICES = ROOT / "data" / "prices"
HERE = Path(__file__).resolve().parent

FILES = {
    "IMOEX": "IMOEX.moex-empenoso",
    "RTSI": "RTSI.finam-dimitrii1993",
    "RUBY": "USDRUB.yahoo-alexshch09",
    "RUBC": "USDRUB.cbr-kirill-murashev",
    "EURRUB": "EURRUB.cbr-sovcom",
    "EURUSD": "EURUSD.yahoo-alitalbi",
    "STOXX": "STOXX600.yahoo-alitalbi",
    "BZ": "BRENT.yahoo-ishwarb13",
    "EIA": "BRENT.eia-datasets",
    "TNX": "US10Y.yahoo-alitalbi",
    "SPX": "SPX.yahoo-finanzas",
    "IXIC": "NASDAQ.yahoo-finanzas",
    "DAX": "DAX.yahoo-alitalbi",
    "GOLD": "GOLD.yahoo-alitalbi",
    "VIX": "VIX.yahoo-alitalbi",
    "CL": "WTI.yahoo-alitalbi",
    "WTIS": "WTI.eia-datasets",
}


@cache
def rows(key: str) -> dict[str, dict[str, str]]:
    with (PRICES / f"{FILES[key]}.csv").open(encoding="utf-8") as handle:
        return {r["session"]: r for r in csv.DictReader(handle)}


def value(key: str, session: str, field: str) -> float:
    return float(rows(key)[session][field])


_REF = re.compile(r"(\w+):(\d{4}-\d\d-\d\d):(open|high|low|close)")


def calc(formula: str) -> tuple[float, str, list[dict[str, object]]]:
    """Evaluate "(STOXX:2022-02-25:close / STOXX:2022-02-24:close - 1) * 100"."""
    used: list[dict[str, object]] = []

    def sub(match: re.Match[str]) -> str:
        key, session, field = match.groups()
        number = value(key, session, field)
        used.append(
            {
                "file": f"data/prices/{FILES[key]}.csv",
                "session": session,
                "field": field,
                "value": number,
            }
        )
        return repr(number)

    expression = _REF.sub(sub, formula)
    result = eval(expression, {"__builtins__": {}})  # arithmetic only: numbers and + - * / ( )
    shown = _REF.sub(lambda m: f"{value(*m.groups()):g}", formula)
    return float(result), f"{shown} = {result:.4f}", used


def claim(text, instrument, measure, direction, session, size=None, unit=None, hedge="exact",
          level=None, since=None, inverse=False):  # fmt: skip
    return {
        "text": text, "instrument": instrument, "measure": measure, "direction": direction,
        "size": size, "unit": unit, "hedge": hedge, "level": level, "session": session,
        "since": since, "inverse": inverse,
    }  # fmt: skip


CASES: list[dict[str, object]] = []


def case(cid, c, verdict, source, formula=None, observed="formula", sessions=(), flags=(),
         note="", lookback=None):  # fmt: skip
    """One golden case; ``observed`` is the formula's result unless given (None: no figure)."""
    entry: dict[str, object] = {"id": cid, "claim": c, "verdict": verdict, "source": source}
    rows_used: list[dict[str, object]] = []
    if formula:
        result, shown, rows_used = calc(formula)
        entry["derivation"] = shown
        entry["observed"] = round(result, 2) if observed == "formula" else observed
    else:
        entry["observed"] = None if observed == "formula" else observed
    if lookback:
        entry["lookback"] = lookback
    entry["rows"] = rows_used
    entry["sessions"] = list(sessions)
    entry["flags"] = list(flags)
    entry["note"] = note
    CASES.append(entry)


def pct(now: str, ref: str) -> str:
    return f"({now} / {ref} - 1) * 100"


def inv(now: str, ref: str) -> str:
    return f"({ref} / {now} - 1) * 100"


# fmt: off
# The cases are a table: one call per case, kept one row per argument group for review.
SC, OM, IE, IC = "session_change", "open_move", "intraday_extreme", "intraday_change"
SH, SL, LV, PC = "session_high", "session_low", "level", "period_change"
RC, BM = "record", "biggest_move"
F22, T24, W23, T22 = "2022-02-25", "2022-02-24", "2022-02-23", "2022-02-22"


def session_changes() -> None:
    imoex = pct("IMOEX:2022-02-24:close", "IMOEX:2022-02-22:close")
    pair = ["2022-02-22", T24]
    case("sc-imoex-thu-33", claim("the MOEX index fell 33% on Thursday", "IMOEX", SC, "down", T24, 33, "percent"),
         "supported", "moex", imoex, sessions=pair, note="previous row is Tue 22 Feb: Moscow shut on 23 Feb")
    case("sc-imoex-thu-33.3", claim("the index slumped 33.3%", "IMOEX", SC, "down", T24, 33.3, "percent"),
         "supported", "moex", imoex, sessions=pair)
    case("sc-imoex-thu-30", claim("the index lost 30%", "IMOEX", SC, "down", T24, 30, "percent"),
         "inaccurate", "moex", imoex, sessions=pair)
    case("sc-imoex-thu-up5", claim("the MOEX index rose 5%", "IMOEX", SC, "up", T24, 5, "percent"),
         "contradicted", "moex", imoex, sessions=pair)
    case("sc-imoex-thu-less10", claim("shares fell less than 10%", "IMOEX", SC, "down", T24, 10, "percent", "less_than"),
         "inaccurate", "moex", imoex, sessions=pair)
    fri = pct("IMOEX:2022-02-25:close", "IMOEX:2022-02-24:close")
    case("sc-imoex-fri-20", claim("the index closed up 20%", "IMOEX", SC, "up", F22, 20, "percent"),
         "supported", "moex", fri, sessions=[T24, F22])
    case("sc-imoex-fri-about19", claim("the gauge jumped about 19%", "IMOEX", SC, "up", F22, 19, "percent", "about"),
         "supported", "moex", fri, sessions=[T24, F22], note="about 19: ±(0.5 + 0.95) pp")
    case("sc-imoex-reopen", claim("the MOEX index rose 4.4% as trading resumed", "IMOEX", SC, "up", "2022-03-24", 4.4, "percent"),
         "supported", "moex", pct("IMOEX:2022-03-24:close", "IMOEX:2022-02-25:close"),
         sessions=[F22, "2022-03-24"], note="previous row is 25 Feb: no rows during the halt")
    case("sc-imoex-holiday", claim("the MOEX index rose 1.6% on Wednesday", "IMOEX", SC, "up", W23, 1.6, "percent"),
         "supported", "moex", pct("IMOEX:2022-02-22:close", "IMOEX:2022-02-21:close"),
         sessions=["2022-02-21", T22], flags=["not_a_session"],
         note="23 Feb 2022 was a Moscow holiday: read as the previous session, 22 Feb, and flagged")
    case("sc-imoex-halted", claim("Russian stocks fell on Tuesday", "IMOEX", SC, "down", "2022-03-01"),
         "not_checkable", None, None, note="1 Mar 2022 falls in the Moscow halt: no row, not a holiday")
    case("sc-stoxx-fri-3.3", claim("the Stoxx 600 rose 3.3%", "STOXX600", SC, "up", F22, 3.3, "percent"),
         "supported", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-02-24:close"), sessions=[T24, F22])
    case("sc-stoxx-thu-3.3", claim("the Stoxx 600 fell 3.3%", "STOXX600", SC, "down", T24, 3.3, "percent"),
         "supported", "yahoo", pct("STOXX:2022-02-24:close", "STOXX:2022-02-23:close"), sessions=[W23, T24])
    case("sc-stoxx-points", claim("the Stoxx 600 added 14.57 points", "STOXX600", SC, "up", F22, 14.57, "points"),
         "supported", "yahoo", "STOXX:2022-02-25:close - STOXX:2022-02-24:close", sessions=[T24, F22])
    case("sc-dax-points", claim("the DAX gained 515 points", "DAX", SC, "up", F22, 515, "points"),
         "supported", "yahoo", "DAX:2022-02-25:close - DAX:2022-02-24:close", sessions=[T24, F22])
    case("sc-stoxx-flat", claim("European stocks were little changed on Monday", "STOXX600", SC, "flat", "2022-02-28"),
         "supported", "yahoo", pct("STOXX:2022-02-28:close", "STOXX:2022-02-25:close"), sessions=[F22, "2022-02-28"])
    case("sc-brent-fri-1.2", claim("Brent fell 1.2%", "BRENT", SC, "down", F22, 1.2, "percent"),
         "supported", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=[T24, F22],
         note="EIA spot 98.56 vs 101.29 = -2.70% is shown as the second source")
    case("sc-brent-thu-2.3", claim("Brent rose 2.3% on Thursday", "BRENT", SC, "up", T24, 2.3, "percent"),
         "supported", "yahoo", pct("BZ:2022-02-24:close", "BZ:2022-02-23:close"), sessions=[W23, T24])
    case("sc-brent-more1", claim("oil fell more than 1%", "BRENT", SC, "down", F22, 1, "percent", "more_than"),
         "supported", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=[T24, F22])
    case("sc-brent-more2", claim("oil fell more than 2%", "BRENT", SC, "down", F22, 2, "percent", "more_than"),
         "inaccurate", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=[T24, F22],
         note="EIA spot fell 2.70%: the verdict rests on futures, the benchmark articles quote")
    case("sc-brent-eia-only", claim("Brent fell 3.2%", "BRENT", SC, "down", "2023-03-15", 3.2, "percent"),
         "supported", "eia", pct("EIA:2023-03-15:close", "EIA:2023-03-14:close"), sessions=["2023-03-14", "2023-03-15"],
         flags=["spot_not_futures"], note="the futures file ends 30 Dec 2022: the verdict falls to the EIA spot price")
    case("sc-wti-futures-not-spot", claim("US crude fell 5.2%", "WTI", SC, "down", "2023-03-15", 5.2, "percent"),
         "supported", "yahoo", pct("CL:2023-03-15:close", "CL:2023-03-14:close"), sessions=["2023-03-14", "2023-03-15"],
         note="EIA spot 67.38 vs 71.18 = -5.34% is second evidence (outside ±0.05 of 5.2, but not the benchmark)")
    case("sc-wti-almost1.5", claim("US crude fell almost 1.5%", "WTI", SC, "down", F22, 1.5, "percent", "almost"),
         "supported", "yahoo", pct("CL:2022-02-25:close", "CL:2022-02-24:close"), sessions=[T24, F22])
    case("sc-gold-2", claim("gold fell 2%", "GOLD", SC, "down", F22, 2, "percent"),
         "supported", "yahoo", pct("GOLD:2022-02-25:close", "GOLD:2022-02-24:close"), sessions=[T24, F22])
    case("sc-spx-thu-1.5", claim("the S&P 500 rose 1.5%", "SPX", SC, "up", T24, 1.5, "percent"),
         "supported", "yahoo", pct("SPX:2022-02-24:close", "SPX:2022-02-23:close"), sessions=[W23, T24])
    case("sc-tnx-fri-2bp", claim("the 10-year yield rose 2 basis points", "US10Y", SC, "up", F22, 2, "bp"),
         "supported", "yahoo", "(TNX:2022-02-25:close - TNX:2022-02-24:close) * 100", sessions=[T24, F22],
         note="^TNX is in percent: 1 bp = 0.01")
    case("sc-tnx-thu-1bp", claim("the 10-year yield slipped 1 basis point", "US10Y", SC, "down", T24, 1, "bp"),
         "supported", "yahoo", "(TNX:2022-02-24:close - TNX:2022-02-23:close) * 100", sessions=[W23, T24])
    case("sc-tnx-mon-15bp", claim("the yield tumbled 15 basis points", "US10Y", SC, "down", "2022-02-28", 15, "bp"),
         "supported", "yahoo", "(TNX:2022-02-28:close - TNX:2022-02-25:close) * 100", sessions=[F22, "2022-02-28"])
    case("sc-rtsi-thu-38", claim("the dollar-denominated RTS index fell 38%", "RTSI", SC, "down", T24, 38, "percent"),
         "supported", "finam", pct("RTSI:2022-02-24:close", "RTSI:2022-02-23:close"), sessions=[W23, T24],
         note="Finam has a row dated 23 Feb (a Moscow holiday, volume 0): the vendor's previous row is used")
    eur = pct("EURUSD:2022-02-25:close", "EURUSD:2022-02-24:close")
    case("sc-euro-fell-1", claim("the euro fell 1% against the dollar", "EURUSD", SC, "down", F22, 1, "percent"),
         "supported", "yahoo", eur, sessions=[T24, F22])
    dollar = inv("EURUSD:2022-02-25:close", "EURUSD:2022-02-24:close")
    case("sc-dollar-rose-1-vs-euro", claim("the dollar rose 1% against the euro", "EURUSD", SC, "up", F22, 1, "percent", inverse=True),
         "supported", "yahoo", dollar, sessions=[T24, F22], note="USD is EUR/USD's quote currency: prev / now - 1")
    case("sc-dollar-fell-vs-euro", claim("the dollar weakened against the euro", "EURUSD", SC, "down", F22, inverse=True),
         "contradicted", "yahoo", dollar, sessions=[T24, F22])
    case("sc-ruble-vs-euro-cbr", claim("the ruble gained 4.5% against the euro", "EURRUB", SC, "up", F22, 4.5, "percent", inverse=True),
         "supported", "cbr", inv("EURRUB:2022-02-26:close", "EURRUB:2022-02-25:close"),
         sessions=[F22, "2022-02-26"], flags=["fixing_not_session_close"],
         note="only the Bank of Russia rate: set on 25 Feb (dated 26 Feb, effective) vs set on 24 Feb (dated 25 Feb)")
    case("sc-dollar-vs-ruble-snapshot", claim("the dollar fell 5% against the ruble", "USDRUB", SC, "down", F22, 5, "percent"),
         "not_checkable", "yahoo", pct("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"), observed=None,
         sessions=[F22], flags=["fx_close_is_open_snapshot"],
         note="closes are start-of-day snapshots; the range vs the opening snapshot is -4.01% … +0.99%, short of -5%")
    case("sc-ruble-monday-30", claim("the ruble plunged 30% on Monday", "USDRUB", SC, "down", "2022-02-28", 30, "percent", inverse=True),
         "not_checkable", "yahoo", inv("RUBY:2022-02-28:high", "RUBY:2022-02-28:open"), observed=None,
         sessions=["2022-02-28"], flags=["fx_close_is_open_snapshot"],
         note="the 25 Feb close is a snapshot; 28 Feb range vs its open reaches -25.51%, not -30%; "
              "Bank of Russia 83.5485 → 93.5589 = -10.70%")


def open_moves() -> None:
    case("om-imoex-fri", claim("Russian markets rallied at the open", "IMOEX", OM, "up", F22),
         "supported", "moex", pct("IMOEX:2022-02-25:open", "IMOEX:2022-02-24:close"), sessions=[T24, F22])
    case("om-imoex-thu-11", claim("the MOEX index opened 11% lower", "IMOEX", OM, "down", T24, 11, "percent"),
         "supported", "moex", pct("IMOEX:2022-02-24:open", "IMOEX:2022-02-22:close"), sessions=[T22, T24])
    case("om-imoex-reopen", claim("Moscow stocks opened higher as trading resumed", "IMOEX", OM, "up", "2022-03-24"),
         "supported", "moex", pct("IMOEX:2022-03-24:open", "IMOEX:2022-02-25:close"), sessions=[F22, "2022-03-24"])
    case("om-ruble-snapshot", claim("the ruble opened stronger on Friday", "USDRUB", OM, "up", F22, inverse=True),
         "not_checkable", None, None, flags=["fx_close_is_open_snapshot"],
         note="Yahoo's 24 Feb close is a start-of-day snapshot and the Bank of Russia rate has no open")
    case("om-stoxx-fri", claim("European stocks opened higher", "STOXX600", OM, "up", F22),
         "supported", "yahoo", pct("STOXX:2022-02-25:open", "STOXX:2022-02-24:close"), sessions=[T24, F22])
    case("om-stoxx-thu-2", claim("the Stoxx 600 opened 2% lower", "STOXX600", OM, "down", T24, 2, "percent"),
         "inaccurate", "yahoo", pct("STOXX:2022-02-24:open", "STOXX:2022-02-23:close"), sessions=[W23, T24])
    case("om-brent-fri", claim("Brent opened lower", "BRENT", OM, "down", F22),
         "contradicted", "yahoo", pct("BZ:2022-02-25:open", "BZ:2022-02-24:close"), sessions=[T24, F22])
    case("om-spx-thu-about1.7", claim("the S&P 500 opened down about 1.7%", "SPX", OM, "down", T24, 1.7, "percent", "about"),
         "supported", "yahoo", pct("SPX:2022-02-24:open", "SPX:2022-02-23:close"), sessions=[W23, T24])


def intraday_extremes() -> None:
    imoex = pct("IMOEX:2022-02-24:low", "IMOEX:2022-02-22:close")
    case("ie-imoex-45", claim("after losing as much as 45% Thursday", "IMOEX", IE, "down", T24, 45, "percent", "as_much_as"),
         "supported", "moex", imoex, sessions=[T22, T24])
    case("ie-imoex-50", claim("the index lost as much as 50%", "IMOEX", IE, "down", T24, 50, "percent", "as_much_as"),
         "inaccurate", "moex", imoex, sessions=[T22, T24])
    case("ie-rtsi-50", claim("the RTS index plunged as much as 50%", "RTSI", IE, "down", T24, 50, "percent", "as_much_as"),
         "inaccurate", "finam", pct("RTSI:2022-02-24:low", "RTSI:2022-02-23:close"), sessions=[W23, T24],
         note="vs the 23 Feb holiday row (1204.11) the low is -49.31%; vs the 22 Feb close it would be -50.25%")
    case("ie-brent-9.2", claim("Brent rose as much as 9.2%", "BRENT", IE, "up", T24, 9.2, "percent", "as_much_as"),
         "supported", "yahoo", pct("BZ:2022-02-24:high", "BZ:2022-02-23:close"), sessions=[W23, T24])
    case("ie-ruble-12", claim("the ruble weakened as much as 12% against the dollar", "USDRUB", IE, "down", T24, 12, "percent", "as_much_as", inverse=True),
         "supported", "yahoo", inv("RUBY:2022-02-24:high", "RUBY:2022-02-23:close"), sessions=[W23, T24],
         note="a rouble low is a USD/RUB high: prev close / high - 1")
    case("ie-stoxx-4.4", claim("the Stoxx 600 fell as much as 4.4%", "STOXX600", IE, "down", T24, 4.4, "percent", "as_much_as"),
         "supported", "yahoo", pct("STOXX:2022-02-24:low", "STOXX:2022-02-23:close"), sessions=[W23, T24])
    case("ie-spx-as-much-as-on-change", claim("the S&P 500 fell as much as 2.6%", "SPX", SC, "down", T24, 2.6, "percent", "as_much_as"),
         "supported", "yahoo", pct("SPX:2022-02-24:low", "SPX:2022-02-23:close"), sessions=[W23, T24],
         note="'as much as' on a session change is compared with the extreme")
    case("ie-gold-3.3", claim("gold climbed as much as 3.3%", "GOLD", IE, "up", T24, 3.3, "percent", "as_much_as"),
         "supported", "yahoo", pct("GOLD:2022-02-24:high", "GOLD:2022-02-23:close"), sessions=[W23, T24])
    case("ie-brent-touched-105.75", claim("Brent touched $105.75 a barrel", "BRENT", IE, "up", T24, level=105.75),
         "supported", "yahoo", "BZ:2022-02-24:high", sessions=[T24])
    case("ie-brent-touched-105.79", claim("Brent touched $105.79 a barrel", "BRENT", IE, "up", T24, level=105.79),
         "inaccurate", "yahoo", "BZ:2022-02-24:high", sessions=[T24],
         note="another vendor's 105.79; the Yahoo futures high is 105.75")
    case("ie-ruble-snapshot-4", claim("the ruble rallied as much as 4% on Friday", "USDRUB", IE, "up", F22, 4, "percent", "as_much_as", inverse=True),
         "consistent", "yahoo", inv("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"), observed=None,
         sessions=[F22], flags=["fx_close_is_open_snapshot"],
         note="the 24 Feb close is a snapshot (= its open, before the slide), so the low is measured from 25 Feb's opening snapshot")


def intraday_changes() -> None:
    imoex = pct("IMOEX:2022-02-25:close", "IMOEX:2022-02-24:close")
    both = [T24, F22]
    case("ic-imoex-15", claim("the benchmark MOEX index was up 15%", "IMOEX", IC, "up", F22, 15, "percent"),
         "consistent", "moex", imoex, sessions=both, flags=["intraday_from_daily_bars"],
         lookback={"range_low": pct("IMOEX:2022-02-25:low", "IMOEX:2022-02-24:close"),
                   "range_high": pct("IMOEX:2022-02-25:high", "IMOEX:2022-02-24:close")})
    case("ic-imoex-30", claim("the MOEX index was up 30%", "IMOEX", IC, "up", F22, 30, "percent"),
         "inaccurate", "moex", imoex, sessions=both, note="the day's high was +24.02%")
    case("ic-imoex-down5", claim("the MOEX index was down 5%", "IMOEX", IC, "down", F22, 5, "percent"),
         "contradicted", "moex", imoex, sessions=both, note="the whole range (+9.62 … +24.02%) is up")
    case("ic-stoxx-3", claim("the Stoxx 600 was up 3%", "STOXX600", IC, "up", F22, 3, "percent"),
         "consistent", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-02-24:close"), sessions=both)
    case("ic-brent-down2", claim("Brent was down 2%", "BRENT", IC, "down", F22, 2, "percent"),
         "consistent", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=both,
         note="range -3.11% (low 96.00) … +2.94% (high 101.99)")
    case("ic-spx-down2.6", claim("the S&P 500 was down 2.6%", "SPX", IC, "down", T24, 2.6, "percent"),
         "consistent", "yahoo", pct("SPX:2022-02-24:close", "SPX:2022-02-23:close"), sessions=[W23, T24])
    case("ic-ruble-up3", claim("the ruble was up 3% against the dollar", "USDRUB", IC, "up", F22, 3, "percent", inverse=True),
         "consistent", "yahoo", inv("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"), observed=None,
         sessions=[F22], flags=["fx_close_is_open_snapshot"],
         note="snapshot closes: range vs the 25 Feb opening snapshot, rouble -0.98% … +4.18%")
    case("ic-ruble-up5", claim("the ruble was up 5% against the dollar", "USDRUB", IC, "up", F22, 5, "percent", inverse=True),
         "not_checkable", "yahoo", inv("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"), observed=None,
         sessions=[F22], flags=["fx_close_is_open_snapshot"],
         note="outside the range vs a snapshot reference: not checkable, never contradicted")


def near_extremes() -> None:
    case("sh-stoxx-fri", claim("and were at session highs", "STOXX600", SH, "none", F22),
         "consistent", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-02-25:high"), sessions=[F22])
    case("sl-stoxx-thu", claim("European stocks were at session lows", "STOXX600", SL, "none", T24),
         "not_checkable", "yahoo", pct("STOXX:2022-02-24:close", "STOXX:2022-02-24:low"), sessions=[T24],
         note="closed 1.13% above the low: daily bars cannot place the time of writing")
    case("sh-spx-fri", claim("US stocks traded at the day's highs", "SPX", SH, "none", F22),
         "consistent", "yahoo", pct("SPX:2022-02-25:close", "SPX:2022-02-25:high"), sessions=[F22])
    case("sh-nasdaq-thu", claim("the Nasdaq was at session highs", "NASDAQ", SH, "none", T24),
         "consistent", "yahoo", pct("IXIC:2022-02-24:close", "IXIC:2022-02-24:high"), sessions=[T24])
    case("sh-brent-thu", claim("Brent was at session highs", "BRENT", SH, "none", T24),
         "not_checkable", "yahoo", pct("BZ:2022-02-24:close", "BZ:2022-02-24:high"), sessions=[T24])
    case("sl-stoxx-tue", claim("the Stoxx 600 was at session lows", "STOXX600", SL, "none", "2022-03-01"),
         "consistent", "yahoo", pct("STOXX:2022-03-01:close", "STOXX:2022-03-01:low"), sessions=["2022-03-01"])
    case("sl-imoex-thu", claim("the MOEX index was at session lows", "IMOEX", SL, "none", T24),
         "not_checkable", "moex", pct("IMOEX:2022-02-24:close", "IMOEX:2022-02-24:low"), sessions=[T24])


def levels() -> None:
    close = "BZ:2022-02-25:close"
    case("lv-brent-97.93", claim("Brent settled at $97.93", "BRENT", LV, "none", F22, level=97.93),
         "supported", "yahoo", close, sessions=[F22])
    case("lv-brent-100", claim("Brent traded at $100", "BRENT", LV, "none", F22, level=100),
         "consistent", "yahoo", close, sessions=[F22], note="range 96.00 … 101.99")
    case("lv-brent-105", claim("Brent traded at $105", "BRENT", LV, "none", F22, level=105),
         "inaccurate", "yahoo", close, sessions=[F22])
    case("lv-brent-below100", claim("Brent held below $100", "BRENT", LV, "none", F22, level=100, hedge="less_than"),
         "supported", "yahoo", close, sessions=[F22])
    stoxx = "STOXX:2022-02-25:close"
    case("lv-stoxx-456", claim("the Stoxx 600 closed at 456", "STOXX600", LV, "none", F22, level=456),
         "inaccurate", "yahoo", stoxx, sessions=[F22], note="a figure quoted elsewhere; the day's high was 453.69")
    case("lv-stoxx-about456", claim("the Stoxx 600 ended near 456", "STOXX600", LV, "none", F22, level=456, hedge="about"),
         "supported", "yahoo", stoxx, sessions=[F22], note="about 456: ±(0.5 + 2.28)")
    case("lv-tnx-1.99", claim("the 10-year yield was at 1.99%", "US10Y", LV, "none", F22, level=1.99),
         "supported", "yahoo", "TNX:2022-02-25:close", sessions=[F22])
    case("lv-tnx-above2", claim("the 10-year yield rose above 2%", "US10Y", LV, "up", F22, level=2, hedge="more_than"),
         "consistent", "yahoo", "TNX:2022-02-25:close", sessions=[F22], note="high 2.011, close 1.986")
    case("lv-usdrub-89.94", claim("the dollar rose to 89.94 rubles", "USDRUB", LV, "up", T24, level=89.94),
         "consistent", "yahoo", "RUBY:2022-02-24:high", observed=None, sessions=[T24],
         flags=["fx_close_is_open_snapshot"], note="the close is a snapshot: only the range (high 89.9361) counts")
    case("lv-usdrub-89.99", claim("the dollar rose to 89.99 rubles", "USDRUB", LV, "up", T24, level=89.99),
         "inaccurate", "yahoo", "RUBY:2022-02-24:high", observed=None, sessions=[T24],
         note="89.99 (quoted elsewhere) is above the Yahoo high of 89.9361")


def period_changes() -> None:
    case("pc-imoex-week", claim("the MOEX index lost 27% this week", "IMOEX", PC, "down", F22, 27, "percent", since="2022-02-21"),
         "supported", "moex", pct("IMOEX:2022-02-25:close", "IMOEX:2022-02-18:close"), sessions=["2022-02-18", F22])
    case("pc-imoex-ytd", claim("the index is down 35% this year", "IMOEX", PC, "down", F22, 35, "percent", since="2022-01-01"),
         "supported", "moex", pct("IMOEX:2022-02-25:close", "IMOEX:2021-12-30:close"), sessions=["2021-12-30", F22])
    case("pc-stoxx-feb", claim("the Stoxx 600 has fallen 3.3% in February", "STOXX600", PC, "down", F22, 3.3, "percent", since="2022-02-01"),
         "supported", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-01-31:close"), sessions=["2022-01-31", F22])
    case("pc-brent-ytd", claim("Brent is up 24% this year", "BRENT", PC, "up", F22, 24, "percent", since="2022-01-01"),
         "supported", "yahoo", pct("BZ:2022-02-25:close", "BZ:2021-12-31:close"), sessions=["2021-12-31", F22])
    case("pc-tnx-week", claim("the 10-year yield rose 5 basis points this week", "US10Y", PC, "up", F22, 5, "bp", since="2022-02-21"),
         "supported", "yahoo", "(TNX:2022-02-25:close - TNX:2022-02-18:close) * 100", sessions=["2022-02-18", F22])
    case("pc-spx-feb", claim("the S&P 500 fell 3.1% in February", "SPX", PC, "down", "2022-02-28", 3.1, "percent", since="2022-02-01"),
         "supported", "yahoo", pct("SPX:2022-02-28:close", "SPX:2022-01-31:close"), sessions=["2022-01-31", "2022-02-28"])
    case("pc-dax-ytd", claim("the DAX is up 5% this year", "DAX", PC, "up", F22, 5, "percent", since="2022-01-01"),
         "contradicted", "yahoo", pct("DAX:2022-02-25:close", "DAX:2021-12-30:close"), sessions=["2021-12-30", F22])
    case("pc-wti-ytd", claim("US crude has gained more than 20% this year", "WTI", PC, "up", F22, 20, "percent", "more_than", since="2022-01-01"),
         "supported", "yahoo", pct("CL:2022-02-25:close", "CL:2021-12-31:close"), sessions=["2021-12-31", F22])


def records() -> None:
    lb = "pandas on the CSV: rows before the session (and from `since`), max(high, close) or min(low, close)"
    case("rc-ruble-record-low", claim("after sinking to a record low the previous day", "USDRUB", RC, "down", T24, inverse=True),
         "supported", "yahoo", "RUBY:2022-02-24:high", sessions=[T24],
         lookback={"how": lb, "previous": 85.818, "previous_session": "2016-01-21",
                   "second_source": "Bank of Russia 86.9288 (effective 25 Feb) vs previous 83.5913 (22 Jan 2016)"})
    case("rc-ruble-record-low-monday", claim("the ruble hit a record low on Monday", "USDRUB", RC, "down", "2022-02-28", inverse=True),
         "supported", "yahoo", "RUBY:2022-02-28:high", sessions=["2022-02-28"],
         lookback={"how": lb, "previous": 89.9361, "previous_session": T24})
    case("rc-ruble-record-high", claim("the ruble rose to a record high", "USDRUB", RC, "up", "2022-03-24", inverse=True),
         "contradicted", "yahoo", "RUBY:2022-03-24:low", sessions=["2022-03-24"],
         lookback={"how": lb, "previous": 0.7162, "previous_session": "2016-01-06"},
         note="the earlier minimum is a bad Yahoo low (0.7162 on 6 Jan 2016); the claim fails either way")
    case("rc-stoxx-record", claim("the Stoxx 600 closed at a record", "STOXX600", RC, "up", F22),
         "contradicted", "yahoo", "STOXX:2022-02-25:high", sessions=[F22],
         lookback={"how": lb, "previous": 495.46, "previous_session": "2022-01-04"})
    case("rc-imoex-lowest-since-2017", claim("the index sank to its lowest since 2017", "IMOEX", RC, "down", T24, since="2017-01-01"),
         "supported", "moex", "IMOEX:2022-02-24:low", sessions=[T24],
         lookback={"how": lb, "previous": 1774.56, "previous_session": "2017-06-15"})
    case("rc-imoex-lowest-since-2016", claim("the index sank to its lowest since 2016", "IMOEX", RC, "down", T24, since="2016-01-01"),
         "contradicted", "moex", "IMOEX:2022-02-24:low", sessions=[T24],
         lookback={"how": lb, "previous": 1583.02, "previous_session": "2016-01-18"})
    case("rc-brent-highest-since-2014", claim("Brent climbed to its highest since 2014", "BRENT", RC, "up", T24, since="2014-09-01"),
         "supported", "yahoo", "BZ:2022-02-24:high", sessions=[T24],
         lookback={"how": lb, "previous": 103.28, "previous_session": "2014-09-02"})
    case("rc-ruble-euro-record", claim("the ruble fell to a record low against the euro", "EURRUB", RC, "down", T24, inverse=True),
         "supported", "cbr", "EURRUB:2022-02-25:close", sessions=[F22],
         lookback={"how": lb, "previous": 93.757, "previous_session": "2020-11-03"},
         note="Bank of Russia rate set on 24 Feb is dated 25 Feb (the day it takes effect)")
    case("rc-vix-highest-since-2021", claim("the VIX hit its highest since 2021", "VIX", RC, "up", T24, since="2021-01-01"),
         "contradicted", "yahoo", "VIX:2022-02-24:high", sessions=[T24],
         lookback={"how": lb, "previous": 38.94, "previous_session": "2022-01-24"})
    case("rc-tnx-highest-since-2019", claim("the 10-year yield reached its highest since 2019", "US10Y", RC, "up", F22, since="2019-08-01"),
         "contradicted", "yahoo", "TNX:2022-02-25:high", sessions=[F22],
         lookback={"how": lb, "previous": 2.065, "previous_session": "2022-02-16"})


def biggest_moves() -> None:
    lb = "pandas on the CSV: c = close; moves = (c / c.shift(1) - 1) * 100 before the session (from `since`)"
    case("bm-imoex-record-drop", claim("the biggest one-day drop on record", "IMOEX", BM, "down", T24),
         "supported", "moex", pct("IMOEX:2022-02-24:close", "IMOEX:2022-02-22:close"), sessions=[T22, T24],
         lookback={"how": lb, "biggest_earlier": -20.81, "on": "1997-10-28"})
    case("bm-stoxx-since-2020", claim("the Stoxx 600's biggest drop since June 2020", "STOXX600", BM, "down", T24, since="2020-06-12"),
         "contradicted", "yahoo", pct("STOXX:2022-02-24:close", "STOXX:2022-02-23:close"), sessions=[W23, T24],
         lookback={"how": lb, "biggest_earlier": -3.81, "on": "2022-01-24"},
         note="the index fell more on 24 Jan 2022 (-3.81%)")
    case("bm-brent-since-jan", claim("Brent's biggest fall this year", "BRENT", BM, "down", F22, since="2022-01-01"),
         "contradicted", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=[T24, F22],
         lookback={"how": lb, "biggest_earlier": -3.32, "on": "2022-02-15"})
    case("bm-spx-since-feb", claim("the S&P 500's biggest gain this month", "SPX", BM, "up", F22, since="2022-02-01"),
         "supported", "yahoo", pct("SPX:2022-02-25:close", "SPX:2022-02-24:close"), sessions=[T24, F22],
         lookback={"how": lb, "biggest_earlier": 1.58, "on": "2022-02-15"})
    case("bm-spx-since-2021", claim("the S&P 500's biggest gain since March 2021", "SPX", BM, "up", F22, since="2021-03-01"),
         "contradicted", "yahoo", pct("SPX:2022-02-25:close", "SPX:2022-02-24:close"), sessions=[T24, F22],
         lookback={"how": lb, "biggest_earlier": 2.43, "on": "2022-01-28"})
    case("bm-ruble-cbr-since-2015", claim("the ruble's biggest one-day drop since 2015", "USDRUB", BM, "down", T24, since="2015-02-01", inverse=True),
         "supported", "cbr", inv("RUBC:2022-02-25:close", "RUBC:2022-02-23:close"), sessions=[W23, F22],
         lookback={"how": lb.replace("c / c.shift(1)", "c.shift(1) / c"), "biggest_earlier": -6.25, "on": "2020-03-11"},
         note="Yahoo's 24 Feb close is a snapshot, so the verdict falls to the Bank of Russia rate (rows dated by effective day)")
    case("bm-rtsi-record", claim("the RTS index's worst day on record", "RTSI", BM, "down", T24),
         "supported", "finam", pct("RTSI:2022-02-24:close", "RTSI:2022-02-23:close"), sessions=[W23, T24],
         lookback={"how": lb, "biggest_earlier": -13.21, "on": "2022-02-21"},
         note="'on record' here means since the Finam file starts (5 Jan 2015)")


def seed() -> list[dict[str, object]]:
    """The 8 seed claims (issue 2's table), from the cases above plus the snapshot ruble claim."""
    CASES.clear()
    case("seed-1-open", claim("Russian markets rallied at the open", "IMOEX", OM, "up", F22),
         "supported", "moex", pct("IMOEX:2022-02-25:open", "IMOEX:2022-02-24:close"), sessions=[T24, F22])
    case("seed-2-up15", claim("the benchmark MOEX index was up 15%", "IMOEX", IC, "up", F22, 15, "percent"),
         "consistent", "moex", pct("IMOEX:2022-02-25:close", "IMOEX:2022-02-24:close"), sessions=[T24, F22],
         flags=["intraday_from_daily_bars"],
         lookback={"range_low": pct("IMOEX:2022-02-25:low", "IMOEX:2022-02-24:close"),
                   "range_high": pct("IMOEX:2022-02-25:high", "IMOEX:2022-02-24:close")})
    case("seed-3-as-much-as-45", claim("after losing as much as 45% Thursday", "IMOEX", IE, "down", T24, 45, "percent", "as_much_as"),
         "supported", "moex", pct("IMOEX:2022-02-24:low", "IMOEX:2022-02-22:close"), sessions=[T22, T24])
    case("seed-4-ruble-2.1", claim("The ruble gained 2.1% against the dollar", "USDRUB", SC, "up", F22, 2.1, "percent", inverse=True),
         "consistent", "yahoo", inv("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"), observed=None, sessions=[F22],
         flags=["fx_close_is_open_snapshot", "fixing_not_session_close"],
         lookback={"range_high": inv("RUBY:2022-02-25:low", "RUBY:2022-02-25:open"),
                   "range_low": inv("RUBY:2022-02-25:high", "RUBY:2022-02-25:open"),
                   "second_source_cbr": inv("RUBC:2022-02-26:close", "RUBC:2022-02-25:close")},
         note="consistent or not_checkable, never contradicted")
    case("seed-5-record-low", claim("after sinking to a record low the previous day", "USDRUB", RC, "down", T24, inverse=True),
         "supported", "yahoo", "RUBY:2022-02-24:high", sessions=[T24],
         lookback={"previous": 85.818, "previous_session": "2016-01-21",
                   "second_source": "Bank of Russia 86.9288 (effective 25 Feb) vs previous 83.5913"})
    case("seed-6-europe-rebounded", claim("Stocks in Europe also rebounded", "STOXX600", SC, "up", F22),
         "supported", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-02-24:close"), sessions=[T24, F22])
    case("seed-7-session-highs", claim("and were at session highs", "STOXX600", SH, "none", F22),
         "consistent", "yahoo", pct("STOXX:2022-02-25:close", "STOXX:2022-02-25:high"), sessions=[F22],
         flags=["intraday_from_daily_bars"])
    case("seed-8-oil-slipped", claim("while oil slipped further", "BRENT", SC, "down", F22),
         "supported", "yahoo", pct("BZ:2022-02-25:close", "BZ:2022-02-24:close"), sessions=[T24, F22],
         lookback={"second_source_eia": pct("EIA:2022-02-25:close", "EIA:2022-02-24:close")})
    return list(CASES)


def _resolve_lookbacks(cases: list[dict[str, object]]) -> None:
    """Formulas inside ``lookback`` (ranges, second sources) are evaluated like the main one."""
    for entry in cases:
        look = entry.get("lookback")
        if isinstance(look, dict):
            for key, text in list(look.items()):
                if isinstance(text, str) and _REF.search(text):
                    result, shown, _ = calc(text)
                    look[key] = {"value": round(result, 2), "derivation": shown}


def main() -> None:
    for build in (session_changes, open_moves, intraday_extremes, intraday_changes,
                  near_extremes, levels, period_changes, records, biggest_moves):  # fmt: skip
        build()
    cases = list(CASES)
    _resolve_lookbacks(cases)
    counts: dict[str, int] = {}
    for entry in cases:
        measure = entry["claim"]["measure"]  # type: ignore[index]
        counts[measure] = counts.get(measure, 0) + 1
    header = {"about": __doc__.splitlines()[0], "command": "python tests/golden/author_cases.py",
              "counts": counts, "total": len(cases)}  # fmt: skip
    (HERE / "cases.json").write_text(json.dumps({**header, "cases": cases}, indent=1, ensure_ascii=False) + "\n")
    seeds = seed()
    _resolve_lookbacks(seeds)
    (HERE / "seed.json").write_text(json.dumps({"about": "the seed article's 8 claims", "cases": seeds}, indent=1, ensure_ascii=False) + "\n")
    print(counts, len(cases))


# fmt: on
if __name__ == "__main__":
    main()

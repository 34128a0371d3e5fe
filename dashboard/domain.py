"""Domain types shared by every layer: instruments, claims, price series, verdicts.

Everything here is a frozen value or a closed Enum. Modules exchange these, never loose dicts.
Conventions:
- A claim's ``direction`` and ``size`` are in the article's own perspective (its subject).
  When the subject is the quote currency of an FX pair ("the ruble gained" about USD/RUB),
  ``inverse`` is True: a rouble gain is a fall in roubles per dollar.
- Signed figures (``claimed``, ``observed``) are positive for "up" in that same perspective.
- Percentages are in percent (2.1 means 2.1 %), basis points in bp, points in the
  instrument's own unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import pandas as pd


class InstrumentKind(StrEnum):
    """What sort of market an instrument is."""

    EQUITY_INDEX = "equity_index"
    EQUITY_FUTURES = "equity_futures"
    FX = "fx"
    COMMODITY = "commodity"
    BOND_YIELD = "bond_yield"
    CRYPTO = "crypto"
    VOLATILITY = "volatility"


class Source(StrEnum):
    """Who published a price series (the vendor, not the transport)."""

    MOEX = "moex"  # Moscow Exchange ISS (official index and exchange data)
    CBR = "cbr"  # Bank of Russia official rate (a fixing, not a session close)
    YAHOO = "yahoo"  # Yahoo Finance via yfinance
    EIA = "eia"  # US Energy Information Administration spot assessments
    FINAM = "finam"  # Finam export of Moscow Exchange data


@dataclass(frozen=True)
class Instrument:
    """A tradable thing an article can talk about, with how it is quoted."""

    id: str  # registry key, e.g. "IMOEX", "USDRUB", "BRENT"
    name: str  # "MOEX Russia Index"
    kind: InstrumentKind
    unit: str  # "points", "RUB per USD", "USD per barrel", "percent"
    calendar: (
        str  # exchange_calendars code ("XMOS") or a project calendar ("IFEU", "FX24", "ALWAYS")
    )
    base_currency: str | None = None  # FX only: USD in USD/RUB
    quote_currency: str | None = None  # currency the price is in (RUB in USD/RUB, USD for Brent)
    aliases: tuple[str, ...] = ()  # lower-case phrases journalists use for it
    tickers: tuple[tuple[Source, str], ...] = ()  # (vendor, ticker at that vendor)
    default_for: tuple[str, ...] = ()  # generic phrases it stands for ("oil", "russian markets")

    def ticker(self, source: Source) -> str | None:
        """The instrument's ticker at one vendor, if that vendor carries it."""
        return next((t for s, t in self.tickers if s is source), None)


class Direction(StrEnum):
    """Which way the article says the subject moved (its own perspective)."""

    UP = "up"
    DOWN = "down"
    FLAT = "flat"
    NONE = "none"  # a level or a record with no stated move


class Measure(StrEnum):
    """What a claim measures. Each maps to one formula in the reconciler."""

    SESSION_CHANGE = "session_change"  # close vs previous session's close ("fell 2%")
    OPEN_MOVE = "open_move"  # open vs previous close ("rallied at the open")
    INTRADAY_EXTREME = "intraday_extreme"  # low/high vs previous close ("as much as 45%")
    INTRADAY_CHANGE = "intraday_change"  # the move at the time of writing ("was up 15%")
    SESSION_HIGH = "session_high"  # trading at/near the day's high ("at session highs")
    SESSION_LOW = "session_low"  # trading at/near the day's low
    LEVEL = "level"  # a price level ("at $97.93", "to 105.27 per dollar")
    PERIOD_CHANGE = "period_change"  # over several sessions ("this week", "year to date")
    RECORD = "record"  # record or highest/lowest since a date
    BIGGEST_MOVE = "biggest_move"  # "biggest one-day drop since 2008"


class Unit(StrEnum):
    """The unit of a claimed size."""

    PERCENT = "percent"
    POINTS = "points"  # the instrument's own unit (index points, dollars a barrel, roubles)
    BASIS_POINTS = "bp"


class Hedge(StrEnum):
    """How exactly the article states its number."""

    EXACT = "exact"
    ABOUT = "about"
    AS_MUCH_AS = "as_much_as"
    ALMOST = "almost"  # almost, nearly
    MORE_THAN = "more_than"  # more than, over
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"


@dataclass(frozen=True)
class Claim:
    """One market claim found in an article, with its exact span."""

    text: str  # the exact span text, text[start:end] of the article
    start: int
    end: int
    instrument: str  # Instrument.id
    subject: str  # the words that name it ("the benchmark MOEX index", "the ruble")
    measure: Measure
    direction: Direction
    size: float | None = None  # magnitude, >= 0, in ``unit``
    unit: Unit | None = None
    hedge: Hedge = Hedge.EXACT
    level: float | None = (
        None  # a stated price level, in the instrument's unit as the article quotes it
    )
    session: date | None = None  # the (last) session the claim is about
    since: date | None = (
        None  # window start (PERIOD_CHANGE) or look-back start (RECORD, BIGGEST_MOVE)
    )
    inverse: bool = False  # subject is the quote currency: its "up" is the instrument's "down"
    time_words: str = ""  # the words that fixed the session ("Thursday", "the previous day")
    default_note: str = (
        ""  # set when a generic phrase was read as a default ('"oil" read as Brent')
    )
    edited: bool = False  # changed or added by an analyst

    @property
    def claimed(self) -> float | None:
        """The claimed size signed by direction (+ for up), or None when no size is stated."""
        if self.size is None:
            return None
        return -self.size if self.direction is Direction.DOWN else self.size


@dataclass(frozen=True)
class PriceBar:
    """One session's bar from one vendor. Missing fields are None (e.g. a fixing has only close)."""

    session: date
    open: float | None
    high: float | None
    low: float | None
    close: float | None
    volume: float | None = None


def _opt(value: object) -> float | None:
    """A float, or None for NaN / missing."""
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if math.isnan(number) else number


@dataclass(frozen=True, eq=False)
class PriceSeries:
    """Daily history of one instrument from one vendor.

    ``frame`` is indexed by session date (a sorted, unique ``DatetimeIndex`` named "session",
    no time part) with float columns open, high, low, close, volume (NaN where the vendor
    has no value).
    """

    instrument: str
    source: Source
    frame: pd.DataFrame
    provider: str = "snapshot"  # "snapshot", "live", "cache"
    description: str = ""  # "Yahoo BZ=F, Brent front-month futures"
    dataset: str = ""  # the snapshot/manifest dataset id it came from

    def bar(self, session: date) -> PriceBar | None:
        """The bar dated ``session``, or None when the vendor has no row for it."""
        key = pd.Timestamp(session)
        if key not in self.frame.index:
            return None
        return self._to_bar(key)

    def previous_bar(self, session: date) -> PriceBar | None:
        """The last bar strictly before ``session`` (the previous traded session in this data)."""
        index = self.frame.index
        position = int(index.searchsorted(pd.Timestamp(session), side="left"))  # sorted index
        return self._to_bar(index[position - 1]) if position > 0 else None

    @property
    def first_session(self) -> date | None:
        """The first session in the series."""
        return self.frame.index[0].date() if len(self.frame) else None

    @property
    def last_session(self) -> date | None:
        """The last session in the series (its as-of date)."""
        return self.frame.index[-1].date() if len(self.frame) else None

    def _to_bar(self, key: pd.Timestamp) -> PriceBar:
        row = self.frame.loc[key]
        return PriceBar(
            session=key.date(),
            open=_opt(row.get("open")),
            high=_opt(row.get("high")),
            low=_opt(row.get("low")),
            close=_opt(row.get("close")),
            volume=_opt(row.get("volume")),
        )


class Flag(StrEnum):
    """Data-quality and method flags that travel with a verdict. Append only; never rename."""

    FX_CLOSE_IS_OPEN = (
        "fx_close_is_open_snapshot"  # Yahoo FX close == open: a start-of-day snapshot
    )
    BAR_OUT_OF_RANGE = "bar_out_of_range"  # low above open/close, or high below them
    DEGENERATE_BAR = "degenerate_bar"  # open == high == low == close
    HOLIDAY_ROW = "holiday_row"  # a row dated on an exchange holiday
    HALT_GAP = "trading_halt_gap"  # no rows because trading was halted
    STALE_VALUE = "stale_value"  # the same value repeated over several sessions
    SOURCES_DISAGREE = "sources_disagree"  # two vendors differ beyond tolerance
    FIXING_NOT_CLOSE = "fixing_not_session_close"  # an official rate, not a market close
    INTRADAY_FROM_DAILY = (
        "intraday_from_daily_bars"  # a time-of-writing claim checked on the day's range
    )
    NO_DATA = "no_data"  # no series or no row for the session
    NOT_A_SESSION = "not_a_session"  # the date the words point to was not a session
    DEFAULT_INSTRUMENT = "default_instrument"  # a generic phrase read as its default instrument
    SNAPSHOT_FALLBACK = "snapshot_fallback"  # a live source failed; the snapshot is shown instead
    SPOT_NOT_FUTURES = "spot_not_futures"  # a spot assessment used where futures trade
    SESSION_ASSUMED = "session_assumed"  # publication time moved the session (overnight, pre-open)


@dataclass(frozen=True)
class QualityFlag:
    """One flag raised on the data or the method behind a verdict, with its reason."""

    flag: Flag
    message: str  # one sentence for humans, with the rows it is about
    session: date | None = None
    source: Source | None = None


class Verdict(StrEnum):
    """The five verdicts. A public contract: never rename."""

    SUPPORTED = "supported"  # the data agree within tolerance
    CONSISTENT = (
        "consistent"  # about a moment daily bars cannot pin down; that day's range contains it
    )
    INACCURATE = "inaccurate"  # right direction, size outside tolerance
    CONTRADICTED = "contradicted"  # the data say the opposite
    NOT_CHECKABLE = "not_checkable"  # no data, or nothing a price can confirm


@dataclass(frozen=True)
class RowRef:
    """One price value a figure was computed from."""

    source: Source
    session: date
    field: str  # "open", "high", "low", "close"
    value: float


@dataclass(frozen=True)
class Figure:
    """A figure computed from one vendor's rows, comparable with the claim."""

    source: Source
    observed: float | None  # signed, in the claim's perspective and unit
    rows: tuple[RowRef, ...]
    formula: str  # "low 24 Feb 2022 / close 22 Feb 2022 - 1"
    low: float | None = None  # the range the day allows, for "consistent" checks
    high: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Reconciliation:
    """A claim checked against prices: the verdict and everything it rests on."""

    claim: Claim
    verdict: Verdict
    explanation: str  # one sentence with the numbers and rows used
    source: Source | None = None  # the vendor the verdict rests on
    observed: float | None = None  # the primary figure, signed like ``claim.claimed``
    sessions: tuple[date, ...] = ()  # the sessions whose rows were used
    tolerance: str = ""  # the rule applied ("±0.5 pp")
    flags: tuple[QualityFlag, ...] = ()
    evidence: tuple[Figure, ...] = ()  # primary first, then other vendors

    @property
    def difference(self) -> float | None:
        """Observed minus claimed, when both exist."""
        claimed = self.claim.claimed
        if claimed is None or self.observed is None:
            return None
        return self.observed - claimed


@dataclass(frozen=True)
class Article:
    """An article to check: its text and when it was published."""

    text: str
    published: pd.Timestamp  # tz-aware when the time is known; midnight naive when only the date is
    time_known: bool = False
    title: str = ""
    publisher: str = ""
    authors: tuple[str, ...] = ()
    origin: str = ""  # file path or "pasted"
    notes: tuple[str, ...] = field(default=())

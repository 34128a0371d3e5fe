"""Moscow Exchange ISS: official daily history of the Moscow indices and the exchange rouble.

Endpoints (JSON, public, no key):
- indices: ``/iss/history/engines/stock/markets/index/securities/IMOEX.json``
- currency: ``/iss/history/engines/currency/markets/selt/boards/CETS/securities/USD000UTSTOM.json``

Each answer has a ``history`` block (``columns`` + ``data`` rows) and a ``history.cursor``
block ``[INDEX, TOTAL, PAGESIZE]``; the next page is asked for with ``start=INDEX+PAGESIZE``.
Columns are read by name (the index and currency markets order them differently).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from urllib.parse import urlencode

import pandas as pd

from dashboard.domain import Instrument, InstrumentKind, PriceSeries, Source
from dashboard.errors import NoPriceData, SourceUnavailable
from dashboard.sources.cache import PriceCache, price_frame, through_cache
from dashboard.sources.deadline import call_with_deadline, run_all
from dashboard.sources.http import Fetch, getter

BASE_URL = "https://iss.moex.com/iss"
MAX_PAGES = 400  # 40,000 daily rows: far beyond any history; a guard against a looping cursor
_FIELDS = {"OPEN": "open", "HIGH": "high", "LOW": "low", "CLOSE": "close", "VOLUME": "volume"}


@dataclass(frozen=True)
class Market:
    """Where a security's history lives in ISS."""

    engine: str
    market: str
    board: str | None = None

    def history_url(self, secid: str) -> str:
        """The history endpoint for one security (without the query)."""
        path = f"{BASE_URL}/history/engines/{self.engine}/markets/{self.market}"
        if self.board:
            path += f"/boards/{self.board}"
        return f"{path}/securities/{secid}.json"


INDEX_MARKET = Market("stock", "index")
CURRENCY_MARKET = Market("currency", "selt", "CETS")  # the exchange's rouble trading board


def market_for(instrument: Instrument) -> Market | None:
    """The ISS market of an instrument, by its kind; None when ISS has no daily history here."""
    if instrument.kind is InstrumentKind.EQUITY_INDEX:
        return INDEX_MARKET
    if instrument.kind is InstrumentKind.FX:
        return CURRENCY_MARKET
    return None


@dataclass(frozen=True)
class Page:
    """One parsed ISS history page."""

    rows: pd.DataFrame  # indexed by TRADEDATE, canonical columns where present
    index: int
    total: int
    page_size: int

    @property
    def next_start(self) -> int | None:
        """The ``start`` of the next page, or None when this was the last."""
        following = self.index + self.page_size
        return following if self.page_size > 0 and following < self.total else None


def parse_page(body: bytes, secid: str) -> Page:
    """One ISS history answer as a Page; raises ``SourceUnavailable`` on anything unexpected."""
    try:
        payload = json.loads(body.decode("utf-8"))
        history = payload["history"]
        columns = [str(c) for c in history["columns"]]
        data = history["data"]
        cursor = payload.get("history.cursor") or {"columns": [], "data": []}
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise SourceUnavailable(f"MOEX ISS answer for {secid} is not ISS history JSON") from error
    if "TRADEDATE" not in columns:
        raise SourceUnavailable(f"MOEX ISS history for {secid} has no TRADEDATE column")
    table = pd.DataFrame(data, columns=columns)
    if "SECID" in table and len(table) and (table["SECID"] != secid).any():
        raise SourceUnavailable(f"MOEX ISS answered with another security than {secid}")
    rows = table.rename(columns=_FIELDS).set_index("TRADEDATE")
    index, total, page_size = _cursor(cursor, len(table))
    return Page(rows=rows, index=index, total=total, page_size=page_size)


def _cursor(block: object, rows: int) -> tuple[int, int, int]:
    """INDEX, TOTAL, PAGESIZE of a ``history.cursor`` block (absent: this page is all)."""
    try:
        if not isinstance(block, dict):
            raise TypeError("not a block")
        columns, data = list(block.get("columns") or []), list(block.get("data") or [])
        if not data:
            return 0, rows, rows
        values = dict(zip(columns, list(data[0]), strict=True))
        return int(values["INDEX"]), int(values["TOTAL"]), int(values["PAGESIZE"])
    except (KeyError, TypeError, ValueError) as error:
        raise SourceUnavailable("MOEX ISS history.cursor block is malformed") from error


def one_board(table: pd.DataFrame) -> pd.DataFrame:
    """Rows of a single board: the one with most rows (rows from two boards are never mixed)."""
    if "BOARDID" not in table or table["BOARDID"].nunique() <= 1:
        return table
    board = table["BOARDID"].value_counts().sort_index().idxmax()
    return table[table["BOARDID"] == board]


@dataclass
class MoexSource:
    """PriceSource for MOEX ISS daily history (IMOEX, RTSI, exchange USD/RUB and EUR/RUB)."""

    fetch: Fetch = field(default_factory=getter)
    cache: PriceCache | None = None
    start: date = date(1997, 1, 1)  # the first session asked for when nothing is cached
    deadline_s: float = 30.0  # for all pages of one security together
    workers: int = 6  # pages asked for at once after the first
    today: Callable[[], date] = date.today
    name: str = "moex"

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """The instrument's ISS history; empty when ISS does not carry it."""
        secid = instrument.ticker(Source.MOEX)
        market = market_for(instrument)
        if secid is None or market is None:
            return ()
        frame, provider = through_cache(
            self.cache, self.name, secid, lambda since: self._fetch(market, secid, since)
        )
        if frame.empty:
            raise NoPriceData(f"MOEX ISS has no rows for {secid}")
        where = f"board {market.board}" if market.board else f"{market.engine}/{market.market}"
        return (
            PriceSeries(
                instrument=instrument.id,
                source=Source.MOEX,
                frame=frame,
                provider=provider,
                description=f"MOEX ISS {secid} ({where}), official daily history",
                dataset=f"moex-iss-{secid}",
            ),
        )

    def _fetch(self, market: Market, secid: str, since: date | None) -> pd.DataFrame:
        first = max(since, self.start) if since else self.start
        return call_with_deadline(
            lambda: self.history(market, secid, first, self.today()),
            self.deadline_s,
            f"MOEX ISS {secid}",
        )

    def history(self, market: Market, secid: str, first: date, last: date) -> pd.DataFrame:
        """All pages of one security's history from ``first`` to ``last`` (canonical frame).

        The first page's cursor gives TOTAL and PAGESIZE; the other pages are then asked for
        ``workers`` at a time (a full IMOEX history is about 72 pages).
        """
        query = {"from": first.isoformat(), "till": last.isoformat()}
        query |= {"iss.meta": "off", "iss.only": "history,history.cursor"}
        url = market.history_url(secid)

        def page_at(start: int) -> Page:
            page = parse_page(self.fetch(f"{url}?{urlencode({**query, 'start': start})}"), secid)
            if page.index != start:
                raise SourceUnavailable(
                    f"MOEX ISS cursor for {secid} does not follow start={start}"
                )
            return page

        head = page_at(0)
        following = head.next_start
        starts = [] if following is None else list(range(following, head.total, head.page_size))
        if len(starts) >= MAX_PAGES:
            raise SourceUnavailable(f"MOEX ISS history for {secid} runs past {MAX_PAGES} pages")
        pages = [head.rows]
        for n in range(0, len(starts), self.workers):
            chunk = {
                s: (f"MOEX ISS {secid} start={s}", partial(page_at, s))
                for s in starts[n : n + self.workers]
            }
            for result in run_all(chunk, self.deadline_s).values():
                if isinstance(result, Exception):
                    raise result
                pages.append(result.rows)
        table = pd.concat(pages) if pages else pd.DataFrame()
        return price_frame(one_board(table))

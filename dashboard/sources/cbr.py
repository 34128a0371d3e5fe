"""Bank of Russia official exchange rates (a daily fixing, not a market close).

Endpoints (XML in windows-1251, public, no key):
- ``XML_dynamic.asp?date_req1=dd/mm/yyyy&date_req2=dd/mm/yyyy&VAL_NM_RQ=R01235``: one
  currency over a range, a ``<Record Date="dd.mm.yyyy">`` per rate with ``Nominal`` and
  ``Value``.
- ``XML_daily.asp?date_req=dd/mm/yyyy``: every currency on one date, a ``<Valute ID=...>``
  each.

Values use a decimal comma and are quoted per ``Nominal`` units (100 yen, 10 yuan at times),
so the rate per unit is Value / Nominal. A record is dated by the day the rate takes effect
(the rate set on 24 Feb 2022 is dated 25 Feb 2022). A fixing has only a close: open, high and
low stay NaN.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlencode

import pandas as pd

from dashboard.domain import Instrument, PriceSeries, Source
from dashboard.errors import NoPriceData, SourceUnavailable
from dashboard.sources.cache import PriceCache, price_frame, through_cache
from dashboard.sources.deadline import call_with_deadline
from dashboard.sources.http import Fetch, getter

BASE_URL = "https://www.cbr.ru/scripts"


def rate_per_unit(value: str, nominal: str) -> float:
    """'86,9288' per '1' -> 86.9288; '24,8221' per '100' -> 0.248221 (decimal comma)."""
    units = int(nominal.strip())
    if units <= 0:
        raise ValueError(f"nominal {nominal!r} is not a positive count")
    return float(value.strip().replace(",", ".")) / units


def _root(body: bytes, what: str) -> ET.Element:
    try:
        return ET.fromstring(body)  # the XML declaration names windows-1251; expat decodes it
    except ET.ParseError as error:
        raise SourceUnavailable(f"Bank of Russia answer for {what} is not XML") from error


def _day(text: str | None) -> date:
    return datetime.strptime((text or "").strip(), "%d.%m.%Y").date()


def parse_dynamic(body: bytes, code: str) -> pd.DataFrame:
    """An XML_dynamic answer as a canonical frame (close = rate per unit, by effective date)."""
    root = _root(body, code)
    if root.tag != "ValCurs":
        raise SourceUnavailable(f"Bank of Russia answer for {code} is not a ValCurs document")
    sessions: list[date] = []
    closes: list[float] = []
    try:
        for record in root.iter("Record"):
            if record.get("Id", code) != code:
                raise SourceUnavailable(
                    f"Bank of Russia answered with another currency than {code}"
                )
            sessions.append(_day(record.get("Date")))
            closes.append(
                rate_per_unit(record.findtext("Value", ""), record.findtext("Nominal", "1"))
            )
    except ValueError as error:
        raise SourceUnavailable(
            f"Bank of Russia record for {code} cannot be read: {error}"
        ) from error
    rows = pd.DataFrame({"close": closes}, index=pd.DatetimeIndex(sessions))
    return price_frame(rows)


def parse_daily(body: bytes, code: str) -> tuple[date, float]:
    """An XML_daily answer: the date the rates take effect and ``code``'s rate per unit."""
    root = _root(body, code)
    try:
        day = _day(root.get("Date"))
        valute = next((v for v in root.iter("Valute") if v.get("ID") == code), None)
        if valute is None:
            raise NoPriceData(f"Bank of Russia set no {code} rate for {day:%d.%m.%Y}")
        return day, rate_per_unit(valute.findtext("Value", ""), valute.findtext("Nominal", "1"))
    except ValueError as error:
        raise SourceUnavailable(f"Bank of Russia daily rates cannot be read: {error}") from error


@dataclass
class CbrSource:
    """PriceSource for Bank of Russia official rates (USD/RUB R01235, EUR/RUB R01239)."""

    fetch: Fetch = field(default_factory=getter)
    cache: PriceCache | None = None
    start: date = date(1992, 7, 1)  # the first official rate
    deadline_s: float = 20.0
    today: Callable[[], date] = date.today
    name: str = "cbr"

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """The instrument's official rate history; empty when the bank does not set one."""
        code = instrument.ticker(Source.CBR)
        if code is None:
            return ()
        frame, provider = through_cache(
            self.cache, self.name, code, lambda since: self._fetch(code, since)
        )
        if frame.empty:
            raise NoPriceData(f"Bank of Russia has no {code} rates")
        return (
            PriceSeries(
                instrument=instrument.id,
                source=Source.CBR,
                frame=frame,
                provider=provider,
                description=f"Bank of Russia official rate {code} (a fixing, dated the day it takes effect)",
                dataset=f"cbr-{code}",
            ),
        )

    def dynamic_url(self, code: str, first: date, last: date) -> str:
        """The XML_dynamic URL for one currency and date range."""
        query = {
            "date_req1": f"{first:%d/%m/%Y}",
            "date_req2": f"{last:%d/%m/%Y}",
            "VAL_NM_RQ": code,
        }
        return f"{BASE_URL}/XML_dynamic.asp?{urlencode(query, safe='/')}"

    def daily_url(self, day: date) -> str:
        """The XML_daily URL for one date."""
        return f"{BASE_URL}/XML_daily.asp?date_req={day:%d/%m/%Y}"

    def rate_on(self, code: str, day: date) -> tuple[date, float]:
        """The official rate in effect on ``day`` (one XML_daily request, under the deadline)."""
        body = call_with_deadline(
            lambda: self.fetch(self.daily_url(day)), self.deadline_s, f"Bank of Russia {day}"
        )
        return parse_daily(body, code)

    def _fetch(self, code: str, since: date | None) -> pd.DataFrame:
        first = max(since, self.start) if since else self.start
        url = self.dynamic_url(code, first, self.today())
        body = call_with_deadline(
            lambda: self.fetch(url), self.deadline_s, f"Bank of Russia {code}"
        )
        return parse_dynamic(body, code)

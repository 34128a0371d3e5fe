"""Parsers for the raw vendor files in ``shared/market-data/raw``: one function per format.

Each parser reads a file's text as the vendor wrote it and returns a ``VendorTable``: rows of
(session, open, high, low, close, volume) as *text*, sorted by session. Values are kept
digit for digit; the only change is a decimal comma turned into a decimal point. A field the
vendor does not have is an empty string. Nothing is rounded, filled, merged or dropped, except
lines that are not data (a header, or yfinance's stray second header line), which are counted
in ``skipped`` with the reason.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from dashboard.errors import PriceDataError

FIELDS = ("open", "high", "low", "close", "volume")
Row = tuple[str, str, str, str, str, str]  # session (ISO), open, high, low, close, volume


@dataclass(frozen=True)
class VendorTable:
    """One raw file parsed: canonical rows, sorted by session, and the lines left out."""

    rows: tuple[Row, ...]
    skipped: tuple[str, ...] = ()  # "line 2: yfinance ticker header ',ZW=F,ZW=F,...'"


def _fail(name: str, line: int, why: str) -> PriceDataError:
    return PriceDataError(f"{name} line {line}: {why}")


def _number(text: str, name: str, line: int, decimal_comma: bool) -> str:
    """The vendor's number as text with a decimal point; empty stays empty."""
    value = text.strip()
    if not value:
        return ""
    if decimal_comma:
        value = value.replace(",", ".")
    try:
        float(value)
    except ValueError:
        raise _fail(name, line, f"not a number: {text!r}") from None
    return value


def _field(rec: list[str], at: int | None, name: str, line: int, decimal_comma: bool) -> str:
    return "" if at is None else _number(rec[at], name, line, decimal_comma)


def _date(text: str, fmt: str, name: str, line: int) -> str:
    try:
        return datetime.strptime(text.strip(), fmt).date().isoformat()
    except ValueError:
        raise _fail(name, line, f"not a date in {fmt}: {text!r}") from None


def _records(text: str, delimiter: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (lower-cased) and the numbered data records of a delimited file."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    records = [(n, rec) for n, rec in enumerate(reader, start=1) if any(f.strip() for f in rec)]
    if not records:
        raise PriceDataError("empty file")
    header = [h.strip().lower() for h in records[0][1]]
    return header, records[1:]


def _column(header: list[str], names: Iterable[str], name: str) -> int | None:
    for wanted in names:
        if wanted in header:
            return header.index(wanted)
    return None


def _finish(name: str, rows: list[Row], skipped: list[str]) -> VendorTable:
    """Sort by session and refuse a file that dates two rows the same day."""
    rows.sort(key=lambda r: r[0])
    for before, after in itertools.pairwise(rows):
        if before[0] == after[0]:
            raise PriceDataError(f"{name}: two rows dated {after[0]}")
    return VendorTable(tuple(rows), tuple(skipped))


def _table(
    text: str,
    name: str,
    *,
    delimiter: str,
    date_names: tuple[str, ...],
    date_format: str,
    columns: Mapping[str, tuple[str, ...]],
    decimal_comma: bool = False,
) -> VendorTable:
    """Shared reader: pick columns by header name, convert each record to a canonical row."""
    header, records = _records(text, delimiter)
    at_date = _column(header, date_names, name)
    if at_date is None:
        raise PriceDataError(f"{name}: no date column among {header}")
    at = {f: _column(header, columns.get(f, ()), name) for f in FIELDS}
    if at["close"] is None:
        raise PriceDataError(f"{name}: no close column among {header}")
    rows: list[Row] = []
    skipped: list[str] = []
    for line, rec in records:
        if len(rec) != len(header):
            raise _fail(name, line, f"{len(rec)} fields, header has {len(header)}")
        raw_date = rec[at_date].strip()
        if not raw_date:
            skipped.append(f"line {line}: no date (yfinance ticker header {delimiter.join(rec)!r})")
            continue
        session = _date(raw_date.split()[0], date_format, name, line)
        values = [_field(rec, at[f], name, line, decimal_comma) for f in FIELDS]
        rows.append((session, values[0], values[1], values[2], values[3], values[4]))
    return _finish(name, rows, skipped)


_OHLCV = {f: (f,) for f in FIELDS}


def parse_moex_iss(text: str, name: str = "MOEX ISS export") -> VendorTable:
    """MOEX ISS history export: ``;``, decimal comma, TRADEDATE dd.mm.yyyy, Cyrillic names.

    VALUE (turnover in roubles) is not a volume and is left out; VOLUME is kept (empty here).
    """
    return _table(
        text,
        name,
        delimiter=";",
        date_names=("tradedate",),
        date_format="%d.%m.%Y",
        columns=_OHLCV,
        decimal_comma=True,
    )


def parse_finam(text: str, name: str = "Finam export") -> VendorTable:
    """Finam export: ``TICKER;PERIOD;DATE;TIME;OPEN;HIGH;LOW;CLOSE;VOLUME``, DATE as YYYYMMDD.

    Prices use a decimal point, but some VOLUME cells went through a spreadsheet and read
    ``9,08642E+12``: in a ``;`` file a comma can only be a decimal comma, so it becomes a point.
    """
    return _table(
        text,
        name,
        delimiter=";",
        date_names=("date",),
        date_format="%Y%m%d",
        columns=_OHLCV,
        decimal_comma=True,
    )


def parse_yahoo(text: str, name: str = "Yahoo CSV") -> VendorTable:
    """A yfinance CSV in any column order: ``download`` or ``Ticker.history`` layouts.

    A ``;`` file is the ``to_csv(sep=";", decimal=",")`` variant. Timestamps such as
    ``2022-02-24 00:00:00+00:00`` are dated by their calendar date as written (the bar's own
    day in the exchange's time zone). Adj Close, Dividends and Stock Splits are left out.
    """
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    semicolon = ";" in first
    return _table(
        text,
        name,
        delimiter=";" if semicolon else ",",
        date_names=("date", "datetime"),
        date_format="%Y-%m-%d",
        columns=_OHLCV,
        decimal_comma=semicolon,
    )


def parse_cbr_mdy(text: str, name: str = "Bank of Russia rates") -> VendorTable:
    """``date,rate`` newest first, M/D/YYYY, dated by the day the rate takes effect."""
    return _table(
        text,
        name,
        delimiter=",",
        date_names=("date",),
        date_format="%m/%d/%Y",
        columns={"close": ("rate",)},
    )


def parse_cbr_updated(text: str, name: str = "Bank of Russia rates") -> VendorTable:
    """``updated;price`` newest first, ISO dates, one row per calendar day (rates carried)."""
    return _table(
        text,
        name,
        delimiter=";",
        date_names=("updated",),
        date_format="%Y-%m-%d",
        columns={"close": ("price",)},
    )


def parse_eia(text: str, name: str = "EIA spot prices") -> VendorTable:
    """EIA spot assessments as ``Date,Price`` (ISO dates)."""
    return _table(
        text,
        name,
        delimiter=",",
        date_names=("date",),
        date_format="%Y-%m-%d",
        columns={"close": ("price",)},
    )


PARSERS: dict[str, Callable[[str, str], VendorTable]] = {
    "moex_iss": parse_moex_iss,
    "finam": parse_finam,
    "yahoo": parse_yahoo,
    "cbr_mdy": parse_cbr_mdy,
    "cbr_updated": parse_cbr_updated,
    "eia": parse_eia,
}


def first_last(table: VendorTable) -> tuple[date | None, date | None]:
    """The first and last session of a parsed table."""
    if not table.rows:
        return None, None
    return date.fromisoformat(table.rows[0][0]), date.fromisoformat(table.rows[-1][0])

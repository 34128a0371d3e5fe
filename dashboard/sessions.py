"""Trading calendars, halts, and which session an article's words point to.

Each instrument trades on ``Instrument.calendar``: an exchange_calendars code (XMOS, XNYS,
XLON, XETR, XFRA, XPAR, CMES) or a calendar this project defines:

- ``IFEU`` ICE Futures Europe (Brent). exchange_calendars has no such calendar. Ours is an
  approximation from ICE's published holiday schedules: Monday to Friday, closed on New Year's
  Day, Good Friday and Christmas Day (no weekend substitutes; ICE Brent trades on the other UK
  bank holidays and on US holidays). Open 01:00 London time.
- ``FX24`` over-the-counter FX: every weekday, day boundary 00:00 UTC (Yahoo's FX bars).
- ``ALWAYS`` every calendar day, 00:00 UTC (crypto).

Halts: exchange_calendars lists the Moscow Exchange's 2022 equity suspension as sessions, so the
project keeps its own list (``HALTS``). A halted day is not a session here.

Calendars are built once per process (importing exchange_calendars takes ~0.7 s and building a
calendar ~1 s), lazily, on first use.
"""

from __future__ import annotations

import contextlib
import json
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pandas.errors import Pandas4Warning as PandasDeprecation
from pandas.tseries.holiday import GoodFriday

from dashboard.domain import Instrument, InstrumentKind
from dashboard.errors import InputError

FIRST_DAY = date(1980, 1, 1)
LAST_DAY = date(date.today().year + 2, 12, 31)


@dataclass(frozen=True)
class Halt:
    """A stretch of days on which a market was closed although its calendar says open."""

    calendar: str
    start: date
    end: date  # inclusive
    market: str  # "Moscow Exchange equity market"
    kinds: frozenset[InstrumentKind]
    note: str

    def covers(self, day: date) -> bool:
        """True when ``day`` falls inside the halt."""
        return self.start <= day <= self.end


HALTS: tuple[Halt, ...] = (
    Halt(
        calendar="XMOS",
        start=date(2022, 2, 28),
        end=date(2022, 3, 23),
        market="Moscow Exchange equity market",
        kinds=frozenset({InstrumentKind.EQUITY_INDEX, InstrumentKind.EQUITY_FUTURES}),
        note="no equity trading on the Moscow Exchange on the Bank of Russia's instruction; "
        "trading resumed on 24 Mar 2022",
    ),
)


@dataclass(frozen=True)
class SessionChoice:
    """The session a claim's date resolves to, and what was assumed to get there."""

    session: date
    note: str = ""  # empty when the date was taken as it is


@dataclass(frozen=True)
class _Calendar:
    code: str
    sessions: np.ndarray  # sorted datetime64[D], halts not removed
    tz: str
    open_at: time  # regular local opening time
    close_at: time | None  # regular local closing time (None: the next day's boundary)
    opens: pd.Series | None = None  # session -> UTC open, for exchange calendars
    closes: pd.Series | None = None  # session -> UTC close, for exchange calendars


PROJECT_CALENDARS = ("IFEU", "FX24", "ALWAYS")
_US_CALENDARS = frozenset({"XNYS", "CMES"})


def _project_days(code: str) -> pd.DatetimeIndex:
    days = pd.date_range(FIRST_DAY, LAST_DAY, freq="D")
    if code == "ALWAYS":
        return days
    days = days[days.day_of_week < 5]
    if code == "FX24":
        return days
    fixed = (days.month == 1) & (days.day == 1) | (days.month == 12) & (days.day == 25)
    good_fridays = GoodFriday.dates(FIRST_DAY, LAST_DAY)
    return days[~fixed & ~days.isin(good_fridays)]


@cache
def calendar(code: str) -> _Calendar:
    """The calendar ``code``, built once per process."""
    if code in PROJECT_CALENDARS:
        tz = "Europe/London" if code == "IFEU" else "UTC"
        at = time(1) if code == "IFEU" else time(0)
        days = _project_days(code).values.astype("datetime64[D]")
        return _Calendar(code, days, tz, at, None)
    return _exchange_calendar(code)


def _exchange_calendar(code: str) -> _Calendar:
    """An exchange_calendars calendar, from the on-disk cache when it has it.

    Building XMOS takes about 4 s (its holiday rules are slow to evaluate), so the sessions and
    open/close times are kept under the cache root, keyed by the library versions and the range.
    """
    path = _cache_path(code)
    try:
        return _load_calendar(code, path)
    except (OSError, ValueError, KeyError):
        pass
    built = _build_exchange_calendar(code)
    with contextlib.suppress(OSError):  # a read-only home: build each time
        _save_calendar(built, path)
    return built


def _cache_path(code: str) -> Path:
    from importlib.metadata import version

    from dashboard.sources.cache import default_root

    key = f"{code}-xcals{version('exchange_calendars')}-pd{pd.__version__}-{FIRST_DAY}-{LAST_DAY}"
    return default_root() / "calendars" / f"{key}.npz"


def _save_calendar(cal: _Calendar, path: Path) -> None:
    assert cal.opens is not None and cal.closes is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = json.dumps(
        [cal.tz, cal.open_at.isoformat(), cal.close_at.isoformat() if cal.close_at else ""]
    )
    partial = path.with_suffix(".partial.npz")
    np.savez(
        partial,
        sessions=cal.sessions,
        index=cal.opens.index.values.astype("datetime64[ns]"),
        opens=cal.opens.to_numpy(dtype="datetime64[ns]"),
        closes=cal.closes.reindex(cal.opens.index).to_numpy(dtype="datetime64[ns]"),
        meta=np.array(meta),
    )
    partial.replace(path)


def _load_calendar(code: str, path: Path) -> _Calendar:
    with np.load(path, allow_pickle=False) as data:
        tz, open_at, close_at = json.loads(str(data["meta"]))
        index = pd.DatetimeIndex(data["index"])
        opens = pd.Series(pd.DatetimeIndex(data["opens"]).tz_localize("UTC"), index=index)
        closes = pd.Series(pd.DatetimeIndex(data["closes"]).tz_localize("UTC"), index=index)
        sessions = data["sessions"]
    closing = time.fromisoformat(close_at) if close_at else None
    return _Calendar(code, sessions, tz, time.fromisoformat(open_at), closing, opens, closes)


def _build_exchange_calendar(code: str) -> _Calendar:
    import exchange_calendars as xcals  # lazy: ~0.7 s

    try:
        with warnings.catch_warnings():  # exchange_calendars 4.13 trips a pandas 3.1 deprecation
            warnings.simplefilter("ignore", PandasDeprecation)
            cal = xcals.get_calendar(code, start=FIRST_DAY.isoformat(), end=LAST_DAY.isoformat())
    except xcals.errors.InvalidCalendarName:
        raise InputError(f"unknown trading calendar {code!r}") from None
    sessions = np.union1d(cal.sessions.values.astype("datetime64[D]"), _working_weekends(cal))
    open_at, close_at = cal.open_times[-1][1], cal.close_times[-1][1]
    return _Calendar(code, sessions, str(cal.tz), open_at, close_at, cal.opens, cal.closes)


def _working_weekends(cal: Any) -> np.ndarray:
    """Weekend days an exchange opened (exchange_calendars lists them, with the exchange's
    notices, in ``special_weekmasks``; its 4.13 sessions leave them out, e.g. XMOS 2021-02-20)."""
    days: list[pd.Timestamp] = []
    for start, end, mask in getattr(cal, "special_weekmasks", None) or ():
        days.extend(
            d
            for d in pd.date_range(start, end, freq="D")
            if d.day_of_week >= 5 and mask[d.day_of_week] == "1"
        )
    within = [d for d in days if FIRST_DAY <= d.date() <= LAST_DAY]
    return np.array(within, dtype="datetime64[D]")


def as_day(day: date | datetime | pd.Timestamp) -> date:
    """A plain date; refuses a timestamp with a time part (say which day you mean)."""
    if isinstance(day, datetime):  # pd.Timestamp is a datetime
        if day.time() != time(0) or day.tzinfo is not None:
            raise InputError(f"a session is a date, not a moment: got {day.isoformat()}")
        return day.date()
    return day


def _check_range(day: date) -> None:
    if not FIRST_DAY < day <= LAST_DAY:
        raise InputError(f"{day} is outside the calendars' range {FIRST_DAY}..{LAST_DAY}")


def halts_for(instrument: Instrument) -> tuple[Halt, ...]:
    """The known halts of this instrument's market."""
    return tuple(
        h for h in HALTS if h.calendar == instrument.calendar and instrument.kind in h.kinds
    )


def halt_covering(instrument: Instrument, day: date) -> Halt | None:
    """The halt that shut this instrument's market on ``day``, if any."""
    day = as_day(day)
    return next((h for h in halts_for(instrument) if h.covers(day)), None)


def _scheduled(code: str, day: date) -> bool:
    cal = calendar(code)
    key = np.datetime64(day, "D")
    at = int(np.searchsorted(cal.sessions, key))
    return bool(at < len(cal.sessions) and cal.sessions[at] == key)


def is_session(instrument: Instrument, day: date) -> bool:
    """True when ``day`` was (or will be) a trading session: on the calendar and not halted."""
    day = as_day(day)
    _check_range(day)
    return _scheduled(instrument.calendar, day) and halt_covering(instrument, day) is None


def previous_session(instrument: Instrument, day: date) -> date:
    """The last session strictly before ``day``, skipping holidays and halted days."""
    day = as_day(day)
    _check_range(day)
    cal = calendar(instrument.calendar)
    at = int(np.searchsorted(cal.sessions, np.datetime64(day, "D"))) - 1
    while at >= 0:
        found = pd.Timestamp(cal.sessions[at]).date()
        if halt_covering(instrument, found) is None:
            return found
        at -= 1
    raise InputError(f"no {instrument.calendar} session before {day}")


def session_or_previous(instrument: Instrument, day: date) -> date:
    """``day`` when it is a session, else the session before it."""
    return day if is_session(instrument, day) else previous_session(instrument, day)


def _local(session: date, at: time, tz: str) -> pd.Timestamp:
    return pd.Timestamp(datetime.combine(session, at)).tz_localize(tz).tz_convert("UTC")


def session_open(instrument: Instrument, session: date) -> pd.Timestamp:
    """When the session opened, in UTC."""
    cal = calendar(instrument.calendar)
    key = pd.Timestamp(session)
    if cal.opens is not None and key in cal.opens.index:
        return pd.Timestamp(cal.opens.loc[key])
    return _local(session, cal.open_at, cal.tz)


def session_close(instrument: Instrument, session: date) -> pd.Timestamp:
    """When the session closed, in UTC (project calendars: the next day's boundary)."""
    cal = calendar(instrument.calendar)
    key = pd.Timestamp(session)
    if cal.closes is not None and key in cal.closes.index:
        return pd.Timestamp(cal.closes.loc[key])
    if cal.close_at is None:
        return session_open(instrument, session) + pd.Timedelta(days=1)
    return _local(session, cal.close_at, cal.tz)


_OVERNIGHT = re.compile(r"\bovernight\b|\bon wall street\b|\bin new york\b", re.IGNORECASE)


def _when(published: pd.Timestamp, tz: str | None = None) -> str:
    local = published if tz is None else published.tz_convert(tz)
    return f"{local:%H:%M} {local.tzname()} on {local:%a %d %b %Y}"


def _day_name(day: date) -> str:
    return f"{day:%a %d %b %Y}"


def _last_us_session(
    instrument: Instrument, published: pd.Timestamp, time_known: bool
) -> date | None:
    """The last US session that had closed when a non-US morning story came out."""
    if not (time_known and published.tzinfo is not None):
        return previous_session(instrument, published.date())
    ny = published.tz_convert("America/New_York")
    candidate = session_or_previous(instrument, ny.date())
    if published >= session_open(instrument, candidate) and published < session_close(
        instrument, candidate
    ):
        return None  # written while New York was trading: "overnight" means something else
    if published < session_open(instrument, candidate):
        return previous_session(instrument, candidate) if candidate == ny.date() else candidate
    return candidate


def _overnight(
    instrument: Instrument, published: pd.Timestamp, time_known: bool, time_words: str
) -> SessionChoice | None:
    if instrument.calendar not in _US_CALENDARS or not _OVERNIGHT.search(time_words):
        return None
    session = _last_us_session(instrument, published, time_known)
    if session is None:
        return None
    when = _when(published) if time_known and published.tzinfo else f"{published:%d %b %Y}"
    return SessionChoice(
        session,
        f"'{time_words}' in a story published {when} read as the last US session, "
        f"{_day_name(session)}",
    )


def _before_open(
    instrument: Instrument, day: date, published: pd.Timestamp, time_known: bool
) -> SessionChoice | None:
    if not (time_known and published.tzinfo is not None):
        return None
    tz = calendar(instrument.calendar).tz
    if published.tz_convert(tz).date() != day or not is_session(instrument, day):
        return None
    opened = session_open(instrument, day)
    if published >= opened:
        return None
    session = previous_session(instrument, day)
    return SessionChoice(
        session,
        f"published at {_when(published, tz)}, before {instrument.calendar} opened at "
        f"{opened.tz_convert(tz):%H:%M}: 'today' read as the previous session, "
        f"{_day_name(session)}",
    )


def _not_a_session(instrument: Instrument, day: date) -> SessionChoice | None:
    if is_session(instrument, day):
        return None
    session = previous_session(instrument, day)
    halt = halt_covering(instrument, day)
    if halt is not None:
        why = f"was inside the {halt.market} halt ({halt.start:%d %b} to {halt.end:%d %b %Y})"
    elif day.weekday() >= 5:
        why = f"is a {day:%A}, not a session on the {instrument.calendar} calendar"
    else:
        why = f"was a holiday on the {instrument.calendar} calendar"
    return SessionChoice(
        session, f"{_day_name(day)} {why}; read as the previous session, {_day_name(session)}"
    )


def resolve_session(
    instrument: Instrument,
    day: date,
    published: pd.Timestamp,
    time_known: bool,
    time_words: str,
) -> SessionChoice:
    """The session a claim dated ``day`` is about, with a note on any assumption made.

    In order: "overnight" / "on Wall Street" about a US-calendar instrument in a story written
    outside New York trading hours means the last US session that had closed; a claim about
    the publication day, published (time known) before that market opened, is about the
    previous session; a holiday, weekend or halted day resolves to the session before it.
    """
    day = as_day(day)
    return (
        _overnight(instrument, published, time_known, time_words)
        or _before_open(instrument, day, published, time_known)
        or _not_a_session(instrument, day)
        or SessionChoice(day)
    )

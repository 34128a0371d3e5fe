"""Trading calendars, the Moscow halt, and how an article's date resolves to a session."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
import pytest

from dashboard import sessions
from dashboard.domain import Instrument
from dashboard.errors import InputError
from dashboard.instruments import load_registry


def _i(instrument_id: str) -> Instrument:
    return load_registry().get(instrument_id)


def test_moscow_holiday_23_feb_2022() -> None:
    """XMOS: 23 Feb 2022 (Defender of the Fatherland Day) was not a session."""
    assert not sessions.is_session(_i("IMOEX"), date(2022, 2, 23))
    assert sessions.is_session(_i("IMOEX"), date(2022, 2, 24))


def test_previous_session_skips_the_holiday() -> None:
    """The Moscow session before 24 Feb 2022 is 22 Feb 2022."""
    assert sessions.previous_session(_i("IMOEX"), date(2022, 2, 24)) == date(2022, 2, 22)


def test_1_mar_2022_is_inside_the_moscow_halt() -> None:
    """1 Mar 2022 is covered by the project's halt list, so it is not a Moscow equity session."""
    halt = sessions.halt_covering(_i("IMOEX"), date(2022, 3, 1))
    assert halt is not None and (halt.start, halt.end) == (date(2022, 2, 28), date(2022, 3, 23))
    assert not sessions.is_session(_i("RTSI"), date(2022, 3, 1))


def test_previous_session_skips_the_halt() -> None:
    """The Moscow equity session before 24 Mar 2022 is 25 Feb 2022."""
    assert sessions.previous_session(_i("IMOEX"), date(2022, 3, 24)) == date(2022, 2, 25)


def test_moscow_working_saturday_is_a_session() -> None:
    """Sat 20 Feb 2021 was a Moscow working day (MOEX notice n30445): a session; Sunday is not."""
    assert sessions.is_session(_i("IMOEX"), date(2021, 2, 20)) is True
    assert sessions.is_session(_i("IMOEX"), date(2021, 2, 21)) is False
    assert sessions.session_open(_i("IMOEX"), date(2021, 2, 20)) == pd.Timestamp(
        "2021-02-20 07:00", tz="UTC"
    )


def test_halt_does_not_touch_fx() -> None:
    """USD/RUB (FX24) has no halt on 1 Mar 2022 and trades every weekday."""
    assert sessions.halt_covering(_i("USDRUB"), date(2022, 3, 1)) is None
    assert sessions.is_session(_i("USDRUB"), date(2022, 2, 23))
    assert not sessions.is_session(_i("USDRUB"), date(2022, 2, 26))


def test_ifeu_closed_good_friday_open_on_us_holiday() -> None:
    """IFEU (Brent): closed Good Friday 15 Apr 2022 and 25 Dec 2023; open on US Presidents' Day."""
    brent = _i("BRENT")
    assert not sessions.is_session(brent, date(2022, 4, 15))
    assert not sessions.is_session(brent, date(2023, 12, 25))
    assert sessions.is_session(brent, date(2022, 2, 21))
    assert not sessions.is_session(_i("SPX"), date(2022, 2, 21))


def test_always_calendar_includes_weekends() -> None:
    """Bitcoin (ALWAYS) has a session on Saturday 26 Feb 2022."""
    assert sessions.is_session(_i("BTC"), date(2022, 2, 26))


def test_timestamp_with_time_part_is_refused() -> None:
    """A timestamp with a time of day is refused with InputError; a midnight one is accepted."""
    with pytest.raises(InputError, match="a session is a date"):
        sessions.is_session(_i("SPX"), pd.Timestamp("2022-02-24 15:00"))
    assert sessions.is_session(_i("SPX"), pd.Timestamp("2022-02-24"))


def test_resolve_overnight_in_a_european_morning() -> None:
    """'overnight' in a 07:30 London story on 25 Feb 2022 means the US session of 24 Feb."""
    published = pd.Timestamp("2022-02-25 07:30", tz="Europe/London")
    choice = sessions.resolve_session(_i("SPX"), date(2022, 2, 25), published, True, "overnight")
    assert choice.session == date(2022, 2, 24)
    assert "last US session" in choice.note


def test_resolve_wall_street_yesterday_date_only() -> None:
    """'on Wall Street yesterday' with only a date (Fri 25 Feb) means Thu 24 Feb."""
    published = pd.Timestamp("2022-02-25")
    choice = sessions.resolve_session(
        _i("DJIA"), date(2022, 2, 24), published, False, "on Wall Street yesterday"
    )
    assert choice.session == date(2022, 2, 24) and choice.note


def test_resolve_today_before_the_moscow_open() -> None:
    """'today' published 09:30 Moscow time on 24 Feb, before the 10:00 open, means 22 Feb."""
    published = pd.Timestamp("2022-02-24 09:30", tz="Europe/Moscow")
    choice = sessions.resolve_session(_i("IMOEX"), date(2022, 2, 24), published, True, "today")
    assert choice.session == date(2022, 2, 22)
    assert "before XMOS opened at 10:00" in choice.note


def test_resolve_today_after_the_open_is_today() -> None:
    """'today' published 13:00 Moscow time on 24 Feb is about 24 Feb, with no note."""
    published = pd.Timestamp("2022-02-24 13:00", tz="Europe/Moscow")
    choice = sessions.resolve_session(_i("IMOEX"), date(2022, 2, 24), published, True, "today")
    assert choice == sessions.SessionChoice(date(2022, 2, 24), "")


def test_resolve_holiday_to_previous_session() -> None:
    """A Moscow claim dated 23 Feb 2022 resolves to 22 Feb with a note naming the holiday."""
    published = pd.Timestamp("2022-02-24")
    choice = sessions.resolve_session(_i("IMOEX"), date(2022, 2, 23), published, False, "Wednesday")
    assert choice.session == date(2022, 2, 22) and "holiday" in choice.note


def test_resolve_halted_day_to_last_session_before_halt() -> None:
    """A Moscow equity claim dated 1 Mar 2022 resolves to 25 Feb with a note naming the halt."""
    published = pd.Timestamp("2022-03-01")
    choice = sessions.resolve_session(_i("IMOEX"), date(2022, 3, 1), published, False, "Tuesday")
    assert choice.session == date(2022, 2, 25) and "halt" in choice.note


def test_session_choice_is_frozen() -> None:
    """SessionChoice is an immutable value."""
    choice = sessions.SessionChoice(date(2022, 2, 24))
    with pytest.raises(dataclasses.FrozenInstanceError):
        choice.session = date(2022, 2, 25)  # type: ignore[misc]


def test_calendar_disk_cache_round_trips(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A calendar read back from the on-disk cache has the same sessions and open/close times."""
    from dashboard import sessions

    monkeypatch.setenv("TAPECHECK_CACHE", str(tmp_path))
    built = sessions._build_exchange_calendar("XMOS")
    sessions._save_calendar(built, sessions._cache_path("XMOS"))
    loaded = sessions._load_calendar("XMOS", sessions._cache_path("XMOS"))
    assert (loaded.sessions == built.sessions).all()
    assert loaded.opens is not None and built.opens is not None
    assert loaded.opens.equals(built.opens)
    assert (loaded.tz, loaded.open_at, loaded.close_at) == (built.tz, built.open_at, built.close_at)

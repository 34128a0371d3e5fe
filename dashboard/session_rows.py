"""Which row a claim's date lands on: the date itself, the previous session, or none.

The previous session is always the vendor's previous row. When the date has no row, the
exchange calendar (``dashboard.sessions``) says whether it was a session: if it was not (a
weekend, a holiday), the claim is read against the previous session and flagged
``NOT_A_SESSION``; if it was (a halt, missing data), the claim is not checkable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dashboard import explain as ex
from dashboard import sessions
from dashboard.domain import Flag, Instrument, PriceSeries, QualityFlag
from dashboard.errors import TapecheckError
from dashboard.readings import session_bar


@dataclass(frozen=True)
class Resolved:
    """The session a claim is checked on (None: not checkable), and why."""

    session: date | None
    message: str = ""
    flags: tuple[QualityFlag, ...] = field(default=())


def halt_note(instrument: Instrument, day: date) -> str | None:
    """The halt that closed the instrument's market on ``day`` (from ``dashboard.sessions``)."""
    halt = sessions.halt_covering(instrument, day)
    return (
        None if halt is None else f"{halt.market} halted {ex.day(halt.start)} to {ex.day(halt.end)}"
    )


def calendar_says_session(instrument: Instrument, day: date) -> bool | None:
    """Whether ``day`` was a session on the instrument's calendar; None when unknown."""
    try:
        return sessions.is_session(instrument, day)
    except TapecheckError:  # an unknown calendar or a day outside its range: the weekday
        if instrument.calendar == "ALWAYS":
            return True
        return False if day.weekday() >= 5 else None


def resolve_session(instrument: Instrument, series: PriceSeries, day: date) -> Resolved:
    """The session to check a claim dated ``day`` on, from the primary series."""
    if session_bar(series, day) is not None:
        return Resolved(day)
    last = series.last_session
    if last is not None and day > last:
        return Resolved(None, f"no row for {ex.day(day)}: the data end on {ex.day(last)}")
    halted = halt_note(instrument, day)
    if halted is not None:
        message = f"no row for {ex.day(day)}: {halted}"
        return Resolved(None, message, (QualityFlag(Flag.HALT_GAP, message, day, series.source),))
    if calendar_says_session(instrument, day) is False:
        previous = series.previous_bar(day)
        if previous is None:
            return Resolved(None, f"{ex.day(day)} was not a session and no earlier row exists")
        message = (
            f"{ex.day(day)} was not a {instrument.name} session; read as the previous session, "
            f"{ex.day(previous.session)}"
        )
        flag = QualityFlag(Flag.NOT_A_SESSION, message, day, series.source)
        return Resolved(previous.session, message, (flag,))
    return Resolved(
        None,
        f"no {ex.SOURCE_LABEL[series.source]} row for {ex.day(day)}, which should have been a "
        "session (a trading halt or missing data)",
    )

"""A window that closes the last gapped clause is the shared verb's window: "The Dow rose 1%
and the S&P 500 0.8% this week" states two weekly moves; so is a part of the day ("Gold rose
1% and silver 2% in early trade" states two moves within the day)."""

from __future__ import annotations

from dataclasses import replace

from dashboard.domain import Claim, Measure


def share_window(made: list[Claim], more: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The first clause and the gapped clauses before the last, re-dated with the window that
    closes the last gapped clause, when none of them names a time of its own."""
    if not made or not more:
        return made, more
    last = more[-1]
    if last.measure is not Measure.PERIOD_CHANGE or last.since is None or not last.time_words:
        return share_part_of_day(made, more)
    earlier = [*made, *more[:-1]]
    if any(c.time_words or c.measure is not Measure.SESSION_CHANGE for c in earlier):
        return made, more
    if any(c.instrument == made[0].instrument for c in more):
        return made, more  # "fell 3% and a further 10% this week": the same subject's two moves
    dated = [_windowed(c, last) for c in earlier]
    return dated[: len(made)], [*dated[len(made) :], last]


def _windowed(claim: Claim, last: Claim) -> Claim:
    return replace(
        claim,
        measure=Measure.PERIOD_CHANGE,
        since=last.since,
        session=last.session,
        time_words=last.time_words,
    )


_IN_DAY = (Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE)


def share_part_of_day(made: list[Claim], more: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The first clause and the gapped clauses before the last take the part of the day that
    closes the last gapped clause ("and silver 2% in early trade"), when they name none."""
    if not made or not more or more[-1].measure not in _IN_DAY:
        return made, more
    earlier = [*made, *more[:-1]]
    last = more[-1]
    if any(c.measure is not Measure.SESSION_CHANGE or c.session != last.session for c in earlier):
        return made, more
    dated = [replace(c, measure=last.measure) for c in earlier]
    return dated[: len(made)], [*dated[len(made) :], last]

"""From a reading to a verdict: the rules of ``tolerance`` applied to each kind of check."""

from __future__ import annotations

from dashboard import tolerance as tol
from dashboard.domain import Claim, Direction, Measure, Unit, Verdict
from dashboard.readings import Check, Reading


def _sign(claim: Claim) -> float | None:
    """+1 for a claimed rise, −1 for a fall, None when the claim states neither."""
    if claim.direction is Direction.UP:
        return 1.0
    if claim.direction is Direction.DOWN:
        return -1.0
    return None


def judge(claim: Claim, reading: Reading) -> tuple[Verdict, str]:
    """The verdict and the tolerance rule applied (as words) for one reading."""
    check = reading.check
    if check is Check.NONE:
        return Verdict.NOT_CHECKABLE, ""
    if check is Check.CHANGE:
        return _change(claim, reading)
    if check in (Check.RANGE, Check.SNAPSHOT_RANGE):
        return _range(claim, reading)
    if check is Check.NEAR_EXTREME:
        distance = abs(reading.figure.observed or 0.0)
        rule = f"close within {tol.SESSION_EXTREME_BAND_PCT}% of the day's extreme"
        near = distance <= tol.SESSION_EXTREME_BAND_PCT
        return (Verdict.CONSISTENT if near else Verdict.NOT_CHECKABLE), rule
    if check in (Check.LEVEL, Check.POINT_LEVEL):
        return _level(claim, reading)
    return _record(claim, reading)


def _change(claim: Claim, reading: Reading) -> tuple[Verdict, str]:
    observed = reading.figure.observed
    assert observed is not None
    if claim.direction is Direction.FLAT:
        return tol.judge_flat(observed), f"±{tol.FLAT_BAND_PCT}% (flat)"
    sign = _sign(claim)
    if sign is None:
        return Verdict.NOT_CHECKABLE, ""
    if claim.size is None:
        return tol.judge_direction(observed * sign), "sign only"
    band = tol.size_band(claim, reading.reference)
    return tol.judge_size(band, observed * sign), band.rule


def _range(claim: Claim, reading: Reading) -> tuple[Verdict, str]:
    low, high = reading.figure.low, reading.figure.high
    sign = _sign(claim)
    if low is None or high is None or sign is None:
        return Verdict.NOT_CHECKABLE, ""
    ends = sorted((low * sign, high * sign))
    snapshot = reading.check is Check.SNAPSHOT_RANGE
    if claim.size is None:
        verdict = Verdict.CONSISTENT if ends[1] > 0 else Verdict.CONTRADICTED
        rule = "direction only, within the session's range"
    else:
        band = tol.size_band(claim, reading.reference)
        verdict, rule = tol.judge_range(band, ends[0], ends[1]), band.rule + ", within the range"
    if snapshot and verdict is not Verdict.CONSISTENT:
        # The reference is a start-of-day snapshot, not the previous close: never more.
        return Verdict.NOT_CHECKABLE, rule + " (outside it: not checkable on snapshot closes)"
    return verdict, rule


def _level(claim: Claim, reading: Reading) -> tuple[Verdict, str]:
    figure = reading.figure
    if claim.level is None:
        return Verdict.NOT_CHECKABLE, ""
    band = tol.level_band(claim)
    if figure.observed is not None and band.contains(figure.observed):
        return Verdict.SUPPORTED, band.rule
    if (
        reading.check is Check.LEVEL
        and figure.low is not None
        and figure.high is not None
        and band.overlaps(figure.low, figure.high)
    ):
        return Verdict.CONSISTENT, band.rule + "; the day's range reaches it"
    return Verdict.INACCURATE, band.rule


def _record(claim: Claim, reading: Reading) -> tuple[Verdict, str]:
    margin = reading.margin
    if margin is None:
        return Verdict.NOT_CHECKABLE, ""
    if margin <= 0:
        return Verdict.CONTRADICTED, "must exceed every earlier value"
    observed = reading.figure.observed
    sized = claim.size is not None and (claim.unit or Unit.PERCENT) is Unit.PERCENT
    if claim.measure is Measure.BIGGEST_MOVE and sized and observed is not None:
        band = tol.size_band(claim, reading.reference)
        return tol.judge_size(band, observed * (_sign(claim) or 1.0)), band.rule
    return Verdict.SUPPORTED, "must exceed every earlier value"

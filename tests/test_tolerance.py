"""The tolerance rules: bands from the stated precision and hedges, and the verdict rules."""

from __future__ import annotations

import math

import pytest

from dashboard import tolerance as tol
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit, Verdict


def sized(text: str, size: float, hedge: Hedge = Hedge.EXACT, unit: Unit = Unit.PERCENT) -> Claim:
    """A claim of a fall of ``size`` written as ``text``."""
    return Claim(text, 0, len(text), "IMOEX", "the index", Measure.SESSION_CHANGE,
                 Direction.DOWN, size=size, unit=unit, hedge=hedge)  # fmt: skip


ALLOW = tol.SOURCE_ALLOWANCE[Unit.PERCENT]


@pytest.mark.parametrize(
    ("text", "size", "half"),
    [
        ("fell 15%", 15, 0.5),
        ("fell 2.1%", 2.1, 0.05),
        ("fell 2.10%", 2.1, 0.005),
        ("fell 1,200 points", 1200, 0.5),
    ],
)
def test_half_unit_of_the_last_stated_digit(text: str, size: float, half: float) -> None:
    """The precision comes from how the article wrote the number ("2.10" is finer than "2.1")."""
    assert tol.half_unit(sized(text, size), size) == pytest.approx(half)


def test_exact_band_is_half_a_unit_plus_the_source_allowance() -> None:
    """ "15%" accepts 14.5 to 15.5 (plus the allowance); 15.6 is outside."""
    band = tol.size_band(sized("fell 15%", 15))
    assert band.low == pytest.approx(14.5 - ALLOW) and band.high == pytest.approx(15.5 + ALLOW)
    assert not band.contains(15.6)
    assert band.rule == "±0.5 pp"


def test_almost_one_percent_means_point_eight_to_one() -> None:
    """ "almost 1%" accepts 0.8 to 1.0 and rejects 1.1."""
    band = tol.size_band(sized("fell almost 1%", 1, Hedge.ALMOST))
    assert band.contains(0.8) and band.contains(1.0)
    assert not band.contains(1.1) and not band.contains(0.7)


def test_more_than_is_one_sided() -> None:
    """ "more than 3%" accepts any larger move and rejects 2.9."""
    band = tol.size_band(sized("fell more than 3%", 3, Hedge.MORE_THAN))
    assert band.contains(30.0) and not band.contains(2.9) and math.isinf(band.high)


def test_about_widens_by_a_stated_share_of_the_size() -> None:
    """ "about 15%" widens ±0.5 by 5% of 15 (0.75) and says so."""
    band = tol.size_band(sized("fell about 15%", 15, Hedge.ABOUT))
    assert band.high == pytest.approx(15 + 1.25 + ALLOW)
    assert "widened by 0.75" in band.rule


def test_basis_points_use_their_own_allowance() -> None:
    """A bp claim's band is in bp: "12 bp" accepts 11.5 to 12.5 plus 0.1 bp."""
    band = tol.size_band(sized("fell 12 bp", 12, unit=Unit.BASIS_POINTS))
    assert band.high == pytest.approx(12.6)


def test_inaccurate_versus_contradicted() -> None:
    """Right direction outside the band is inaccurate; the opposite sign is contradicted."""
    band = tol.size_band(sized("fell 15%", 15))
    assert tol.judge_size(band, 15.2) is Verdict.SUPPORTED
    assert tol.judge_size(band, 10.0) is Verdict.INACCURATE
    assert tol.judge_size(band, -3.0) is Verdict.CONTRADICTED


def test_range_checks_give_consistent_or_say_why_not() -> None:
    """A range overlapping the band is consistent; a range all on the other side contradicts."""
    band = tol.size_band(sized("up 15%", 15))
    assert tol.judge_range(band, 9.6, 24.0) is Verdict.CONSISTENT
    assert tol.judge_range(band, 1.0, 5.0) is Verdict.INACCURATE
    assert tol.judge_range(band, -5.0, -1.0) is Verdict.CONTRADICTED


def test_rules_render_as_markdown_tables() -> None:
    """The README's table lists every hedge rule and all five verdicts."""
    text = tol.rules_markdown()
    assert text.count("\n| ") >= len(tol.TOLERANCE_RULES) + len(Verdict)
    for verdict in Verdict:
        assert f"`{verdict.value}`" in text

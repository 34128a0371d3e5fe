"""The publication time moves a claim's session: overnight US moves, pre-open stories."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.domain import Article, Claim, Direction, Flag, Measure, Unit, Verdict
from dashboard.pipeline import check_article


def _article(published: str) -> Article:
    return Article(text="x", published=pd.Timestamp(published), time_known=True)


def test_overnight_in_a_frankfurt_morning_story_is_the_last_us_session() -> None:
    """'Wall Street rallied overnight' at 07:30 CET on 25 Feb is the 24 Feb S&P 500 session.

    By hand: SPX close 4288.70 (24 Feb) / 4225.50 (23 Feb) - 1 = +1.50%.
    """
    claim = Claim(
        "Wall Street rallied overnight", 0, 29, "SPX", "Wall Street",
        Measure.SESSION_CHANGE, Direction.UP, session=date(2022, 2, 25), time_words="overnight",
    )  # fmt: skip
    (result,) = check_article(_article("2022-02-25T07:30:00+01:00"), claims=[claim]).results
    assert result.verdict is Verdict.SUPPORTED
    assert result.sessions == (date(2022, 2, 23), date(2022, 2, 24))
    assert result.observed is not None and round(result.observed, 2) == 1.50
    assert Flag.SESSION_ASSUMED in {f.flag for f in result.flags}
    assert "overnight" in result.explanation


def test_today_before_the_moscow_open_is_the_previous_session() -> None:
    """'MOEX was up 15%' published 09:00 Moscow time, before the 10:00 open, is about 24 Feb.

    By hand: 24 Feb range vs 22 Feb close 3084.74: high 2740.31 is -11.2%, so up 15% is
    contradicted by the whole range.
    """
    claim = Claim(
        "MOEX was up 15%", 0, 15, "IMOEX", "MOEX", Measure.INTRADAY_CHANGE, Direction.UP,
        size=15.0, unit=Unit.PERCENT, session=date(2022, 2, 25),
    )  # fmt: skip
    (result,) = check_article(_article("2022-02-25T09:00:00+03:00"), claims=[claim]).results
    assert Flag.SESSION_ASSUMED in {f.flag for f in result.flags}
    assert date(2022, 2, 24) in result.sessions
    assert result.verdict is Verdict.CONTRADICTED


def test_date_only_publication_keeps_the_session() -> None:
    """Without a known time, the session is the date the words point to."""
    claim = Claim(
        "MOEX was up 15%", 0, 15, "IMOEX", "MOEX", Measure.INTRADAY_CHANGE, Direction.UP,
        size=15.0, unit=Unit.PERCENT, session=date(2022, 2, 25),
    )  # fmt: skip
    article = Article(text="x", published=pd.Timestamp("2022-02-25"))
    (result,) = check_article(article, claims=[claim]).results
    assert result.verdict is Verdict.CONSISTENT
    assert Flag.SESSION_ASSUMED not in {f.flag for f in result.flags}

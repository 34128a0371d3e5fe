"""Reconciler behaviour the golden numbers do not show: explanations, sources, missing data."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.domain import Article, Claim, Direction, Flag, Hedge, Measure, Source, Unit, Verdict
from dashboard.prices import PriceBook
from dashboard.reconcile import reconcile
from tests.reconcile_data import book

ARTICLE = Article(text="", published=pd.Timestamp("2022-02-25"))
FRIDAY, THURSDAY = date(2022, 2, 25), date(2022, 2, 24)


def one(claim: Claim, price_book: PriceBook):  # type: ignore[no-untyped-def]
    (result,) = reconcile([claim], price_book, ARTICLE)
    return result


def test_explanation_names_the_rows_numbers_and_rule() -> None:
    """The seed's 'as much as 45%' explanation reads like the issue's example sentence."""
    claim = Claim("losing as much as 45%", 0, 22, "IMOEX", "MOEX", Measure.INTRADAY_EXTREME,
                  Direction.DOWN, 45, Unit.PERCENT, Hedge.AS_MUCH_AS, session=THURSDAY)  # fmt: skip
    text = one(claim, book("IMOEX")).explanation
    assert "low 1,681.55 on 24 Feb 2022 vs close 3,084.74 on 22 Feb 2022 = −45.49%" in text
    assert "claimed −45% (as much as)" in text and text.endswith("→ supported")


def test_ruble_claim_rests_on_the_range_and_shows_the_fixing() -> None:
    """The ruble gain is judged on Yahoo's range (snapshot closes), with the CBR fixing beside it."""
    claim = Claim("The ruble gained 2.1%", 0, 21, "USDRUB", "the ruble", Measure.SESSION_CHANGE,
                  Direction.UP, 2.1, Unit.PERCENT, session=FRIDAY, inverse=True)  # fmt: skip
    result = one(claim, book("USDRUB"))
    assert result.verdict is Verdict.CONSISTENT and result.source is Source.YAHOO
    assert [f.source for f in result.evidence] == [Source.YAHOO, Source.CBR]
    assert result.evidence[1].observed is not None and round(result.evidence[1].observed, 2) == 4.05
    assert "a fall in it is a RUB gain" in result.explanation
    assert "rests on Yahoo" in result.explanation
    assert {Flag.FX_CLOSE_IS_OPEN, Flag.FIXING_NOT_CLOSE} <= {f.flag for f in result.flags}


def test_brent_verdict_rests_on_futures_and_shows_eia_spot() -> None:
    """Oil is judged on the futures close; the EIA spot figure is second evidence."""
    claim = Claim("oil slipped", 0, 11, "BRENT", "oil", Measure.SESSION_CHANGE, Direction.DOWN,
                  session=FRIDAY)  # fmt: skip
    result = one(claim, book("BRENT"))
    assert [f.source for f in result.evidence] == [Source.YAHOO, Source.EIA]
    assert (
        result.evidence[1].observed is not None and round(result.evidence[1].observed, 2) == -2.70
    )
    assert "also EIA (a spot assessment, not futures)" in result.explanation


def test_missing_data_and_unknown_instruments_are_not_checkable() -> None:
    """No series, an unknown instrument, or no session: not_checkable with a reason, no crash."""
    base = Claim("rose", 0, 4, "IMOEX", "it", Measure.SESSION_CHANGE, Direction.UP, session=FRIDAY)
    empty = PriceBook({})
    unknown = Claim(
        "rose", 0, 4, "NOPE", "it", Measure.SESSION_CHANGE, Direction.UP, session=FRIDAY
    )
    undated = Claim("rose", 0, 4, "IMOEX", "it", Measure.SESSION_CHANGE, Direction.UP)
    for claim, price_book in ((base, empty), (unknown, empty), (undated, book("IMOEX"))):
        result = one(claim, price_book)
        assert result.verdict is Verdict.NOT_CHECKABLE and result.explanation


def test_a_claim_after_the_data_ends_is_not_checkable() -> None:
    """A session after the series' last row is not checkable and says where the data end."""
    claim = Claim("fell", 0, 4, "STOXX600", "stocks", Measure.SESSION_CHANGE, Direction.DOWN,
                  session=date(2026, 6, 1))  # fmt: skip
    result = one(claim, book("STOXX600"))
    assert result.verdict is Verdict.NOT_CHECKABLE
    assert "the data end" in result.explanation

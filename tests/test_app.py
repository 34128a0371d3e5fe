"""AppTest smoke tests of every page: the seed by default, the URL state, paste, bad input."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SEED

APP = str(ROOT / "dashboard" / "app.py")
SEED_ID = SEED.stem
# The seed's verdicts as issue 2 lists them (the rouble's 2.1% may be either of two).
SEED_VERDICTS = [
    {"supported"},
    {"consistent"},
    {"supported"},
    {"consistent", "not_checkable"},
    {"supported"},
    {"supported"},
    {"consistent"},
    {"supported"},
]
STORY = (
    "PARIS, March 2 (Tapewire) - Germany's DAX rose 0.7% on Wednesday as traders "
    "looked past the sanctions news. <script>alert('x')</script>"
)


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def _paste(at: AppTest, text: str, day: date | None = date(2022, 3, 2)) -> AppTest:
    at.radio(key="mode").set_value("Paste text").run()
    at.text_area(key="pasted_text").input(text).run()
    if day is not None:
        at.date_input(key="day::pasted").set_value(day).run()
    return at


def _html(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


def test_seed_opens_by_default_with_its_eight_verdicts() -> None:
    """No URL: the seed is shown, its 8 claims in the table with issue 2's verdicts."""
    at = _app()
    assert not at.exception
    assert at.query_params["article"] == SEED_ID
    assert any("8 claims checked" in m.value for m in at.markdown)
    table = at.dataframe[0].value
    assert len(table) == 8
    for verdict, allowed in zip(table["verdict"], SEED_VERDICTS, strict=True):
        assert verdict in allowed
    article_html = _html(at)[0]
    assert article_html.count('class="tc-claim-start"') == 8


def test_claim_in_the_url_opens_its_detail_with_a_chart() -> None:
    """?claim=4 opens the rouble claim's detail with a chart in roubles per dollar."""
    at = _app(article=SEED_ID, claim="4")
    assert not at.exception
    assert at.subheader[0].value.startswith("Claim 4: “The ruble gained 2.1%")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "RUB per USD" in spec["layout"]["yaxis"]["title"]["text"]
    assert at.query_params["claim"] == "4"


def test_unknown_article_in_the_url_warns_and_shows_the_seed() -> None:
    """A link to an article that is not here warns and falls back to the seed."""
    at = _app(article="no_such_story", claim="x")
    assert not at.exception
    assert len(at.warning) >= 2
    assert at.query_params["article"] == SEED_ID


def test_market_reaction_page_charts_every_instrument() -> None:
    """The reaction page draws one line per instrument the seed mentions, publication marked."""
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/reaction.py").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = " ".join(trace["name"] for trace in spec["data"])
    for word in ("MOEX", "RUB", "STOXX", "Brent"):
        assert word in names
    assert any("published 25 Feb 2022" in a["text"] for a in spec["layout"]["annotations"])


def test_correct_the_parse_page_starts_unedited() -> None:
    """The editor page shows the claims and no verdict changes before any edit."""
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/correct.py").run()
    assert not at.exception
    assert any("none" in m.value for m in at.markdown if "verdict changes" in m.value)
    assert len(at.dataframe[-1].value) == 8


def test_pasted_text_is_checked_and_escaped() -> None:
    """Pasted text with a date gets its claims; a <script> in it is shown as text."""
    at = _paste(AppTest.from_file(APP, default_timeout=60).run(), STORY)
    assert not at.exception and not at.error
    assert at.query_params["article"] == "pasted"
    counted = [m.value for m in at.markdown if "claims checked" in m.value]
    assert counted and not counted[0].startswith("**0 ")
    article_html = _html(at)[0]
    assert "<script" not in article_html
    assert "&lt;script&gt;" in article_html


def test_pasted_text_without_a_date_is_a_clear_error_and_keeps_the_text() -> None:
    """No publication date: an error says so, and the pasted text stays in the box."""
    at = _paste(AppTest.from_file(APP, default_timeout=60).run(), STORY, day=None)
    assert not at.exception
    assert any("publication date" in e.value for e in at.error)
    assert at.text_area(key="pasted_text").value == STORY


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n  ", None),  # blank: a prompt, not an error
        ("x" * 300_001, "the limit is 300,000"),
    ],
)
def test_bad_pasted_text_is_refused_clearly(text: str, message: str | None) -> None:
    """Blank text asks for an article; huge text is refused with the limit named."""
    at = _paste(AppTest.from_file(APP, default_timeout=60).run(), text)
    assert not at.exception
    if message is None:
        assert any("Paste an article" in i.value for i in at.info)
    else:
        assert any(message in e.value for e in at.error)
        assert at.text_area(key="pasted_text").value == text


def test_publication_time_goes_into_the_link_and_comes_back() -> None:
    """Setting a time and zone puts an ISO datetime in the URL; opening that URL restores them."""
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.toggle(key=f"known::{SEED_ID}").set_value(True).run()
    at.time_input(key=f"time::{SEED_ID}").set_value(time(13, 5)).run()
    at.selectbox(key=f"zone::{SEED_ID}").set_value("Europe/Moscow").run()
    assert not at.exception and not at.error
    assert at.query_params["published"] == "2022-02-25T13:05:00+03:00"
    reopened = _app(article=SEED_ID, published="2022-02-25T13:05:00+03:00")
    assert not reopened.exception
    assert reopened.time_input(key=f"time::{SEED_ID}").value == time(13, 5)
    assert reopened.query_params["published"] == "2022-02-25T13:05:00+03:00"


def test_reading_view_names_the_price_data_and_its_as_of_date() -> None:
    """The 'Price data used' list names each series, its provider and the date its data run to."""
    at = _app()
    assert not at.exception
    listed = "\n".join(m.value for m in at.markdown)
    assert "IMOEX: MOEX ISS" in listed and "(snapshot, data to 2026-06-09)" in listed
    assert at.toggle(key="live_prices").value is False

"""The labelled claim corpus is well formed, and the benchmark's matching and scoring are right."""

from __future__ import annotations

import hashlib
import json
import math
import random
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from dashboard.claims.bench import Count, field_agrees, match_claims, score
from dashboard.claims.bench_corpus import Label, Row, load_corpus, parse_row
from dashboard.domain import Direction, Hedge, Measure, Unit
from dashboard.errors import InputError
from dashboard.instruments import load_registry

CORPUS = Path(__file__).resolve().parent / "corpus"
FIRST_BATCH = {  # rows per group in the first batch, split by seeded shuffle (README)
    "movement_verbs": 26,
    "currencies_quote_conventions": 23,
    "sizes_units": 22,
    "hedges": 21,
    "time_words_and_datelines": 23,
    "records_and_comparisons": 22,
    "multi_claim_respectively": 21,
    "anaphora": 21,
    "not_claims_forecasts": 24,
    "not_claims_quantities": 24,
    "single_company_out_of_scope": 22,
    "mixed_paragraph_sentences": 22,
    "commodities": 22,
    "yields_bp": 19,
    "asia_latam": 22,
    "russia": 21,
}
GROUPS = set(FIRST_BATCH)
ROW_KEYS = {"id", "text", "published", "claims"}
CLAIM_KEYS = {
    "instrument",
    "measure",
    "direction",
    "size",
    "unit",
    "hedge",
    "session",
    "inverse",
    "level",
    "since",
}
D = date(2022, 2, 25)


@cache
def rows() -> tuple[Row, ...]:
    return load_corpus(CORPUS, "both")


def raw_rows() -> list[tuple[str, dict[str, object]]]:
    out = []
    for path in sorted(CORPUS.glob("*/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            out.append((f"{path.parent.name}/{path.name}", json.loads(line)))
    return out


def gaps() -> set[str]:
    lines = (CORPUS / "registry_gaps.txt").read_text("utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


# ---------------------------------------------------------------- the corpus


def test_every_row_has_exactly_the_schema_keys() -> None:
    """Rows carry id/text/published/claims (+ optional note); claims carry all ten keys."""
    for where, raw in raw_rows():
        assert ROW_KEYS <= raw.keys() <= ROW_KEYS | {"note"}, where
        claims = raw["claims"]
        assert isinstance(claims, list), where
        for claim in claims:
            assert set(claim) == CLAIM_KEYS, (where, raw["id"])


def test_corpus_loads_with_valid_enum_values_and_dates() -> None:
    """Every label parses into the domain enums and dates (the loader raises otherwise)."""
    loaded = rows()
    assert len(loaded) >= 330
    assert all(isinstance(c.measure, Measure) for r in loaded for c in r.claims)


def test_instrument_ids_are_registered_or_listed_as_gaps() -> None:
    """Every labelled instrument is a registry id or named in registry_gaps.txt."""
    known = set(load_registry().ids()) | gaps()
    unknown = {(r.id, c.instrument) for r in rows() for c in r.claims if c.instrument not in known}
    assert not unknown


def test_every_listed_gap_is_used() -> None:
    """registry_gaps.txt lists only ids the corpus actually labels."""
    used = {c.instrument for r in rows() for c in r.claims}
    assert gaps() <= used


def test_ids_are_unique_and_named_after_their_group() -> None:
    """Row ids are unique over both splits and look like <group>-NNN."""
    ids = [r.id for r in rows()]
    assert len(ids) == len(set(ids))
    for row in rows():
        group, _, number = row.id.rpartition("-")
        assert group == row.group and len(number) == 3 and number.isdigit(), row.id


def test_labels_are_internally_consistent() -> None:
    """Size and unit go together, sizes are non-negative, dates run since <= session <= published."""
    for row in rows():
        for c in row.claims:
            where = row.id
            assert (c.size is None) == (c.unit is None), where
            assert c.size is None or c.size >= 0, where
            assert c.size is not None or c.hedge is Hedge.EXACT, where
            assert c.session is not None and c.session <= row.published, where
            assert c.since is None or c.since <= c.session, where
            if c.measure in (Measure.SESSION_HIGH, Measure.SESSION_LOW):
                assert c.direction is Direction.NONE and c.size is None, where


def test_heldout_is_at_least_30_percent_and_100_rows() -> None:
    """The held-out split has at least 100 rows and at least 30% of the corpus."""
    held = [r for r in rows() if r.split == "heldout"]
    assert len(held) >= 100
    assert len(held) >= 0.3 * len(rows())


def test_every_group_is_in_both_splits() -> None:
    """Each named phenomenon has rows in tuned and in heldout."""
    for split in ("tuned", "heldout"):
        assert {r.group for r in rows() if r.split == split} == GROUPS


def test_no_sentence_appears_twice() -> None:
    """No sentence (case and spacing ignored) is repeated, within or across splits."""
    texts = [" ".join(r.text.lower().split()) for r in rows()]
    assert len(texts) == len(set(texts))


def _later_row_heldout(row_id: str) -> bool:
    digest = hashlib.sha256(f"tapecheck-corpus:{row_id}".encode()).hexdigest()
    return int(digest, 16) % 10 < 3


def test_split_is_the_documented_rule() -> None:
    """First batch: first ceil(30%) of a seeded shuffle; later rows by id hash (README)."""
    for group in GROUPS:
        members = sorted((r for r in rows() if r.group == group), key=lambda r: r.id)
        first = FIRST_BATCH[group]
        order = list(range(first))
        random.Random(f"tapecheck-corpus-{group}").shuffle(order)
        held = {members[i].id for i in order[: math.ceil(0.3 * first)]}
        held |= {r.id for r in members[first:] if _later_row_heldout(r.id)}
        assert held == {r.id for r in members if r.split == "heldout"}, group


def test_parse_row_names_the_bad_field() -> None:
    """A bad enum value is an InputError that says where it was."""
    raw = {
        "id": "x-001",
        "text": "Oil fell.",
        "published": "2022-02-25",
        "claims": [{"instrument": "BRENT", "measure": "fell", "direction": "down"}],
    }
    with pytest.raises(InputError, match=r"f\.jsonl:3 claim 1"):
        parse_row(raw, "x", "tuned", "f.jsonl:3")


# ---------------------------------------------------------------- matching and scoring


def lab(instrument: str, measure: Measure = Measure.SESSION_CHANGE, **kw: object) -> Label:
    fields: dict[str, object] = {"direction": Direction.DOWN, "session": D} | kw
    return Label(instrument, measure, **fields)  # type: ignore[arg-type]


def test_matching_pairs_by_instrument_not_position() -> None:
    """Claims given in a different order are matched by instrument, so both fields agree."""
    gold = [lab("WTI", size=1.0, unit=Unit.PERCENT), lab("BRENT", size=1.2, unit=Unit.PERCENT)]
    predicted = [lab("BRENT", size=1.2, unit=Unit.PERCENT), lab("WTI", size=1.0, unit=Unit.PERCENT)]
    assert match_claims(predicted, gold) == ((0, 1), (1, 0))
    result = score([(predicted, gold)])
    assert result.fields["instrument"].tp == 2
    assert result.claim.tp == 2


def test_matching_prefers_instrument_and_measure_over_field_count() -> None:
    """A same-instrument same-measure gold wins over one agreeing on more other fields."""
    predicted = [lab("BRENT", Measure.LEVEL, size=2.0, unit=Unit.PERCENT)]
    agrees_on_four = lab("BRENT", Measure.SESSION_CHANGE, size=2.0, unit=Unit.PERCENT)
    same_kind = lab("BRENT", Measure.LEVEL, direction=Direction.NONE)
    assert match_claims(predicted, [agrees_on_four, same_kind]) == ((0, 1),)


def test_greedy_matching_takes_the_best_field_match_first() -> None:
    """Among same-instrument candidates the gold agreeing on more fields gets the prediction."""
    predicted = [lab("SPX", size=2.6, unit=Unit.PERCENT, session=date(2022, 3, 9))]
    gold = [
        lab("SPX", size=1.0, unit=Unit.PERCENT, session=date(2022, 3, 10)),
        lab("SPX", size=2.6, unit=Unit.PERCENT, session=date(2022, 3, 9)),
    ]
    assert match_claims(predicted, gold) == ((0, 1),)


def test_claims_sharing_neither_instrument_nor_measure_never_match() -> None:
    """A prediction unrelated to the gold is a false alarm and the gold a miss."""
    predicted = [lab("GOLD", Measure.LEVEL)]
    gold = [lab("SPX", Measure.RECORD)]
    assert match_claims(predicted, gold) == ()
    result = score([(predicted, gold)])
    assert result.claim == Count(0, 1, 1)
    assert result.fields["session"].tp == 0


def test_matching_is_one_to_one() -> None:
    """Two identical predictions for one gold claim give one hit and one false alarm."""
    gold = [lab("DAX", size=4.0, unit=Unit.PERCENT)]
    predicted = [gold[0], gold[0]]
    result = score([(predicted, gold)])
    assert result.claim == Count(1, 2, 1)
    assert result.claim.precision == 0.5 and result.claim.recall == 1.0


def test_matching_stays_within_a_sentence() -> None:
    """A prediction in one sentence cannot match the same claim labelled in another."""
    claim = lab("IMOEX")
    result = score([([claim], []), ([], [claim])])
    assert result.claim == Count(0, 1, 1)
    assert result.false_alarm_sentences == 1


def test_per_field_precision_and_recall_by_hand() -> None:
    """One match with a wrong session plus one false alarm: figures worked out by hand."""
    gold = lab("USDRUB", size=2.1, unit=Unit.PERCENT, inverse=True, direction=Direction.UP)
    wrong_day = lab(
        "USDRUB", size=2.1, unit=Unit.PERCENT, inverse=True, direction=Direction.UP, session=None
    )
    result = score([([wrong_day], [gold]), ([lab("BRENT")], [])])
    instrument = result.fields["instrument"]
    assert (instrument.tp, instrument.predicted, instrument.gold) == (1, 2, 1)
    assert instrument.precision == 0.5 and instrument.recall == 1.0
    assert instrument.f1 == pytest.approx(2 / 3)
    assert result.fields["session"].tp == 0
    assert result.claim.tp == 0


def test_direction_compares_the_inverse_flag_too() -> None:
    """ "The ruble gained" read as USD/RUB up (inverse lost) is a wrong direction."""
    gold = lab("USDRUB", direction=Direction.UP, inverse=True)
    assert not field_agrees("direction", lab("USDRUB", direction=Direction.UP), gold)
    assert field_agrees("direction", gold, gold)


def test_size_compares_unit_and_value() -> None:
    """2.30 equals 2.3 in the same unit; 12 bp is not 12 percent; no size equals no size."""
    a = lab("US10Y", size=2.30, unit=Unit.POINTS)
    assert field_agrees("size", a, lab("US10Y", size=2.3, unit=Unit.POINTS))
    bp = lab("US10Y", size=12.0, unit=Unit.BASIS_POINTS)
    assert not field_agrees("size", bp, lab("US10Y", size=12.0, unit=Unit.PERCENT))
    assert field_agrees("size", lab("US10Y"), lab("US10Y"))
    assert not field_agrees("size", lab("US10Y"), bp)


def test_empty_counts_score_zero_not_error() -> None:
    """No predictions and no gold give 0 precision, recall and F1."""
    assert (Count(0, 0, 0).precision, Count(0, 0, 0).recall, Count(0, 0, 0).f1) == (0, 0, 0)
    assert score([]).claim == Count(0, 0, 0)


def test_hedge_level_since_are_scored_but_not_part_of_the_claim() -> None:
    """A wrong hedge costs the hedge field, not the whole-claim score."""
    gold = lab(
        "IMOEX", Measure.INTRADAY_EXTREME, size=45.0, unit=Unit.PERCENT, hedge=Hedge.AS_MUCH_AS
    )
    predicted = lab("IMOEX", Measure.INTRADAY_EXTREME, size=45.0, unit=Unit.PERCENT)
    result = score([([predicted], [gold])])
    assert result.claim.tp == 1
    assert result.fields["hedge"].tp == 0

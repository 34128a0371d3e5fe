"""Folded text (``folding.folded``) holds a pattern's words wherever a case-blind pattern could
match them, so skipping a pattern whose words are absent never loses a claim."""

from __future__ import annotations

import re

from dashboard.claims.folding import folded, matches


def test_every_letter_a_case_blind_pattern_reads_as_ascii_folds_to_it() -> None:
    for point in range(0x10000):
        char = chr(point)
        if 0xD800 <= point < 0xE000 or not re.fullmatch("[a-z]", char, re.IGNORECASE):
            continue
        assert re.fullmatch(folded(char), char, re.IGNORECASE), hex(point)


def test_folded_keeps_odd_capitals_as_their_words() -> None:
    assert "hit a record" in folded("Gold HİT a RECORD")
    assert "surrendered" in folded("it ſurrendered 2%")


def test_a_pattern_is_not_run_without_its_words() -> None:
    pattern = re.compile(r"wrapped\s+up", re.IGNORECASE)
    assert [m.group(0) for m in matches(pattern, "It WRAPPED up", "it wrapped up", ("wrap",))] == [
        "WRAPPED up"
    ]
    assert list(matches(pattern, "It rose", "it rose", ("wrap",))) == []

"""Benchmark claim extraction against the labelled corpus in ``tests/corpus``.

    python -m dashboard.claims.bench [--corpus tests/corpus] [--split tuned|heldout|both]
                                     [--json] [--repeats N] [--misses] [--tally]

It runs ``extract_claims(text, published)`` on every sentence of the chosen split (the
published date comes from the row), matches predicted to gold claims sentence by sentence,
and prints precision, recall and F1 per field and for whole claims, per split, plus the
extraction speed. It measures and asserts nothing: the exit code is 0 whatever the scores.
The default split is ``tuned``; ``heldout`` is for the integration check only, never tuning
(so ``--misses``, which prints sentences, refuses it; ``--tally`` only counts what is not
right by measure, so it runs on any split). The corpus rows and their loading are in
``bench_corpus``.

Matching, within one sentence only:
  1. A candidate pair is a predicted and a gold claim that share the instrument or the
     measure; pairs sharing neither are never matched.
  2. Candidates are ranked by: sharing both instrument and measure first; then the number
     of the five scored fields that agree; then the number of extra fields (hedge, level,
     since) that agree; then text order (gold first, then predicted).
  3. Greedy: take the best-ranked pair whose claims are both still free, repeat.
  Unmatched predictions are false alarms; unmatched gold claims are misses.

Per-field scores (fields: instrument, direction, size, measure, session):
  TP(field)  = matched pairs whose two claims agree on that field
  precision  = TP / number of predicted claims      (a false alarm counts against every field)
  recall     = TP / number of gold claims           (a miss counts against every field)
  F1         = 2PR / (P + R), 0 when P + R = 0
  "claim" is the same with TP = matched pairs agreeing on all five fields.
Agreement: ``direction`` compares direction AND ``inverse`` (a rouble "up" read as a USD/RUB
"up" is wrong); ``size`` compares size AND unit (sizes equal to 6 decimals, both None agrees).
Hedge, level and since are reported the same way as extra fields, outside "claim".
Speed: sentences per second of the extraction calls alone, median of ``--repeats`` passes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.claims.bench_corpus import SPLITS, Label, Row, load_split
from dashboard.domain import Claim
from dashboard.errors import InputError, TapecheckError

FIELDS = ("instrument", "direction", "size", "measure", "session")
EXTRA_FIELDS = ("hedge", "level", "since")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"

Extractor = Callable[[str, date], Sequence[Claim]]


# ---------------------------------------------------------------- matching and scoring


def field_agrees(name: str, predicted: Label, gold: Label) -> bool:
    """Whether two claims agree on one scored or extra field (see the module docstring)."""
    if name == "direction":
        return (predicted.direction, predicted.inverse) == (gold.direction, gold.inverse)
    if name == "size":
        return predicted.unit == gold.unit and _same(predicted.size, gold.size)
    if name == "level":
        return _same(predicted.level, gold.level)
    return bool(getattr(predicted, name) == getattr(gold, name))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return round(a, 6) == round(b, 6)


def _rank(p: Label, g: Label) -> tuple[int, int, int]:
    both = p.instrument == g.instrument and p.measure == g.measure
    scored = sum(field_agrees(f, p, g) for f in FIELDS)
    extra = sum(field_agrees(f, p, g) for f in EXTRA_FIELDS)
    return (int(both), scored, extra)


def match_claims(predicted: Sequence[Label], gold: Sequence[Label]) -> tuple[tuple[int, int], ...]:
    """Greedy one-to-one matching of one sentence's claims: (predicted index, gold index) pairs."""
    candidates = [
        (_rank(p, g), gi, pi)
        for pi, p in enumerate(predicted)
        for gi, g in enumerate(gold)
        if p.instrument == g.instrument or p.measure == g.measure
    ]
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return tuple(sorted(pairs))


@dataclass(frozen=True)
class Count:
    """True positives against the predicted and gold totals, with P/R/F1."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """TP / predicted (0 when nothing was predicted)."""
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """TP / gold (0 when there is no gold claim)."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The counts and the three ratios, for JSON."""
        ratios = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold} | {
            k: round(v, 4) for k, v in ratios.items()
        }


@dataclass(frozen=True)
class Score:
    """Scores over a set of sentences: per field, extra fields, and whole claims."""

    sentences: int
    fields: dict[str, Count] = field(default_factory=dict)
    claim: Count = Count(0, 0, 0)
    false_alarm_sentences: int = 0  # sentences with no gold claim where something was predicted


Case = tuple[Sequence[Label], Sequence[Label]]  # (predicted, gold) for one sentence


def score(cases: Sequence[Case]) -> Score:
    """Per-field and whole-claim counts over sentences, each given as (predicted, gold)."""
    names = FIELDS + EXTRA_FIELDS
    tps = dict.fromkeys(names, 0)
    whole = n_pred = n_gold = alarms = 0
    for predicted, gold in cases:
        n_pred, n_gold = n_pred + len(predicted), n_gold + len(gold)
        alarms += int(bool(predicted) and not gold)
        for pi, gi in match_claims(predicted, gold):
            agree = {f: field_agrees(f, predicted[pi], gold[gi]) for f in names}
            for name in names:
                tps[name] += int(agree[name])
            whole += int(all(agree[f] for f in FIELDS))
    counts = {name: Count(tps[name], n_pred, n_gold) for name in names}
    return Score(len(cases), counts, Count(whole, n_pred, n_gold), alarms)


# ---------------------------------------------------------------- running


@dataclass(frozen=True)
class Run:
    """One split's predictions, errors and timing."""

    split: str
    rows: tuple[Row, ...]
    predictions: tuple[tuple[Label, ...], ...]
    errors: int
    sentences_per_second: float
    repeats: int


def _extract_once(extract: Extractor, row: Row) -> tuple[tuple[Label, ...], bool]:
    try:
        return tuple(Label.from_claim(c) for c in extract(row.text, row.published)), False
    except Exception:  # the parser should be total; a crash is counted, not fatal
        return (), True


def run_split(split: str, rows: tuple[Row, ...], extract: Extractor, repeats: int) -> Run:
    """Extract every row once for scoring, then time ``repeats`` extraction-only passes."""
    first = [_extract_once(extract, row) for row in rows]
    seconds: list[float] = []
    for _ in range(max(repeats, 1)):
        start = time.perf_counter()
        for row in rows:
            _extract_once(extract, row)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    speed = len(rows) / median if median > 0 else float("inf")
    predictions = tuple(p for p, _ in first)
    return Run(split, rows, predictions, sum(e for _, e in first), speed, max(repeats, 1))


def _cases(run: Run, group: str | None = None) -> list[Case]:
    return [
        (p, r.claims)
        for r, p in zip(run.rows, run.predictions, strict=True)
        if group is None or r.group == group
    ]


def _groups(run: Run) -> list[str]:
    return sorted({r.group for r in run.rows})


def report_dict(run: Run) -> dict[str, object]:
    """One split's scores as plain JSON-ready data."""
    total = score(_cases(run))
    return {
        "sentences": total.sentences,
        "gold_claims": total.claim.gold,
        "predicted_claims": total.claim.predicted,
        "extraction_errors": run.errors,
        "false_alarm_sentences": total.false_alarm_sentences,
        "fields": {name: total.fields[name].as_dict() for name in FIELDS},
        "extra_fields": {name: total.fields[name].as_dict() for name in EXTRA_FIELDS},
        "claim": total.claim.as_dict(),
        "groups": {g: score(_cases(run, g)).claim.as_dict() for g in _groups(run)},
        "sentences_per_second": round(run.sentences_per_second, 1),
        "repeats": run.repeats,
    }


def _line(name: str, count: Count) -> str:
    return (
        f"  {name:<28} {count.precision:>9.3f} {count.recall:>7.3f} {count.f1:>6.3f}"
        f" {count.tp:>5d} {count.predicted:>5d} {count.gold:>5d}"
    )


def report_text(run: Run) -> str:
    """One split's scores as a fixed-width table."""
    total = score(_cases(run))
    head = (
        f"split {run.split}: {total.sentences} sentences, {total.claim.gold} gold claims, "
        f"{total.claim.predicted} predicted, {run.errors} extraction errors, "
        f"{total.false_alarm_sentences} false-alarm sentences"
    )
    lines = [
        head,
        f"  {'field':<28} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>5} "
        f"{'pred':>5} {'gold':>5}",
    ]
    lines += [_line(name, total.fields[name]) for name in FIELDS]
    lines.append(_line("claim", total.claim))
    lines += [_line(f"({name})", total.fields[name]) for name in EXTRA_FIELDS]
    lines.append("  claim F1 by group:")
    lines += [_line(g, score(_cases(run, g)).claim) for g in _groups(run)]
    lines.append(
        f"  speed: {run.sentences_per_second:,.0f} sentences/s "
        f"(extraction only, median of {run.repeats} passes)"
    )
    return "\n".join(lines)


def misses_text(run: Run) -> str:
    """Each sentence whose claims were not all exactly right, with gold and predicted."""
    out: list[str] = []
    for row, predicted in zip(run.rows, run.predictions, strict=True):
        if score([(predicted, row.claims)]).claim.tp == len(row.claims) == len(predicted):
            continue
        out.append(f"{row.id} ({row.published}): {row.text}")
        out += [f"    gold {_show(g)}" for g in row.claims]
        out += [f"    pred {_show(p)}" for p in predicted]
    return "\n".join(out)


def tally_text(run: Run) -> str:
    """Missed gold claims and wrong predictions counted by measure, with no sentence shown:
    safe on the held-out split, which must never be read."""
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for row, predicted in zip(run.rows, run.predictions, strict=True):
        right = [
            (pi, gi)
            for pi, gi in match_claims(predicted, row.claims)
            if all(field_agrees(f, predicted[pi], row.claims[gi]) for f in FIELDS)
        ]
        right_p, right_g = {pi for pi, _ in right}, {gi for _, gi in right}
        missed.update(str(g.measure) for i, g in enumerate(row.claims) if i not in right_g)
        wrong.update(str(p.measure) for i, p in enumerate(predicted) if i not in right_p)
    return "\n".join(
        [
            f"split {run.split}: not right, by measure (no sentence is shown)",
            "  missed gold: " + _counts(missed),
            "  wrong predicted: " + _counts(wrong),
        ]
    )


def _counts(counter: Counter[str]) -> str:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{k} {v}" for k, v in ranked) or "none"


def _show(label: Label) -> str:
    size = "" if label.size is None else f" {label.size:g} {label.unit}"
    inverse = " inverse" if label.inverse else ""
    level = "" if label.level is None else f" level={label.level:g}"
    since = "" if label.since is None else f" since={label.since}"
    return (
        f"{label.instrument} {label.measure} {label.direction}{size} {label.hedge}"
        f" session={label.session}{inverse}{level}{since}"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.claims.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="tuned")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--repeats", type=int, default=5, help="timed extraction passes")
    parser.add_argument(
        "--misses", action="store_true", help="list sentences not fully right (tuned only)"
    )
    parser.add_argument(
        "--tally", action="store_true", help="count what is not right by measure (any split)"
    )
    return parser


def _default_extractor() -> Extractor:
    from dashboard.claims import extract_claims

    return extract_claims


def main(argv: Sequence[str] | None = None, extract: Extractor | None = None) -> int:
    """Run the benchmark and print the scores; always 0 unless the input cannot be read."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.misses and args.split != "tuned":
        raise InputError("--misses prints sentences, so it runs on the tuned split only")
    extractor = extract or _default_extractor()
    names = SPLITS if args.split == "both" else (args.split,)
    runs = [run_split(s, load_split(args.corpus, s), extractor, args.repeats) for s in names]
    if args.json:
        print(json.dumps({"splits": {r.split: report_dict(r) for r in runs}}, indent=2))
    else:
        print("\n\n".join(report_text(r) for r in runs))
    if args.misses:
        print("\n" + misses_text(runs[0]))
    if args.tally:
        print("\n" + "\n".join(tally_text(r) for r in runs))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except TapecheckError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)

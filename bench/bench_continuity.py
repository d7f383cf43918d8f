"""Continuity across cycles: how well the suggested predecessors of Slovenia's 2nd-cycle
recommendations (A/HRC/28/15, 163) in its 1st cycle (A/HRC/14/15, 97) agree with the
hand-checked pairs of tests/fixtures/continuity/svn-1-2-pairs.csv.

The two Working Group reports are imported into a new workspace (the import makes the
suggestions, as it does for a user); what ``Workspace.predecessors`` then holds is
scored against the set:

- precision: of the suggestions the set judges (a pair, or not one), the share that
  are pairs.  A suggestion the set calls "related" (same issue, another measure) is
  left out; one it does not list at all counts as wrong.
- recall: of the set's pairs, the share suggested.

Then the same for other thresholds, from the matcher itself.  The set was completed
with every suggestion scoring 0.20 or more (its README): below that, unlisted pairs
were never looked at, and precision there is a floor.
Usage: python bench/bench_continuity.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reviewer.reviews import continuity  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
UN = ROOT / "tests" / "fixtures" / "un"
PAIRS = ROOT / "tests" / "fixtures" / "continuity" / "svn-1-2-pairs.csv"
REPORTS = (
    UN / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
    UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
)
LATER, EARLIER = "A/HRC/28/15", "A/HRC/14/15"


def judgements(path: Path = PAIRS) -> dict[tuple[str, str], str]:
    """(later number, earlier number) → pair, related or not."""
    with path.open(encoding="utf-8", newline="") as f:
        return {
            (r["later_number"], r["earlier_number"]): r["judgement"]
            for r in csv.DictReader(f)
            if (r["later_symbol"], r["earlier_symbol"]) == (LATER, EARLIER)
        }


def score(suggested: set[tuple[str, str]], judged: dict[tuple[str, str], str]):
    """(precision, recall, suggestions, hits, left out as related)."""
    pairs = {k for k, v in judged.items() if v == "pair"}
    related = {k for k in suggested if judged.get(k) == "related"}
    counted = suggested - related
    hits = len(counted & pairs)
    precision = hits / len(counted) if counted else 0.0
    return precision, hits / len(pairs), len(suggested), hits, len(related)


def main() -> None:
    judged = judgements()
    n_pairs = sum(1 for v in judged.values() if v == "pair")
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.sqlite", author="bench")
        t = time.perf_counter()
        done, failed = ws.import_files(REPORTS)
        imported = time.perf_counter() - t
        assert not failed, failed
        later = ws.recommendations(symbol=LATER)
        earlier = ws.recommendations(symbol=EARLIER)
        t = time.perf_counter()
        ws.suggest_predecessors("SVN-2")
        again = time.perf_counter() - t
        suggested = set()
        for r in later:
            suggested |= {(r.number, p.number) for p in ws.predecessors(r.id)}
        ws.close()
    print(f"{len(later)} recommendations of {LATER}, {len(earlier)} of {EARLIER}")
    print(
        f"hand-checked set: {n_pairs} pairs, "
        f"{sum(v == 'related' for v in judged.values())} related, "
        f"{sum(v == 'not' for v in judged.values())} checked non-pairs ({PAIRS.name})"
    )
    p, r, n, hits, rel = score(suggested, judged)
    print(
        f"\nthreshold {continuity.THRESHOLD:.2f} (State bonus {continuity.STATE_BONUS:.2f}, "
        f"at most {continuity.LIMIT} each): {n} suggestions, {hits} pairs, {rel} related"
    )
    print(f"precision {p:.3f}   recall {r:.3f}")
    print(f"(import of both reports {imported:.2f} s; suggesting again {again * 1000:.0f} ms)")

    items = [continuity.Item(x.id, x.text or "", x.states) for x in later]
    cands = [continuity.Item(x.id, x.text or "", x.states) for x in earlier]
    number = {x.id: x.number for x in (*later, *earlier)}
    every = continuity.match(items, cands, ignore=["Slovenia"], threshold=0.0)
    print("\nthreshold  suggestions  precision  recall")
    for th in (0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50):
        at = {(number[m.key], number[m.predecessor]) for m in every if m.score >= th}
        p, r, n, _, _ = score(at, judged)
        mark = "  <- in use" if abs(th - continuity.THRESHOLD) < 1e-9 else ""
        print(f"  {th:.2f}     {n:>5}        {p:.3f}     {r:.3f}{mark}")


if __name__ == "__main__":
    main()

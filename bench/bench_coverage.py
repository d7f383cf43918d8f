"""Coverage of a review: 346 recommendations × 60 submissions of 20,000 paragraphs.

The workspace: CHN-3's real thematic list (346 recommendations with their themes and
States), CANGO's real submission (which makes review CHN-4), and 60 generated
submissions of CHN-4 with 20,000 paragraphs between them, imported with
``ws.import_parsed``; links are inserted directly, spread as in practice: about a
third of the paragraphs cite one to three recommendations, a few recommendations
(the popular themes) are cited by many submissions and most by few or none; 85 %
of links confirmed, 12 % suggested, 3 % rejected.

Measured, in the same process:
- ``ws.coverage("CHN-4")`` against the one statement it runs for the cells, bare
  through sqlite3 (target: coverage under 300 ms);
- the CLI's JSON (summary, by document, theme, State and position);
- the XLSX export (target under 3 s) and the CSV export.
Figures and ratios are printed; nothing is asserted on time.
Usage: python bench/bench_coverage.py [--submissions 60] [--paragraphs 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import paragraph_text  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from reviewer.cli_coverage import coverage_json  # noqa: E402
from reviewer.export import export_coverage  # noqa: E402
from reviewer.ingest.model import ParsedDocument, ParsedParagraph  # noqa: E402
from reviewer.storage.models import Link  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
CHN_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
REVIEW = "CHN-4"
REVIEWERS = ("Ana", "Mei Lin", "Tomás")

BARE_SQL = """
SELECT l.recommendation_id, p.document_id, l.status, count(DISTINCT p.id)
FROM link l JOIN paragraph p ON p.id = l.paragraph_id
WHERE p.document_id IN ({docs}) AND l.status IN ('confirmed', 'suggested')
GROUP BY l.recommendation_id, p.document_id, l.status
"""


def build(ws: Workspace, submissions: int, paragraphs: int, rng: random.Random) -> int:
    done, failed = ws.import_files([CHN_LIST, CANGO])
    assert not failed, failed
    recs = [r.id for r in ws.recommendations(responds_to=REVIEW)]
    assert len(recs) > 300, len(recs)
    # Popularity: a Zipf-like weight on a shuffled order, so popular ones are spread;
    # about a third of the recommendations no submission takes up.
    rng.shuffle(recs)
    reach = int(len(recs) * 0.65)
    weights = [1 / (rank + 1) ** 1.1 if rank < reach else 0 for rank in range(len(recs))]
    per_doc = paragraphs // submissions
    rows: list[dict] = []
    for d in range(submissions):
        n = per_doc + (1 if d < paragraphs % submissions else 0)
        paras = tuple(
            ParsedParagraph(
                seq=i,
                label=str(i + 1),
                kind="body",
                text=paragraph_text(rng, rng.randint(40, 120)),
                page_start=1 + i // 6,
            )
            for i in range(n)
        )
        res = ws.import_parsed(
            ParsedDocument(
                title=f"Joint submission {d} on China to the fourth cycle of the UPR",
                organisation=f"Organisation {d}",
                format="txt",
                file_name=f"submission-{d}.txt",
                sha256=hashlib.sha256(f"coverage-bench-{d}".encode()).hexdigest(),
                paragraphs=paras,
            )
        )
        if ws.get_document(res.document_id).review != REVIEW:
            ws.set_document_review(res.document_id, REVIEW)
        focus = rng.random() < 0.25  # some submissions cite a lot, most a little
        for pid in ws.paragraph_ids(res.document_id):
            if rng.random() > (0.6 if focus else 0.3):
                continue
            for rec in set(rng.choices(recs, weights, k=rng.choice((1, 1, 1, 2, 2, 3)))):
                u = rng.random()
                status = "confirmed" if u < 0.85 else "suggested" if u < 0.97 else "rejected"
                rows.append(
                    dict(
                        uid=hashlib.md5(f"{pid}-{rec}".encode()).hexdigest(),
                        paragraph_id=pid,
                        recommendation_id=rec,
                        origin=rng.choice(("footnote", "footnote", "inline", "manual")),
                        status=status,
                        created_by=rng.choice(REVIEWERS),
                    )
                )
    with ws.write() as s:
        s.execute(insert(Link), rows)
    return len(rows)


def timed(fn, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--submissions", type=int, default=60)
    ap.add_argument("--paragraphs", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws = Workspace.open(tmp / "bench.sqlite", author="bench")
        t0 = time.perf_counter()
        links = build(ws, args.submissions, args.paragraphs, rng)
        build_s = time.perf_counter() - t0

        cov_s, cov = timed(lambda: ws.coverage(REVIEW), max(5, args.rounds))
        docs = ",".join(str(d.id) for d in cov.documents)
        con = sqlite3.connect(ws.path)

        def bare():
            return con.execute(BARE_SQL.format(docs=docs)).fetchall()

        bare_s, cells = timed(bare, max(5, args.rounds))
        con.close()
        paras = sum(d.paragraphs for d in cov.documents)
        print(
            f"workspace: {len(cov.recommendations)} recommendations × {len(cov.documents)} "
            f"documents, {paras} paragraphs, {links} links ({build_s:.1f} s to build)"
        )
        print(f"summary:   {cov.summary()}")
        print(
            f"bare SQL  the cells' statement (sqlite3)   {bare_s * 1000:7.1f} ms  {len(cells)} rows"
        )
        ok = "OK" if cov_s < 0.3 else "over"
        print(
            f"coverage  ws.coverage('{REVIEW}')          {cov_s * 1000:7.1f} ms  "
            f"x{cov_s / bare_s:5.1f} bare  {ok} (<300 ms)"
        )
        json_s, _ = timed(lambda: coverage_json(cov, ws.get_review(REVIEW)), args.rounds)
        print(f"json      the CLI's figures and lists       {json_s * 1000:7.1f} ms")
        links_s, rows = timed(lambda: ws.coverage_links(cov), args.rounds)
        print(
            f"links     ws.coverage_links (long table)    {links_s * 1000:7.1f} ms  {len(rows)} rows"
        )
        for fmt, target in (("xlsx", 3.0), ("csv", None)):
            out = tmp / f"coverage.{fmt}"
            secs, summary = timed(lambda out=out: export_coverage(ws, out, REVIEW), args.rounds)
            size = out.stat().st_size / 1e6
            mark = f"  {'OK' if secs < target else 'over'} (<{target:.0f} s)" if target else ""
            print(
                f"export    {fmt.upper():<4} {summary.links} linked paragraphs     "
                f"{secs:7.2f} s   x{secs / cov_s:5.1f} coverage  {size:.1f} MB{mark}"
            )
        ws.close()


if __name__ == "__main__":
    main()

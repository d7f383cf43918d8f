"""Word brief export at 1,000 / 3,000 / 10,000 paragraphs: linear, and how far from
bare python-docx.

Each paragraph of the generated workspace cites one to three recommendations, has a
tag and a note (a quarter of the notes on a span of the text).  For every size the
brief (by recommendation, its notes as Word comments, unless told otherwise) is
written by the project and by two baselines in turns (project, baseline, plain,
project, …), each run in a process of its own (its peak RSS its own); the medians
are printed with the ratios and the seconds per 1,000 paragraphs at each size (flat
when linear).  The machine is shared: the project's CPU seconds are printed too.

baseline: python-docx's own API writing the same content: the brief's headings
  (Heading 1/2/3, the same texts), each paragraph's text once (a later mention a
  "see" line), the recommendation's text, the same comments on the same words
  (``add_paragraph``, ``add_run``, ``add_comment``).  python-docx puts each
  paragraph before the section properties after searching the body for them, and
  gives each comment the largest id + 1 over all of them: both quadratic, so the
  floor does them in constant time (``--stock`` keeps python-docx as it is, slow
  past a few thousand paragraphs).
plain: the issue's floor, python-docx as it is writing the same paragraph texts once
  each with ``add_paragraph``, nothing else.

The content is gathered before the clock starts; the project's run is
``export_brief`` end to end (reading the workspace, laying out, the contents page's
page numbers, saving).  Workspaces are built once (bulk rows) in /tmp/bench-export/.
Usage: python bench/bench_export.py [--sizes 1000,3000,10000] [--rounds 3]
       [--group-by recommendation,document,tag] [--comments on|off|both] [--stock]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import paragraph_text  # noqa: E402

FOLDER = Path("/tmp/bench-export")
BUILD = 2  # bump when the generated content changes: older files are rebuilt
TAGS = ["gender", "education", "climate", "disability", "poverty", "health", "migrants"]
SYMBOL = "A/HRC/40/6"
RECS = 346
STATES = ["Norway", "Brazil", "Kenya", "Japan", "Chile", "Ghana", "Viet Nam", "Peru"]
PER_DOC = 100


# -- the workspace ---------------------------------------------------------------------------
def workspace_path(paragraphs: int) -> Path:
    return FOLDER / f"brief-{paragraphs}-v{BUILD}.sqlite"


def build(path: Path, paragraphs: int) -> float:
    """Documents through the import API; recommendations, tags, links and notes as
    bulk rows in one transaction (the API's one write per link took ~40 s at 3,000)."""
    from sqlalchemy import insert, select, update
    from sqlalchemy.sql.expression import bindparam

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.storage.models import Link, Note, Paragraph, ParagraphTag, Recommendation, Tag
    from reviewer.vocabulary import LinkOrigin, LinkStatus
    from reviewer.workspace import Workspace
    from reviewer.workspace.registry_store import get_or_create

    t0 = time.perf_counter()
    rng = random.Random(5)
    tmp = path.with_suffix(".building")
    for f in tmp.parent.glob(tmp.name + "*"):
        f.unlink()
    ws = Workspace.open(tmp, author="bench")
    for d in range(max(1, paragraphs // PER_DOC)):
        paras = tuple(
            ParsedParagraph(
                seq=i, label=str(i + 1), kind="body", text=paragraph_text(rng, rng.randint(60, 160))
            )
            for i in range(PER_DOC)
        )
        ws.import_parsed(
            ParsedDocument(
                title=f"Generated submission {d}",
                organisation=f"Organisation {d}",
                format="txt",
                file_name=f"g{d}.txt",
                sha256=hashlib.sha256(f"bench-export g{d}".encode()).hexdigest(),
                paragraphs=paras,
            )
        )
    with ws.store.write() as s:
        rec_ids = [get_or_create(s, SYMBOL, f"28.{n}").id for n in range(1, RECS + 1)]
        s.connection().execute(
            update(Recommendation.__table__)
            .where(Recommendation.__table__.c.id == bindparam("rid"))
            .values(text=bindparam("text"), states=bindparam("states"), position="supported"),
            [
                {
                    "rid": rid,
                    "text": paragraph_text(rng, rng.randint(15, 40)),
                    "states": rng.sample(STATES, rng.randint(1, 3)),
                }
                for rid in rec_ids
            ],
        )
        colours = ["#C0392B", "#2E86C1", "#28B463", "#AF7AC5", "#D68910", "#5D6D7E", "#17A589"]
        s.execute(
            insert(Tag),
            [
                {"name": n, "colour": c, "created_by": "bench"}
                for n, c in zip(TAGS, colours, strict=True)
            ],
        )
        tag_ids = list(s.scalars(select(Tag.id).order_by(Tag.id)))
        rows = s.execute(select(Paragraph.id, Paragraph.text).order_by(Paragraph.id)).all()
        links, tags, notes = [], [], []
        for pid, text in rows:
            for rid in rng.sample(rec_ids, rng.randint(1, 3)):
                links.append(
                    {
                        "paragraph_id": pid,
                        "recommendation_id": rid,
                        "origin": LinkOrigin.MANUAL,
                        "status": LinkStatus.CONFIRMED,
                        "created_by": "bench",
                    }
                )
            tags.append({"paragraph_id": pid, "tag_id": rng.choice(tag_ids), "created_by": "bench"})
            span = (None, None)
            if rng.random() < 0.25:  # a note on some words of the paragraph
                start = rng.randint(0, len(text) // 2)
                span = (start, start + rng.randint(5, len(text) // 2))
            notes.append(
                {
                    "paragraph_id": pid,
                    "author": "bench",
                    "body": "Check this against the national report. " + paragraph_text(rng, 12),
                    "span_start": span[0],
                    "span_end": span[1],
                }
            )
        s.execute(insert(Link), links)
        s.execute(insert(ParagraphTag), tags)
        s.execute(insert(Note), notes)
    ws.close()
    for f in tmp.parent.glob(tmp.name + "-*"):  # journal files, if any
        f.unlink()
    tmp.rename(path)
    return time.perf_counter() - t0


# -- one run, in a process of its own ---------------------------------------------------------
def _options(group_by: str, comments: bool):
    from reviewer.export import BriefOptions

    return BriefOptions(group_by=group_by, comments=comments, reviewer="Bench Reviewer")


def run_project(path: Path, out: Path, group_by: str, comments: bool) -> dict:
    from reviewer.export import export_brief
    from reviewer.workspace import Workspace

    ws = Workspace.open(path, author="bench")
    t0, c0 = time.perf_counter(), time.process_time()
    summary = export_brief(ws, out, _options(group_by, comments))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    ws.close()
    return {"secs": secs, "cpu": cpu, "comments": summary.comments, "pages": summary.pages}


def content(path: Path, group_by: str, comments: bool) -> tuple[list[tuple], list[str]]:
    """What the brief shows, as plain steps for python-docx: ("h", level, text),
    ("p", text, notes) where notes are (start, end, body, author) with None for the
    whole paragraph; and the texts of the workspace's paragraphs it shows, once each."""
    from reviewer.export.brief import collect
    from reviewer.export.brief_names import document_name, paragraph_reference, quoted_heading
    from reviewer.export.docx_cells import _span
    from reviewer.workspace import Workspace

    ws = Workspace.open(path, author="bench")
    brief = collect(ws, _options(group_by, comments))
    ws.close()
    steps: list[tuple] = []
    seen: set[int] = set()
    texts: list[str] = []

    def paragraph(item, heading: str) -> None:
        p = item.paragraph
        steps.append(("h", 3, heading))
        if p.id in seen:
            steps.append(("p", f"See {paragraph_reference(p)}.", ()))
            return
        seen.add(p.id)
        texts.append(p.text)
        notes = []
        for n in p.notes if comments else ():
            span = _span(n, p.text)
            notes.append((*(span or (None, None)), n.body, n.author or "Reviewer"))
        steps.append(("p", p.text, tuple(notes)))
        if not comments:
            steps.extend(("p", n.body, ()) for n in p.notes)

    for sec in brief.by_document:
        steps.append(("h", 1, sec.document.title))
        for it in sec.items:
            paragraph(it, quoted_heading(it.paragraph))
    for group in brief.by_recommendation:
        steps.append(("h", 1, group.symbol))
        for rsec in group.sections:
            steps.append(("h", 2, rsec.recommendation.number))
            steps.append(("p", rsec.recommendation.text or "", ()))
            for it in rsec.items:
                paragraph(it, f"{document_name(it.document)} — {quoted_heading(it.paragraph)}")
    for tsec in brief.by_tag:
        steps.append(("h", 1, tsec.tag.name))
        for it in tsec.items:
            paragraph(it, quoted_heading(it.paragraph))
    return steps, texts


def run_baseline(path: Path, out: Path, group_by: str, comments: bool, stock: bool) -> dict:
    """python-docx's own API: ``add_paragraph`` (headings in their style, looked up
    once), ``add_run`` for the pieces a note's span cuts, ``add_comment`` on them.

    Two of its steps read everything written so far, and make it quadratic: each
    paragraph is put before the section properties after a search of the body for
    them, and each comment's id is the largest id + 1 over every comment.  The
    baseline is a floor, so both are done in constant time here (the paragraph put
    before the section properties held once, the ids from a counter); ``stock``
    leaves python-docx as it is."""
    import docx
    from docx.oxml.comments import CT_Comments
    from docx.oxml.document import CT_Body

    steps, _ = content(path, group_by, comments)
    t0, c0 = time.perf_counter(), time.process_time()
    doc = docx.Document()
    if not stock:
        end = doc.element.body.sectPr
        CT_Body._insert_p = lambda self, p: (end.addprevious(p), p)[1]  # type: ignore[method-assign]
        counter = iter(range(10**9))
        CT_Comments._next_available_comment_id = lambda self: next(counter)  # type: ignore[method-assign]
    headings = {n: doc.styles[f"Heading {n}"] for n in (1, 2, 3)}
    made = 0
    for step in steps:
        if step[0] == "h":
            doc.add_paragraph(step[2], headings[step[1]])
            continue
        _, text, notes = step
        if not notes:
            doc.add_paragraph(text)
            continue
        cuts = sorted({0, len(text), *(c for s, e, _, _ in notes if s is not None for c in (s, e))})
        p = doc.add_paragraph()
        runs = [(a, b, p.add_run(text[a:b])) for a, b in itertools.pairwise(cuts)]
        for s, e, body, author in notes:
            anchor = [r for a, b, r in runs if s is None or (a >= s and b <= e)]
            doc.add_comment(anchor, body, author=author, initials=author[:1])
            made += 1
    doc.save(out)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"secs": secs, "cpu": cpu, "comments": made}


def run_plain(path: Path, out: Path, group_by: str, comments: bool) -> dict:
    """The issue's floor: python-docx (as it is) writing the same paragraph texts, each
    once, with ``add_paragraph``: no heading, style, table or comment."""
    import docx

    _, texts = content(path, group_by, comments)
    t0, c0 = time.perf_counter(), time.process_time()
    doc = docx.Document()
    for text in texts:
        doc.add_paragraph(text)
    doc.save(out)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"secs": secs, "cpu": cpu, "comments": 0}


def child(args) -> None:
    path, out = Path(args.workspace), Path(args.out)
    comments, group_by = args.with_comments == "on", args.group_by[0]
    if args.run == "project":
        r = run_project(path, out, group_by, comments)
    elif args.run == "baseline":
        r = run_baseline(path, out, group_by, comments, args.stock)
    else:
        r = run_plain(path, out, group_by, comments)
    r["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(r))


def spawn(kind: str, path: Path, group_by: str, comments: bool, stock: bool) -> dict:
    out = FOLDER / f"out-{kind}-{os.getpid()}.docx"
    cmd = [sys.executable, __file__, "--run", kind, "--workspace", str(path), "--out", str(out)]
    cmd += ["--group-by", group_by, "--with-comments", "on" if comments else "off"]
    if stock:
        cmd.append("--stock")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"{kind} run failed:\n{proc.stderr}")
    r = json.loads(line[7:])
    r["mb"] = out.stat().st_size / 1e6
    out.unlink()
    return r


def _med(runs: list[dict], key: str = "secs") -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,3000", help="paragraphs, comma-separated")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each, in turns")
    ap.add_argument("--group-by", default="recommendation", help="comma-separated groupings")
    ap.add_argument("--comments", choices=("on", "off", "both"), default="on")
    ap.add_argument("--stock", action="store_true", help="the baseline's python-docx as it is")
    ap.add_argument(
        "--kinds", default="project,baseline,plain", help="which to run (project first)"
    )
    ap.add_argument("--run", choices=("project", "baseline", "plain"), help=argparse.SUPPRESS)
    ap.add_argument("--workspace", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--with-comments", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.group_by = args.group_by.split(",")
    if args.run:
        return child(args)

    FOLDER.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in args.sizes.split(",")]
    for n in sizes:
        path = workspace_path(n)
        if not path.exists():
            print(f"workspace {n:>6} paragraphs: built in {build(path, n):.1f} s -> {path}")
    toggles = {"on": [True], "off": [False], "both": [False, True]}[args.comments]
    kinds = ["project"] + [k for k in ("baseline", "plain") if k in args.kinds.split(",")]
    print(
        "medians of each; s/1k: seconds per 1,000 paragraphs (flat when linear); "
        "baseline: python-docx's API writing the same content (its quadratic steps made "
        "constant unless --stock); plain: python-docx add_paragraph of the paragraphs' texts"
    )
    print(
        f"{'paragraphs':>10}  {'brief':<26} {'project s':>9} {'(cpu)':>6} {'baseline s':>10} "
        f"{'ratio':>5} {'plain s':>7} {'ratio':>5}  {'s/1k proj':>9} {'s/1k base':>9}  "
        f"{'peak RSS MB':>11}  comments  pages"
    )
    for group_by in args.group_by:
        for comments in toggles:
            label = f"{group_by}{' +comments' if comments else ''}"
            for n in sizes:
                path = workspace_path(n)
                runs: dict[str, list[dict]] = {k: [] for k in kinds}
                for _ in range(args.rounds):  # in turns: project, baseline, plain, project …
                    for kind, got in runs.items():
                        got.append(spawn(kind, path, group_by, comments, args.stock))
                nan = {"secs": float("nan"), "cpu": float("nan"), "rss_mb": float("nan")}
                p, b, f = (_med(runs.get(k) or [nan]) for k in ("project", "baseline", "plain"))
                rss = "/".join(f"{max(r['rss_mb'] for r in runs[k]):.0f}" for k in runs)
                first = runs["project"][0]
                print(
                    f"{n:>10}  {label:<26} {p:9.2f} {_med(runs['project'], 'cpu'):6.2f} "
                    f"{b:10.2f} {p / b:5.2f} {f:7.2f} {p / f:5.1f}  "
                    f"{p / n * 1000:9.2f} {b / n * 1000:9.2f}  {rss:>11}  "
                    f"{first['comments']:>8}  {first['pages']:>5}",
                    flush=True,
                )
                for kind, got in runs.items():
                    secs = " ".join(f"{r['secs']:.2f}" for r in got)
                    print(f"{'':>12}{kind} runs: {secs}")


if __name__ == "__main__":
    main()

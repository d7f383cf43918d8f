"""Many reviewers at once on a team workspace: throughput, latency, and nothing lost.

A throwaway PostgreSQL cluster (``tests/pg_cluster.py``: initdb, pg_ctl; as root the
server runs as the postgres user), one database made by ``team init``, three real
documents imported by its owner, then N simulated reviewers: each its own process
(spawn) and its own login in ``upr_reviewers``, doing M mixed actions as fast as it
can — tag add/remove, note add/edit, link, decide, reviewed mark, search — on
paragraphs the others work on too.  Each keeps a ledger of what its actions should
have left; at the end the database is read back and compared row by row: expected
vs found, per kind, and the history entries per reviewer.

Baselines in the same run: the same bench with 2 processes on the server, and with
2 processes on one SQLite file (the desktop's workspace; its writers take turns on
the file's lock).
Usage: python bench/bench_team.py [--reviewers 10] [--actions 1000] [--sqlite-processes 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from reviewer.storage.models import (  # noqa: E402
    History,
    Link,
    Note,
    Paragraph,
    ParagraphTag,
    Recommendation,
    Tag,
)
from reviewer.workspace import Workspace, grant_role, init_team  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENTS = [
    FIXTURES / "cango" / "cango-upr4-submission.md",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
]
SYMBOL = "A/HRC/99/1"  # each reviewer links to numbers of its own: N.1 … N.30
WEIGHTS = {
    "tag add": 20,
    "tag remove": 10,
    "note add": 15,
    "note edit": 10,
    "link": 12,
    "decide": 8,
    "reviewed": 10,
    "search": 15,
}
SEARCHES = ["women", "Roma", "educat*", '"human rights"', "water OR housing", "ill-treatment"]


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


class Reviewer:
    """One simulated reviewer: its actions, and the ledger of what they should leave."""

    def __init__(self, ws: Workspace, n: int, every: list[int], own: list[int]):
        self.ws, self.n, self.every, self.own = ws, n, every, own
        self.rng = random.Random(1000 + n)
        self.tags: set[tuple[int, str]] = set()
        self.notes: dict[int, tuple[str, int]] = {}  # id -> (body, revision)
        self.links: dict[tuple[int, str], tuple[int, str]] = {}  # (pid, number) -> (id, status)
        self.reviewed: dict[int, bool] = {}
        self.history = 0  # actions that changed something: one history entry each
        self.surprises: list[str] = []  # an answer the ledger did not expect

    def act(self, kind: str) -> None:
        rng, ws = self.rng, self.ws
        if kind == "tag add":
            pid, name = rng.choice(self.every), f"r{self.n} t{rng.randrange(5)}"
            changed = ws.add_tag(pid, name)
            self._expect(changed == ((pid, name) not in self.tags), kind)
            self.tags.add((pid, name))
            self.history += changed
        elif kind == "tag remove" and self.tags:
            pid, name = rng.choice(sorted(self.tags))
            self._expect(ws.remove_tag(pid, name), kind)
            self.tags.discard((pid, name))
            self.history += 1
        elif kind == "note add":
            row = ws.add_note(rng.choice(self.every), f"r{self.n} note {len(self.notes)}")
            self.notes[row.id] = (row.body, row.revision)
            self.history += 1
        elif kind == "note edit" and self.notes:
            note_id = rng.choice(sorted(self.notes))
            body, revision = self.notes[note_id]
            row = ws.update_note(note_id, body + " +", revision)
            self._expect(row.id == note_id and row.revision == revision + 1, kind)
            self.notes[note_id] = (row.body, row.revision)
            self.history += 1
        elif kind == "link":
            pid, number = rng.choice(self.every), f"{self.n + 1}.{rng.randint(1, 30)}"
            before = self.links.get((pid, number))
            row = ws.link(pid, SYMBOL, number)
            self.history += before is None or before[1] != "confirmed"
            self.links[(pid, number)] = (row.id, "confirmed")
        elif kind == "decide" and self.links:
            key = rng.choice(sorted(self.links))
            link_id, status = self.links[key]
            new = rng.choice(["confirmed", "rejected"])
            self._expect(ws.set_link_status(link_id, new) == status, kind)
            self.history += new != status
            self.links[key] = (link_id, new)
        elif kind == "reviewed":
            pid, flag = rng.choice(self.own), rng.random() < 0.7
            before = ws.set_reviewed(pid, flag)
            self._expect(before == self.reviewed.get(pid, False), kind)
            self.history += before != flag
            self.reviewed[pid] = flag
        elif kind == "search":
            ws.search(rng.choice(SEARCHES), limit=50)

    def _expect(self, ok: bool, kind: str) -> None:
        if not ok:
            self.surprises.append(kind)

    def ledger(self) -> dict:
        return {
            "tags": self.tags,
            "notes": self.notes,
            "links": {k: status for k, (_, status) in self.links.items()},
            "reviewed": self.reviewed,
            "history": self.history,
            "surprises": self.surprises,
        }


def _worker(location, n, every, own, actions, barrier, queue) -> None:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    ws = Workspace.open(location, f"reviewer {n}")
    who = Reviewer(ws, n, every, own)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    try:
        barrier.wait(timeout=300)
        start = time.perf_counter()
        for _ in range(actions):
            kind = who.rng.choices(kinds, weights)[0]
            t = time.perf_counter()
            try:
                who.act(kind)
            except Exception:
                errors.append(f"{kind}: {traceback.format_exc(limit=-2)}")
            latencies[kind].append(time.perf_counter() - t)
        elapsed = time.perf_counter() - start
    finally:
        ws.close()
    queue.put((n, dict(latencies), elapsed, who.ledger(), errors))


def found_in(location: str, authors: list[str]) -> dict:
    with Workspace.open(location) as ws, ws.read() as s:
        tags = {
            (pid, name)
            for pid, name in s.execute(
                select(ParagraphTag.paragraph_id, Tag.name)
                .join(Tag, Tag.id == ParagraphTag.tag_id)
                .where(Tag.name.like("r% t%"))
            )
        }
        notes = {
            i: (body, rev)
            for i, body, rev in s.execute(
                select(Note.id, Note.body, Note.revision).where(Note.author.in_(authors))
            )
        }
        links = {
            (pid, number): status
            for pid, number, status in s.execute(
                select(Link.paragraph_id, Recommendation.number, Link.status)
                .join(Recommendation, Recommendation.id == Link.recommendation_id)
                .where(Recommendation.symbol == SYMBOL)
            )
        }
        reviewed = set(s.scalars(select(Paragraph.id).where(Paragraph.reviewed_at.is_not(None))))
        history = len(s.scalars(select(History.id).where(History.author.in_(authors))).all())
    return {"tags": tags, "notes": notes, "links": links, "reviewed": reviewed, "history": history}


def run(label: str, location: str, every: list[int], processes: int, actions: int, urls=None):
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(processes), ctx.Queue()
    procs = []
    for n in range(processes):
        where = urls[n] if urls else location
        own = every[n::processes]
        args = (where, n, every, own, actions, barrier, queue)
        procs.append(ctx.Process(target=_worker, args=args))
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    results = [queue.get(timeout=3600) for _ in procs]
    for p in procs:
        p.join()
    wall = max(r[2] for r in results)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors = [e for r in results for e in r[4]]
    for r in results:
        for kind, values in r[1].items():
            latencies[kind].extend(values)
    total = sum(len(v) for v in latencies.values())
    print(f"\n[{label}] {processes} processes × {actions} actions: {total} actions in {wall:.1f} s "
          f"= {total / wall:.0f} actions/s (+{time.perf_counter() - t0 - wall:.1f} s starting the processes)")  # fmt: skip
    ms = lambda v: v * 1000  # noqa: E731
    for kind in WEIGHTS:
        v = latencies.get(kind, [])
        if v:
            print(f"  {kind:<11} n={len(v):>5}  p50 {ms(statistics.median(v)):7.1f} ms  "
                  f"p95 {ms(percentile(v, 0.95)):7.1f} ms")  # fmt: skip
    everything = [x for v in latencies.values() for x in v]
    print(f"  all         n={len(everything):>5}  p50 {ms(statistics.median(everything)):7.1f} ms  "
          f"p95 {ms(percentile(everything, 0.95)):7.1f} ms")  # fmt: skip
    # what the ledgers say should be there, against what is
    want = {"tags": set(), "notes": {}, "links": {}, "reviewed": set(), "history": 0}
    surprises = []
    for r in results:
        ledger = r[3]
        want["tags"] |= ledger["tags"]
        want["notes"].update(ledger["notes"])
        want["links"].update(ledger["links"])
        want["reviewed"] |= {pid for pid, flag in ledger["reviewed"].items() if flag}
        want["history"] += ledger["history"]
        surprises += ledger["surprises"]
    got = found_in(location, [f"reviewer {n}" for n in range(processes)])
    lost = 0
    for key in ("tags", "notes", "links", "reviewed"):
        w, g = want[key], got[key]
        if isinstance(w, dict):
            missing = sum(1 for k, v in w.items() if g.get(k) != v)
            extra = sum(1 for k in g if k not in w)
        else:
            missing, extra = len(w - g), len(g - w)
        lost += missing + extra
        print(f"  {key:<9} expected {len(w):>6}  found {len(g):>6}  missing/wrong {missing}  extra {extra}")  # fmt: skip
    lost += abs(want["history"] - got["history"])
    print(f"  history   expected {want['history']:>6}  found {got['history']:>6}")
    print(f"  lost or wrong writes: {lost}; failed actions: {len(errors)}; unexpected answers: "
          f"{len(surprises)}")  # fmt: skip
    if errors:
        print("  first failure:", errors[0])
    return total / wall


def prepare(location: str) -> list[int]:
    with Workspace.open(location, "owner") as ws:
        done, failed = ws.import_files(DOCUMENTS)
        assert not failed, failed
        return [p.id for d in done for p in ws.document(d.document_id).paragraphs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reviewers", type=int, default=10)
    ap.add_argument("--actions", type=int, default=1000)
    ap.add_argument("--sqlite-processes", type=int, default=2)
    args = ap.parse_args()
    from tests.pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        rates = {}
        for processes in (args.reviewers, 2):
            db = cluster.new_database()
            owner = cluster.url(db)
            init_team(owner)
            every = prepare(owner)
            urls = []
            with Workspace.open(owner) as ws:
                for n in range(processes):
                    grant_role(ws, f"bench_{db}_{n}", "reviewer")
                    urls.append(cluster.url(db, user=f"bench_{db}_{n}"))
            print(f"team workspace: {len(every)} paragraphs; reviewers are logins in upr_reviewers")
            label = f"PostgreSQL {cluster.bindir.parent.name}, {processes} reviewers"
            rates[processes] = run(label, owner, every, processes, args.actions, urls)
        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / "w.sqlite")
            every = prepare(path)
            lite = run(f"SQLite, {args.sqlite_processes} processes", path, every,
                       args.sqlite_processes, args.actions)  # fmt: skip
        print(f"\nactions/s: PostgreSQL {args.reviewers} reviewers {rates[args.reviewers]:.0f}, "
              f"2 reviewers {rates[2]:.0f}; SQLite {args.sqlite_processes} processes {lite:.0f} "
              f"(PostgreSQL/SQLite at 2: {rates[2] / lite:.2f}x)")  # fmt: skip
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()

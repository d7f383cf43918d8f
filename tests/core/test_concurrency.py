"""Many reviewers at once, nothing lost: the same workspace written by several processes.

Real OS processes (spawn, as on Windows and macOS) open the same team database (and,
for comparison, the same SQLite file), wait at a barrier, then each tags, notes,
edits its notes, links and decides, and marks reviewed: its own paragraphs and the
ones every process works on.  At the end every write is there, counted row by row
against what each process did, none twice, none lost, no step failed; the history
holds exactly one entry per change that landed.

Two processes importing the same file at once leave one document: the loser is told
"already in the workspace" (``duplicate``), never an error, on both engines and for
both an ordinary document and a file that brings recommendations to the registry.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import Counter

import pytest
from sqlalchemy import func, select

from reviewer.storage.models import (
    Document,
    History,
    Link,
    Note,
    Paragraph,
    ParagraphTag,
    Recommendation,
    Tag,
)
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"
THEMATIC = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
WORKERS = 3
NOTES = 8  # notes each process writes (and then edits), over its own paragraphs
SYMBOL = "A/HRC/99/1"  # no fixture cites it: each link enters its number bare
NUMBERS = ("7.1", "7.2", "7.3")


def _review(ws: Workspace, n: int, own: list[int], every: list[int]):
    """The steps of process ``n``: (what, callable) pairs, run in order."""
    notes: list = []

    def note(i: int):
        row = ws.add_note(own[i % len(own)], f"note {i} of writer {n}")
        notes.append(row)
        return row.id

    for i in range(NOTES):
        yield "note", lambda i=i: note(i)
    for pid in own:
        yield "own tag", lambda pid=pid: ws.add_tag(pid, f"writer {n}")
    for pid in every:  # every process tags every paragraph with the same tag
        yield "shared tag", lambda pid=pid: ws.add_tag(pid, "shared")
    for i in range(NOTES):
        yield (
            "edit",
            lambda i=i: (
                ws.update_note(
                    notes[i].id, f"note {i} of writer {n}, edited", notes[i].revision
                ).revision
            ),
        )
    for pid in own:
        for number in NUMBERS:
            yield "link", lambda pid=pid, number=number: ws.link(pid, SYMBOL, number).id
    for pid in own:
        link_id = next(lk.id for lk in ws.paragraph(pid).links if lk.number == NUMBERS[0])
        yield "decide", lambda link_id=link_id: ws.set_link_status(link_id, "rejected")
    for pid in every:
        yield "reviewed", lambda pid=pid: ws.set_reviewed(pid)
    yield "search", lambda: len(ws.search("South-South"))


def _worker(location: str, n: int, own: list[int], every: list[int], barrier, queue) -> None:
    errors: list[str] = []
    done: list[tuple[str, object]] = []
    ws = Workspace.open(location, f"writer {n}")
    try:
        barrier.wait(timeout=120)
        for what, step in _review(ws, n, own, every):
            try:
                done.append((what, step()))
            except Exception:  # counted and shown by the test, never swallowed
                errors.append(f"{what}: {traceback.format_exc(limit=-3)}")
    finally:
        ws.close()
    queue.put((n, done, errors))


def _importer(location: str, file: str, barrier, queue) -> None:
    ws = Workspace.open(location, "importer")
    try:
        barrier.wait(timeout=120)
        try:
            r = ws.import_file(file)
            queue.put((r.document_id, r.duplicate, None))
        except Exception:
            queue.put((None, None, traceback.format_exc(limit=-4)))
    finally:
        ws.close()


def _run(target, args_of, count: int) -> list:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(count)
    queue = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args_of(i), barrier, queue)) for i in range(count)]
    for p in procs:
        p.start()
    outcomes = [queue.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return outcomes


def test_several_reviewers_at_once_lose_nothing(location):
    where = str(location)
    with Workspace.open(where, "setup") as ws:
        doc = ws.import_file(CANGO_MD).document_id
        every = [p.id for p in ws.document(doc).paragraphs]
    own = {n: every[n::WORKERS] for n in range(WORKERS)}  # distinct paragraphs each

    outcomes = _run(_worker, lambda n: (where, n, own[n], every), WORKERS)

    errors = [e for _, _, errs in outcomes for e in errs]
    assert not errors, f"{len(errors)} steps failed; the first:\n{errors[0]}"
    done = {n: Counter(what for what, _ in steps) for n, steps, _ in outcomes}
    for n in range(WORKERS):
        assert done[n]["note"] == done[n]["edit"] == NOTES
        assert done[n]["link"] == len(own[n]) * len(NUMBERS)
    # exactly one process made each shared change; the others were told "already"
    made = Counter()
    for _, steps, _ in outcomes:
        made.update(what for what, result in steps if what == "shared tag" and result)
        made.update(what for what, result in steps if what == "reviewed" and result is False)
    assert made == {"shared tag": len(every), "reviewed": len(every)}

    with Workspace.open(where) as ws, ws.read() as s:
        notes = s.execute(select(Note.author, Note.body, Note.revision)).all()
        tagged = Counter(
            name
            for (name,) in s.execute(
                select(Tag.name).join(ParagraphTag, ParagraphTag.tag_id == Tag.id)
            ).all()
        )
        links = s.execute(
            select(Link.paragraph_id, Link.status)
            .join(Recommendation, Recommendation.id == Link.recommendation_id)
            .where(Recommendation.symbol == SYMBOL)
        ).all()
        reviewed = s.scalar(
            select(func.count()).select_from(Paragraph).where(Paragraph.reviewed_at.is_not(None))
        )
        history = Counter(s.execute(select(History.action)).scalars())
    assert len(notes) == WORKERS * NOTES
    assert all(b.endswith(", edited") and r == 2 for _, b, r in notes)
    assert Counter(a for a, _, _ in notes) == {f"writer {n}": NOTES for n in range(WORKERS)}
    assert tagged == {"shared": len(every)} | {f"writer {n}": len(own[n]) for n in own}
    assert len(links) == len(every) * len(NUMBERS)
    assert Counter(status for _, status in links) == {
        "rejected": len(every),
        "confirmed": len(every) * (len(NUMBERS) - 1),
    }
    assert reviewed == len(every)
    assert history == {
        "note added": WORKERS * NOTES,
        "note edited": WORKERS * NOTES,
        "tag added": len(every) * 2,  # each paragraph: its writer's tag and "shared"
        "linked": len(every) * len(NUMBERS),
        "link decided": len(every),
        "reviewed": len(every),
        "document imported": 1,
    }


@pytest.mark.parametrize("file", [CANGO_PDF, THEMATIC], ids=["document", "registry"])
def test_two_processes_importing_the_same_file_leave_one_document(location, file):
    where = str(location)
    Workspace.open(where, "setup").close()  # the schema, before the race

    outcomes = _run(_importer, lambda _: (where, str(file)), 2)

    assert [e for _, _, e in outcomes if e] == []
    assert sorted(dup for _, dup, _ in outcomes) == [False, True]
    assert len({doc_id for doc_id, _, _ in outcomes}) == 1
    with Workspace.open(where) as ws, ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 1
        imported = s.scalar(select(func.count()).select_from(History))
    assert imported == (1 if file == CANGO_PDF else 0)  # a registry import has no entry

"""Two writers on one workspace file at the same moment: nothing fails, nothing doubles.

Real OS processes (the spawn context, as on Windows and macOS) each open the same
SQLite workspace, wait at a barrier and then make the same changes in the same
order, so nearly every step is a race between "not there yet" and "just made".
The command line is raced too: many ``tag add`` calls at once, as a script would.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reviewer.storage.models import Link, ParagraphTag, Recommendation, Tag
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
REPO = Path(__file__).resolve().parents[2]
WRITERS = 2
TAG_NAMES = [f"race tag {i}" for i in range(200)]
SHARED_TAGS = [f"shared {i}" for i in range(13)]
SYMBOL = "A/HRC/99/1"  # a report no fixture cites: every link makes a new recommendation
NUMBERS = [f"7.{i}" for i in range(1, 14)]


def _create_tags(ws: Workspace, _paragraphs: list[int]):
    for name in TAG_NAMES:
        yield lambda name=name: (name, ws.create_tag(name).id)


def _add_tags(ws: Workspace, paragraphs: list[int]):
    for name in SHARED_TAGS:
        for pid in paragraphs:
            yield lambda pid=pid, name=name: (pid, name, ws.add_tag(pid, name))


def _link(ws: Workspace, paragraphs: list[int]):
    def one(pid: int, number: str) -> tuple:
        row = ws.link(pid, SYMBOL, number)
        return (pid, row.symbol, row.number, row.id, row.recommendation_id)

    for number in NUMBERS:
        for pid in paragraphs:
            yield lambda pid=pid, number=number: one(pid, number)


JOBS = {"create_tags": _create_tags, "add_tags": _add_tags, "link": _link}


def _writer(path: str, job: str, paragraphs: list[int], author: str, barrier, queue) -> None:
    """Runs in a spawned process: one Workspace, one job, every failed step counted."""
    errors: list[str] = []
    results: list = []
    ws = Workspace.open(path, author)
    try:
        barrier.wait(timeout=60)
        for step in JOBS[job](ws, paragraphs):
            try:
                results.append(step())
            except Exception:  # counted and reported by the test, never swallowed
                errors.append(traceback.format_exc(limit=-3))
    finally:
        ws.close()
    queue.put((author, results, errors))


def _race(path: Path, job: str, paragraphs: list[int]) -> list[tuple]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WRITERS)
    queue = ctx.Queue()
    procs = [
        ctx.Process(
            target=_writer, args=(str(path), job, paragraphs, f"writer {n}", barrier, queue)
        )
        for n in range(WRITERS)
    ]
    for p in procs:
        p.start()
    outcomes = [queue.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return outcomes


@pytest.fixture
def workspace(tmp_path) -> tuple[Path, list[int]]:
    path = tmp_path / "w.sqlite"
    with Workspace.open(path, "setup") as ws:
        done, failed = ws.import_files([CANGO_MD])
        assert not failed
        paragraphs = [p.id for p in ws.document(done[0].document_id).paragraphs]
    assert len(paragraphs) == 16
    return path, paragraphs


def _assert_no_errors(outcomes) -> None:
    errors = [e for _, _, errors in outcomes for e in errors]
    steps = sum(len(results) for _, results, _ in outcomes) + len(errors)
    assert not errors, f"{len(errors)} of {steps} steps failed; the first:\n{errors[0]}"


def test_two_processes_create_the_same_200_tags(workspace):
    path, paragraphs = workspace
    outcomes = _race(path, "create_tags", paragraphs)
    _assert_no_errors(outcomes)
    with Workspace.open(path) as ws, ws.read() as s:
        rows = s.execute(select(Tag.name, func.count()).group_by(Tag.name)).all()
        ids = dict(s.execute(select(Tag.name, Tag.id)).all())
    assert sorted(rows) == sorted((name, 1) for name in TAG_NAMES)
    for _, results, _ in outcomes:  # both writers were told the one tag's id
        assert results == [(name, ids[name]) for name in TAG_NAMES]


def test_two_processes_tag_the_same_paragraphs(workspace):
    path, paragraphs = workspace
    outcomes = _race(path, "add_tags", paragraphs)
    _assert_no_errors(outcomes)
    with Workspace.open(path) as ws, ws.read() as s:
        tags = s.execute(select(Tag.name, func.count()).group_by(Tag.name)).all()
        pairs = s.execute(
            select(ParagraphTag.paragraph_id, Tag.name).join(Tag, Tag.id == ParagraphTag.tag_id)
        ).all()
    assert sorted(tags) == sorted((name, 1) for name in SHARED_TAGS)
    expected = sorted((pid, name) for name in SHARED_TAGS for pid in paragraphs)
    assert sorted(pairs) == expected  # each once: the primary key would refuse a second
    # exactly one writer made each change; the other was told "already there"
    winners: dict[tuple[int, str], int] = {}
    for _, results, _ in outcomes:
        assert len(results) == len(expected)
        for pid, name, changed in results:
            winners[(pid, name)] = winners.get((pid, name), 0) + int(changed)
    assert set(winners.values()) == {1}


def test_two_processes_make_the_same_manual_links(workspace):
    path, paragraphs = workspace
    outcomes = _race(path, "link", paragraphs)
    _assert_no_errors(outcomes)
    with Workspace.open(path) as ws, ws.read() as s:
        recs = s.execute(
            select(Recommendation.number, func.count())
            .where(Recommendation.symbol == SYMBOL)
            .group_by(Recommendation.number)
        ).all()
        links = s.execute(
            select(Link.paragraph_id, Recommendation.number, Link.id, Link.status)
            .join(Recommendation, Recommendation.id == Link.recommendation_id)
            .where(Recommendation.symbol == SYMBOL)
        ).all()
    assert sorted(recs) == sorted((n, 1) for n in NUMBERS)
    assert sorted((pid, n) for pid, n, _, _ in links) == sorted(
        (pid, n) for n in NUMBERS for pid in paragraphs
    )
    assert {status for *_, status in links} == {"confirmed"}
    link_ids = {(pid, n): link_id for pid, n, link_id, _ in links}
    for _, results, _ in outcomes:  # both writers got the one row back
        assert len(results) == len(link_ids)
        for pid, symbol, number, link_id, _rec in results:
            assert symbol == SYMBOL and link_ids[(pid, number)] == link_id


CLI_AT_ONCE = 8


@pytest.mark.slow
def test_many_concurrent_cli_tag_calls(workspace, request):
    """Every call exits 0 with its JSON; duplicates say "no change", none "unexpected error".

    ~1 s of start-up per call on two cores: 48 calls by default, 104 with --slow.
    """
    CLI_CALLS = 104 if request.config.getoption("--slow") else 48
    path, paragraphs = workspace
    # neighbours in the list run together: 13 new tags, each on 4 paragraphs, each twice
    calls = [
        (pid, f"cli tag {t}")
        for t in range(CLI_CALLS // 8)
        for pid in paragraphs[:4]
        for _ in (0, 1)
    ]
    assert len(calls) == CLI_CALLS
    env = dict(os.environ, PYTHONPATH=str(REPO))
    running: list[tuple[tuple[int, str], subprocess.Popen]] = []
    finished: list[tuple[tuple[int, str], int, str, str]] = []
    pending = list(calls)
    while pending or running:
        while pending and len(running) < CLI_AT_ONCE:
            pid, name = pending.pop(0)
            argv = [sys.executable, "-m", "reviewer", "--workspace", str(path), "tag", "add"]
            argv += ["--paragraph", str(pid), name, "--json"]
            proc = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
            )
            running.append(((pid, name), proc))
        still = []
        for key, proc in running:
            if proc.poll() is None:
                still.append((key, proc))
            else:
                out, err = proc.communicate()
                finished.append((key, proc.returncode, out, err))
        running = still
        time.sleep(0.01)
    failures = [(key, code, err) for key, code, _, err in finished if code != 0 or err]
    assert not failures, f"{len(failures)} of {CLI_CALLS} calls failed: {failures[:3]}"
    assert len(finished) == CLI_CALLS
    winners: dict[tuple[int, str], int] = {}
    for (pid, name), _, out, _ in finished:
        data = json.loads(out)
        assert data["paragraph_id"] == pid and data["tag"] == name and data["action"] == "add"
        winners[(pid, name)] = winners.get((pid, name), 0) + int(data["changed"])
    assert set(winners.values()) == {1} and len(winners) == CLI_CALLS // 2
    with Workspace.open(path) as ws, ws.read() as s:
        tags = s.execute(
            select(Tag.name, func.count()).where(Tag.name.like("cli tag %")).group_by(Tag.name)
        ).all()
        pairs = s.execute(
            select(ParagraphTag.paragraph_id, Tag.name)
            .join(Tag, Tag.id == ParagraphTag.tag_id)
            .where(Tag.name.like("cli tag %"))
        ).all()
    assert sorted(tags) == sorted({(name, 1) for _, name in calls})
    assert sorted(pairs) == sorted(set(calls))

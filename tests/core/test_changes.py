"""Writes say what they changed: the Changes the window refreshes from."""

import pytest

from reviewer.workspace import BadInput, Changes, Workspace
from tests.conftest import FIXTURES


@pytest.fixture
def ws(location):
    with Workspace.open(location, author="Ana") as ws:
        ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        yield ws


def kinds(c: Changes) -> set[str]:
    return {k for k, v in c.as_dict().items() if v is True}


def test_an_import_changes_documents_links_and_registry(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        assert not ws.take_changes()
        ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        c = ws.take_changes()
        assert {"documents", "links", "registry"} <= kinds(c) and "tags" not in kinds(c)
        assert len(c.paragraphs) == 16
        assert not ws.take_changes()  # taken: nothing left


def test_each_review_action_names_its_kind_and_paragraph(ws):
    ws.take_changes()
    pid = ws.document(1).paragraphs[2].id
    ws.add_tag(pid, "women")
    assert kinds(ws.take_changes()) == {"tags"}
    ws.add_note(pid, "check")
    c = ws.take_changes()
    assert kinds(c) == {"notes"} and c.paragraphs == {pid}
    ws.set_reviewed(pid, True)
    c = ws.take_changes()
    assert "reviewed" in kinds(c) and c.touches(pid) and "documents" not in kinds(c)
    ws.link(pid, "A/HRC/40/6", "28.5")
    c = ws.take_changes()
    assert "links" in kinds(c) and c.touches(pid)
    ws.remove_tag(pid, "women")
    assert ws.take_changes().touches(pid)
    ws.documents()
    ws.search("South-South")
    assert not ws.take_changes()  # reading changes nothing


def test_a_failed_write_changes_nothing(ws):
    ws.take_changes()
    pid = ws.document(1).paragraphs[2].id
    with pytest.raises(BadInput):
        ws.add_note(pid, "   ")
    with pytest.raises(BadInput):
        ws.link(pid, "A/HRC/40/6", "not a number")
    assert not ws.take_changes()


def test_changes_combine_and_everything_touches_all():
    a = Changes(tags=True, paragraphs=frozenset({1}))
    b = Changes(notes=True, paragraphs=frozenset({2}))
    assert kinds(a | b) == {"tags", "notes"} and (a | b).paragraphs == {1, 2}
    assert Changes.everything().touches(12345) and not Changes().touches(1)
    assert not Changes() and Changes(registry=True)

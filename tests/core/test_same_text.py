"""The same submission in another format (or a copy under another name) is said to be
the document already there, never made its new version; it may be skipped.

The CANGO submission exists as .docx, .pdf, .md and .txt (tests/fixtures/cango).
"""

from __future__ import annotations

import re

import pytest

from reviewer.workspace import SAME_TEXT_SKIP, Workspace
from tests.conftest import FIXTURES
from tests.core.version_helpers import edit_words, load, save

CANGO = FIXTURES / "cango"
FORMATS = ("docx", "pdf", "md", "txt")


@pytest.fixture
def location(tmp_path):
    """A file only: comparing texts do not depend on the engine (test_cli_reviews exports a
    brief from both, and the workspace and review tests run on both)."""
    return tmp_path / "w.sqlite"


def cango(ext: str):
    return CANGO / f"cango-upr4-submission.{ext}"


@pytest.fixture
def ws(location):
    w = Workspace.open(location, "Ana")
    yield w
    w.close()


@pytest.mark.parametrize(
    ("first", "then"), [("docx", "pdf"), ("pdf", "md"), ("md", "txt"), ("txt", "docx")]
)
def test_another_format_is_the_same_text_and_a_document_of_its_own(ws, first, then):
    there = ws.import_file(cango(first))
    r = ws.import_file(cango(then))
    assert r.same_text is not None and not r.skipped
    assert r.same_text.document_id == there.document_id
    assert r.same_text.file == cango(first).name and r.same_text.format == first
    assert r.same_text.share >= 0.9
    assert r.document_id != there.document_id and r.versioning is None
    assert len(ws.versions(there.document_id)) == 1  # not made its new version
    assert len(ws.documents()) == 2


def test_skipping_stores_nothing_and_holds_the_text_to_import_after_all(ws):
    there = ws.import_file(cango("docx"))
    hits = len(ws.search("South-South"))
    for ext in ("pdf", "md", "txt"):
        r = ws.import_file(cango(ext), if_same_text=SAME_TEXT_SKIP)
        assert r.skipped and r.same_text is not None
        assert r.document_id == there.document_id and r.paragraphs == 0
        assert r.held is not None and r.held.format == ext
    assert [d.id for d in ws.documents()] == [there.document_id]
    assert len(ws.search("South-South")) == hits  # no hit twice
    held = ws.import_file(cango("pdf"), if_same_text=SAME_TEXT_SKIP).held
    after_all = ws.import_parsed(held, "cango.pdf", new_document=True)
    assert not after_all.skipped and after_all.same_text is not None
    assert len(ws.documents()) == 2 and len(ws.search("South-South")) == 2 * hits


def test_a_copy_in_the_same_format_under_another_name(ws, tmp_path):
    there = ws.import_file(cango("txt"))
    text = cango("txt").read_text(encoding="utf-8")
    copy = tmp_path / "cango copy.txt"
    copy.write_text(text.replace("\n", "  \r\n"), encoding="utf-8")  # other bytes, same text
    r = ws.import_file(copy)
    assert r.same_text is not None and r.same_text.document_id == there.document_id
    assert r.document_id != there.document_id


def test_a_redraft_is_still_a_new_version(ws, tmp_path):
    """The same file name saved again, or another name with a paragraph changed."""
    there = ws.import_file(cango("docx"))
    doc = load()
    edit_words(doc, 5, "contribution made", "efforts made")
    saved_again = ws.import_file(save(doc, tmp_path / "again" / cango("docx").name))
    assert saved_again.same_text is None and saved_again.version == 2
    edit_words(doc, 3, "We appreciate", "We note")
    renamed = ws.import_file(save(doc, tmp_path / "cango-v3.docx"))
    assert renamed.same_text is None and renamed.version == 3
    assert renamed.document_id == there.document_id


def test_another_format_with_much_rewritten_is_not_the_same_text(ws, tmp_path):
    there = ws.import_file(cango("docx"))
    text = cango("md").read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    longest = sorted(range(len(paragraphs)), key=lambda i: -len(paragraphs[i]))[:3]
    for i in longest:  # the three longest paragraphs said in other words
        paragraphs[i] = re.sub(r"\w+", lambda m: m.group(0)[::-1], paragraphs[i])
    rewritten = tmp_path / "cango-upr4-submission.md"
    rewritten.write_text("\n\n".join(paragraphs), encoding="utf-8")
    r = ws.import_file(rewritten)
    assert r.same_text is None
    assert r.version == 2 and r.document_id == there.document_id  # a new version, as before


def test_a_person_naming_the_document_makes_it_a_version(ws):
    there = ws.import_file(cango("docx"))
    r = ws.import_file(cango("pdf"), as_version_of=there.document_id)
    assert r.same_text is None and r.version == 2


def test_the_very_file_again_is_a_duplicate_naming_the_document(ws, tmp_path):
    there = ws.import_file(cango("pdf"))
    r = ws.import_file(cango("pdf"))
    assert r.duplicate and r.document_id == there.document_id and r.title == there.title
    assert r.same_text is None and not r.skipped

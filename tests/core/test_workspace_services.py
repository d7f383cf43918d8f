"""``Workspace`` is services over one store: they share it, and see its author change."""

from sqlalchemy import select

from reviewer.ingest.model import MarkerRef, ParsedDocument, ParsedFootnote, ParsedParagraph
from reviewer.storage.models import Document, Link, ParagraphTag
from reviewer.workspace import Workspace


def _doc(sha: str) -> ParsedDocument:
    return ParsedDocument(
        title=f"Submission {sha}",
        format="md",
        file_name=f"{sha}.md",
        sha256=sha * 64,
        paragraphs=(
            ParsedParagraph(
                0, "1", "body", "Poverty alleviation continued.", markers=(MarkerRef("1", 29),)
            ),
        ),
        footnotes=(ParsedFootnote("1", "A/HRC/40/6, 28.294: Continue poverty work (India)."),),
    )


def test_services_share_one_store_and_name_what_they_call(location):
    with Workspace.open(location, author="Ana") as ws:
        services = (ws.queries, ws.filters, ws.registry, ws.review, ws.importer)
        assert all(s.store is ws.store for s in services)
        assert ws.importer.review is ws.review
        assert (ws.path, ws.engine, ws.author) == (ws.store.path, ws.store.engine, "Ana")
        ws.backup_keep = 3
        assert ws.store.backup_keep == 3


def test_a_new_author_signs_everything_written_after_the_change(location):
    with Workspace.open(location, author="Ana") as ws:
        first = ws.import_parsed(_doc("a"))
        ws.author = "Ben"  # the window's "Reviewer name…"
        second = ws.import_parsed(_doc("b"))
        pid = ws.paragraph_ids(first.document_id)[0]
        ws.add_tag(pid, "poverty")
        note = ws.add_note(pid, "Check the 2023 figures")
        link = ws.link(pid, "A/HRC/40/6", "28.9")
        with ws.read() as s:
            imported_by = dict(s.execute(select(Document.id, Document.imported_by)).all())
            tagged_by = s.scalar(select(ParagraphTag.created_by))
            link_by = s.scalar(select(Link.created_by).where(Link.id == link.id))
        cited = next(lk for lk in ws.paragraph(pid).links if lk.number == "28.294")
        with ws.read() as s:
            footnote_link_by = s.scalar(select(Link.created_by).where(Link.id == cited.id))
    assert imported_by == {first.document_id: "Ana", second.document_id: "Ben"}
    assert (tagged_by, note.author, link_by) == ("Ben", "Ben", "Ben")
    assert footnote_link_by == "Ana"  # made by the import, before the change

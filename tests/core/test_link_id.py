"""``Workspace.link_id``: a paragraph's link to one recommendation found by one read (the
window's undo asks it), the same link the paragraph lists, on both engines."""

from __future__ import annotations

from reviewer.workspace import Workspace


def test_link_id_is_the_link_the_paragraph_lists(location, fixtures):
    with Workspace.open(location, author="undo") as ws:
        ws.import_file(fixtures / "cango" / "cango-upr4-submission.md")
        doc = ws.documents()[0]
        paragraphs = ws.paragraphs(ws.paragraph_ids(doc.id))
        cited = next(p for p in paragraphs if p.links)
        for link in cited.links:
            assert ws.link_id(cited.id, link.symbol, link.number) == link.id
        # as a person types them: spaces, a trailing full stop, the symbol's other spellings
        link = cited.links[0]
        assert ws.link_id(cited.id, f" {link.symbol.lower()} ", f"{link.number}.") == link.id
        other = next(p for p in paragraphs if p.id != cited.id and not p.links)
        assert ws.link_id(other.id, link.symbol, link.number) is None
        assert ws.link_id(cited.id, link.symbol, "99.999") is None
        made = ws.link(other.id, link.symbol, link.number)
        assert ws.link_id(other.id, link.symbol, link.number) == made.id
        ws.unlink(made.id)
        assert ws.link_id(other.id, link.symbol, link.number) is None

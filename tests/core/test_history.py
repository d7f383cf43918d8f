"""Every review action is in the history, with its reviewer and time; a note edited by
two people at once keeps both texts.  On a file and on a PostgreSQL database."""

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"


def _paragraph(ws, label="6"):
    doc = ws.documents()[0]
    return next(p for p in ws.document(doc.id).paragraphs if p.label == label)


def test_each_review_action_is_recorded_with_who_and_when(location, capsys):
    with Workspace.open(location, author="Ana") as ws:
        ws.import_file(CANGO)
        p = _paragraph(ws)
        ws.add_tag(p.id, "Torture")
        ws.add_passage_tag(p.id, "Torture", 0, 10)
        note = ws.add_note(p.id, "check the figures")
        ws.set_reviewed(p.id, True)
        link = ws.link(p.id, "A/HRC/40/6", "28.12")
        ws.set_link_status(link.id, "rejected")
        ws.author = "Mei Lin"
        ws.update_note(note.id, "figures checked", base_revision=note.revision)
        ws.remove_tag(p.id, "Torture")
        ws.unlink(link.id)
        ws.delete_note(note.id)
        rows = ws.history(paragraph_id=p.id)
        doc_id = ws.documents()[0].id
        location_arg = ws.location
    assert [h.action for h in rows] == [
        "note deleted",
        "unlinked",
        "tag removed",
        "note edited",
        "link decided",
        "linked",
        "reviewed",
        "note added",
        "passage tagged",
        "tag added",
    ]
    assert {h.author for h in rows[:4]} == {"Mei Lin"} and {h.author for h in rows[4:]} == {"Ana"}
    assert all(h.paragraph_id == p.id for h in rows)
    assert rows[3].text == "edited a note: “figures checked” (was “check the figures”)"
    assert rows[4].text == "rejected the link to A/HRC/40/6, 28.12"
    assert rows[-1].text == "tagged “Torture”"
    assert rows[-2].detail["quote"] == p.text[0:10]
    assert all(a.at >= b.at for a, b in zip(rows, rows[1:], strict=False))

    code, data, _ = cli(capsys, location_arg, "history", "--paragraph", str(p.id))
    assert code == 0 and [h["action"] for h in data] == [h.action for h in rows]
    assert set(data[0]) == {
        "id", "at", "author", "action", "paragraph_id", "document_id", "uid", "detail", "text",
    }  # fmt: skip
    code, data, _ = cli(capsys, location_arg, "history", "--document", str(doc_id))
    assert code == 0 and data[-1]["action"] == "document imported"
    code, data, _ = cli(capsys, location_arg, "history", "--author", "Mei Lin")
    assert code == 0 and len(data) == 4


def test_a_note_saved_by_a_colleague_meanwhile_is_kept_beside_not_overwritten(location, capsys):
    with Workspace.open(location, author="Ana") as ana:
        ana.import_file(CANGO)
        p = _paragraph(ana)
        note = ana.add_note(p.id, "first text")
        where = ana.location
    # Mei Lin opens the same note, so does Ana; Mei Lin saves first
    with Workspace.open(where, author="Mei Lin") as mei:
        seen_by_mei = mei.notes(p.id)[0]
        saved = mei.update_note(note.id, "Mei's text", base_revision=seen_by_mei.revision)
        assert saved.kept_beside is None and saved.revision == 2
    with Workspace.open(where, author="Ana") as ana:
        mine = ana.update_note(note.id, "Ana's text", base_revision=note.revision)
        assert mine.kept_beside == note.id and mine.id != note.id
        texts = {n.id: (n.body, n.author) for n in ana.notes(p.id)}
        # the note keeps its author (the history says who edited it)
        assert texts == {note.id: ("Mei's text", "Ana"), mine.id: ("Ana's text", "Ana")}
        kept = ana.history(paragraph_id=p.id)[0]
        assert kept.action == "note kept beside" and kept.detail["theirs"] == "Mei's text"
        # an edit from the note's current revision is an ordinary save
        again = ana.update_note(note.id, "agreed text", base_revision=2)
        assert again.kept_beside is None and again.revision == 3
    # the command line: the revision 'note list' gives; an old one keeps both
    code, data, _ = cli(capsys, where, "note", "edit", str(note.id), "late", "--revision", "1")
    assert code == 0 and data["kept_beside"] == note.id and data["text"] == "late"
    code, data, _ = cli(capsys, where, "note", "list", "--paragraph", str(p.id))
    assert sorted(n["text"] for n in data) == ["Ana's text", "agreed text", "late"]
    assert {n["revision"] for n in data if n["text"] == "agreed text"} == {3}

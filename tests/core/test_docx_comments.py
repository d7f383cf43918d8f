"""Comments written with a counter: the same XML python-docx writes, ids unique and
after any the document already had, Word's anchors in place, read back by python-docx."""

import datetime as dt

import docx

from reviewer.export.docx_comments import CommentWriter


def test_comments_continue_after_the_documents_own_and_read_back(tmp_path):
    doc = docx.Document()
    p = doc.add_paragraph()
    runs = [p.add_run("first words "), p.add_run("and more")]
    doc.add_comment(runs[0], text="python-docx's own", author="A", initials="A")
    writer = CommentWriter(doc)
    when = dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC)
    for i in range(3):
        writer.add(runs, f"note {i}\nsecond line", "Mei Lin", "ML", when)
    writer.add([runs[1]], "", "Ana", "A", when)  # an empty text: the reference alone
    doc.save(tmp_path / "c.docx")

    back = docx.Document(tmp_path / "c.docx")
    comments = list(back.comments)
    assert [c.comment_id for c in comments] == [0, 1, 2, 3, 4]
    assert [c.text for c in comments][:2] == ["python-docx's own", "note 0\nsecond line"]
    assert {c.author for c in comments[1:4]} == {"Mei Lin"} and comments[1].initials == "ML"
    assert comments[1].timestamp == when.replace(tzinfo=None) or comments[1].timestamp == when
    body = back.element.body.xml
    for cid in range(5):  # each anchored: range start, end and the reference run
        assert f'w:commentRangeStart w:id="{cid}"' in body
        assert f'w:commentReference w:id="{cid}"' in body


def test_a_brief_with_many_notes_numbers_and_anchors_every_comment(tmp_path):
    """Notes on every paragraph, several on some (on the whole paragraph, on spans that
    nest and overlap, over lines and tabs), a brief by recommendation where paragraphs
    come back: each note one comment, ids 0..n-1 in the order they are anchored,
    each with one range start, one end and one reference, around the words noted."""
    import random

    from docx.oxml.ns import qn

    from reviewer.export import BriefOptions, export_brief
    from tests.core.brief_helpers import build
    from tests.core.test_export_brief import anchored_text

    ws = build(tmp_path / "w.sqlite", thematic=True)  # four notes already
    rng = random.Random(3)
    paragraphs = [p for d in ws.documents() for p in ws.document(d.id).paragraphs]
    for p in paragraphs:
        for k in rng.sample(range(1, 40), rng.randint(1, 2)):  # cited under one or two
            ws.link(p.id, "A/HRC/40/6", f"28.{k}")
        for i in range(rng.randint(2, 7)):
            body = f"note {p.id}.{i}" + rng.choice(["", "\nline two", "\ttab"])
            if i and len(p.text) > 20:
                start = rng.randint(0, len(p.text) // 2)
                ws.add_note(p.id, body, span=(start, rng.randint(start + 1, len(p.text))))
            else:
                ws.add_note(p.id, body)
    text = {p.id: p.text for p in paragraphs}
    expected = {
        n.body: n.quote if n.quote is not None else text[n.paragraph_id] for n in ws.notes()
    }
    out = tmp_path / "brief.docx"
    summary = export_brief(ws, out, BriefOptions(group_by="recommendation", comments=True))
    doc = docx.Document(str(out))
    body = doc.element.body
    starts = [int(e.get(qn("w:id"))) for e in body.iter(qn("w:commentRangeStart"))]
    ends = [int(e.get(qn("w:id"))) for e in body.iter(qn("w:commentRangeEnd"))]
    refs = [int(e.get(qn("w:id"))) for e in body.iter(qn("w:commentReference"))]
    comments = {c.comment_id: c for c in doc.comments}
    n = summary.comments
    assert n == len(comments) == len(expected) > 60
    assert sorted(starts) == sorted(ends) == sorted(refs) == list(range(n))
    # numbered paragraph by paragraph in the order of the brief: each paragraph's ids
    # run on from the previous paragraph's
    per_paragraph = [
        sorted(int(e.get(qn("w:id"))) for e in p._p.iter(qn("w:commentRangeStart")))
        for p in doc.paragraphs
    ]
    numbered = [ids for ids in per_paragraph if ids]
    assert [i for ids in numbered for i in ids] == list(range(n))
    assert max(len(ids) for ids in numbered) > 3  # several on one paragraph
    for p in doc.paragraphs:
        for start in p._p.iter(qn("w:commentRangeStart")):
            c = comments.pop(int(start.get(qn("w:id"))))
            assert anchored_text(p, start.get(qn("w:id"))) == expected.pop(c.text)
    assert comments == {}
    ws.close()

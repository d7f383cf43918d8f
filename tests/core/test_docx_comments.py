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

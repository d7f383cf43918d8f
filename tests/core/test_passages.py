"""Tags and notes on passages of a paragraph, on a real workspace: offsets checked
against the paragraph's text, add and remove (and restore, as undo does), what a
paragraph's row and the command line's JSON carry, the tag filter and counts, and
passages following their paragraph into a new version of its document."""

from __future__ import annotations

import shutil

import pytest

from reviewer.workspace import BadInput, NotFound, Workspace
from tests.core import version_helpers as vh
from tests.core.cli_helpers import cli

NAME = vh.CANGO_DOCX.name
# non-ASCII, letters outside the BMP (two UTF-16 units each), combining accents, a
# footnote marker in the middle of the paragraph
UNICODE_MD = (
    "1. Les défenseurs des droits 👩‍⚖️ à Ürümqi ont reçu 𝒜 l’aide promise[^1] "
    "mais « la loi n° 12 » tarde (e\u0301tude).\n\n"
    "[^1]: A/HRC/40/6, recommandation 28.294.\n"
)


@pytest.fixture
def ws(tmp_path, location):
    v1 = tmp_path / "v1" / NAME
    v1.parent.mkdir()
    shutil.copy(vh.CANGO_DOCX, v1)
    with Workspace.open(location, author="Mei Lin") as w:
        w.import_file(v1)
        w.take_changes()
        yield w


def by_label(ws, doc_id=1):
    return {p.label or f"#{p.seq}": p for p in ws.document(doc_id).paragraphs}


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_add_a_passage_tag_and_read_it_back(ws):
    p = by_label(ws)["4"]
    start, end = span_of(p.text, "gender disparities in education")
    row, made = ws.add_passage_tag(p.id, "  education  gap ", start, end)
    assert made and row.tag == "education gap" and row.text == "gender disparities in education"
    assert (row.start, row.end, row.author) == (start, end, "Mei Lin") and row.created_at
    assert row.colour and row.uid
    # the tag was made, as add_tag makes one; it counts the paragraph
    assert [(t.name, t.paragraphs) for t in ws.tags()] == [("education gap", 1)]
    # the paragraph's row carries it; no whole-paragraph tag came with it
    fresh = ws.paragraph(p.id)
    assert fresh.tags == () and [x.uid for x in fresh.passages] == [row.uid]
    assert ws.passages(p.id) == [row]
    # the window hears of it: tags changed, on that paragraph
    c = ws.take_changes()
    assert c.tags and c.touches(p.id) and not c.all_paragraphs
    # again: already there, the same row
    again, made = ws.add_passage_tag(p.id, "education gap", start, end)
    assert not made and again == row and len(ws.paragraph(p.id).passages) == 1


def test_passages_are_listed_in_text_order_and_the_tag_filter_finds_them(ws):
    p = by_label(ws)
    text = p["6"].text
    late = span_of(text, "South-South cooperation")
    early = span_of(text, "climate change")
    ws.add_passage_tag(p["6"].id, "climate", *late)
    ws.add_passage_tag(p["6"].id, "climate", *early)
    ws.add_passage_tag(p["6"].id, "cooperation", *late)
    ws.add_tag(p["5"].id, "climate")
    rows = ws.paragraph(p["6"].id).passages
    assert [(r.start, r.tag) for r in rows] == [
        (early[0], "climate"),
        (late[0], "climate"),
        (late[0], "cooperation"),
    ]
    # one paragraph tagged on the whole, one on passages: both carry "climate"
    assert {t.name: t.paragraphs for t in ws.tags()} == {"climate": 2, "cooperation": 1}
    assert ws.paragraph_ids_filtered(document_id=1, tag="climate") == [p["5"].id, p["6"].id]
    assert ws.paragraph_ids_filtered(document_id=1, tag="cooperation") == [p["6"].id]


@pytest.mark.parametrize(
    ("start", "end", "says"),
    [
        (-1, 5, "outside paragraph"),
        (10, 10_000, "outside paragraph"),
        (12, 12, "at least one character"),
        (20, 12, "at least one character"),
        ("3", 9, "whole number"),
        (2.0, 9, "whole number"),
        (None, 9, "whole number"),
    ],
)
def test_offsets_outside_the_text_are_refused_clearly(ws, start, end, says):
    p = by_label(ws)["4"]
    with pytest.raises(BadInput, match=says):
        ws.add_passage_tag(p.id, "gap", start, end)
    with pytest.raises(BadInput, match=says):
        ws.add_note(p.id, "a note", start=start, end=end)
    # nothing was written: no tag made, no note
    assert ws.tags() == [] and ws.notes(p.id) == []
    assert not ws.take_changes()


def test_only_spaces_unknown_paragraphs_and_tags_are_refused(ws):
    p = by_label(ws)["4"]
    space = p.text.index(" ")
    with pytest.raises(BadInput, match="only spaces"):
        ws.add_passage_tag(p.id, "gap", space, space + 1)
    with pytest.raises(BadInput, match="a tag needs a name"):
        ws.add_passage_tag(p.id, "  ", 0, 5)
    with pytest.raises(NotFound, match="no paragraph with id 99999"):
        ws.add_passage_tag(99_999, "gap", 0, 5)
    with pytest.raises(NotFound, match="no tag named 'nothing'"):
        ws.remove_passage_tag(p.id, "nothing", 0, 5)
    assert ws.tags() == []


def test_remove_hands_back_the_row_and_adding_it_again_restores_it(ws):
    p = by_label(ws)["2"]
    start, end = span_of(p.text, "gender equality")
    row, _ = ws.add_passage_tag(p.id, "gender", start, end)
    ws.add_tag(p.id, "gender")  # the whole paragraph too: untouched by the passage's removal
    gone = ws.remove_passage_tag(p.id, "gender", start, end)
    assert gone == row and ws.paragraph(p.id).passages == ()
    assert [t.name for t in ws.paragraph(p.id).tags] == ["gender"]
    assert ws.remove_passage_tag(p.id, "gender", start, end) is None  # already gone
    # undo: the same uid, time and author, whoever restores it
    ws.author = "Someone Else"
    back, made = ws.add_passage_tag(
        p.id, "gender", start, end, uid=row.uid, created_at=row.created_at, author=row.author
    )
    assert made and back.uid == row.uid and back.created_at == row.created_at
    assert back.author == "Mei Lin" and ws.paragraph(p.id).passages == (back,)


def test_a_passage_note_keeps_its_span_and_quote(ws):
    p = by_label(ws)["3"]
    start, end = span_of(p.text, "national development plan")
    note = ws.add_note(p.id, "Which plan exactly?", start=start, end=end)
    assert (note.span_start, note.span_end, note.quote) == (start, end, "national development plan")
    whole = ws.add_note(p.id, "On the whole paragraph")
    assert (whole.span_start, whole.quote) == (None, None)
    rows = ws.paragraph(p.id).notes
    assert [(n.body, n.quote) for n in rows] == [
        ("Which plan exactly?", "national development plan"),
        ("On the whole paragraph", None),
    ]
    assert ws.notes(p.id)[0].quote == "national development plan"
    # the older spelling, span=(start, end), is the same thing
    assert ws.add_note(p.id, "again", span=(start, end)).quote == "national development plan"


def test_offsets_count_code_points_in_unicode_text(tmp_path):
    with Workspace.open(tmp_path / "u.sqlite", author="Ana") as w:
        r = w.import_bytes(UNICODE_MD.encode("utf-8"), "unicode.md")
        [p] = [x for x in w.document(r.document_id).paragraphs if x.label == "1"]
        assert [f.marker for f in p.footnotes] == ["1"]
        for words in ("👩‍⚖️ à Ürümqi", "reçu 𝒜 l’aide", "(e\u0301tude)"):
            start, end = span_of(p.text, words)
            row, _ = w.add_passage_tag(p.id, "unicode", start, end)
            assert row.text == words
            note = w.add_note(p.id, f"on {words}", start=start, end=end)
            assert note.quote == words
        assert [x.text for x in w.paragraph(p.id).passages] == [
            "👩‍⚖️ à Ürümqi",
            "reçu 𝒜 l’aide",
            "(e\u0301tude)",
        ]


def test_the_command_line_tags_and_notes_passages(ws, capsys):
    p = by_label(ws)["4"]
    start, end = span_of(p.text, "primary educational stage")
    path = ws.location
    code, data, _ = cli(
        capsys, path, "--author", "Mei Lin", "tag", "add", "--paragraph", str(p.id), "stage",
        "--start", str(start), "--end", str(end),
    )  # fmt: skip
    assert code == 0 and data["changed"] and data["text"] == "primary educational stage"
    assert (data["start"], data["end"], data["passage"]["tag"]) == (start, end, "stage")
    assert data["passage"]["author"] == "Mei Lin" and data["passage"]["created"]
    code, note, _ = cli(
        capsys, path, "note", "add", "--paragraph", str(p.id), "Check the figures",
        "--start", str(start), "--end", str(end),
    )  # fmt: skip
    assert code == 0 and (note["start"], note["end"]) == (start, end)
    assert note["quote"] == "primary educational stage" and note["text"] == "Check the figures"
    code, notes, _ = cli(capsys, path, "note", "list", "--paragraph", str(p.id))
    assert [(n["start"], n["quote"]) for n in notes] == [(start, "primary educational stage")]
    # the document's JSON carries each paragraph's passages and notes
    code, doc, _ = cli(capsys, path, "document", "1")
    [para] = [x for x in doc["paragraphs"] if x["id"] == p.id]
    [passage] = para["passages"]
    assert {k: passage[k] for k in ("tag", "start", "end", "text", "author")} == {
        "tag": "stage",
        "start": start,
        "end": end,
        "text": "primary educational stage",
        "author": "Mei Lin",
    }
    assert para["text"][passage["start"] : passage["end"]] == passage["text"]
    assert para["tags"] == [] and [n["quote"] for n in para["notes"]] == [passage["text"]]
    assert all(x["passages"] == [] for x in doc["paragraphs"] if x["id"] != p.id)
    # untag the passage; again: no change
    code, data, _ = cli(
        capsys, path, "tag", "remove", "--paragraph", str(p.id), "stage", "--start",
        str(start), "--end", str(end),
    )  # fmt: skip
    assert code == 0 and data["changed"] and data["text"] == "primary educational stage"
    code, data, _ = cli(
        capsys, path, "tag", "remove", "--paragraph", str(p.id), "stage", "--start",
        str(start), "--end", str(end),
    )  # fmt: skip
    assert code == 0 and not data["changed"] and "passage" not in data


def test_the_command_line_says_what_is_wrong_with_a_passage(ws, capsys):
    p = by_label(ws)["4"]
    path = ws.location
    code, data, err = cli(capsys, path, "tag", "add", "--paragraph", str(p.id), "x", "--start", "3")
    assert code == 2 and "needs both --start and --end" in err and "error" in data
    code, data, err = cli(
        capsys, path, "tag", "add", "--paragraph", str(p.id), "x", "--start", "5", "--end",
        "100000",
    )  # fmt: skip
    assert code == 1 and f"outside paragraph {p.id}" in err and f"{len(p.text)} characters" in err
    code, data, err = cli(
        capsys, path, "note", "add", "--paragraph", str(p.id), "n", "--start", "9", "--end", "9"
    )
    assert code == 1 and "at least one character" in data["error"]
    assert ws.tags() == [] and ws.notes(p.id) == []


# -- a new version of the document ----------------------------------------------------------


def new_version(tmp_path, edit, folder="v2"):
    doc = vh.load()
    edit(doc)
    return vh.save(doc, tmp_path / folder / NAME)


def test_passages_follow_their_paragraph_into_a_new_version(ws, tmp_path):
    p = by_label(ws)
    # ¶4 (docx paragraph 5) is edited before and inside the tagged words; ¶2 is not
    kept_words = "gender disparities in education"  # ¶4: still there, further on
    lost_words = "contribution made by the Chinese"  # ¶4: edited away
    note_words = "final statistical monitoring report"  # ¶4: still there
    same_words = "gender equality"  # ¶2, unchanged
    moved_at = span_of(p["4"].text, kept_words)
    ws.add_passage_tag(p["4"].id, "education", *moved_at)
    ws.add_passage_tag(p["4"].id, "praise", *span_of(p["4"].text, lost_words))
    ws.add_note(p["4"].id, "source?", start=span_of(p["4"].text, note_words)[0],
                end=span_of(p["4"].text, note_words)[1])  # fmt: skip
    same = span_of(p["2"].text, same_words)
    old_row, _ = ws.add_passage_tag(p["2"].id, "gender", *same)

    def edit(d):
        vh.edit_words(d, 5, "We fully recognize the contribution made", "We note the steps taken")

    r = ws.import_file(new_version(tmp_path, edit))
    assert r.version == 2 and r.versioning.changes.edited == 1
    assert r.versioning.followed.tags == 3 and not r.versioning.gone
    q = by_label(ws)
    four, two = q["4"], q["2"]
    assert four.change == "edited" and four.text.startswith("We note the steps taken by the")
    # the words still there: found again at their new place
    [kept] = four.passages
    assert (kept.tag, kept.text) == ("education", kept_words) and kept.start != moved_at[0]
    assert four.text[kept.start : kept.end] == kept_words
    # the words gone: the tag is on the whole paragraph now, flagged as changed
    assert [t.name for t in four.tags] == ["praise"] and four.changed_since_review
    # the note's words are still there: its span follows
    [note] = four.notes
    assert note.quote == note_words and four.text[note.span_start : note.span_end] == note_words
    # the unchanged paragraph keeps its passage exactly, uid and all, and no mark
    [same_row] = two.passages
    assert (same_row.start, same_row.end, same_row.uid) == (same[0], same[1], old_row.uid)
    assert two.id != p["2"].id and not two.changed_since_review
    # the earlier version's paragraphs hold no passage any more
    old = ws.document(1, version=1)
    assert all(x.passages == () for x in old.paragraphs)


def test_a_split_paragraph_passage_goes_to_the_part_holding_its_words(ws, tmp_path):
    p = by_label(ws)["3"]
    first, second = "comprehensive development of women", "two cancers"
    ws.add_passage_tag(p.id, "health", *span_of(p.text, second))
    ws.add_passage_tag(p.id, "plan", *span_of(p.text, first))
    r = ws.import_file(new_version(tmp_path, lambda d: vh.split(d, 4)))
    assert r.versioning.changes.split == 2  # the two parts
    parts = [x for x in ws.document(1).paragraphs if x.change == "split"]
    assert len(parts) == 2
    assert [(x.tag, x.text) for x in parts[0].passages] == [("plan", first)]
    assert [(x.tag, x.text) for x in parts[1].passages] == [("health", second)]
    assert all(x.changed_since_review for x in parts)


def test_passages_on_a_removed_paragraph_stay_on_the_earlier_version(ws, tmp_path):
    p = by_label(ws)["3"]
    ws.add_passage_tag(p.id, "plan", *span_of(p.text, "national development plan"))
    r = ws.import_file(new_version(tmp_path, lambda d: vh.remove(d, 4)))
    assert r.versioning.gone.tags == 1 and r.versioning.gone.paragraph_ids == (p.id,)
    assert [x.text for x in ws.paragraph(p.id).passages] == ["national development plan"]
    assert ws.work_on_gone_paragraphs(1).tags == 1

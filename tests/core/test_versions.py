"""Versions of a document, on real Word files: the CANGO submission edited with
python-docx as its drafter would, imported again into a real workspace."""

import shutil

import pytest
from sqlalchemy import func, select

from reviewer.export import BriefOptions, export_brief
from reviewer.storage.models import Document
from reviewer.workspace import BadInput, NotFound, Workspace
from tests.conftest import FIXTURES
from tests.core import version_helpers as vh
from tests.core.cli_helpers import cli

NAME = vh.CANGO_DOCX.name
THEMATIC = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
WORKED = ["2", "3", "4", "5", "6"]  # the five paragraphs the reviewer works on


@pytest.fixture
def ws(tmp_path, location):
    v1 = tmp_path / "v1" / NAME
    v1.parent.mkdir()
    shutil.copy(vh.CANGO_DOCX, v1)
    with Workspace.open(location, author="Mei Lin") as w:
        r = w.import_file(v1)
        assert r.version == 1 and r.versioning is None
        yield w


def by_label(ws, doc_id=1, version=None):
    return {p.label or f"#{p.seq}": p for p in ws.document(doc_id, version=version).paragraphs}


def work_on(ws, labels, doc_id=1):
    """Two tags, a note (on words of its text), a manual link and a reviewed mark each."""
    p = by_label(ws, doc_id)
    for label in labels:
        pid = p[label].id
        ws.add_tag(pid, "priority")
        ws.add_tag(pid, f"theme {label}")
        words = p[label].text.split()[3:6]
        start = p[label].text.index(" ".join(words))
        ws.add_note(pid, f"note on {label}", span=(start, start + len(" ".join(words))))
        ws.link(pid, "A/HRC/40/6", f"28.{300 + int(label)}")
        ws.set_reviewed(pid)


def new_version(tmp_path, edit, folder="v2"):
    doc = vh.load()
    edit(doc)
    return vh.save(doc, tmp_path / folder / NAME)


def test_the_issue_scenario(ws, tmp_path, capsys):
    work_on(ws, WORKED)
    ws.take_changes()
    v2 = new_version(tmp_path, lambda d: vh.edit_words(d, 5, "contribution made", "efforts made"))
    r = ws.import_file(v2)
    # one document, its second version
    assert [d.id for d in ws.documents()] == [1] and r.document_id == 1
    assert r.version == 2 and r.version_of == 1 and ws.documents()[0].version == 2
    v = r.versioning
    assert v is not None and v.changes.unchanged == 15 and v.changes.edited == 1
    assert (v.followed.tags, v.followed.notes, v.followed.links, v.followed.reviewed) == (
        10,
        5,
        5,
        5,
    )
    assert not v.gone and v.changed_since_review == 1
    p = by_label(ws)
    assert sum(len(p[x].tags) for x in WORKED) == 10
    assert sum(len(p[x].notes) for x in WORKED) == 5
    assert sum(1 for x in WORKED for lk in p[x].links if lk.origin == "manual") == 5
    assert all(p[x].reviewed for x in WORKED)
    # the changed paragraph: marked, its difference shown; the others not
    assert [x for x in p if p[x].changed_since_review] == ["4"] and p["4"].change == "edited"
    assert {p[x].change for x in p if x != "4"} == {"unchanged"}
    [edited] = [d for d in ws.diff(1).paragraphs if d.change == "edited"]
    assert ("delete", "contribution") in edited.words and ("insert", "efforts") in edited.words
    assert edited.changed_since_review and edited.previous_labels == ("4",)
    # a note's words gone: the note stays, its span dropped; still there: its span follows
    note = p["4"].notes[0]
    assert note.span_start is None and p["2"].notes[0].span_start is not None
    noted = p["2"].text[p["2"].notes[0].span_start : p["2"].notes[0].span_end]
    assert noted == " ".join(p["2"].text.split()[3:6])
    # the window hears of it
    c = ws.take_changes()
    assert c.documents and c.tags and c.notes and c.touches(p["2"].id)
    # note list --paragraph on the latest version's paragraph shows the notes that followed
    code, notes, _ = cli(capsys, ws.location, "note", "list", "--paragraph", str(p["3"].id))
    assert code == 0 and [n["text"] for n in notes] == ["note on 3"]
    # marking it reviewed again clears the mark; it can be put back (undo)
    ws.set_reviewed(p["4"].id)
    assert not ws.paragraph(p["4"].id).changed_since_review
    assert ws.set_changed_since_review(p["4"].id, True) is False
    assert ws.paragraph(p["4"].id).changed_since_review


def test_the_earlier_version_stays_readable_and_out_of_every_list(ws, tmp_path):
    work_on(ws, ["2"])
    v2 = new_version(tmp_path, lambda d: vh.edit_words(d, 3, "We appreciate", "We note"))
    ws.import_file(v2)
    old = ws.document(1, version=1)
    assert old is not None and old.document.version == 1 and old.document.version_of == 1
    assert old.document.id != 1 and old.paragraphs[3].text.startswith("We appreciate the")
    assert ws.document(old.document.id).document.id == old.document.id  # by its own id too
    assert ws.document(1, version=3) is None
    assert by_label(ws)["2"].text.startswith("We note the")
    # documents, search, filters, tags, registry counts, reviews, coverage, briefs
    assert [d.id for d in ws.documents()] == [1] and [d.id for d in ws.documents("CHN-4")] == [1]
    assert {h.document_id for h in ws.search("Chinese government")} == {1}
    assert {h.document_id for h in ws.search("appreciate", document_id=old.document.id)} == {
        old.document.id
    }
    assert set(ws.paragraph_ids_filtered()) == set(ws.paragraph_ids(1))
    assert next(t for t in ws.tags() if t.name == "priority").paragraphs == 1
    rec = ws.recommendation("A/HRC/40/6", "28.294")
    assert rec.recommendation.paragraph_count == 1
    assert {c.document_id for c in rec.paragraphs} == {1}
    assert next(r for r in ws.reviews() if r.review == "CHN-4").documents == 1
    assert [d.id for d in ws.coverage("CHN-4").documents] == [1]
    summary = export_brief(ws, tmp_path / "brief.docx", BriefOptions())
    assert summary.paragraphs == 16 and summary.tags == 2 and summary.notes == 1
    # two rows: the document (its latest version) and its earlier version
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 2


@pytest.mark.parametrize("kind", ["split", "merged", "moved", "removed", "renumbered"])
def test_each_change_kind_carries_the_work(ws, tmp_path, kind):
    work_on(ws, ["3", "4", "9"])
    p1 = by_label(ws)
    edits = {
        "split": lambda d: vh.split(d, 4),  # ¶3
        "merged": lambda d: vh.merge(d, 4),  # ¶3 and ¶4
        "moved": lambda d: vh.move(d, 4, 10),  # ¶3 after ¶9
        "removed": lambda d: vh.remove(d, 4),  # ¶3
        "renumbered": lambda d: vh.restart_numbering(d, 2),
    }
    r = ws.import_file(new_version(tmp_path, edits[kind]))
    assert r.version == 2 and r.document_id == 1
    paras = ws.document(1).paragraphs
    tagged = {p.seq for p in paras if any(t.name == "theme 3" for t in p.tags)}
    noted = [p for p in paras if any(n.body == "note on 3" for n in p.notes)]
    changed = {p.change for p in paras} - {"unchanged"}
    marked = [p.label for p in paras if p.changed_since_review]
    if kind == "split":
        parts = [p for p in paras if p.change == "split"]
        assert [p.seq for p in parts] == [4, 5] and tagged == {4, 5}
        assert all(p.reviewed and p.previous_id == p1["3"].id for p in parts)
        assert noted == [parts[0]] and noted[0].notes[0].span_start is not None
        assert marked == [parts[0].label, parts[1].label] and changed == {"split"}
    elif kind == "merged":
        [merged] = [p for p in paras if p.change == "merged"]
        assert {t.name for t in merged.tags} == {"priority", "theme 3", "theme 4"}
        assert {n.body for n in merged.notes} == {"note on 3", "note on 4"}
        assert {lk.number for lk in merged.links if lk.origin == "manual"} == {"28.303", "28.304"}
        assert merged.changed_since_review and merged.reviewed and changed == {"merged"}
        [d] = [d for d in ws.diff(1).paragraphs if d.change == "merged"]
        assert d.previous_ids == (p1["3"].id, p1["4"].id)
        assert d.previous_labels == ("3", "4")
    elif kind == "moved":
        [moved] = [p for p in paras if p.change == "moved"]
        assert moved.previous_id == p1["3"].id and tagged == {moved.seq} and moved.seq == 10
        assert noted == [moved] and moved.reviewed and marked == []
    elif kind == "removed":
        assert tagged == set() and noted == [] and changed == set() and marked == []
        assert r.versioning.gone.notes == 1 and r.versioning.gone.tags == 2
        assert r.versioning.gone.paragraph_ids == (p1["3"].id,)
        # kept on the earlier version, listed
        [gone] = ws.diff(1).removed
        assert gone.paragraph_id == p1["3"].id and gone.work.notes == 1
        assert (gone.work.tags, gone.work.links, gone.work.reviewed) == (2, 1, 1)
        earlier = ws.versions(1)[0]
        assert earlier.gone.describe() == (
            "1 note, 2 tags, 1 link, 1 reviewed mark on paragraphs that are gone"
        )
        assert ws.work_on_gone_paragraphs(1).notes == 1
        assert ws.notes(p1["3"].id)[0].body == "note on 3"
    else:
        assert [p.label for p in paras if p.label][:3] == ["2", "3", "4"]
        assert changed == set() and marked == [] and tagged == {4}
    # work on ¶9 (untouched) always follows
    assert any(n.body == "note on 9" for p in paras for n in p.notes)


def test_link_decisions_follow_and_the_new_text_cites_again(ws, tmp_path):
    p = by_label(ws)
    [cited] = [lk for lk in p["2"].links if lk.number == "28.294"]
    ws.set_link_status(cited.id, "rejected")  # a person's decision on a cited link
    ws.link(p["5"].id, "A/HRC/40/6", "28.5", origin="suggestion", status="suggested")
    ws.link(p["4"].id, "A/HRC/40/6", "28.6", origin="suggestion", status="suggested")
    r = ws.import_file(new_version(tmp_path, lambda d: vh.edit_words(d, 5, "We", "Again, we")))
    assert r.versioning.followed.links == 1 and r.versioning.changed_since_review == 0
    q = by_label(ws)
    # the rejection stands over the citation the new text makes again
    assert [(lk.number, lk.status, lk.id) for lk in q["2"].links] == [
        ("28.294", "rejected", cited.id)
    ]
    assert ws.recommendation("A/HRC/40/6", "28.294").recommendation.paragraph_count == 0
    # the citations of the new text are made again; open suggestions follow the same text
    assert {lk.number for lk in q["3"].links} == {"28.109", "28.111"}
    assert [lk.number for lk in q["5"].links] == ["28.5"] and q["5"].links[0].suggested
    assert q["4"].links == ()  # edited: its suggestion stays with the text it was made for
    old = by_label(ws, 1, version=1)
    assert [lk.number for lk in old["4"].links] == ["28.6"] and old["2"].links == ()
    assert {lk.number for lk in old["3"].links} == {"28.109", "28.111"}


def test_versions_listing_and_a_third_version(ws, tmp_path):
    work_on(ws, ["3"])
    ws.import_file(new_version(tmp_path, lambda d: vh.remove(d, 4), "v2"))
    ws.import_file(
        new_version(
            tmp_path, lambda d: (vh.remove(d, 4), vh.edit_words(d, 5, "We", "Also, we")), "v3"
        )
    )
    rows = ws.versions(1)
    assert [v.version for v in rows] == [1, 2, 3] and [v.latest for v in rows] == [0, 0, 1]
    assert rows[-1].document_id == 1 and {v.live_id for v in rows} == {1}
    assert rows[0].changes is None and rows[1].changes.removed == 1
    assert rows[2].changes.edited == 1 and rows[2].changes.unchanged == 14
    assert rows[0].gone.notes == 1 and not rows[1].gone
    assert ws.versions(rows[0].document_id) == rows  # any version's id will do
    d = ws.diff(1, from_version=1, to_version=3)
    assert d.changes.removed == 1 and d.changes.edited == 1 and len(d.paragraphs) == 15
    with pytest.raises(NotFound):
        ws.diff(1, from_version=4)
    with pytest.raises(BadInput):
        ws.diff(1, from_version=3, to_version=2)


def test_identical_bytes_stay_a_duplicate(ws, tmp_path):
    v2 = new_version(tmp_path, lambda d: vh.edit_words(d, 3, "We appreciate", "We note"))
    ws.import_file(v2)
    again = ws.import_file(v2)
    assert again.duplicate and again.version == 2 and again.document_id == 1
    first = ws.import_file(tmp_path / "v1" / NAME)  # the first version's bytes
    assert first.duplicate and first.version == 1 and first.version_of == 1
    assert len(ws.versions(1)) == 2


def test_another_document_of_the_same_file_name_is_not_a_version(ws, tmp_path):
    other = tmp_path / "other" / NAME
    vh.write_paragraphs(
        [(None, "title", "Joint submission on Slovenia"), ("1", "body", "Roma lack water.")],
        other,
    )
    r = ws.import_file(other)
    assert r.document_id != 1 and r.version == 1 and len(ws.documents()) == 2
    # ... unless a person says so
    shutil.copy(other, tmp_path / "renamed.docx")
    again = ws.import_file(tmp_path / "renamed.docx", as_version_of=r.document_id)
    assert again.duplicate  # the very same bytes: nothing to do
    vh.write_paragraphs([(None, "title", "Slovenia, second draft")], tmp_path / "draft2.docx")
    with pytest.raises(NotFound):
        ws.import_file(tmp_path / "draft2.docx", as_version_of=999)
    r2 = ws.import_file(tmp_path / "draft2.docx", as_version_of=r.document_id)
    assert r2.document_id == r.document_id and r2.version == 2
    assert r2.versioning.changes.edited + r2.versioning.changes.removed >= 1
    # and a look-alike kept apart when asked
    v2 = new_version(tmp_path, lambda d: vh.edit_words(d, 3, "We appreciate", "We note"))
    apart = ws.import_file(v2, new_document=True)
    assert apart.document_id not in (1, r.document_id) and apart.version == 1


def test_registry_files_have_no_versions(ws, tmp_path):
    t = ws.import_file(THEMATIC)
    with pytest.raises(BadInput, match="no versions"):
        ws.import_file(
            new_version(tmp_path, lambda d: vh.remove(d, 3)), as_version_of=t.document_id
        )
    done, failed = ws.import_files([THEMATIC], as_version_of=1)
    assert done and done[0].duplicate  # the same bytes again
    copy = tmp_path / "list.docx"
    copy.write_bytes(THEMATIC.read_bytes() + b"\0")  # other bytes, a registry file still
    done, failed = ws.import_files([copy], as_version_of=1)
    assert not done and "no versions" in failed[0].error


def test_a_failed_version_import_leaves_the_workspace_as_it_was(ws, tmp_path, monkeypatch):
    work_on(ws, ["3"])
    before = ws.document(1)
    ws.take_changes()
    import reviewer.workspace.importing as importing

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importing, "carry", broken)
    with pytest.raises(RuntimeError):
        ws.import_file(new_version(tmp_path, lambda d: vh.remove(d, 4)))
    assert ws.document(1) == before and len(ws.versions(1)) == 1
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 1
    assert not ws.take_changes().documents


def test_the_command_line(ws, tmp_path, capsys):
    work_on(ws, ["3"])
    ws.close()
    path = ws.location
    v2 = new_version(tmp_path, lambda d: (vh.remove(d, 4), vh.split(d, 8)), "next")
    renamed = tmp_path / "CANGO final.docx"
    shutil.copy(v2, renamed)
    code, data, err = cli(capsys, path, "import", "--as-version-of", "1", str(renamed))
    assert code == 0, err
    [imp] = data["imported"]
    assert imp["document_id"] == 1 and imp["version"] == 2 and imp["version_of"] == 1
    assert imp["changes"]["removed"] == 1 and imp["changes"]["split"] == 2
    assert imp["gone"]["notes"] == 1 and imp["followed"] == {
        "notes": 0,
        "tags": 0,
        "links": 0,
        "reviewed": 0,
        "paragraph_ids": [],
    }
    assert isinstance(imp["previous_document_id"], int) and imp["changed_since_review"] == 0

    code, data, _ = cli(capsys, path, "versions", "--document", "1")
    assert code == 0 and data["document_id"] == 1 and data["latest"] == 2
    first, second = data["versions"]
    assert set(first) >= {"version", "document_id", "latest", "file", "imported_at", "gone"}
    assert first["gone"]["notes"] == 1 and first["changes"] is None
    assert second["file"] == "CANGO final.docx" and second["changes"]["split"] == 2

    code, data, _ = cli(capsys, path, "diff", "--document", "1")
    assert code == 0 and (data["from"], data["to"]) == (1, 2)
    splits = [p for p in data["paragraphs"] if p["change"] == "split"]
    assert len(splits) == 2 and all(p["words"] for p in splits)
    assert set(splits[0]["words"][0]) == {"op", "text"}
    assert data["removed"][0]["notes"] == 1 and data["removed"][0]["label"] == "3"

    code, data, _ = cli(capsys, path, "document", "1", "--version", "1")
    assert code == 0 and data["version"] == 1 and data["version_of"] == 1
    assert len(data["paragraphs"]) == 16 and data["id"] == first["document_id"]
    code, data, _ = cli(capsys, path, "document", "1")
    assert data["version"] == 2 and data["version_of"] is None
    assert {p["change"] for p in data["paragraphs"]} == {"unchanged", "split"}
    code, _, err = cli(capsys, path, "document", "1", "--version", "7")
    assert code == 1 and "no version 7" in err
    code, data, _ = cli(capsys, path, "documents")
    assert [d["version"] for d in data] == [2]
    code, _, err = cli(capsys, path, "diff", "--document", "1", "--from", "2", "--to", "1")
    assert code == 1
    v3 = new_version(tmp_path, lambda d: vh.remove(d, 2), "v3")
    code, data, _ = cli(capsys, path, "import", "--as-version-of", "42", str(v3))
    assert code == 1 and data["errors"] and "no document with id 42" in data["errors"][0]["error"]

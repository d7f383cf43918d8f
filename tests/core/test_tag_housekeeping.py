"""Tag housekeeping on a real workspace with the CANGO submission: rename, recolour,
merge, delete and put back, order, keys 1-9 and one level of groups."""

from datetime import datetime

import pytest
from sqlalchemy import select

from reviewer.storage.models import ParagraphTag, PassageTag, Tag
from reviewer.workspace import BadInput, NotFound, Workspace
from tests.conftest import FIXTURES

CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"


@pytest.fixture
def ws(location):
    with Workspace.open(location, author="Ana") as w:
        done, failed = w.import_files([CANGO])
        assert not failed and done
        yield w


def _pids(ws) -> dict[str, int]:
    doc = ws.documents()[0].id
    return {p.label: p.id for p in ws.paragraphs(ws.paragraph_ids(doc)) if p.label}


def _passage(ws, pid: int, name: str, start: int, end: int, by: str = "Ben") -> str:
    """A tag on a passage, written as the passage tagging writes it (a passage_tag row)."""
    with ws.write() as s:
        tag_id = s.scalar(select(Tag.id).where(Tag.name == name))
        row = PassageTag(
            paragraph_id=pid,
            tag_id=tag_id,
            start=start,
            end=end,
            created_by=by,
            created_at=datetime(2026, 3, 1, 9, 30),
        )
        s.add(row)
        s.flush()
        return row.uid


def _tables(ws) -> dict[str, list[tuple]]:
    """Every tag, paragraph tag and passage tag, all columns (ids of tags by uid)."""
    with ws.read() as s:
        uid = dict(s.execute(select(Tag.id, Tag.uid)).all())
        tags = sorted(
            (t.uid, t.name, t.colour, uid.get(t.parent_id), t.position, t.shortcut,
             t.created_by, t.created_at)
            for t in s.scalars(select(Tag))
        )  # fmt: skip
        pts = sorted(
            (p.paragraph_id, uid[p.tag_id], p.uid, p.created_by, p.created_at)
            for p in s.scalars(select(ParagraphTag))
        )
        sps = sorted(
            (p.paragraph_id, uid[p.tag_id], p.uid, p.start, p.end, p.created_by, p.created_at)
            for p in s.scalars(select(PassageTag))
        )
    return {"tag": tags, "paragraph_tag": pts, "passage_tag": sps}


def _names(ws, pid: int) -> list[str]:
    return sorted(t.name for t in ws.paragraph(pid).tags)


def test_rename_keeps_names_unique_and_every_paragraph_follows(ws):
    p = _pids(ws)
    ws.add_tag(p["2"], "women")
    ws.add_tag(p["6"], "climate")
    assert ws.rename_tag("women", "  Women's   rights ") == "women"
    assert _names(ws, p["2"]) == ["Women's rights"]
    with pytest.raises(BadInput, match="already a tag named 'climate'.*merge"):
        ws.rename_tag("Women's rights", "climate")
    assert ws.rename_tag(ws.get_tag("climate").id, "Climate") == "climate"  # by id, case
    with pytest.raises(NotFound):
        ws.rename_tag("nothing", "x")
    with pytest.raises(BadInput):
        ws.rename_tag("Climate", "   ")
    assert [t.name for t in ws.tags()] == ["Women's rights", "Climate"]


def test_recolour_checks_the_colour(ws):
    ws.create_tag("women")
    first = ws.get_tag("women").colour
    assert ws.recolour_tag("women", "#30638E") == first
    assert ws.get_tag("women").colour == "#30638e"
    with pytest.raises(BadInput, match="not a colour"):
        ws.recolour_tag("women", "blue")
    assert ws.get_tag("women").colour == "#30638e"


def test_merge_keeps_every_paragraph_tagged_once_and_undoes_exactly(ws):
    p = _pids(ws)
    for label in ("2", "3", "6"):
        ws.add_tag(p[label], "gender")
    for label in ("6", "8"):
        ws.add_tag(p[label], "women")
    _passage(ws, p["2"], "gender", 0, 10)
    _passage(ws, p["8"], "gender", 5, 12)
    _passage(ws, p["8"], "women", 5, 12)  # the same passage on both: kept once
    before = _tables(ws)
    ws.take_changes()

    merge = ws.merge_tags("gender", "women")
    changes = ws.take_changes()
    assert changes.tags and (changes.all_paragraphs or p["2"] in changes.paragraphs)
    assert ws.get_tag("gender") is None
    for label in ("2", "3", "6", "8"):
        assert _names(ws, p[label]) == ["women"]
    with ws.read() as s:
        pairs = s.execute(select(ParagraphTag.paragraph_id, ParagraphTag.tag_id)).all()
        spans = s.execute(select(PassageTag.paragraph_id, PassageTag.start)).all()
    assert len(pairs) == len(set(pairs)) == 4
    assert sorted(spans) == sorted([(p["2"], 0), (p["8"], 5)])
    assert (merge.paragraphs_moved, merge.paragraphs_already) == (2, 1)
    assert (merge.passages_moved, merge.passages_already) == (1, 1)
    assert ws.get_tag("women").paragraphs == 4 and ws.get_tag("women").passages == 2
    # the moved rows keep who tagged and when
    moved = {r.uid: r for r in merge.source.paragraph_tags}
    with ws.read() as s:
        kept = s.scalars(select(ParagraphTag).where(ParagraphTag.paragraph_id == p["2"])).one()
    assert kept.uid in moved and kept.created_at == moved[kept.uid].created_at

    ws.unmerge_tags(merge)
    assert _tables(ws) == before
    with pytest.raises(BadInput, match="itself"):
        ws.merge_tags("women", "women")


def test_delete_and_restore_round_trip_every_row(ws):
    p = _pids(ws)
    ws.create_tag("themes")
    for name in ("women", "climate", "poverty"):
        ws.create_tag(name)
    ws.set_tag_group("women", "themes")
    ws.set_tag_group("climate", "themes")
    ws.add_tag(p["2"], "themes")
    ws.add_tag(p["6"], "themes")
    ws.add_tag(p["6"], "women")
    ws.author = "Ben"
    ws.add_tag(p["8"], "themes")
    _passage(ws, p["3"], "themes", 2, 9)
    ws.set_tag_key("themes", 5)
    ws.recolour_tag("themes", "#123456")
    before = _tables(ws)

    gone = ws.delete_tag("themes")
    assert (gone.paragraphs, gone.passages, len(gone.members)) == (3, 1, 2)
    assert ws.get_tag("themes") is None
    assert {t.name: t.parent for t in ws.tags()}["women"] is None  # out of the group
    assert _names(ws, p["6"]) == ["women"]
    ws.restore_tag(gone)
    assert _tables(ws) == before
    assert {t.name: t.parent for t in ws.tags()}["climate"] == "themes"

    # the name taken again meanwhile: a clear refusal, nothing changed
    gone = ws.delete_tag("themes")
    ws.create_tag("themes")
    after = _tables(ws)
    with pytest.raises(BadInput, match="made since"):
        ws.restore_tag(gone)
    assert _tables(ws) == after


def test_restore_skips_paragraphs_removed_meanwhile(ws, tmp_path):
    p = _pids(ws)
    ws.add_tag(p["2"], "women")
    gone = ws.delete_tag("women")
    ws.delete_document(ws.documents()[0].id)
    row = ws.restore_tag(gone)
    assert row.name == "women" and row.paragraphs == 0


def test_keys_default_to_the_first_nine_and_a_key_moves(ws):
    names = [f"tag {i:02}" for i in range(1, 13)]
    for name in names:
        ws.create_tag(name)
    keys = {t.name: t.shortcut for t in ws.tags()}
    assert keys == {n: (i + 1 if i < 9 else None) for i, n in enumerate(names)}
    before = ws.tag_layout()

    ws.set_tag_key("tag 12", 7)  # the 12th tag takes key 7; no other key changes
    keys = {t.name: t.shortcut for t in ws.tags()}
    assert keys["tag 12"] == 7 and keys["tag 07"] is None
    assert [keys[n] for n in names[:6]] == [1, 2, 3, 4, 5, 6]
    assert (keys["tag 08"], keys["tag 09"], keys["tag 10"]) == (8, 9, None)
    ws.set_tag_key("tag 03", 7)  # taken: it moves
    keys = {t.name: t.shortcut for t in ws.tags()}
    assert (keys["tag 03"], keys["tag 12"]) == (7, None)
    assert sorted(k for k in keys.values() if k) == [1, 2, 4, 5, 6, 7, 8, 9]
    ws.create_tag("newest")  # takes the free key
    assert ws.get_tag("newest").shortcut == 3
    ws.set_tag_key("newest", None)
    assert ws.get_tag("newest").shortcut is None
    with pytest.raises(BadInput, match="1 to 9"):
        ws.set_tag_key("tag 01", 10)

    ws.restore_tag_layout(before)
    keys = {t.name: t.shortcut for t in ws.tags()}
    assert [keys[n] for n in names] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None, None, None]


def test_groups_are_one_level_deep(ws):
    for name in ("rights", "women", "children", "climate", "water", "poverty"):
        ws.create_tag(name)
    ws.set_tag_group("women", "rights")
    ws.set_tag_group("children", "rights")
    ws.set_tag_group("water", "climate")
    rows = ws.tags()
    assert [(t.name, t.parent) for t in rows] == [
        ("rights", None),
        ("women", "rights"),
        ("children", "rights"),
        ("climate", None),
        ("water", "climate"),
        ("poverty", None),
    ]
    assert ws.get_tag("rights").is_group and ws.get_tag("rights").members == 2
    layout = ws.tag_layout()
    with pytest.raises(BadInput, match="is a group"):
        ws.set_tag_group("climate", "rights")
    with pytest.raises(BadInput, match="one level deep"):
        ws.set_tag_group("poverty", "women")
    with pytest.raises(BadInput, match="of its own"):
        ws.set_tag_group("women", "women")
    assert ws.tag_layout() == layout  # refused: nothing moved
    ws.set_tag_group("water", None)
    assert ws.get_tag("water").parent is None and not ws.get_tag("climate").is_group
    ws.set_tag_group("climate", "rights")  # no longer a group: may go into one
    names = ["rights", "women", "children", "climate", "water", "poverty"]
    assert [t.name for t in ws.tags()] == names
    ws.restore_tag_layout(layout)
    assert ws.tag_layout() == layout


def test_merging_a_group_moves_its_tags_to_the_target(ws):
    for name in ("rights", "women", "children", "human rights"):
        ws.create_tag(name)
    ws.set_tag_group("women", "rights")
    ws.set_tag_group("children", "rights")
    before = _tables(ws)
    merge = ws.merge_tags("rights", "human rights")
    assert {t.name: t.parent for t in ws.tags()} == {
        "human rights": None,
        "women": "human rights",
        "children": "human rights",
    }
    ws.unmerge_tags(merge)
    assert _tables(ws) == before
    merge = ws.merge_tags("rights", "women")  # into one of its own tags
    assert {t.name: t.parent for t in ws.tags()} == {
        "women": None,
        "children": "women",
        "human rights": None,
    }
    ws.unmerge_tags(merge)
    assert _tables(ws) == before


def test_reorder_and_move_set_the_order_and_the_automatic_keys(ws):
    for name in ("a", "b", "c", "d"):
        ws.create_tag(name)
    ids = {t.name: t.id for t in ws.tags()}
    before = ws.reorder_tags([ids["c"], ids["a"]])
    assert [(t.name, t.shortcut) for t in ws.tags()] == [("c", 1), ("a", 2), ("b", 3), ("d", 4)]
    ws.move_tag("d", -2)
    assert [t.name for t in ws.tags()] == ["c", "d", "a", "b"]
    ws.move_tag("c", -1)  # already first
    assert [t.name for t in ws.tags()] == ["c", "d", "a", "b"]
    ws.set_tag_group("a", "d")
    ws.set_tag_group("b", "d")
    ws.move_tag("b", -1)  # among the group's tags
    assert [t.name for t in ws.tags()] == ["c", "d", "b", "a"]
    ws.move_tag("d", -1)  # a group moves with its tags
    assert [t.name for t in ws.tags()] == ["d", "b", "a", "c"]
    with pytest.raises(BadInput, match="twice"):
        ws.reorder_tags([ids["a"], ids["a"]])
    with pytest.raises(NotFound):
        ws.reorder_tags([999])
    ws.restore_tag_layout(before)
    assert [t.name for t in ws.tags()] == ["a", "b", "c", "d"]


def test_workspaces_nobody_ordered_keep_their_order(ws):
    """Tags made before keys and positions existed: listed and keyed by age, as before."""
    for name in ("zeta", "alpha", "mu"):
        ws.create_tag(name)
    assert [(t.name, t.shortcut, t.position) for t in ws.tags()] == [
        ("zeta", 1, None),
        ("alpha", 2, None),
        ("mu", 3, None),
    ]

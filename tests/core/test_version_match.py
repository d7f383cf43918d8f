"""Matching the paragraphs of two versions (pure), the word-level difference and finding a
noted span again."""

import random

import pytest

from reviewer.versions import anchor_span, match_paragraphs, trim_ends, word_diff

TEXTS = [
    "Roma settlements in the south-east still lack drinking water and sanitation.",
    "Hate speech online grew during the election campaign, especially against migrants.",
    "The ombudsperson's office received more complaints about police conduct this year.",
    "Women remain under-represented in local councils and in the boards of public companies.",
    "Children with disabilities wait two years on average for a place in inclusive schools.",
    "The asylum procedure lasts too long and detention of families continued in 2023.",
]


def paras(texts, labels=None, start=0):
    labels = labels or [str(i + 1) for i in range(len(texts))]
    return [
        (start + i, label, "body", t)
        for i, (label, t) in enumerate(zip(labels, texts, strict=True))
    ]


def changes(m):
    return [(c.change, c.previous) for c in m.continuations]


def test_same_texts_match_whatever_their_numbers():
    m = match_paragraphs(paras(TEXTS), paras(TEXTS, [str(i + 2) for i in range(6)], start=10))
    assert changes(m) == [("unchanged", (i,)) for i in range(6)]
    assert m.removed == () and m.kept_share == 1.0
    assert [c.previous_ids for c in m.continuations] == [(i,) for i in range(6)]


def test_typed_numbers_and_spacing_are_not_an_edit():
    old = paras([f"{i + 1}. {t}" for i, t in enumerate(TEXTS)])
    new = paras([f"{i + 2}.  {t}  " for i, t in enumerate(TEXTS)])
    assert {c.change for c in match_paragraphs(old, new).continuations} == {"unchanged"}


def test_edited_moved_added_removed():
    new = list(TEXTS)
    new[1] = new[1].replace("grew", "grew sharply")
    new.insert(0, new.pop(4))  # the fifth first
    del new[3]  # the third goes: "The ombudsperson's office…"
    new.append("A new paragraph on prisons: overcrowding in Ljubljana's remand centre.")
    m = match_paragraphs(paras(TEXTS), paras(new))
    assert changes(m) == [
        ("moved", (4,)),
        ("unchanged", (0,)),
        ("edited", (1,)),
        ("unchanged", (3,)),
        ("unchanged", (5,)),
        ("added", ()),
    ]
    assert m.removed == (2,)
    assert m.counts()["removed"] == 1 and m.counts()["moved"] == 1
    assert 0.5 < m.kept_share < 1


def test_a_split_and_a_merge():
    old = [TEXTS[0], TEXTS[1] + " " + TEXTS[2], TEXTS[3], TEXTS[4], TEXTS[5]]
    new = [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[3] + " " + TEXTS[4], TEXTS[5]]
    m = match_paragraphs(paras(old), paras(new))
    assert changes(m) == [
        ("unchanged", (0,)),
        ("split", (1,)),
        ("split", (1,)),
        ("merged", (2, 3)),
        ("unchanged", (4,)),
    ]
    assert m.followers()[1] == (1, 2) and m.followers()[2] == m.followers()[3] == (3,)


def test_repeated_texts_pair_in_reading_order():
    old = paras(["Recommendations", TEXTS[0], "Recommendations", TEXTS[1]])
    new = paras(["Recommendations", TEXTS[0], "Recommendations", TEXTS[1]], start=10)
    assert changes(match_paragraphs(old, new)) == [
        ("unchanged", (0,)),
        ("unchanged", (1,)),
        ("unchanged", (2,)),
        ("unchanged", (3,)),
    ]


def test_short_headings_compare_by_characters_and_never_split():
    old = paras(["Right to education", TEXTS[0]])
    new = paras(["The right to education", TEXTS[0], "Education"])
    m = match_paragraphs(old, new)
    assert changes(m) == [("edited", (0,)), ("unchanged", (1,)), ("added", ())]


def test_empty_versions():
    assert match_paragraphs([], []).kept_share == 1.0
    m = match_paragraphs(paras(TEXTS[:2]), [])
    assert m.removed == (0, 1) and m.kept_share == 0.0
    assert changes(match_paragraphs([], paras(TEXTS[:1]))) == [("added", ())]


def test_three_hundred_paragraphs_all_edited_and_shuffled_match():
    # its speed is measured by bench/bench_versions.py, never asserted here
    rng = random.Random(5)
    words = " ".join(TEXTS).split()
    old = [(i, str(i), "body", " ".join(rng.choices(words, k=60))) for i in range(300)]
    new = []
    for i, _, _, text in old:
        w = text.split()
        w[10], w[30], w[50] = "revised", "amended", "changed"
        new.append((i, str(i + 1), "body", " ".join(w)))
    rng.shuffle(new)
    m = match_paragraphs(old, new)
    right = sum(c.previous_ids == (c.id,) for c in m.continuations)
    assert right >= 0.95 * 300


def test_word_diff_gives_back_both_texts():
    old = "We appreciate the continuous efforts made by the government in 2021."
    new = "We warmly appreciate the efforts made by the government in 2021 and 2022."
    runs = word_diff(old, new)
    assert "".join(t for op, t in runs if op != "insert") == old
    assert "".join(t for op, t in runs if op != "delete") == new
    assert ("insert", "warmly ") in runs or ("insert", " warmly") in runs
    assert any(op == "delete" and "continuous" in t for op, t in runs)
    assert word_diff(old, old) == [("equal", old)]


@pytest.mark.parametrize("seed", range(30))
def test_word_diff_round_trips_random_edits(seed):
    rng = random.Random(seed)
    words = " ".join(TEXTS).split()
    old = " ".join(rng.choices(words, k=rng.randint(0, 40)))
    new = " ".join(w for w in old.split() if rng.random() > 0.2) + " " + rng.choice(words)
    runs = word_diff(old, new)
    assert "".join(t for op, t in runs if op != "insert") == old
    assert "".join(t for op, t in runs if op != "delete") == new
    assert all(t for _, t in runs)


def test_a_split_part_shows_only_its_own_changes():
    old = TEXTS[0] + " " + TEXTS[1]
    runs = trim_ends(word_diff(old, TEXTS[1].replace("grew", "rose")))
    assert runs[0][0] == "equal" and runs[-1][0] == "equal"
    assert ("delete", "grew") in runs and ("insert", "rose") in runs


def test_a_noted_span_is_found_again_or_dropped():
    old = "Roma settlements still lack drinking water. Hate speech online grew."
    start = old.index("drinking water")
    span = (start, start + len("drinking water"))
    new = "In 2024, Roma settlements still lack drinking  water. Hate speech grew."
    got = anchor_span(old, *span, new)
    assert got is not None and new[got[0] : got[1]] == "drinking  water"
    assert anchor_span(old, *span, "Roma settlements now have water.") is None
    assert anchor_span(old, 0, 0, new) is None
    # of several places, the one nearest to where the words stood
    old = "water first. Then the second: water"
    new = "water first. Then, at long last, the second: water"
    assert anchor_span(old, len(old) - 5, len(old), new) == (len(new) - 5, len(new))

"""A ``Fact``: the core's English text (the CLI's, unchanged) that keeps its key and
arguments for the window to say again in its language; a stored English reason read
back into its fact (``reviewer.words.facts``)."""

from __future__ import annotations

import json
import pickle

from reviewer.reviews.detect import reason_fact
from reviewer.reviews.inference import GroupScore
from reviewer.reviews.shortnum import Numbering, reading_label
from reviewer.words.facts import Fact, fact, read_back
from reviewer.workspace.merge_report import MergeConflict, counted


def test_a_fact_reads_as_the_english_it_replaced_and_keeps_its_key_and_arguments():
    where = fact("merge.where", title="Rapport", label="12")
    said = fact("merge.tag_on", tag="Health", where=where)
    assert said == "“Health” on “Rapport”, paragraph 12" and isinstance(said, str)
    assert said.as_dict() == {
        "key": "merge.tag_on",
        "args": {"tag": "Health", "where": {"key": "merge.where",
                                             "args": {"title": "Rapport", "label": "12"}}},
    }  # fmt: skip
    again = pickle.loads(pickle.dumps(said))
    assert isinstance(again, Fact) and again == said and again.key == "merge.tag_on"
    assert counted(1, "paragraph_tags") == "1 tagged paragraph"
    assert counted(3, "history") == "3 history entries"


def test_a_merge_conflict_keeps_its_english_keys_and_adds_the_facts():
    c = MergeConflict(
        "links",
        fact("merge.link", where=fact("merge.where.workspace"), recommendation="A/HRC/40/6, 28.2"),
        fact("merge.link_kept", status=fact("merge.status.confirmed"),
             stamp=fact("merge.stamp", who="Ana", when="2026-12-02 09:00")),
        "rejected (Ben, 2026-12-01 10:00): earlier, kept in the history",
    )  # fmt: skip
    d = json.loads(json.dumps(c.as_dict()))
    assert d["what"] == "the workspace → A/HRC/40/6, 28.2"
    assert d["kept"] == "confirmed (Ana, 2026-12-02 09:00)"
    assert d["facts"]["kept"]["args"]["status"] == {"key": "merge.status.confirmed", "args": {}}
    assert d["facts"]["other"] == d["other"]  # a plain text stays a text


def test_numbering_labels_and_evidence_read_as_before():
    ordered = ("121.1", "121.2", "122.1")
    n = Numbering("A/HRC/43/15", ("121", "122"), frozenset(ordered), ordered)
    label = reading_label(n, "running-rev+2")
    assert label == "Running order, 122 first (1–3), shifted by +2"
    assert label.key == "reading.shifted" and label.arguments["offset"] == "+2"
    assert reading_label(n, "121") == "Under 121 (121.1–121.2)"
    line = GroupScore("Rights of the child", 3, 4, 1, "child and education", 1).line()
    assert line == (
        "under 'Rights of the child' 3 of 4 numbers land on recommendations about child and "
        "education with this order, 1 of 4 with the printed order; 1 name no recommendation "
        "in this order"
    )


def test_a_stored_review_reason_is_read_back_into_its_fact():
    stored = (
        "unsure: it names China only 2 times among others; it cites recommendations of the "
        "2nd and 3rd cycles"
    )
    said = reason_fact(stored)
    assert said == stored and said.key == "review.unsure"
    doubts = said.arguments["doubts"]
    assert doubts.key == "review.pair"
    assert doubts.arguments["second"].arguments == {"first": 2, "second": 3}
    assert reason_fact("placed here by hand because I said so") is None
    assert reason_fact(None) is None
    assert read_back("the review of France (4th cycle)", ["review.registry"]).arguments == {
        "state": "France",
        "cycle": 4,
    }

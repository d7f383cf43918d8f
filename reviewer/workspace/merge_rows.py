"""A merge's first steps: what the work hangs on.

- reviews by code ("CHN-4"), their reports by symbol;
- documents by their file's SHA-256: one this workspace lacks comes in whole, with
  its paragraphs, footnotes, footnote references, citations (every id translated),
  unless this workspace's history says it was removed here;
- the registry: recommendations by (symbol, number), added when missing, never
  overwritten; their sources; their texts per language (a language this copy lacks
  added, a text it has kept); predecessors (a later decision wins);
- paragraphs of a document both copies have, by their place in it (``seq``);
- dismissed findings of the draft check by (document, key).
"""

from __future__ import annotations

from sqlalchemy import select

from reviewer.storage.models import (
    CheckDismissal,
    Document,
    Paragraph,
    Predecessor,
    Recommendation,
    RecommendationSource,
    RecommendationText,
    Review,
    ReviewReport,
)
from reviewer.vocabulary import ParagraphChange
from reviewer.words.facts import fact
from reviewer.workspace.history import clip
from reviewer.workspace.merge_context import Merge, without


def merge_reviews(m: Merge) -> None:
    here = dict(m.s.execute(select(Review.code, Review.id)).all())
    new = []
    for row in m.other("review"):
        if row["code"] in here:
            m.reviews[row["id"]] = here[row["code"]]
        else:
            new.append(row)
    m.editing(len(new), "reviews")
    for row, new_id in zip(new, m.insert("review", [without(r, "id") for r in new]), strict=True):
        m.reviews[row["id"]] = new_id
    m.added("reviews", len(new))
    known = set(m.s.scalars(select(ReviewReport.symbol)))
    reports = [
        without(r, "id") | {"review_id": m.reviews[r["review_id"]]}
        for r in m.other("review_report")
        if r["symbol"] not in known
    ]
    m.editing(len(reports), "review reports")
    m.insert_plain("review_report", reports)


def merge_documents(m: Merge) -> None:
    here = dict(m.s.execute(select(Document.sha256, Document.id)).all())
    taken = m.uids("document")
    new = []
    for row in m.other("document"):
        if row["sha256"] in here:
            m.docs[row["id"]] = here[row["sha256"]]
            continue
        why = m.removals.removed(("document", row["uid"]), None)
        if why:
            m.skip("documents", fact("merge.document", title=clip(row["title"], 60)), why)
            continue
        new.append(row)
    m.editing(len(new), "documents")
    versions = {r["id"]: r["version_of_id"] for r in new if r["version_of_id"] is not None}
    rows = []
    for r in new:
        r = without(r, "id") | {"version_of_id": None, "review_id": m.reviews.get(r["review_id"])}
        m.own_uid(r, taken)
        rows.append(r)
    for row, new_id in zip(new, m.insert("document", rows), strict=True):
        m.docs[row["id"]] = new_id
        m.new_docs.add(row["id"])
    m.set_column(
        "document",
        "version_of_id",
        {m.docs[k]: m.docs[v] for k, v in versions.items() if v in m.docs},
    )
    m.added("documents", len(new))


def merge_registry(m: Merge) -> None:
    here = {
        (s, n): i
        for s, n, i in m.s.execute(select(Recommendation.symbol, Recommendation.number,
                                          Recommendation.id))
    }  # fmt: skip
    taken = m.uids("recommendation")
    new = []
    for row in m.other("recommendation"):
        m.rec_names[row["id"]] = f"{row['symbol']}, {row['number']}"
        key = (row["symbol"], row["number"])
        if key in here:
            m.recs[row["id"]] = here[key]
        else:
            new.append(row)
    m.editing(len(new), "recommendations")
    rows = []
    for r in new:
        r = without(r, "id")
        m.own_uid(r, taken)
        rows.append(r)
    for row, new_id in zip(new, m.insert("recommendation", rows), strict=True):
        m.recs[row["id"]] = new_id
    m.added("recommendations", len(new))
    _sources(m)
    _texts(m)
    _predecessors(m)


def _sources(m: Merge) -> None:
    s = RecommendationSource
    here = set(map(tuple, m.s.execute(select(s.recommendation_id, s.document_id, s.source_kind))))
    rows = []
    for r in m.other("recommendation_source"):
        doc = r["document_id"]
        if doc is not None and doc not in m.docs:
            continue  # its document was not brought in
        r = without(r, "id") | {
            "recommendation_id": m.recs[r["recommendation_id"]],
            "document_id": m.docs.get(doc) if doc is not None else None,
        }
        key = (r["recommendation_id"], r["document_id"], r["source_kind"])
        if key not in here:
            here.add(key)
            rows.append(r)
    m.editing(len(rows), "recommendation sources")
    m.insert_plain("recommendation_source", rows)


def _texts(m: Merge) -> None:
    """The other copy's editions in languages this copy's rows lack (a French text of a
    recommendation this copy holds in English only); a text this copy has stays."""
    t = RecommendationText
    here = set(map(tuple, m.s.execute(select(t.recommendation_id, t.language))))
    rows = []
    for r in m.other("recommendation_text"):
        key = (m.recs[r["recommendation_id"]], r["language"])
        if key not in here:
            here.add(key)
            rows.append(without(r, "id") | {"recommendation_id": key[0]})
    m.editing(len(rows), "recommendation texts")
    m.insert_plain("recommendation_text", rows)
    m.added("recommendation_texts", len(rows))


def _predecessors(m: Merge) -> None:
    p = Predecessor
    here = {(r.recommendation_id, r.predecessor_id): r for r in m.s.scalars(select(p))}
    taken = m.uids("predecessor")
    rows = []
    for r in m.other("predecessor"):
        pair = (m.recs[r["recommendation_id"]], m.recs[r["predecessor_id"]])
        mine = here.get(pair)
        if mine is None:
            r = without(r, "id") | {"recommendation_id": pair[0], "predecessor_id": pair[1]}
            m.own_uid(r, taken)
            rows.append(r)
        elif (
            r["decided_at"] is not None
            and r["status"] != mine.status
            and (mine.decided_at is None or r["decided_at"] > mine.decided_at)
        ):
            mine.status, mine.decided_by = r["status"], r["decided_by"]
            mine.decided_at = r["decided_at"]
            m.updated("predecessors")
    m.insert_plain("predecessor", rows)
    m.added("predecessors", len(rows))
    m.s.flush()


def merge_paragraphs(m: Merge) -> None:
    """Paragraphs of a document both have by place; a new document's come in whole."""
    matched = {m.docs[d] for d in m.docs if d not in m.new_docs}
    place: dict[tuple[int, int], int] = {}
    for pid, doc, seq in m.s.execute(select(Paragraph.id, Paragraph.document_id, Paragraph.seq)):
        if doc in matched:
            place[(doc, seq)] = pid
    for r in m.other("paragraph", columns=("id", "document_id", "seq")):
        doc = r["document_id"]
        if doc in m.docs and doc not in m.new_docs:
            found = place.get((m.docs[doc], r["seq"]))
            if found is not None:
                m.paragraphs[r["id"]] = found
    _follow_versions(m, {pid: doc for (doc, _seq), pid in place.items()})
    new = m.other_in("paragraph", "document_id", m.new_docs)
    previous = {r["id"]: r["previous_id"] for r in new if r["previous_id"] is not None}
    rows = [
        without(r, "id") | {"document_id": m.docs[r["document_id"]], "previous_id": None}
        for r in new
    ]
    for row, new_id in zip(new, m.insert("paragraph", rows), strict=True):
        m.paragraphs[row["id"]] = new_id
    m.set_column(
        "paragraph",
        "previous_id",
        {m.paragraphs[k]: m.paragraphs[v] for k, v in previous.items() if v in m.paragraphs},
    )
    m.added("paragraphs", len(new))
    _footnotes_and_citations(m, {r["id"] for r in new})


def _follow_versions(m: Merge, doc_of: dict[int, int]) -> None:
    """Work on a paragraph of a version this workspace has since superseded goes to
    the paragraph continuing it with the same text in the latest version (where the
    new version's import carried this workspace's own work); a paragraph whose text
    changed keeps it, in the earlier version, as a new version's import does."""
    old = set(m.s.scalars(select(Document.id).where(Document.version_of_id.is_not(None))))
    if not old:
        return
    same = (ParagraphChange.UNCHANGED, ParagraphChange.MOVED)
    follows = dict(
        m.s.execute(
            select(Paragraph.previous_id, Paragraph.id).where(
                Paragraph.previous_id.is_not(None), Paragraph.change.in_(same)
            )
        ).all()
    )
    for theirs, mine in list(m.paragraphs.items()):
        if doc_of.get(mine) in old:
            seen = {mine}
            while mine in follows and follows[mine] not in seen:
                mine = follows[mine]
                seen.add(mine)
            m.paragraphs[theirs] = mine


def _footnotes_and_citations(m: Merge, new_paragraphs: set[int]) -> None:
    notes = m.other_in("footnote", "document_id", m.new_docs)
    rows = [without(r, "id") | {"document_id": m.docs[r["document_id"]]} for r in notes]
    for row, new_id in zip(notes, m.insert("footnote", rows), strict=True):
        m.footnotes[row["id"]] = new_id
    refs = [
        without(r, "id")
        | {"paragraph_id": m.paragraphs[r["paragraph_id"]], "footnote_id": m.footnotes[r["footnote_id"]]}
        for r in m.other_in("footnote_ref", "paragraph_id", new_paragraphs)
    ]  # fmt: skip
    m.insert_plain("footnote_ref", refs)
    cites = []
    for r in m.other_in("citation", "paragraph_id", new_paragraphs):
        fn, rec = r["footnote_id"], r["recommendation_id"]
        cites.append(
            without(r, "id")
            | {
                "paragraph_id": m.paragraphs[r["paragraph_id"]],
                "footnote_id": m.footnotes.get(fn) if fn is not None else None,
                "recommendation_id": m.recs.get(rec) if rec is not None else None,
            }
        )
    m.insert_plain("citation", cites)


def merge_dismissals(m: Merge) -> None:
    here = set(map(tuple, m.s.execute(select(CheckDismissal.document_id, CheckDismissal.key))))
    rows = []
    for r in m.other("check_dismissal"):
        doc = m.docs.get(r["document_id"])
        if doc is not None and (doc, r["key"]) not in here:
            here.add((doc, r["key"]))
            rows.append(without(r, "id") | {"document_id": doc})
    m.insert_plain("check_dismissal", rows)
    m.added("dismissals", len(rows))

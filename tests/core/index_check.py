"""What a search index must hold once every step has run (``index_is_whole``): the
same on both engines, used by the tests of indexing, of migrations and of search."""

from __future__ import annotations

from sqlalchemy import text

from reviewer.storage.fts_stems import bit
from reviewer.storage.fts_terms import cjk_grams, cjk_tsvector, fold_width
from reviewer.workspace import Workspace


def index_is_whole(ws: Workspace) -> None:
    """The index holds every paragraph with its text and nothing else (what a rebuild
    would make; SQLite: the text with full-width forms folded), its vocabulary every
    word indexed with the languages of the documents holding it."""
    with ws.write() as s:
        if ws.server:
            wrong = s.execute(
                text(
                    "SELECT count(*) FROM paragraph WHERE search IS DISTINCT FROM "
                    "to_tsvector('upr_search', upr_search_words(text))"
                )
            ).scalar()
            assert wrong == 0
            # the second index: each paragraph's CJK pieces at their positions
            rows = s.execute(text("SELECT text, search_cjk::text FROM paragraph")).all()
            for body, held in rows:
                grams = cjk_grams(body)
                want = (
                    None
                    if grams is None
                    else s.execute(
                        text("SELECT CAST(:v AS tsvector)::text"), {"v": cjk_tsvector(grams)}
                    ).scalar()
                )
                assert held == want, body
            words = (
                "SELECT DISTINCT unnest(tsvector_to_array(p.search)) AS term, d.language, "
                "d.document_id IS NOT NULL FROM paragraph p LEFT JOIN paragraph_fts_documents d "
                "ON d.document_id = p.document_id"
            )
        else:
            # the index's structure, then what it holds against a fresh index of the
            # folded texts, token by token
            s.execute(text("INSERT INTO paragraph_fts(paragraph_fts) VALUES('integrity-check')"))
            s.execute(
                text(
                    "CREATE VIRTUAL TABLE temp.want USING fts5(text, "
                    "tokenize='unicode61 remove_diacritics 2')"
                )
            )
            texts = s.execute(text("SELECT id, text FROM paragraph")).all()
            if texts:
                s.execute(
                    text("INSERT INTO temp.want(rowid, text) VALUES (:i, :t)"),
                    [{"i": pid, "t": fold_width(body)} for pid, body in texts],
                )
            for name, schema, table in (("have", "main", "paragraph_fts"), ("wv", "temp", "want")):
                s.execute(
                    text(
                        f"CREATE VIRTUAL TABLE temp.{name} USING "
                        f"fts5vocab({schema}, {table}, 'instance')"
                    )
                )
            differ = s.execute(
                text(
                    "SELECT count(*) FROM (SELECT * FROM temp.have EXCEPT SELECT * FROM temp.wv "
                    "UNION ALL SELECT * FROM temp.wv EXCEPT SELECT * FROM temp.have)"
                )
            ).scalar()
            assert differ == 0
            # the second index holds each paragraph's CJK pieces, and nothing else
            s.execute(
                text(
                    "INSERT INTO paragraph_fts_cjk(paragraph_fts_cjk, rank) "
                    "VALUES('integrity-check', 1)"
                )
            )
            held = set(s.execute(text("SELECT rowid, grams FROM paragraph_fts_cjk")).all())
            want = {(pid, g) for pid, body in texts if (g := cjk_grams(body)) is not None}
            assert held == want
            words = (
                "SELECT DISTINCT v.term, d.language, d.document_id IS NOT NULL FROM temp.wv v "
                "JOIN paragraph p ON p.id = v.doc LEFT JOIN paragraph_fts_documents d "
                "ON d.document_id = p.document_id"
            )
        # the vocabulary holds every word indexed, with the languages of the documents
        # told when their paragraphs were indexed (a paragraph a new version took over
        # keeps what it was indexed with: its new document may have no language kept)
        masks = dict(s.execute(text("SELECT term, langs FROM paragraph_fts_terms")).all())
        wrong_words = [
            (term, language)
            for term, language, told in s.execute(text(words))
            if term not in masks or (told and not masks[term] & bit(language))
        ]
        assert wrong_words == [], wrong_words[:10]
        if not ws.server:
            for name in ("have", "wv", "want"):
                s.execute(text(f"DROP TABLE temp.{name}"))

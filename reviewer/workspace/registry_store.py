"""Entering recommendations into the registry: one row per (symbol, number).

Whichever document brings a recommendation first creates its row; later ones
enrich it.  The UN's own lists (thematic lists, Working Group reports, tables) are
authoritative for text and States; a footnote only fills what is missing.  A text
that really differs is kept, with its source, in ``recommendation_source``.

The UN publishes every list and report in six languages: an edition in another
language than the row's first (``Facts.language``) adds the recommendation's text in
that language (``recommendation_text``), never a second row, and leaves
``recommendation.text`` as the first edition's.  A position it gives that disagrees
with the row's settled one is reported (``upsert``'s ``disagreements``) and marked a
conflict, not taken: the editions are translations of one decision.

Another process (the command line, a second window, a colleague on PostgreSQL) may
make the same row at the same moment, so a single row is never made by "look, then
insert": ``insert_if_absent`` sends ``INSERT … ON CONFLICT DO NOTHING`` in the
database's own dialect and the caller reads back whichever row won.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, select, tuple_
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from reviewer.languages import detect
from reviewer.recommendations.normalise import same_text
from reviewer.storage.models import Base, Recommendation, RecommendationSource, RecommendationText

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql
from reviewer.vocabulary import UNSETTLED_POSITIONS, Position, SourceKind, number_sort_value

# Whose word counts when sources disagree: the UN's own lists over a table or the
# responses, and any of them over what a footnote quotes.
AUTHORITY = {
    SourceKind.THEMATIC_LIST: 3,
    SourceKind.WG_REPORT: 3,
    SourceKind.TABLE: 2,
    SourceKind.RESPONSES: 2,
    SourceKind.FOOTNOTE: 1,
}


@dataclass(frozen=True)
class Facts:
    """What one source says about one recommendation (None: says nothing)."""

    symbol: str
    number: str
    text: str | None = None
    states: tuple[str, ...] = ()
    position: Position | None = None
    position_source: str | None = None
    themes: tuple[tuple[str, str], ...] = ()
    affected_persons: tuple[str, ...] = ()
    comment: str | None = None
    state_under_review: str | None = None
    cycle: int | None = None
    language: str | None = None  # the UN language the text is in (None: not told)


def dialect_insert(session: Session, model: type[Base]) -> sqlite.Insert | postgresql.Insert:
    """``insert(model)`` of the session's database: SQLite's or PostgreSQL's, which
    both offer ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.insert(cast(Table, model.__table__))
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql  # a team workspace's: loaded with it

        return postgresql.insert(cast(Table, model.__table__))
    # only SQLite files and PostgreSQL servers are supported
    raise NotImplementedError(f"no INSERT … ON CONFLICT for the {name} database")


def insert_if_absent(
    session: Session, model: type[Base], keys: Sequence[str], **values: Any
) -> bool:
    """Insert one row unless a row with the same ``keys`` (a unique constraint) exists.

    True when this call made the row.  Never raises IntegrityError for a row another
    writer made first, whatever the interleaving; the caller reads the row back.
    """
    stmt = dialect_insert(session, model).values(**values)
    done = session.execute(
        stmt.on_conflict_do_nothing(index_elements=list(keys)),
        execution_options={"preserve_rowcount": True},  # psycopg's INSERT: else -1
    )
    return cast("CursorResult[Any]", done).rowcount == 1


def get_or_create(session: Session, symbol: str, number: str) -> Recommendation:
    """The registry's row for (symbol, number), made bare (text unknown) if new."""
    rec = _by_key(session, symbol, number)
    if rec is None:
        insert_if_absent(
            session,
            Recommendation,
            ("symbol", "number"),
            symbol=symbol,
            number=number,
            sort_key=number_sort_value(number),
            position=Position.UNKNOWN,
        )
        rec = _by_key(session, symbol, number)
        assert rec is not None  # made now, or by the writer that won
    return rec


def _by_key(session: Session, symbol: str, number: str) -> Recommendation | None:
    return session.scalar(
        select(Recommendation).where(
            Recommendation.symbol == symbol, Recommendation.number == number
        )
    )


def load_existing(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], Recommendation]:
    keys = list(set(keys))
    found: dict[tuple[str, str], Recommendation] = {}
    for i in range(0, len(keys), 400):
        chunk = keys[i : i + 400]
        rows = session.scalars(
            select(Recommendation).where(
                tuple_(Recommendation.symbol, Recommendation.number).in_(chunk)
            )
        )
        for rec in rows:
            found[(rec.symbol, rec.number)] = rec
    return found


def _merge_list(
    old: list[Any], new: Iterable[Any], key: Callable[[Any], Any] = lambda x: x
) -> list[Any]:
    out = list(old or [])
    seen = {key(x) for x in out}
    for item in new:
        item = list(item) if isinstance(item, tuple) else item
        if key(item) not in seen:
            out.append(item)
            seen.add(key(item))
    return out


Texts = dict[tuple[str, str], dict[str, RecommendationText]]


def load_texts(session: Session, recs: Iterable[Recommendation]) -> Texts:
    """The texts per language of these (stored) recommendations, by (symbol, number),
    each in the order they were entered (the first edition's first)."""
    by_id = {r.id: (r.symbol, r.number) for r in recs if r.id is not None}
    found: Texts = {key: {} for key in by_id.values()}
    ids = list(by_id)
    for i in range(0, len(ids), 400):
        rows = session.scalars(
            select(RecommendationText)
            .where(RecommendationText.recommendation_id.in_(ids[i : i + 400]))
            .order_by(RecommendationText.id)
        )
        for row in rows:
            found[by_id[row.recommendation_id]][row.language] = row
    return found


def _set_text(
    session: Session,
    rec: Recommendation,
    rows: dict[str, RecommendationText],
    language: str,
    text: str,
) -> None:
    row = rows.get(language)
    if row is None:
        row = rows[language] = RecommendationText(recommendation=rec, language=language, text=text)
        session.add(row)
    else:
        row.text = text


def upsert(
    session: Session,
    facts: Facts,
    source_kind: SourceKind,
    document_id: int | None,
    existing: dict[tuple[str, str], Recommendation],
    texts: Texts | None = None,
    disagreements: list[str] | None = None,
) -> Recommendation:
    """Enter what ``facts`` says; a row missing from ``existing`` is added (batched).

    The batch add is for imports, whose transaction has already written (the
    document row) and so holds SQLite's write lock while ``existing`` is read and
    flushed: no other writer can make the row in between.  A single row named by a
    person (a manual link) goes through ``get_or_create`` first.

    ``texts`` (``load_texts`` of ``existing``; read here when not given) are the rows'
    texts per language, kept up to date; a position of another language's edition
    that disagrees with the row's is added to ``disagreements``, not taken.
    """
    key = (facts.symbol, facts.number)
    rec = existing.get(key)
    conflict = False
    authority = AUTHORITY.get(source_kind, 1)
    # a registry document's text is an edition (its language told); a footnote's, a quote
    language = facts.language if authority >= 2 else None
    if rec is None:
        rec = Recommendation(
            symbol=facts.symbol,
            number=facts.number,
            sort_key=number_sort_value(facts.number),
            text=facts.text,
            states=list(facts.states),
            position=facts.position or Position.UNKNOWN,
            position_source=facts.position_source,
            themes=[list(t) for t in facts.themes],
            affected_persons=list(facts.affected_persons),
            comment=facts.comment,
            state_under_review=facts.state_under_review,
            cycle=facts.cycle,
        )
        session.add(rec)
        existing[key] = rec
        rows: dict[str, RecommendationText] = {}
        if texts is not None:
            texts[key] = rows
        if facts.text and language:
            _set_text(session, rec, rows, language, facts.text)
    else:
        known = texts.get(key) if texts is not None else None
        if known is None:
            known = load_texts(session, [rec]).get(key, {})
            if texts is not None:
                texts[key] = known
        rows = known
        first = next(iter(rows), None)  # the language of ``rec.text`` (first edition's)
        other_edition = language is not None and first is not None and language != first
        if facts.text:
            if other_edition:
                assert language is not None
                mine = rows.get(language)
                if mine is None:
                    _set_text(session, rec, rows, language, facts.text)
                elif not same_text(mine.text, facts.text):
                    conflict = True
                    if authority >= 3:
                        mine.text = facts.text
            elif first is None and rec.text and language and _quoted_in_another(rec.text, language):
                # a footnote's quote in another language, no edition: an edition's text
                # is no conflict with it, and a UN list's takes its place
                if authority >= 3:
                    rec.text = facts.text
                _set_text(session, rec, rows, language, facts.text)
            else:
                if not rec.text:
                    rec.text = facts.text
                elif not same_text(rec.text, facts.text):
                    conflict = True
                    if authority >= 3:
                        rec.text = facts.text
                if language and rec.text:
                    _set_text(session, rec, rows, language, rec.text)
        if facts.states and not other_edition:
            rec.states = (
                _merge_list(list(facts.states), rec.states)
                if authority >= 3
                else _merge_list(rec.states, facts.states)
            )
        if facts.position:
            disagree = rec.position not in (*UNSETTLED_POSITIONS, facts.position) and (
                facts.position != Position.PENDING
            )
            if disagree:
                conflict = True
            if other_edition and disagree:
                if disagreements is not None:
                    disagreements.append(
                        f"{facts.symbol} {facts.number}: the {language} edition says "
                        f"{facts.position}, the registry says {rec.position} (kept)"
                    )
            elif facts.position != Position.PENDING or rec.position == Position.UNKNOWN:
                rec.position = facts.position
                rec.position_source = facts.position_source or rec.position_source
        if facts.themes:
            rec.themes = _merge_list(rec.themes, facts.themes, key=lambda t: t[0])
        if facts.affected_persons and not other_edition:
            rec.affected_persons = _merge_list(rec.affected_persons, facts.affected_persons)
        if facts.comment and not other_edition:
            rec.comment = facts.comment if not rec.comment else rec.comment
        rec.state_under_review = rec.state_under_review or facts.state_under_review
        rec.cycle = rec.cycle or facts.cycle
    says_something = facts.text or facts.states or facts.position or facts.themes
    if not says_something:
        return rec
    session.add(
        RecommendationSource(
            recommendation=rec,
            document_id=document_id,
            source_kind=source_kind,
            text=facts.text,
            states=list(facts.states),
            position=facts.position,
            conflict=int(conflict),
        )
    )
    return rec


def _quoted_in_another(text: str, language: str) -> bool:
    """Whether ``text`` (a footnote's quote, no edition's) is told to be in another
    language than ``language``."""
    found = detect(text)
    return found is not None and found != language

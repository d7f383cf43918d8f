"""PostgreSQL's full-text search over paragraph text, made to find what FTS5 finds.

SQLite's index (``reviewer.storage.fts``) splits text into runs of letters and digits
(``unicode61``), folds case and drops diacritics; it does not stem.  The server's
index does the same before PostgreSQL's parser sees the text: ``upr_search_words``
replaces every character that is neither letter nor digit with a space (ICU's
classes, so Arabic, Chinese and Cyrillic text split as FTS5 splits them whatever
the database's locale), removes accents (``unaccent``) and lowercases (ICU).  The
``simple`` configuration then takes each run as it is: no stemming, no stop words.
So ``ill-treatment`` is ``ill`` and ``treatment`` in both, ``A/HRC/40/6`` is
``a hrc 40 6``, ``É`` is ``e``.

The tsvector lives in ``paragraph.search``, kept by a trigger like FTS5's, under a
GIN index.  The query language is the window's (``build_match``): words ANDed,
"phrases", ``prefix*``, ``OR``; it becomes a tsquery built from the same folded
words (``<->`` for phrases, ``:*`` for prefixes), each word passed as a bound value.
Statements are versioned constants, as in ``fts``: migrations name their version.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from reviewer.storage import fts_terms
from reviewer.storage.fts import HIT_END, HIT_START, Vocabulary
from reviewer.storage.fts_terms import Forms, Term, parse

CONFIG = "upr_search"
# Migration 0012 (``reviewer.storage.fts_terms``): the words the index holds (the
# vocabulary a word's other forms are read from, kept by the index steps), and
# ``paragraph.search_cjk``: the pieces of a paragraph's CJK runs, at their positions.
TERMS = "paragraph_fts_terms"
PG_V3_CREATE = (
    f'CREATE TABLE {TERMS} (term text COLLATE "C" PRIMARY KEY)',
    "ALTER TABLE paragraph ADD COLUMN search_cjk tsvector",
    "CREATE INDEX ix_paragraph_search_cjk ON paragraph USING gin (search_cjk)",
    f"INSERT INTO {TERMS}(term) SELECT word FROM ts_stat("
    "'SELECT search FROM paragraph WHERE search IS NOT NULL') ON CONFLICT DO NOTHING",
)
PG_V3_DROP = (
    "DROP INDEX IF EXISTS ix_paragraph_search_cjk",
    "ALTER TABLE paragraph DROP COLUMN IF EXISTS search_cjk",
    f"DROP TABLE IF EXISTS {TERMS}",
)

# Every table's statements send one notification per transaction and table
# (PostgreSQL folds identical ones): "<client id> <table>".
NOTIFY_FUNCTION_V1 = (
    "CREATE OR REPLACE FUNCTION upr_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM pg_notify('upr_reviewer', "
    "coalesce(current_setting('upr.client', true), '') || ' ' || TG_TABLE_NAME); "
    "RETURN NULL; END $$"
)


def notify_trigger(table: str) -> tuple[str, str]:
    """(create, drop) of the change notification on ``table``."""
    name = f"upr_notify_{table}"
    return (
        f'CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
        "FOR EACH STATEMENT EXECUTE FUNCTION upr_notify()",
        f'DROP TRIGGER IF EXISTS {name} ON "{table}"',
    )


def search_v1_create(unaccent_schema: str, icu: bool) -> tuple[str, ...]:
    """The search column, its function, trigger and index (migration 0007)."""
    collate = ' COLLATE "und-x-icu"' if icu else ""
    unaccent = f'"{unaccent_schema}".unaccent'
    return (
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.simple)",
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR asciiword, "
        f"asciihword, hword_asciipart, word, hword, hword_part WITH {unaccent}, simple",
        "CREATE OR REPLACE FUNCTION upr_search_words(t text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(regexp_replace("
        f"{unaccent}('{unaccent}'::regdictionary, t){collate}, "
        f"'[^[:alnum:]]+', ' ', 'g'){collate}) $$",
        "CREATE OR REPLACE FUNCTION upr_paragraph_search() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"NEW.search := to_tsvector('{CONFIG}', upr_search_words(NEW.text)); "
        "RETURN NEW; END $$",
        "ALTER TABLE paragraph ADD COLUMN search tsvector",
        f"UPDATE paragraph SET search = to_tsvector('{CONFIG}', upr_search_words(text))",
        "CREATE TRIGGER paragraph_search BEFORE INSERT OR UPDATE OF text ON paragraph "
        "FOR EACH ROW EXECUTE FUNCTION upr_paragraph_search()",
        "CREATE INDEX ix_paragraph_search ON paragraph USING gin (search)",
    )


SEARCH_V1_DROP = (
    "DROP INDEX IF EXISTS ix_paragraph_search",
    "DROP TRIGGER IF EXISTS paragraph_search ON paragraph",
    "ALTER TABLE paragraph DROP COLUMN IF EXISTS search",
    "DROP FUNCTION IF EXISTS upr_paragraph_search()",
    "DROP FUNCTION IF EXISTS upr_search_words(text)",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
)


def _word_sql(term: Term, params: dict[str, str], found: list[str]) -> str:
    words = term.other_words if term.cjk_words else term.words
    prefix = term.prefix and not term.cjk_words
    parts = []
    for i, w in enumerate(words):
        key = f"w{len(params)}"
        params[key] = w
        star = " || ':*'" if prefix and i == len(words) - 1 else ""
        parts.append(f"to_tsquery('{CONFIG}', quote_literal(upr_search_words(:{key})){star})")
    sql = parts[0]
    for p in parts[1:]:
        sql = f"tsquery_phrase({sql}, {p})"
    for form in found:  # already as the index holds it
        key = f"w{len(params)}"
        params[key] = form
        sql += f" || to_tsquery('{CONFIG}', quote_literal(:{key}))"
    return f"({sql})" if found else sql


@dataclass(frozen=True)
class ServerQuery:
    """A query for PostgreSQL: per OR group, the SQL of its tsquery over ``search``
    and over ``search_cjk`` (None: nothing there); ``params`` their bound values."""

    groups: tuple[tuple[str | None, str | None], ...]
    params: dict[str, str]

    @property
    def cjk(self) -> bool:
        return any(c is not None for _, c in self.groups)

    @property
    def words(self) -> str:
        """The whole query over ``search`` (a query with no CJK word)."""
        return " || ".join(f"({w})" for w, _ in self.groups if w is not None)

    def any_of(self, side: int) -> str | None:
        """Any group's tsquery over one column (0: words, 1: CJK): what ranks it."""
        parts = [f"({g[side]})" for g in self.groups if g[side] is not None]
        return " || ".join(parts) if parts else None


def compile_tsquery(query: str, forms: Forms | None = None) -> ServerQuery:
    """Same reading as ``fts.compile_query``: terms ANDed, ``OR`` between two terms
    (an ``OR`` with no term before it is the word "or"), a "phrase" (or
    ``ill-treatment``) its words in a row, ``word*`` a prefix, a bare word ORed with
    its other forms, a CJK word the phrase of its pieces in ``search_cjk``.  Each word
    is bound as a value, never spliced into SQL, and folded on the server by the very
    function the index was made with (``upr_search_words``), so a query word is always
    what the index holds for the same word: folding it here instead (Python's NFKD)
    would drop marks ``unaccent`` keeps (the hamza of Arabic أ) and find nothing.
    """
    params: dict[str, str] = {}
    groups = []
    for group in parse(query):
        words: list[str] = []
        cjk: list[str] = []
        for term in group:
            if not term.cjk_words or term.other_words:
                found = forms(term) if forms is not None and term.stemmed else []
                words.append(_word_sql(term, params, found))
            if term.cjk_words:
                cjk += [f"({fts_terms.cjk_tsquery(w)})" for w in term.cjk_words]
        cjk_sql = None
        if cjk:
            key = f"c{len(params)}"
            params[key] = " & ".join(cjk)
            cjk_sql = f"CAST(:{key} AS tsquery)"
        groups.append((" && ".join(words) or None, cjk_sql))
    return ServerQuery(tuple(groups), params)


def build_tsquery(query: str, forms: Forms | None = None) -> tuple[str, dict[str, str]]:
    """The SQL of a tsquery over ``search`` for what a person typed (with no CJK
    word: ``compile_tsquery``), and its bound words."""
    compiled = compile_tsquery(query, forms)
    return compiled.words, compiled.params


def vocabulary(conn: Connection, languages: tuple[str, ...] | None = None) -> Forms:
    """The other forms of a term's word among the words the index holds (``TERMS``);
    the word folded on the server as the index folds it (``languages``: the
    workspace's, read already; else read when first needed)."""

    def fold(word: str) -> str:
        folded = conn.execute(text("SELECT upr_search_words(:w)"), {"w": word}).scalar_one()
        return str(folded).strip()

    return Vocabulary(conn, fold, languages)


HEADLINE_OPTIONS = (
    f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=12, "
    "ShortWord=1, MaxFragments=1, FragmentDelimiter=…"
)

__all__ = [
    "CONFIG",
    "HEADLINE_OPTIONS",
    "NOTIFY_FUNCTION_V1",
    "SEARCH_V1_DROP",
    "build_tsquery",
    "compile_tsquery",
    "notify_trigger",
    "search_v1_create",
]

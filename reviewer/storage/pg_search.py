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

from reviewer.storage.fts import _TOKEN, _WORD, HIT_END, HIT_START, QueryError

CONFIG = "upr_search"

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


def build_tsquery(query: str) -> tuple[str, dict[str, str]]:
    """The SQL of a tsquery for what a person typed, and its bound words.

    Same reading as ``fts.build_match``: terms ANDed, ``OR`` between two terms (an
    ``OR`` with no term before it is the word "or"), a "phrase" (or
    ``ill-treatment``) its words in a row, ``word*`` a prefix.  Each word is bound as
    a value, never spliced into SQL, and folded on the server by the very function
    the index was made with (``upr_search_words``), so a query word is always what
    the index holds for the same word: folding it here instead (Python's NFKD) would
    drop marks ``unaccent`` keeps (the hamza of Arabic أ) and find nothing.
    """
    params: dict[str, str] = {}
    groups: list[list[str]] = [[]]  # FTS5 reads "a b OR c" as (a AND b) OR c
    after_term = False
    for phrase, word in _TOKEN.findall(query):
        if not phrase and word == "OR" and after_term:
            groups.append([])
            after_term = False
            continue
        prefix = not phrase and word.endswith("*") and len(word) > 1
        words = _WORD.findall(phrase or (word.rstrip("*") if prefix else word))
        if not words:
            continue
        parts = []
        for i, w in enumerate(words):
            key = f"w{len(params)}"
            params[key] = w
            star = " || ':*'" if prefix and i == len(words) - 1 else ""
            parts.append(f"to_tsquery('{CONFIG}', quote_literal(upr_search_words(:{key})){star})")
        term = parts[0]
        for p in parts[1:]:
            term = f"tsquery_phrase({term}, {p})"
        groups[-1].append(term)
        after_term = True
    ands = [" && ".join(g) for g in groups if g]
    if not ands:
        raise QueryError(f"nothing to search for in {query!r}")
    return " || ".join(f"({a})" for a in ands), params


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
    "notify_trigger",
    "search_v1_create",
]

"""SQLite FTS5 index over paragraph text, and the search query builder.

The index is an external-content table kept by the index steps
(``reviewer.storage.fts_index``).  The statements are versioned constants:
migrations refer to the version they were written for.

``build_match`` is the query as typed; ``expanded_query`` what search runs: a bare
word ORed with its other forms, CJK words in the second index
(``reviewer.storage.fts_terms``).  ``match_spans`` finds in a text what either finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from reviewer.storage import fts_terms
from reviewer.storage.fts_terms import QueryError, Term, index_fold, is_cjk, parse

FTS_V1_CREATE = (
    "CREATE VIRTUAL TABLE paragraph_fts USING fts5("
    "text, content='paragraph', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER paragraph_fts_ai AFTER INSERT ON paragraph BEGIN "
    "INSERT INTO paragraph_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER paragraph_fts_ad AFTER DELETE ON paragraph BEGIN "
    "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES('delete', old.id, old.text); END",
    "CREATE TRIGGER paragraph_fts_au AFTER UPDATE OF text ON paragraph BEGIN "
    "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES('delete', old.id, old.text); "
    "INSERT INTO paragraph_fts(rowid, text) VALUES (new.id, new.text); END",
)
FTS_V1_DROP = (
    "DROP TRIGGER IF EXISTS paragraph_fts_au",
    "DROP TRIGGER IF EXISTS paragraph_fts_ad",
    "DROP TRIGGER IF EXISTS paragraph_fts_ai",
    "DROP TABLE IF EXISTS paragraph_fts",
)
FTS_REBUILD = "INSERT INTO paragraph_fts(paragraph_fts) VALUES('rebuild')"

# Marks around matched terms in snippets: control characters no document contains,
# turned into HTML or brackets by whoever shows them.
HIT_START = "\x02"
HIT_END = "\x03"

_TOKEN = fts_terms._TOKEN

# Migration 0012 (``reviewer.storage.fts_terms``): the words the index holds, each
# once (the vocabulary a bare word's other forms are read from by range), and the
# second index, of CJK characters' pieces.  The second index keeps its own copy of
# what it holds, so an entry is taken out by its rowid alone, whatever the
# paragraph's text has become.
TERMS = "paragraph_fts_terms"
# Migration 0013 (``reviewer.storage.fts_languages``): each indexed document's language
DOCS = "paragraph_fts_documents"
CJK = "paragraph_fts_cjk"
TOKENIZE = "unicode61 remove_diacritics 2"  # paragraph_fts's (FTS_V1_CREATE)
FTS_V3_CREATE = (
    f"CREATE TABLE {TERMS} (term TEXT PRIMARY KEY) WITHOUT ROWID",
    f"CREATE VIRTUAL TABLE {CJK} USING fts5(grams, tokenize='unicode61')",
    # the words the index holds now, read once from its own vocabulary
    "CREATE VIRTUAL TABLE temp.paragraph_fts_vocab USING fts5vocab(main, paragraph_fts, 'row')",
    f"INSERT INTO {TERMS}(term) SELECT term FROM temp.paragraph_fts_vocab",
    "DROP TABLE temp.paragraph_fts_vocab",
)
FTS_V3_DROP = (f"DROP TABLE IF EXISTS {CJK}", f"DROP TABLE IF EXISTS {TERMS}")
# A step's new words: its paragraphs tokenized once more, by the same tokenizer, into a
# table of this connection's own that keeps no text, positions or rows (its
# vocabulary is all that is read), emptied after each step.
BATCH = "temp.paragraph_fts_batch"
BATCH_TABLES = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {BATCH} USING fts5(text, content='', "
    f"detail=none, columnsize=0, tokenize='{TOKENIZE}')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.paragraph_fts_batch_vocab "
    "USING fts5vocab(temp, paragraph_fts_batch, 'row')",
)

# the paragraphs the second index may have to hold: those with any character that is
# not ASCII (a cheap look in SQL: a GLOB for the CJK characters themselves costs 2.5
# times the word index's own tokenizing), exact in Python (``fts_terms.cjk_grams``)
NOT_ASCII = "length(p.text) < length(CAST(p.text AS BLOB))"


def build_match(query: str) -> str:
    """Turn what a person typed into a safe FTS5 MATCH expression.

    Each term is quoted (a raw ``ill-treatment`` is an FTS5 syntax error); a
    "quoted phrase" stays a phrase; a trailing ``*`` keeps prefix search; terms are
    ANDed.  ``OR`` between terms is kept as OR.
    """
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            text, prefix = phrase, False
        else:
            if word == "OR" and parts and parts[-1] != "OR":
                parts.append("OR")
                continue
            prefix = word.endswith("*") and len(word) > 1
            text = word.rstrip("*") if prefix else word
        text = text.replace('"', " ").strip()
        if not re.search(r"\w", text):
            continue
        parts.append(f'"{text}"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    if not parts:
        raise QueryError(f"nothing to search for in {query!r}")
    return " ".join(parts)


_WORD = fts_terms._WORD


def _fold(word: str) -> str:
    """A token as the index compares it: case and diacritics set aside."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# ------------------------------------------------------------------ the expanded query


@dataclass(frozen=True)
class Compiled:
    """A query for SQLite: per OR group, its FTS5 expression over the word index and
    over the second (CJK) index (None: nothing there)."""

    groups: tuple[tuple[str | None, str | None], ...]

    @property
    def cjk(self) -> bool:
        return any(c is not None for _, c in self.groups)

    @property
    def match(self) -> str:
        """The whole query over the word index (a query with no CJK word)."""
        return " OR ".join(w for w, _ in self.groups if w is not None)

    @property
    def words_any(self) -> str | None:
        """Any group's words (what ranks the word index's part)."""
        parts = [f"({w})" for w, _ in self.groups if w is not None]
        return " OR ".join(parts) if parts else None

    @property
    def cjk_any(self) -> str | None:
        parts = [f"({c})" for _, c in self.groups if c is not None]
        return " OR ".join(parts) if parts else None


def _quoted(words: Iterable[str]) -> str:
    return '"' + " ".join(words) + '"'


def cjk_expression(word: str) -> str:
    pieces, prefix = fts_terms.cjk_query(word)
    return _quoted(pieces) + ("*" if prefix else "")


def compile_query(query: str, forms: fts_terms.Forms | None = None) -> Compiled:
    """The FTS5 expressions of what a person typed (``build_match``'s reading), a bare
    word ORed with its other forms (``forms(term)``), CJK words in the second index."""
    groups = []
    for group in parse(query):
        words: list[str] = []
        cjk: list[str] = []
        for term in group:
            if not term.cjk_words:
                found = forms(term) if forms is not None and term.stemmed else []
                quoted = f'"{term.text}"' + ("*" if term.prefix else "")
                words.append(
                    f"({' OR '.join([quoted, *map(_quoted, [[f] for f in found])])})"
                    if found
                    else quoted
                )
                continue
            other = term.other_words
            if other:
                star = "*" if term.prefix and not is_cjk(term.words[-1]) else ""
                words.append(_quoted(other) + star)
            cjk += [cjk_expression(w) for w in term.cjk_words]
        # "a" "b" as build_match writes it; FTS5 wants AND beside parentheses
        joint = " AND " if any(w.startswith("(") for w in words) else " "
        groups.append((joint.join(words) or None, " ".join(cjk) or None))
    return Compiled(tuple(groups))


def terms_lookup(conn: Connection) -> fts_terms.Lookup:
    """The index's terms (``TERMS``, on either engine) that start with any of the
    starts given, each with its languages' mask (``fts_stems.BITS``)."""

    def lookup(starts: list[str]) -> list[tuple[str, int]]:
        params: dict[str, str] = {}
        parts = []
        for i, start in enumerate(starts):
            params[f"a{i}"], params[f"b{i}"] = start, fts_terms.upper_bound(start)
            parts.append(f"SELECT term, langs FROM {TERMS} WHERE term >= :a{i} AND term < :b{i}")
        if not parts:
            return []
        union = parts[0] if len(parts) == 1 else " UNION ALL ".join(f"{p}" for p in parts)
        sql = f"SELECT term, langs FROM ({union}) AS found LIMIT {fts_terms.MAX_FORMS}"
        return [(t, int(m)) for t, m in conn.execute(text(sql), params)]

    return lookup


def present(conn: Connection) -> tuple[str, ...]:
    """The languages the workspace's indexed documents are written in (told ones)."""
    rows = conn.execute(
        text(f"SELECT DISTINCT language FROM {DOCS} WHERE language IS NOT NULL")
    ).scalars()
    return tuple(sorted(str(lang) for lang in rows))


class Vocabulary:
    """The other forms of a term's word among the word index's own terms, in the
    languages of the documents holding them; the workspace's languages (``present``)
    as given (a search reads them once, to return them with its hits), else read
    when first needed."""

    def __init__(
        self,
        conn: Connection,
        fold: Callable[[str], str] = index_fold,
        languages: tuple[str, ...] | None = None,
    ) -> None:
        self.lookup = terms_lookup(conn)
        self.fold = fold
        self._conn: Connection | None = conn if languages is None else None
        self._present: tuple[str, ...] = languages or ()

    @property
    def present(self) -> tuple[str, ...]:
        if self._conn is not None:
            self._present, self._conn = present(self._conn), None
        return self._present

    def __call__(self, term: Term) -> list[str]:
        word = self.fold(term.words[0])
        if not fts_terms.stemmers_for(word):
            return []
        return fts_terms.forms(word, self.lookup, self.present)


def vocabulary(conn: Connection) -> Vocabulary:
    """The other forms of a term's word among the word index's own terms."""
    return Vocabulary(conn)


def expanded_query(conn: Connection, query: str) -> Compiled:
    """``compile_query`` with the word index's vocabulary."""
    return compile_query(query, vocabulary(conn))


# ------------------------------------------------------------------ marks in a text


def _term_spans(
    term: Term, tokens: list[tuple[int, int, str]], text: str, present: tuple[str, ...]
) -> list[tuple[int, int]]:
    spans = []
    for word in term.cjk_words:  # inside runs: wherever the characters stand
        at = text.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    words = tuple(_fold(w) for w in term.other_words)
    n = len(words)
    if not n:
        return spans
    prefix = term.prefix and not term.cjk_words
    folded = index_fold(term.words[0])
    starts = tuple(fts_terms.starts_of(folded, present)) if term.stemmed else ()
    languages = fts_terms.stemmers_for(folded, present)
    for i in range(len(tokens) - n + 1):
        run = tokens[i : i + n]
        last = run[-1][2]
        if all(t[2] == w for t, w in zip(run[:-1], words[:-1], strict=True)) and (
            last.startswith(words[-1]) if prefix else last == words[-1]
        ):
            spans.append((run[0][0], run[-1][1]))
        elif starts:
            token = index_fold(text[run[0][0] : run[0][1]])
            if token.startswith(starts) and fts_terms.script_of(token) == fts_terms.script_of(
                folded
            ):
                if fts_terms.same_stem(folded, token, languages):
                    spans.append((run[0][0], run[0][1]))
    return spans


def query_terms(query: str) -> list[tuple[tuple[str, ...], bool]]:
    """What a query looks for, as ``build_match`` reads it: each term's folded words
    (several for a "quoted phrase" or ``ill-treatment``) and whether its last word is
    a prefix (``educat*``).  ``OR`` is no term."""
    try:
        groups = parse(query)
    except QueryError:
        return []
    return [(tuple(_fold(w) for w in t.words), t.prefix) for g in groups for t in g]


def match_spans(query: str, text: str, present: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Where ``text`` holds what ``query`` searches for: (start, end) code point offsets,
    sorted and merged; words, phrases (the words in a row) and prefixes match as the
    full-text index matches them (whole words, any case, diacritics set aside; a bare
    word in its other forms too, in the languages ``present``, or all of its script's),
    a CJK word wherever its characters stand."""
    try:
        groups = parse(query)
    except QueryError:
        return []
    present = tuple(present)
    tokens = [(m.start(), m.end(), _fold(m.group(0))) for m in _WORD.finditer(text)]
    spans = [
        span for g in groups for term in g for span in _term_spans(term, tokens, text, present)
    ]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

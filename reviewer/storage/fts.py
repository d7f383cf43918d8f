"""SQLite FTS5 index over paragraph text, and the search query builder.

The index is an external-content table kept in step by triggers, so an edit of a
paragraph's text is searchable at once.  The statements are versioned constants:
migrations refer to the version they were written for.
"""

from __future__ import annotations

import re
import unicodedata

from reviewer.errors import BadQuery

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

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')


class QueryError(BadQuery):
    """A search query with nothing to search for."""


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


_WORD = re.compile(r"[^\W_]+")


def _fold(word: str) -> str:
    """A token as the index compares it: case and diacritics set aside."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_terms(query: str) -> list[tuple[tuple[str, ...], bool]]:
    """What a query looks for, as ``build_match`` reads it: each term's folded words
    (several for a "quoted phrase" or ``ill-treatment``) and whether its last word is
    a prefix (``educat*``).  ``OR`` is no term."""
    terms = []
    for phrase, word in _TOKEN.findall(query):
        if not phrase and word == "OR":
            continue
        text = phrase or word
        prefix = not phrase and word.endswith("*") and len(word) > 1
        words = tuple(_fold(w) for w in _WORD.findall(text.rstrip("*") if prefix else text))
        if words:
            terms.append((words, prefix))
    return terms


def match_spans(query: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds what ``query`` searches for: (start, end) code point offsets,
    sorted and merged; words, phrases (the words in a row) and prefixes match as the
    full-text index matches them (whole words, any case, diacritics set aside)."""
    tokens = [(m.start(), m.end(), _fold(m.group(0))) for m in _WORD.finditer(text)]
    spans = []
    for words, prefix in query_terms(query):
        n = len(words)
        for i in range(len(tokens) - n + 1):
            run = tokens[i : i + n]
            if all(t[2] == w for t, w in zip(run[:-1], words[:-1], strict=True)) and (
                run[-1][2].startswith(words[-1]) if prefix else run[-1][2] == words[-1]
            ):
                spans.append((run[0][0], run[-1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

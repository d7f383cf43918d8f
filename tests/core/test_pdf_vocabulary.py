"""The document's own words (pdf_text.Vocabulary), asked word by word, are the set its
definition gives: each whitespace token of the lines' text (footnote markers out,
lowered) stripped of punctuation, and each hyphenated part of it, without the halves
of a word broken at a line end.  Checked against that set, built here, for every word
of the fixture PDFs and words that are not theirs (parts, prefixes, suffixes, words
with punctuation or a space)."""

from __future__ import annotations

import pymupdf
import pytest

from reviewer.ingest.pdf_pages import read_pages
from reviewer.ingest.pdf_text import _HYPHENS, _PUNCT, Vocabulary, marker, strip_markers
from tests.conftest import FIXTURES

PDFS = [
    *sorted((FIXTURES / "un").glob("*.pdf")),
    FIXTURES / "cango" / "cango-upr4-submission.pdf",
    *sorted((FIXTURES / "languages").glob("*.pdf")),
]


def words_of(texts: list[str]) -> set[str]:
    """The definition, as a set."""
    kept = list(texts)
    ends = [i for i, t in enumerate(texts) if t.rstrip().endswith(_HYPHENS)]
    cut: set[int] = set()
    for i in sorted({*ends, *(i + 1 for i in ends if i + 1 < len(texts))}):
        body = texts[i].strip()
        if i - 1 in cut:
            body = body.partition(" ")[2]
        if body.endswith(_HYPHENS):
            cut.add(i)
            body = body.rpartition(" ")[0]
        kept[i] = body
    words: set[str] = set()
    for tok in " ".join(strip_markers(t).lower() for t in kept).split():
        tok = tok.strip(_PUNCT)
        if tok:
            words.add(tok)
            if "-" in tok:
                words.update(tok.split("-"))
    return words


def asked(words: set[str]) -> set[str]:
    """Some 250 of the words (each hyphenated one among them), and near misses."""
    ordered = sorted(words)
    some = {w for w in ordered if "-" in w} | set(ordered[:: max(1, len(ordered) // 200)])
    out = set(some)
    for w in some:
        out.update((w[1:], w[:-1], w + "s", w + "-", "-" + w, w + ".", w[: len(w) // 2]))
        out.update(w.split("-"))
    out.update(("", " ", "a b", "the", "ment", "based", "-", "--"))
    return out


def same(texts: list[str], monkeypatch) -> None:
    """Each word asked as the text is searched for it, then from the set of words."""
    words = words_of(texts)
    questions = sorted(asked(words))
    plain = [w for w in questions if w and w == "".join(w.split())]
    for searches in (len(questions), 0):
        monkeypatch.setattr(Vocabulary, "SEARCHES", searches)
        vocab = Vocabulary(texts)
        wrong = [w for w in plain if (w in vocab) != (w in words)]
        assert not wrong[:20]
        assert (vocab._words is None) == (searches > 0)  # (the way it was asked)
        # "" and words with a space: from the set
        assert [w in vocab for w in questions] == [w in words for w in questions]


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_the_words_of_each_fixture_are_those_of_the_definition(path, monkeypatch):
    pages, _ = read_pages(pymupdf.open(stream=path.read_bytes(), filetype="pdf"), path.name)
    same([ln.text for p in pages for ln in p.lines], monkeypatch)


def test_the_words_of_lines_made_to_be_awkward(monkeypatch):
    same(
        [
            "Gender-based violence and the govern-",
            "ment's plan (2020-2024), a--b and -x- “quoted” words.",
            "A line ending in a hyphen and spaces -   ",
            "continued here; anti-",
            f"corruption{marker('12')} measures, high-",
            "quality\u00a0care\u2003and e\u00ad",
            "mail; UPPER-Case Words… (self-)evident [sic] «guillemets» x/y",
            "",
            "   ",
            "last-",
        ],
        monkeypatch,
    )

"""Properties of text decoding, checked with hypothesis.

1,000 examples each by default, 10,000 with ``pytest --slow`` (profiles in
tests/conftest.py).  Generated inputs are kept small: the properties are about
every kind of byte and character, not about size.
"""

from __future__ import annotations

import codecs

import pytest

hypothesis = pytest.importorskip("hypothesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reviewer.ingest import EncodingUncertain, IngestError, parse_bytes  # noqa: E402
from reviewer.ingest.text import parse_text  # noqa: E402
from reviewer.ingest.text_decode import decode_text  # noqa: E402
from reviewer.recommendations import detect_registry_kind, parse_registry  # noqa: E402
from tests.core.test_decoding import ENGLISH, SENTENCES  # noqa: E402

# The whitespace decode_text documents folding into a plain space.
FOLDED = "\t\x0b\xa0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
NEWLINES = ("\r\n", "\r", "\u2028", "\u2029")


def normalised(text: str) -> str:
    """What decode_text promises to return for ``text``: its documented normalisation."""
    for nl in NEWLINES:
        text = text.replace(nl, "\n")
    text = text.replace("\ufeff", "")
    for ch in FOLDED:
        text = text.replace(ch, " ")
    return text


# Any text a person can save: no control characters (those are binary, or dropped)
# other than the whitespace ones, and no surrogates (no encoding can hold them).
TEXT_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")),
    st.sampled_from("\t\n\r\x0b\x0c \u2028\u00a0\u3000"),
)
ANY_TEXT = st.text(TEXT_CHARS, max_size=80)


def _not_another_format(text: str) -> bool:
    """Text that is a GIF, PDF or RTF header is refused by design (its own message)."""
    return not text.startswith(("GIF87a", "GIF89a", "%PDF-")) and not text.lstrip().startswith(
        "{\\rtf"
    )


WITH_BOM = {
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-le+bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be+bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-32": lambda t: t.encode("utf-32"),
    "utf-32-le+bom": lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
    "utf-32-be+bom": lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"),
}


@given(text=ANY_TEXT, encoding=st.sampled_from(sorted(WITH_BOM)))
def test_unicode_with_a_bom_round_trips(text, encoding):
    assert decode_text(WITH_BOM[encoding](text), "u.txt")[0] == normalised(text)


@given(text=ANY_TEXT.filter(_not_another_format))
def test_utf8_without_bom_round_trips(text):
    decoded, warnings = decode_text(text.encode("utf-8"), "u.txt")
    assert decoded == normalised(text) and warnings == []


# Without a BOM, UTF-16 is recognised by its NULs, which Latin text puts in every
# other byte (the documented limit: CJK UTF-16 needs its BOM); UTF-32 always has them.
LATIN1 = st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_categories=("Cc",))
NONZERO_LOW_BYTE = st.characters(
    min_codepoint=0x100, max_codepoint=0xFFFF, blacklist_categories=("Cs", "Cc")
).filter(lambda c: ord(c) & 0xFF)


@given(
    latin=st.lists(LATIN1, min_size=2, max_size=60),
    other=st.lists(NONZERO_LOW_BYTE, max_size=20),
    order=st.randoms(use_true_random=False),
    codec=st.sampled_from(["utf-16-le", "utf-16-be"]),
)
def test_utf16_without_bom_round_trips_for_latin_text(latin, other, order, codec):
    chars = latin + other[: len(latin)]  # Latin letters are at least half
    order.shuffle(chars)
    text = "".join(chars)
    assert decode_text(text.encode(codec), "u.txt")[0] == normalised(text)


@given(
    bmp=st.text(
        st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs", "Cc")), max_size=60
    ),
    astral=st.text(
        st.characters(min_codepoint=0x10000, blacklist_categories=("Cs", "Cc")), max_size=20
    ),
    codec=st.sampled_from(["utf-32-le", "utf-32-be"]),
)
def test_utf32_without_bom_round_trips(bmp, astral, codec):
    # Documented limits: most characters below U+10000 (else UTF-16 of "A\nB\n" could
    # pass for U+A0041 U+A0042), and not all of the form U+xx00 (no NUL pattern).
    text = "x" + bmp + astral[: len(bmp)]
    assert decode_text(text.encode(codec), "u.txt")[0] == normalised(text)


# --- arbitrary bytes: IngestError or a result, nothing else ------------------------------

PREFIXES = st.sampled_from(
    [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
     b"\x1b$B", b"{\\rtf1", b"%PDF-1.7\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n"]
)  # fmt: skip
CODECS = ["utf-8", "utf-16", "gb18030", "big5", "shift_jis", "cp1251", "cp1252", "koi8_r"]


@st.composite
def csv_like(draw) -> bytes:
    """Rows with separators, quotes and every line end, in one of several encodings."""
    cell = st.text(st.one_of(TEXT_CHARS, st.sampled_from(',;\t"')), max_size=12)
    header = draw(st.sampled_from([["number", "text"], ["Symbol", "Paragraph", "Recommendation"]]))
    rows = [header] + draw(st.lists(st.lists(cell, min_size=1, max_size=4), max_size=5))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r", "\r\n"]))
    text = newline.join(sep.join(row) for row in rows)
    return text.encode(draw(st.sampled_from(CODECS)), errors="replace")


ARBITRARY_BYTES = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda p, b: p + b, PREFIXES, st.binary(max_size=200)),
    st.builds(lambda t, c: t.encode(c, errors="replace"), ANY_TEXT, st.sampled_from(CODECS)),
    csv_like(),
)


def _only_ingest_errors(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except IngestError as exc:
        assert str(exc).startswith(f"{exc.file}: ") and exc.reason
        assert "\n" not in exc.reason
        if isinstance(exc, EncodingUncertain):
            assert exc.candidates and all(name and isinstance(p, str) for name, p in exc.candidates)
        return None


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=ARBITRARY_BYTES, name=st.sampled_from(["a.txt", "a.md", "a.csv", "a.pdf", "a.docx"]))
def test_arbitrary_bytes_raise_nothing_but_ingest_error(data, name):
    decoded = _only_ingest_errors(decode_text, data, name)
    if decoded is not None:
        text, warnings = decoded
        assert "\r" not in text and "\x00" not in text and isinstance(warnings, list)
    _only_ingest_errors(parse_bytes, data, name)
    kind = detect_registry_kind(data, name)  # never raises at all
    assert kind in (None, "table", "thematic_list", "wg_report", "responses")
    _only_ingest_errors(parse_registry, data, name)
    _only_ingest_errors(parse_registry, data, "t.csv", kind="table")


# --- line ends: CR, LF and CRLF give the same document -----------------------------------

# Lines made of what paragraphs, labels, headings, footnotes and page furniture are
# made of (a fixed alphabet keeps generation cheap; the structure is what varies).
PIECES = (
    list("abcXYZ 0123456789.,;:-*#_()[]^|>\t")
    + ["1. ", "(a) ", "---", "Page 2", "[^3]", "**", "word "]
    + list("éÇßøñ中文的权アمحقДжΩ\u00a0\u3000\u2013’“")
)
LINE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks=st.lists(st.lists(LINE, min_size=1, max_size=3), min_size=1, max_size=5),
    name=st.sampled_from(["s.txt", "s.md"]),
)
def test_cr_lf_and_crlf_give_the_same_paragraphs(blocks, name):
    text = "\n\n".join("\n".join(lines) for lines in blocks)
    results = []
    for newline in ("\n", "\r", "\r\n"):
        data = text.replace("\n", newline).encode("utf-8")
        try:
            doc = parse_text(data, name)
        except IngestError as exc:
            results.append(("error", exc.reason))
        else:
            results.append(
                (
                    [(p.label, p.kind, p.text, p.page_start) for p in doc.paragraphs],
                    [(f.marker, f.text) for f in doc.footnotes],
                    doc.title,
                )
            )
    assert results[0] == results[1] == results[2]


# --- real legacy text: exactly right, or a question whose answers include the right one ---

LEGACY = [
    (language, codec, sentence)
    for language, (codecs_, sentences) in SENTENCES.items()
    for codec in codecs_
    for sentence in sentences
]
NON_WESTERN = sorted({(lang, codec) for lang, codec, _ in LEGACY if lang != "Western European"})


@st.composite
def legacy_text(draw, languages) -> tuple[str, str]:
    language, codec = draw(st.sampled_from(languages))
    pool = SENTENCES[language][1]
    parts = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(ENGLISH)))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return codec, (newline * 2).join(parts)


def test_every_sentence_is_in_its_encodings():
    for language, codec, sentence in LEGACY:
        assert sentence.encode(codec).decode(codec) == sentence, (language, codec)


@given(case=legacy_text(NON_WESTERN))
def test_legacy_text_comes_back_exactly_or_asks_with_the_right_encoding(case):
    codec, text = case
    data = text.encode(codec)
    expected = normalised(text)
    try:
        decoded, warnings = decode_text(data, "legacy.txt")
    except EncodingUncertain as exc:
        readings = {
            name: decode_text(data, "legacy.txt", encoding=name)[0] for name in exc.encodings
        }
        assert expected in readings.values(), (codec, exc.encodings)
    else:
        assert decoded == expected, codec  # never mojibake silently
        assert warnings and "not UTF-8" in warnings[0]


@given(case=legacy_text([("Western European", "cp1252")]))
def test_western_windows_1252_text_is_read_without_asking(case):
    codec, text = case
    decoded, warnings = decode_text(text.encode(codec), "western.txt")
    assert decoded == normalised(text)
    assert any("Windows-1252" in w for w in warnings)

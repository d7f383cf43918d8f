"""Text decoding that never mojibakes and never escapes: examples and real fixtures.

The property-based half is in ``test_decoding_properties.py``; the sentences below
(real sentences about human rights, written for these tests) serve both.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from reviewer.ingest import EncodingUncertain, IngestError, parse_bytes
from reviewer.ingest.text import parse_text
from reviewer.ingest.text_decode import check_encoding, decode_text
from reviewer.recommendations import detect_registry_kind, parse_registry
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import CANGO_LINKS, cli

CANGO_TXT = FIXTURES / "cango" / "cango-upr4-submission.txt"

# language → (legacy encodings it is written in, sentences)
SENTENCES = {
    "Chinese": (
        ("gb18030",),
        (
            "人人生而自由，在尊严和权利上一律平等。",
            "他们赋有理性和良心，并应以兄弟关系的精神相对待。",
            "中国政府继续采取措施，促进妇女参与公共事务，保障儿童受教育的权利。",
            "我们建议加强农村地区的医疗服务，提高残疾人的就业率，消除对少数民族的歧视。",
            "该组织在过去五年中为三千多名农民工子女提供了免费法律援助。",
        ),
    ),
    "Chinese (traditional)": (
        ("big5",),
        (
            "人人生而自由，在尊嚴和權利上一律平等。他們賦有理性和良心，並應以兄弟關係的精神相對待。",
            "政府應繼續採取措施，促進婦女參與公共事務，保障兒童受教育的權利。",
        ),
    ),
    "Japanese": (
        ("shift_jis", "euc_jp"),
        (
            "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。",
            "人間は、理性と良心とを授けられており、互いに同胞の精神をもって行動しなければならない。",
            "政府は、女性の公的活動への参加を促進するための措置を引き続き講じている。",
            "私たちは、障害のある子どもが地域の学校で学べるよう、支援の拡充を求めます。",
        ),
    ),
    "Korean": (
        ("euc_kr",),
        (
            "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다.",
            "인간은 천부적으로 이성과 양심을 부여받았으며 서로 형제애의 정신으로 행동하여야 한다.",
        ),
    ),
    "Arabic": (
        ("cp1256",),
        (
            "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق.",
            "وهم قد وهبوا العقل والوجدان وعليهم أن يعاملوا بعضهم بعضا بروح الإخاء.",
            "تواصل الحكومة اتخاذ التدابير لتعزيز مشاركة المرأة في الشؤون العامة.",
            "نوصي بضمان حق جميع الأطفال في التعليم المجاني دون تمييز.",
        ),
    ),
    "Russian": (
        ("cp1251", "koi8_r", "cp866"),
        (
            "Все люди рождаются свободными и равными в своем достоинстве и правах.",
            "Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства.",
            "Правительство продолжает принимать меры по защите прав женщин и детей.",
            "Мы рекомендуем обеспечить доступ к бесплатной юридической помощи для всех мигрантов.",
        ),
    ),
    "Western European": (
        ("cp1252",),
        (
            "Tous les êtres humains naissent libres et égaux en dignité et en droits.",
            "Côte d’Ivoire : le « Gouvernement » a adopté une loi — enfin.",
            "Todos los seres humanos nacen libres e iguales en dignidad y derechos; España y Perú lo reconocen.",
            "Alle Menschen sind frei und gleich an Würde und Rechten geboren.",
            "The State’s “national action plan” (2021–2025) was welcomed by São Tomé and Príncipe.",
        ),
    ),
}
ENGLISH = (
    "Submission to the Universal Periodic Review",
    "1. The Government continues to implement recommendation A/HRC/40/6, 28.294.",
)


def _text(language: str, n: int) -> str:
    sentences = SENTENCES[language][1]
    return "\n\n".join([ENGLISH[0], *(sentences[i % len(sentences)] for i in range(n))])


@pytest.mark.parametrize(
    ("language", "encoding"),
    [(lang, enc) for lang, (encs, _) in SENTENCES.items() for enc in encs],
)
def test_a_paragraph_of_legacy_text_comes_back_exactly(language, encoding):
    text = _text(language, 6)
    decoded, warnings = decode_text(text.encode(encoding), "legacy.txt")
    assert decoded == text
    [warning] = warnings
    assert "not UTF-8" in warning
    assert check_encoding(warning.split("read as ")[1].split()[0]) == check_encoding(encoding)


def test_gb18030_is_not_read_as_windows_1252():
    """The reliability run's "ÖÐ¹ú…": a Chinese file imported with exit 0 as mojibake."""
    text = "中国国际民间组织合作促进会\n\n1. " + SENTENCES["Chinese"][1][2] + "\n"
    doc = parse_text(text.encode("gb18030"), "cango-zh.txt")
    assert [p.text for p in doc.paragraphs] == [
        "中国国际民间组织合作促进会",
        SENTENCES["Chinese"][1][2],
    ]
    assert any("GB18030" in w for w in doc.warnings)


def _ambiguous_gb18030() -> tuple[str, bytes]:
    """A few Chinese characters whose GB18030 bytes are also valid Big5 (and EUC-JP)."""
    pool = "".join(SENTENCES["Chinese"][1])
    chars = []
    for ch in dict.fromkeys(pool):
        raw = ch.encode("gb18030")
        try:
            raw.decode("big5")
        except UnicodeDecodeError:
            continue
        if len(raw) == 2:
            chars.append(ch)
    text = "Submission by a coalition\n\n1. " + "".join(chars[:5]) + "\n"
    return text, text.encode("gb18030")


def test_unclear_encoding_raises_with_the_candidates_and_each_name_works():
    text, data = _ambiguous_gb18030()
    with pytest.raises(EncodingUncertain) as info:
        decode_text(data, "short.txt")
    err = info.value
    assert isinstance(err, IngestError) and err.file == "short.txt"
    names = [name for name, _ in err.candidates]
    assert {"gb18030", "big5"} <= set(names)
    assert "encoding could not be recognised" in err.reason
    assert "--encoding NAME" in err.reason and all(name in err.reason for name in names)
    assert "\n" not in str(err)
    for name, preview in err.candidates:
        decoded, _ = decode_text(data, "short.txt", encoding=name)  # each name is usable
        assert " ".join(decoded.split()).find(preview[:20]) >= 0
    assert decode_text(data, "short.txt", encoding="gb18030")[0] == text
    assert decode_text(data, "short.txt", encoding="big5")[0] != text


def test_explicit_encoding():
    text = _text("Russian", 3)
    data = text.encode("koi8_r")
    assert decode_text(data, "r.txt", encoding="KOI8-R") == (text, [])
    assert decode_text(data, "r.txt", encoding="windows-1251")[0] != text  # as told
    with pytest.raises(IngestError, match="cannot be read as utf-8") as info:
        decode_text(data, "r.txt", encoding="utf-8")
    assert info.value.file == "r.txt"
    with pytest.raises(IngestError, match="unknown encoding 'klingon'"):
        decode_text(data, "r.txt", encoding="klingon")
    with pytest.raises(IngestError, match="not a text encoding"):
        decode_text(data, "r.txt", encoding="base64")
    # A BOM is not text, also when the encoding is named.
    assert decode_text("\ufeffTitle".encode("utf-8"), "b.txt", encoding="utf-8")[0] == "Title"
    # Named or not, a binary file is still refused.
    with pytest.raises(IngestError, match="PNG"):
        decode_text(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "p.txt", encoding="latin-1")


def test_unicode_without_bom():
    text = "Côte d’Ivoire\n\n1. The State reviewed 😀 and ☃ naïve café."
    for codec in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        assert decode_text(text.encode(codec), "u.txt")[0] == text, codec
    # UTF-16 text of letters and line ends must not pass for UTF-32 (U+A0041 …).
    lines = "A\nB\nC\nD\n"
    assert decode_text(lines.encode("utf-16-le"), "l.txt")[0] == lines


def test_iso_2022_jp_is_not_stripped_to_ascii():
    text = SENTENCES["Japanese"][1][0]
    decoded, warnings = decode_text(text.encode("iso2022_jp"), "mail.txt")
    assert decoded == text and "ISO-2022-JP" in warnings[0]


def test_utf8_and_unicode_never_load_the_guesser():
    """ASCII, UTF-8 and UTF-16 files pay nothing for legacy detection."""
    script = (
        "import sys\n"
        "from reviewer.ingest import parse_bytes\n"
        f"data = open({str(CANGO_TXT)!r}, 'rb').read()\n"
        "parse_bytes(data, 'a.txt')\n"
        "parse_bytes(data.decode().encode('utf-16'), 'b.txt')\n"
        "parse_bytes('Résumé\\n\\n1. Ünïcode text.'.encode(), 'c.txt')\n"
        "assert 'charset_normalizer' not in sys.modules, 'UTF-8 ran the guesser'\n"
        f"parse_bytes({_text('Western European', 5)!r}.encode('cp1252'), 'd.txt')\n"
        "assert 'charset_normalizer' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=FIXTURES.parent.parent)


# --- CANGO's own text with every line end, and in UTF-16 ---------------------------


def _variants() -> dict[str, bytes]:
    original = CANGO_TXT.read_bytes()
    lf = original.replace(b"\r\n", b"\n")
    return {
        "original": original,
        "cr": lf.replace(b"\n", b"\r"),
        "crlf": lf.replace(b"\n", b"\r\n"),
        "utf16": lf.decode("utf-8").encode("utf-16"),
    }


def test_cango_with_any_line_end_or_utf16_parses_alike():
    docs = {name: parse_bytes(data, "cango.txt") for name, data in _variants().items()}
    want = docs.pop("original")
    assert len(want.paragraphs) == 16 and len(want.footnotes) == 11
    for name, doc in docs.items():
        assert [(p.label, p.kind, p.text) for p in doc.paragraphs] == [
            (p.label, p.kind, p.text) for p in want.paragraphs
        ], name
        assert [(f.marker, f.text) for f in doc.footnotes] == [
            (f.marker, f.text) for f in want.footnotes
        ], name
        assert detect_registry_kind(_variants()[name], "cango.txt") is None


def test_cango_variants_import_with_sixteen_paragraphs_and_eleven_links(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    for name, data in _variants().items():
        src = tmp_path / f"cango-{name}.txt"
        src.write_bytes(data)
        code, out, err = cli(capsys, ws, "import", str(src))
        assert code == 0, (name, err)
        [imp] = out["imported"]
        assert (imp["paragraphs"], imp["links"], imp["duplicate"]) == (16, 11, False), name
        _, doc, _ = cli(capsys, ws, "document", str(imp["document_id"]))
        links = {
            p["label"]: {(lk["symbol"], lk["number"]) for lk in p["links"]}
            for p in doc["paragraphs"]
            if p["links"]
        }
        assert links == CANGO_LINKS, name


# --- registry sniffing and CSV tables ------------------------------------------------


def test_sniffing_never_cuts_a_character_in_two():
    """The first 4,096 bytes end inside a character: the old sniffer's UnboundLocalError."""
    for language, codec in (("Chinese", "utf-8"), ("Japanese", "utf-8"), ("Arabic", "utf-8")):
        text = ENGLISH[1] + "\n\n" + _text(language, 60)
        data = text.encode(codec)
        cut = data[:4096]
        with pytest.raises(UnicodeDecodeError):
            cut.decode("utf-8")
        assert b"," in cut  # (else the sniffer would not even try to read it)
        assert detect_registry_kind(data, "s.txt") is None
        doc = parse_bytes(data, "s.txt")
        assert doc.paragraphs[-1].text == text.split("\n\n")[-1]


def _table(rows: list[list[str]], newline: str = "\r\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    return buf.getvalue()


TABLE_ROWS = [
    ["Symbol", "Number", "Recommendation", "Recommending State(s)", "Position"],
    ["A/HRC/40/6", "28.294", SENTENCES["Chinese"][1][2] + " (India)", "India", "Supported"],
    ["A/HRC/40/6", "28.109", SENTENCES["Chinese"][1][3], "Brunei Darussalam", "Supported"],
    ["A/HRC/40/6", "28.45", SENTENCES["Chinese"][1][4], "Pakistan", "Noted"],
]


@pytest.mark.parametrize(
    ("codec", "rows"),
    [
        ("gb18030", TABLE_ROWS),
        (
            "shift_jis",
            [TABLE_ROWS[0]]
            + [
                r[:2] + [s] + r[3:]
                for r, s in zip(TABLE_ROWS[1:], SENTENCES["Japanese"][1], strict=False)
            ],
        ),
        ("utf-16", TABLE_ROWS),
    ],
)
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_csv_in_legacy_encodings_and_any_line_end(codec, rows, newline):
    data = _table(rows, newline).encode(codec)
    assert detect_registry_kind(data, "recs.csv") == "table"
    result = parse_registry(data, "recs.csv")
    by = {r.number: r for r in result.records}
    assert list(by) == [r[1] for r in rows[1:]]
    assert [by[r[1]].text for r in rows[1:]] == [r[2].removesuffix(" (India)") for r in rows[1:]]
    assert by["28.45"].position == "noted" and by["28.294"].states == ("India",)
    if codec != "utf-16":
        assert any(
            check_encoding(codec) == check_encoding(w.split("read as ")[1].split()[0])
            for w in result.warnings
        )


def test_tab_separated_unicode_text_from_excel():
    """Excel's "Unicode text": UTF-16 with BOM, tabs between cells (tabs are kept)."""
    data = "\r\n".join("\t".join(r) for r in TABLE_ROWS).encode("utf-16")
    assert detect_registry_kind(data, "export.txt") == "table"
    assert len(parse_registry(data, "export.txt").records) == 3


def test_csv_with_an_unclear_encoding_asks_and_imports_when_told(tmp_path):
    text, _ = _ambiguous_gb18030()
    short = text.split("1. ")[1].strip()
    rows = [TABLE_ROWS[0], ["A/HRC/40/6", "28.294", short, "India", "Supported"]]
    data = _table(rows).encode("gb18030")
    assert detect_registry_kind(data, "t.csv") is None  # unclear: not taken for a table …
    with pytest.raises(EncodingUncertain):
        parse_registry(data, "t.csv", kind="table")  # … nor read as one by guessing
    assert detect_registry_kind(data, "t.csv", encoding="gb18030") == "table"
    [record] = parse_registry(data, "t.csv", encoding="gb18030").records
    assert record.text == short
    with Workspace.open(tmp_path / "w.sqlite", author="t") as ws:
        src = tmp_path / "t.csv"
        src.write_bytes(data)
        done, [failure] = ws.import_files([src])
        assert done == [] and {"gb18030", "big5"} <= {n for n, _ in failure.encodings}
        [result], failed = ws.import_files([src], encoding="gb18030")
        assert failed == [] and result.recommendations == 1
        assert ws.recommendation("A/HRC/40/6", "28.294").recommendation.text == short


def test_csv_that_the_csv_module_cannot_read_is_an_ingest_error():
    data = b"number,text\n1," + b'"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(IngestError, match="cannot be read as CSV"):
        parse_registry(data, "huge.csv", kind="table")
    assert detect_registry_kind(data, "huge.csv") is None


# --- the command line ------------------------------------------------------------------


def test_cli_lists_the_encodings_and_imports_with_the_one_named(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    text, data = _ambiguous_gb18030()
    src = tmp_path / "short.txt"
    src.write_bytes(data)
    code, out, err = cli(capsys, ws, "import", str(src))
    assert code == 1 and out["imported"] == []
    [entry] = out["errors"]
    assert entry["file"] == str(src) and "--encoding" in entry["error"]
    assert {"gb18030", "big5"} <= set(entry["encodings"])
    assert len(err.strip().splitlines()) == 1
    code, out, err = cli(capsys, ws, "import", str(src), "--encoding", "GB18030")
    assert code == 0, err
    _, doc, _ = cli(capsys, ws, "document", str(out["imported"][0]["document_id"]))
    assert [p["text"] for p in doc["paragraphs"]][-1] == text.split("1. ")[1].strip()
    # Other failures keep their two keys only.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _, out, _ = cli(capsys, ws, "import", str(empty))
    assert list(out["errors"][0]) == ["file", "error"]


def test_cli_unknown_encoding_is_bad_usage(tmp_path, capsys):
    code, out, err = cli(capsys, tmp_path / "w.sqlite", "import", "--encoding", "klingon", "x.txt")
    assert code == 2 and out is None
    assert "unknown encoding 'klingon'" in err and len(err.strip().splitlines()) == 1

"""Every PDF of the fixtures, and the 181-page bench file, reads and stores exactly as
it did before the reader and the store were made faster (tests/core/import_snapshot.py
holds the reference and says how it was made)."""

from __future__ import annotations

import json

import pytest

from tests.core.import_snapshot import (
    REFERENCE,
    key,
    parsed_fingerprint,
    pdf_files,
    stored_fingerprint,
)

REF = json.loads(REFERENCE.read_text("utf-8"))
FILES = pdf_files()


def test_the_reference_covers_every_pdf():
    assert sorted(REF) == sorted(key(p) for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:40])
def test_paragraphs_footnotes_and_links_read_as_before(path):
    want = REF[key(path)]["parsed"]
    got = parsed_fingerprint(path)
    pairs = zip(got["paragraphs"], want["paragraphs"], strict=False)
    first = next((i for i, (a, b) in enumerate(pairs) if a != b), None)
    assert first is None, f"paragraph {first + 1 if first is not None else 0} differs"
    assert len(got["paragraphs"]) == len(want["paragraphs"])
    assert got["head"] == want["head"], "title, kind, warnings or footnotes differ"
    assert got["links"] == want["links"], "citations or links differ"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:40])
def test_rows_stored_as_before(path, tmp_path):
    want = REF[key(path)]["stored"]
    got = stored_fingerprint(path, tmp_path / "w.sqlite")
    assert got == want

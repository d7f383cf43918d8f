"""A search bench's workspace: 100,000 paragraphs of real sentences, built once.

The sentences are those of the real documents in tests/fixtures (UN reports, State
responses, an NGO submission, UN Women and news texts), read by the program's own
importers; each generated paragraph is one to four of them drawn at random, so every
word, phrase and prefix hits about as often as it does in the documents reviewers
read. 500 documents of 200 paragraphs each, in five reviews, one in ten an earlier
version superseded by a later one (what the search's "latest versions" filter
drops). Kept under /tmp/bench-search/ between runs.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.ingest.model import ParsedDocument, ParsedParagraph  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

CACHE = Path("/tmp/bench-search")
FIXTURES = ROOT / "tests" / "fixtures"
REVIEWS = ("CHN-3", "CHN-4", "SVN-2", "SVN-3", "NOR-2")
PER_DOCUMENT = 200
VERSION = 1  # of the corpus: a change here builds a new file
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9(“\"])")


def real_sentences() -> list[str]:
    """Every sentence of the fixture documents' paragraphs (as imported), in order."""
    cache = CACHE / f"sentences-v{VERSION}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    files = [
        p
        for folder in ("un", "cango", "context")
        for p in sorted((FIXTURES / folder).iterdir())
        if p.suffix in {".pdf", ".docx", ".md", ".txt"} and p.name != "cango-upr4-submission.txt"
    ]
    sentences: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "s.sqlite") as ws:
        ws.import_files(files)
        for doc in ws.documents():
            for para in ws.document(doc.id).paragraphs:
                sentences += [s.strip() for s in _SENTENCE.split(para.text) if len(s.strip()) > 3]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(sentences), encoding="utf-8")
    return sentences


def workspace_path(paragraphs: int) -> Path:
    """The bench's workspace of ``paragraphs`` paragraphs, built if not there yet."""
    path = CACHE / f"search-{paragraphs}-v{VERSION}.sqlite"
    if path.exists():
        return path
    sentences = real_sentences()
    rng = random.Random(19)
    building = path.with_suffix(".building")
    for stale in CACHE.glob(building.name + "*"):
        stale.unlink()
    t0 = time.perf_counter()
    with Workspace.open(building, author="bench") as ws:
        documents = max(1, paragraphs // PER_DOCUMENT)
        ids: dict[int, int] = {}
        for d in range(documents):
            paras = tuple(
                ParsedParagraph(
                    seq=i,
                    label=str(i + 1),
                    kind="body",
                    text=" ".join(rng.choices(sentences, k=rng.randint(1, 4))),
                )
                for i in range(PER_DOCUMENT)
            )
            version_of = ids.get(d - 1) if d % 10 == 9 else None  # the one before's next
            result = ws.import_parsed(
                ParsedDocument(
                    title=f"Submission {d}",
                    format="txt",
                    file_name=f"s{d}.txt",
                    sha256=hashlib.sha256(f"bench-search {d}".encode()).hexdigest(),
                    paragraphs=paras,
                ),
                as_version_of=version_of,
            )
            ids[d] = result.document_id
            if version_of is None:
                ws.set_document_review(result.document_id, REVIEWS[d % len(REVIEWS)])
    building.rename(path)
    print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


LANGUAGES = ("en", "fr", "es", "zh")
_CLAUSE = re.compile(r"(?<=[。；;.!?])\s*")


def language_sentences() -> dict[str, list[str]]:
    """The sentences of the French, Spanish and Chinese submissions of
    tests/fixtures/languages (their texts in submissions.py), and English ones."""
    sys.path.insert(0, str(FIXTURES / "languages"))
    from submissions import SUBMISSIONS  # type: ignore[import-not-found]

    out: dict[str, list[str]] = {"en": real_sentences()}
    for lang, sub in SUBMISSIONS.items():
        texts = [sub["title"], sub["intro"], *sub["footnotes"].values()]
        texts += ["".join(x for x in para if isinstance(x, str)) for para in sub["paragraphs"]]
        out[lang] = [c.strip() for t in texts for c in _CLAUSE.split(t) if len(c.strip()) > 3]
    return out


def languages_workspace_path(paragraphs: int) -> Path:
    """A workspace of ``paragraphs`` paragraphs, a quarter in each of English, French,
    Spanish and Chinese (each paragraph one to four sentences of one language)."""
    path = CACHE / f"languages-{paragraphs}-v{VERSION}.sqlite"
    if path.exists():
        return path
    pools = language_sentences()
    rng = random.Random(20)
    building = path.with_suffix(".building")
    for stale in CACHE.glob(building.name + "*"):
        stale.unlink()
    with Workspace.open(building, author="bench") as ws:
        for d in range(max(1, paragraphs // PER_DOCUMENT)):
            lang = LANGUAGES[d % len(LANGUAGES)]
            joint = "" if lang == "zh" else " "
            paras = tuple(
                ParsedParagraph(
                    seq=i,
                    label=str(i + 1),
                    kind="body",
                    text=joint.join(rng.choices(pools[lang], k=rng.randint(1, 4))),
                )
                for i in range(PER_DOCUMENT)
            )
            ws.import_parsed(
                ParsedDocument(
                    title=f"Submission {d} ({lang})",
                    format="txt",
                    file_name=f"l{d}.txt",
                    sha256=hashlib.sha256(f"bench-languages {d}".encode()).hexdigest(),
                    paragraphs=paras,
                )
            )
    building.rename(path)
    return path

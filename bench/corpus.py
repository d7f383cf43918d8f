"""Generated submissions for benchmarks: realistic length, citations and vocabulary."""

from __future__ import annotations

import random

WORDS = (
    "government women children education rights health climate cooperation policy national "
    "development equality access rural migrant disabilities protection law implementation "
    "support programme measures training employment gender violence poverty housing water "
    "elderly minority ethnic participation public affairs information justice security "
    "environment sustainable international technical capacity building south-south belt road "
    "initiative schools teachers hospitals insurance pension labour discrimination freedom"
).split()


def paragraph_text(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n_words)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def submission_text(rng: random.Random, index: int, paragraphs: int = 30) -> str:
    """A PDF-to-text-like submission with numbered paragraphs and footnote citations."""
    out = [f"Submission {index} by Organisation {index} to the Universal Periodic Review", ""]
    footnotes = []
    for n in range(1, paragraphs + 1):
        text = paragraph_text(rng, rng.randint(60, 160))
        if rng.random() < 0.4:
            rec = rng.randint(1, 346)
            footnotes.append((len(footnotes) + 1, rec))
            text = text[:-1] + f" according to Suggestion 28.{rec}<sup>{len(footnotes)}</sup>."
        out += [f"{n}. {text}", ""]
        if n % 8 == 0 and footnotes:
            out += ["---", ""]
            for marker, rec in footnotes:
                out += [
                    f"<sup>{marker}</sup>A/HRC/40/6, 28.{rec}: Continue to do more (India).",
                    "",
                ]
            footnotes = []
    if footnotes:
        out += ["---", ""]
        for marker, rec in footnotes:
            out += [f"<sup>{marker}</sup>A/HRC/40/6, 28.{rec}: Continue to do more (India).", ""]
    return "\n".join(out)


_UNIGRAMS: list[str] = []


def real_unigrams() -> list[str]:
    """Every word of the real documents in tests/fixtures, with repeats.

    Drawing from this list gives generated text the word frequencies of real UN and
    NGO prose, so a search term hits about as many paragraphs as it would in life.
    """
    if not _UNIGRAMS:
        import re
        from pathlib import Path

        root = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
        for path in sorted(root.glob("*/*.txt")) + sorted(root.glob("*/*.md")):
            _UNIGRAMS.extend(re.findall(r"[A-Za-z][A-Za-z'’-]*", path.read_text(encoding="utf-8")))
    return _UNIGRAMS


def realistic_paragraph_text(rng: random.Random, n_words: int) -> str:
    words = rng.choices(real_unigrams(), k=n_words)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."

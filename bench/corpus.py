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
                out += [f"<sup>{marker}</sup>A/HRC/40/6, 28.{rec}: Continue to do more (India).", ""]
            footnotes = []
    if footnotes:
        out += ["---", ""]
        for marker, rec in footnotes:
            out += [f"<sup>{marker}</sup>A/HRC/40/6, 28.{rec}: Continue to do more (India).", ""]
    return "\n".join(out)

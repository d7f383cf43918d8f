"""Line breaking a line at a time (``Lines.text``) gives exactly what placing each word
and space in turn (``Lines.add``) gives: the same lines, the same widths to the last
bit, the same sizes, for words that fit, spaces past the margin, words longer than a
line, East Asian text, zero-width characters and runs that continue a line."""

import random

import pytest

from reviewer.export.docx_lines import CHUNK, TOKENS, Lines
from reviewer.export.docx_metrics import text_width_pt

WORDS = [
    "the", "a", "recommendation", "Convention", "28.45", "A/HRC/40/6", "women's",
    "non-governmental", "pneumonoultramicroscopicsilicovolcanoconiosis" * 3,
    "中华人民共和国", "促进性别平等", "한국어", "\u200b", "x\u0301", "—", "«quoted»",
]  # fmt: skip
SPACES = [" ", " ", " ", "  ", "\u00a0", " \u3000 "]


def one_by_one(lines: Lines, text: str, size: float, bold: bool) -> None:
    for tok in TOKENS.findall(text):
        lines.add(text_width_pt(tok, size, bold), size, tok.isspace())


def sample(rng: random.Random) -> str:
    out = rng.choice(["", " ", "  "])
    for _ in range(rng.randint(0, 3 * CHUNK)):
        out += rng.choice(WORDS) + rng.choice(SPACES)
    return out if rng.random() < 0.5 else out.rstrip()


@pytest.mark.parametrize("seed", range(40))
def test_a_line_at_a_time_is_word_by_word(seed):
    rng = random.Random(seed)
    avail = rng.choice([36.0, 80.0, 200.0, 451.3, 481.89])
    fast, slow = Lines(avail), Lines(avail)
    widths: dict = {}
    for _ in range(rng.randint(1, 5)):  # runs of one paragraph, some in another size
        text = sample(rng)
        size, bold = rng.choice([(10.5, False), (9.0, True), (17.0, False), (8.0, False)])
        fast.text(text, size, bold, widths)
        one_by_one(slow, text, size, bold)
        if rng.random() < 0.2:  # a tab or a line break between runs
            if rng.random() < 0.5:
                fast.add(36.0, size, False)
                slow.add(36.0, size, False)
            else:
                fast.new_line()
                slow.new_line()
    assert fast.widths == slow.widths
    assert fast.sizes == slow.sizes
    assert len(fast.widths) > 1 or avail > 36.0  # some wrapped


def test_the_rules_themselves():
    lines = Lines(100.0)
    lines.text("   leading spaces", 10.0, False, {})  # take no room
    assert lines.widths == [pytest.approx(text_width_pt("leading spaces", 10.0))]
    lines.text(" and a trailing one hangs past the margin ", 10.0, False, {})
    assert len(lines.widths) > 1 and lines.widths[-1] > 0
    long = Lines(50.0)
    long.text("x" * 40, 10.0, False, {})  # 173 pt: cut into three full lines and a bit
    assert long.widths == [50.0, 50.0, 50.0, pytest.approx(23.2)]


@pytest.mark.parametrize("seed", range(20))
def test_a_word_that_ends_exactly_at_the_margin_stays(seed):
    """The margin exactly at the end of some word (the widths summed as they are
    placed): it fits, in both."""
    rng = random.Random(1000 + seed)
    text = " ".join(rng.choice(WORDS[:8]) for _ in range(60))
    tokens = TOKENS.findall(text)
    used, sums = 0.0, []
    for tok in tokens:
        used += text_width_pt(tok, 10.5, False)
        sums.append(used)
    at = rng.choice([i for i in range(5, 40) if not tokens[i].isspace()])
    avail = sums[at]
    fast, slow = Lines(avail), Lines(avail)
    fast.text(text, 10.5, False, {})
    one_by_one(slow, text, 10.5, False)
    assert fast.widths == slow.widths
    assert fast.widths[0] == sums[at + 1]  # the word on the line, and the space after it

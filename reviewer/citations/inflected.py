"""States named in Russian and Arabic text: declined, or behind a prefix.

A Russian submission to China's review names "Китая", "Китаю", "Китаем" (the UN's
short name "Китай" declined), "Российской Федерации", "Соединенных Штатов Америки";
an Arabic one "للصين" (for China), "والهند" (and India), "بالجزائر" (in Algeria).  The
names of ``states_ru.txt`` and ``states_ar.txt`` as written (the nominative, the bare
word) would miss most of them.  So:

- Russian: each word of a name is its stem and any case ending (a noun's or an
  adjective's, singular or plural); a name ending in о, е, и, у, ю ("Того", "Чили",
  "Перу", "Кабо-Верде") does not decline and is read as written;
- Arabic: a name may take the one-letter prefixes و, ف and ب, ك, ل ("ل" + "ال" is
  written "لل"), and is matched without short vowels, tatweel or hamza on alif.  A
  one-word name without the article and under five letters is also a common word
  ("مالي" financial, "قطر" diameter, "عمان" Amman too): those are left out.

As in ``countries``, the names go into one pattern shaped as a trie per script, so a
long text is scanned once; a match is then folded back to its name ("Китаем" →
"Кита|й" → CHN) by trying the endings (or prefixes) it may carry.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import product

from reviewer.citations.states import state_names

# --- Russian -------------------------------------------------------------------------

# case endings of nouns and adjectives, singular and plural: "Китай|Китая|Китаю|Китаем",
# "Федерация|Федерации|Федерацию|Федерацией", "Российская|Российской|Российскую",
# "Штаты|Штатов|Штатам|Штатах", "Соединенные|Соединенных|Соединенным"
_RU_ENDINGS = tuple(
    sorted(
        set(
            "а я у ю е и ы й ь о ом ем ём ой ей ою ею ью ам ям ах ях ов ев ами ями ая яя ое ее "
            "ые ие ий ый ую юю ого его ому ему ым им ых их ыми ими ия ии ию ией ай ая аю ае "
            "аем".split()
        ),
        key=lambda e: (-len(e), e),
    )
)
_RU_ADJECTIVE = re.compile(r"(?:ая|яя|ое|ее|ые|ие|ий|ый|ой)$")
_CYRILLIC_LETTER = "А-Яа-яЁё"


def _ru_stem(word: str) -> tuple[str, bool]:
    """(stem, declines) of one word of a name in the nominative."""
    if len(word) > 4 and _RU_ADJECTIVE.search(word):
        return word[:-2], True
    last = word[-1]
    if last in "аяйьы":
        return word[:-1], True
    if last in "оеиуюэ" or not ("а" <= last.lower() <= "я" or last == "ё"):
        return word, False  # "Того", "Чили", "Перу"; "—"
    return word, True  # "Пакистан", "Оман"


def _ru_words(name: str) -> list[str]:
    return name.replace("ё", "е").replace("Ё", "Е").replace("’", "'").split()


def _letters(text: str) -> str:
    """A literal piece of a name as a pattern: "е" also "ё", any apostrophe, a hyphen
    with a line break after it."""
    out = []
    for ch in text:
        if ch in "еЕ":
            out.append("[её]" if ch == "е" else "[ЕЁ]")
        elif ch == "'":
            out.append("['’ʼ]")
        elif ch == "-":
            out.append(r"-\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _trie(alternatives: list[list[str]]) -> str:
    """One pattern for sequences of pattern pieces, shaped as a trie (one branch per
    first piece), the longer branches first."""
    root: dict = {}
    for pieces in alternatives:
        node = root
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [piece + pattern(child) for piece, child in sorted(node.items()) if piece]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(root)


@lru_cache(maxsize=1)
def _russian() -> tuple[re.Pattern[str], dict[tuple[str, ...], str]]:
    """The pattern of every Russian name, and (stem, …) → ISO3 code."""
    ending = "(?:" + "|".join(_RU_ENDINGS) + ")?"
    alternatives: list[list[str]] = []
    by_stems: dict[tuple[str, ...], str] = {}
    for code, names in state_names("ru").items():
        for name in names:
            name = name.partition(" = ")[0]
            for form in {name, name.split(" (", 1)[0]}:
                if "(" in form or not form[:1].isupper():
                    continue
                stems = [_ru_stem(w) for w in _ru_words(form)]
                pieces: list[str] = []
                for i, (stem, declines) in enumerate(stems):
                    if i:
                        pieces.append(r"\s+")
                    pieces += [_letters(ch) for ch in stem]
                    if declines:
                        pieces.append(ending)
                by_stems.setdefault(tuple(s for s, _ in stems), code)
                alternatives.append(pieces)
    body = _trie(alternatives)
    edge = f"[{_CYRILLIC_LETTER}\\w]"
    return re.compile(f"(?<!{edge}){body}(?!{edge})"), by_stems


def _ru_code(written: str, by_stems: dict[tuple[str, ...], str]) -> str | None:
    words = _ru_words(re.sub(r"-\s+", "-", written))
    choices: list[list[str]] = []
    for word in words:
        stems = {word} | {word[: -len(e)] for e in _RU_ENDINGS if word.endswith(e)}
        choices.append(sorted(stems, key=len, reverse=True))
    for candidate in product(*choices):
        code = by_stems.get(candidate)
        if code:
            return code
    return None


# --- Arabic --------------------------------------------------------------------------

_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
_AR_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # short vowels, dagger alif, tatweel
_AR_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
_AR_MIN_BARE = 5  # letters a one-word name without the article needs to be counted


def _ar_fold(text: str) -> str:
    return _AR_MARKS.sub("", text).translate(_AR_ALIF)


def _ar_pieces(name: str) -> list[str]:
    pieces = []
    for part in re.split(r"(\s*-\s*|\s+)", name):
        if not part:
            continue
        if part.strip() == "-":
            pieces.append(r"\s*-?\s*")
        elif part.isspace():
            pieces.append(r"\s+")
        else:
            pieces += [re.escape(ch) for ch in part]
    return pieces


@lru_cache(maxsize=1)
def _arabic() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """The pattern of the Arabic names, and the names after the article (الصين → صين)
    and without it, each → ISO3 code."""
    with_article: dict[str, str] = {}
    bare: dict[str, str] = {}
    for code, names in state_names("ar").items():
        for name in names:
            name = name.partition(" = ")[0]
            form = _ar_fold(name.split(" (", 1)[0]).strip()
            if not form or "(" in form:
                continue
            if form.startswith("ال"):
                with_article.setdefault(form[2:], code)
            elif " " in form or len(form) >= _AR_MIN_BARE:
                bare.setdefault(form, code)
    # Each branch led by a letter, the lookbehind after it: the regex engine then skips
    # ahead on the set of first letters (a pattern led by a lookbehind or an optional
    # prefix tries every position of the text).
    art = _trie([_ar_pieces(n) for n in with_article])
    plain = _trie([_ar_pieces(n) for n in bare])
    edge = f"(?<![{_AR_LETTER}].)"
    bare_led = _trie([[re.escape(n[0]) + edge, *_ar_pieces(n[1:])] for n in bare])
    pattern = (
        f"(?:[وف]{edge}(?:(?:[بك]?ال|لل){art}|[بكل]?{plain})"  # و/ف, then ب/ك/ل
        f"|[بك]{edge}(?:ال{art}|{plain})|ل{edge}(?:ل{art}|{plain})|ا{edge}ل{art}"
        f"|{bare_led})(?![{_AR_LETTER}])"
    )
    return re.compile(pattern), with_article, bare


def _ar_code(written: str, with_article: dict[str, str], bare: dict[str, str]) -> str | None:
    written = re.sub(r"\s*-\s*", " - ", re.sub(r"\s+", " ", written))
    for skip in range(4):  # the prefixes: و/ف, then ب/ك/ل
        rest = written[skip:]
        if rest in bare:
            return bare[rest]
        if rest.startswith("ال") and rest[2:] in with_article:
            return with_article[rest[2:]]
        if skip and written[skip - 1] == "ل" and rest.startswith("ل"):
            if rest[1:] in with_article:  # "للصين": ل + الصين
                return with_article[rest[1:]]
    return None


# --- counting ------------------------------------------------------------------------


def inflected_mentions(text: str) -> Counter[str]:
    """How often each State is named in the Russian and Arabic of ``text``, by code."""
    counts: Counter[str] = Counter()
    if re.search(f"[{_CYRILLIC_LETTER}]", text):
        pattern, by_stems = _russian()
        for written, times in Counter(pattern.findall(text)).items():
            code = _ru_code(written, by_stems)
            if code:
                counts[code] += times
    if re.search("[\u0600-\u06ff]", text):
        pattern, with_article, bare = _arabic()
        folded = re.sub(r"[ \t\u00a0]*-[ \t\u00a0]*", " - ", _ar_fold(text))
        for written, times in Counter(pattern.findall(folded)).items():
            code = _ar_code(written, with_article, bare)
            if code:
                counts[code] += times
    return counts

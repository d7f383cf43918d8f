"""The form rules, from OHCHR's guidelines for stakeholders' written submissions
(``reviewer.check.model.GUIDELINES``): the word limit, numbered paragraphs and pages,
a key-words line, the submitting organisations named at the top, the period since
the previous review, no annexed reports."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewer.check.model import (
    JOINT_WORD_LIMIT,
    CheckSettings,
    Draft,
    DraftParagraph,
    Facts,
    Finding,
    Rule,
    Severity,
)
from reviewer.check.text import listing, sentence_spans, short_hash, word_count
from reviewer.vocabulary import ParagraphKind
from reviewer.words import say

_PROSE = (ParagraphKind.BODY, ParagraphKind.LIST_ITEM)
_TOP = 8  # paragraphs counted as "the top" of a draft with no numbered paragraph


def words(draft: Draft, settings: CheckSettings) -> int:
    n = sum(word_count(p.text) for p in draft.paragraphs)
    if settings.count_footnotes:
        n += sum(word_count(text) for text in draft.footnotes)
    return n


def first_numbered(draft: Draft) -> int | None:
    """The index of the first numbered paragraph of the text, if any."""
    return next(
        (p.index for p in draft.paragraphs if p.label and p.kind in _PROSE),
        None,
    )


def _top(draft: Draft) -> list[DraftParagraph]:
    """The paragraphs before the numbered text (or the first few)."""
    start = first_numbered(draft)
    end = start if start is not None else _TOP
    return list(draft.paragraphs[: max(end, 1)][:_TOP])


# --- words -----------------------------------------------------------------------


def words_rule(draft: Draft, settings: CheckSettings) -> Iterator[Finding]:
    n, limit = words(draft, settings), settings.limit
    if n <= limit:
        return
    notes = say(
        "check.footnotes.counted" if settings.count_footnotes else "check.footnotes.not_counted"
    )
    cut = say("count.words", n=n - limit)
    fix = say("check.words.fix", words=cut)
    if settings.word_limit is None and not settings.joint and n <= JOINT_WORD_LIMIT:
        fix = say("check.words.fix_joint", words=cut, limit=JOINT_WORD_LIMIT)
    if settings.word_limit is not None:
        key = "check.words.over"
    else:
        key = "check.words.over_joint" if settings.joint else "check.words.over_individual"
    yield Finding(
        "words",
        Rule.WORDS,
        Severity.ERROR,
        say(key, words=say("count.words", n=n), limit=limit, notes=notes),
        fix,
    )


# --- numbering -------------------------------------------------------------------


def numbering_rule(draft: Draft) -> Iterator[Finding]:
    start = first_numbered(draft)
    prose = [p for p in draft.paragraphs if p.kind == ParagraphKind.BODY]
    if start is None:
        if len(prose) >= 2:
            yield Finding(
                "numbering:paragraphs",
                Rule.NUMBERING,
                Severity.WARNING,
                say("check.numbering.none", paragraphs=say("count.paragraphs", n=len(prose))),
                say("check.numbering.none.fix"),
            )
    else:
        for p in prose:
            if p.index > start and not p.label and not _keywords_line(p.text):
                yield Finding(
                    f"numbering:{short_hash(p.text)}",
                    Rule.NUMBERING,
                    Severity.WARNING,
                    say("check.numbering.one"),
                    say("check.numbering.one.fix"),
                    p.index,
                )
    if draft.pages_numbered is False and (draft.pages is None or draft.pages > 1):
        yield Finding(
            "numbering:pages",
            Rule.NUMBERING,
            Severity.WARNING,
            say("check.numbering.pages"),
            say("check.numbering.pages.fix"),
        )


# --- key words -------------------------------------------------------------------

_KEYWORDS = re.compile(
    r"^\W{0,3}(?:key[\s-]*words?|keywords?|mots[\s-]*cl[ée]s|palabras\s+claves?)\b\s*[:：.\-–—]?\s*",
    re.IGNORECASE,
)


def _keywords_line(text: str) -> bool:
    return _KEYWORDS.match(text) is not None


def keywords_rule(draft: Draft, settings: CheckSettings) -> Iterator[Finding]:
    top = _top(draft)
    for i, p in enumerate(top):
        m = _KEYWORDS.match(p.text)
        if m is None:
            continue
        rest = p.text[m.end() :].strip()
        if not rest and i + 1 < len(top):
            rest = top[i + 1].text
        found = [w for w in re.split(r"\s*[,;•·|]\s*|\s+[-–—]\s+", rest.strip(" .")) if w]
        if len(found) > settings.max_key_words:
            yield Finding(
                "keywords:count",
                Rule.KEYWORDS,
                Severity.WARNING,
                say(
                    "check.keywords.many",
                    words=say("count.key_words", n=len(found)),
                    max=settings.max_key_words,
                ),
                say("check.keywords.many.fix", max=settings.max_key_words),
                p.index,
            )
        return
    yield Finding(
        "keywords",
        Rule.KEYWORDS,
        Severity.WARNING,
        say("check.keywords.none"),
        say("check.keywords.none.fix", max=settings.max_key_words),
    )


# --- the submitting organisations ------------------------------------------------

_ORGANISATION = re.compile(
    r"\b(?:Association|Foundation|Society|Institute|Institution|Centre|Center|Network|"
    r"Coalition|Alliance|Federation|League|Trust|Watch|Organi[sz]ations?|Council|"
    r"Committee|Forum|Union|Fund|Initiative|Movement|Commission|Ombudsman|Ombudsperson|"
    r"Clinic|Collective|Platform|Campaign|Consortium|Partnership|Mission|NGOs?|CSOs?)\b"
    r"|\b(?:submitted|presented|prepared)\s+by\b|\bjoint\s+submission\b"
    r"|\(\s*[A-Z][A-Za-z&\-]{1,11}\d?\s*\)",
)
_NOT_AN_ORGANISATION = re.compile(
    r"Human\s+Rights\s+Council|Security\s+Council|State\s+Council|Working\s+Group|"
    r"\(UPR\)|\(OHCHR\)|\(UN\)|\(ECOSOC\)|\(NGOs?\)",
)


def organisation_rule(draft: Draft) -> Iterator[Finding]:
    for p in _top(draft):
        text = _NOT_AN_ORGANISATION.sub(" ", p.text)
        if _ORGANISATION.search(text):
            return
    yield Finding(
        "organisation",
        Rule.ORGANISATION,
        Severity.WARNING,
        say("check.organisation"),
        say("check.organisation.fix"),
    )


# --- the period covered ----------------------------------------------------------

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_RANGE = re.compile(
    rf"\b(?:(?:from|between)\s+)?({_YEAR})\s*(?:[-–—/]|\s+(?:to|and|until|till|through)\s+)"
    rf"\s*(\d{{2}}|{_YEAR})\b",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"\b({_YEAR})\b")
_SINCE = re.compile(r"\b(?:since|as\s+from|ever\s+since)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _early_years(sentence: str, before: int) -> list[str]:
    """Years a sentence dates its facts by that are earlier than ``before``."""
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    for m in _RANGE.finditer(sentence):
        taken.append(m.span())
        end = m.group(2)
        end_year = int(m.group(1)[:2] + end) if len(end) == 2 else int(end)
        if end_year < before and not _SINCE.search(sentence[: m.start()]):
            out.append(f"{m.group(1)}–{end_year}")
    for m in _SINGLE.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if int(m.group(1)) < before and not _SINCE.search(sentence[: m.start()]):
            out.append(m.group(1))
    return out


def period_rule(draft: Draft, facts: Facts) -> Iterator[Finding]:
    year = facts.previous_year
    if year is None:
        return
    start = first_numbered(draft)
    for p in draft.paragraphs:
        if p.kind not in _PROSE or (start is not None and p.index < start):
            continue  # the organisation's presentation before the text may give its history
        for s, e in sentence_spans(p.text):
            sentence = p.text[s:e]
            years = _early_years(sentence, year)
            if not years:
                continue
            yield Finding(
                f"period:{years[0]}:{short_hash(sentence)}",
                Rule.PERIOD,
                Severity.WARNING,
                say(
                    "check.period",
                    years=listing(years, 3),
                    previous=str(facts.previous),
                    year=str(year),
                ),
                say("check.period.fix", year=str(year)),
                p.index,
            )


# --- annexes ---------------------------------------------------------------------

_ANNEX = re.compile(
    r"\bannex(?:es|ed)?\b|\bappendix\b|\bappendices\b|"
    r"\battached\s+(?:please\s+find\s+)?(?:report|study|document|survey)s?\b|"
    r"\b(?:report|study|document|survey)s?\s+(?:is|are)\s+attached\b",
    re.IGNORECASE,
)
# UN texts name their own annexes: "paragraph 5 of the annex to resolution 5/1".
_UN_ANNEX = re.compile(
    r"\bannex\s+(?:to|of)\s+(?:the\s+)?(?:(?:Human\s+Rights\s+)?Council\s+|General\s+Assembly\s+)?"
    r"(?:resolution|decision)",
    re.IGNORECASE,
)


def annex_rule(draft: Draft) -> Iterator[Finding]:
    for p in draft.paragraphs:
        text = _UN_ANNEX.sub(" ", p.text)
        for s, e in sentence_spans(text):
            sentence = text[s:e]
            if _ANNEX.search(sentence) is None:
                continue
            yield Finding(
                f"annex:{short_hash(sentence)}",
                Rule.ANNEX,
                Severity.WARNING,
                say("check.annex"),
                say("check.annex.fix"),
                p.index,
            )
            break

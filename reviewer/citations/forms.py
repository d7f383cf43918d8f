"""How each UN language words a citation: cue words, ranges, lists, number signs.

The regex pieces the parser, the number reader and the filters are built of, one
place per language, as UN documents and NGO submissions write them:

- en: "recommendation(s) 28.294", "para(s). 28.45–28.49", "28.45 to 28.49";
- fr: "recommandation(s) 28.294", "paragraphe(s)", "par.", "28.45 à 28.49",
  "28.270, 28.271 et 28.274", "recommandation n° 28.294";
- es: "recomendación/recomendaciones", "párrafo(s)", "párr(s).", "28.45 a 28.49",
  "del 28.45 al 28.49", "28.270, 28.271 y 28.274", "n.º";
- zh: "建议28.294", "第28.294段", "第28.45至28.49段", "第28.270、28.271和28.274段",
  "第28.294项建议";
- ar: "التوصية 28.294", "التوصيات 28.270 و28.271 و28.274", "الفقرة 28.294",
  "من 28.45 إلى 28.49", "رقم";
- ru: "рекомендация/рекомендации … 28.294", "пункт(ы)", "п./пп.", "28.270, 28.271 и
  28.274", "№".

Every pattern reads text folded by ``fold.fold`` (ASCII digits and punctuation).
Cue words are case folded by hand, never by a character class or IGNORECASE, and
built into a trie (``_trie``): then the regex engine skips ahead on the set of first
letters, which a class at the start defeats (five times slower on a long English PDF).
"""

from __future__ import annotations

import re


def _cases(*words: str) -> list[str]:
    """Each word as it starts a sentence, inside one, and in a heading in capitals."""
    out = []
    for word in words:
        out += [word[0].upper() + word[1:], word, word.upper()]
    return out


def _plural(stem: str, *endings: str) -> list[str]:
    return [stem + ending for ending in endings]


def _trie(words: list[str]) -> str:
    """One pattern for ``words`` shaped as a trie: every branch starts with a literal, so
    the regex engine skips ahead on the set of first letters and tries one branch per
    letter, never a dozen words that share it (three times faster than the plain
    alternation on an English PDF).  Longer words first: "paragraphs" before "para"."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(root)


# Cue words that make the numbers after them recommendation or paragraph numbers.
_RU_REC = ("ями", "ях", "ям", "ей", "я", "и", "ю", "й")
_RU_ITEM = ("", "ами", "ах", "ам", "ов", "ом", "е", "ы", "а", "у")
CUE_WORDS = _trie(
    [
        # en
        *_cases("paragraph", "paragraphs", "para", "paras", "para.", "paras."),
        *_cases("recommendation", "recommendations", "suggestion", "suggestions"),
        *_cases("rec.", "recs."),
        # fr ("par." only with its dot: "par" alone is a preposition)
        *_cases("recommandation", "recommandations", "paragraphe", "paragraphes"),
        *_cases("par.", "pars."),
        # es (accents dropped too: "recomendacion", "parrafo")
        *_cases("recomendación", "recomendacion", "recomendaciones"),
        *_cases("párrafo", "párrafos", "parrafo", "parrafos"),
        *_cases("párr.", "párrs.", "parr.", "parrs."),
        # ru
        *_cases(*_plural("рекомендаци", *_RU_REC), *_plural("пункт", *_RU_ITEM)),
        *_cases("п.", "пп."),
        # ar (a one-letter prefix "و", "ب", "ل" may lead: "والتوصيات", "بالفقرة")
        "التوصيات",
        "التوصيتين",
        "التوصيتان",
        "التوصية",
        "توصيات",
        "توصية",
        "الفقرات",
        "الفقرتين",
        "الفقرتان",
        "الفقرة",
        "فقرات",
        "فقرة",
        # zh: "建议28.294"; "第 … 段" is read with its closing word (ZH_CLOSER)
        "建议",
        "建議",
        "第",
    ]
)
# "recommendation No. 28.294", "recommandation n° 28.294", "recomendación n.º",
# "рекомендация № 28.294", "التوصية رقم 28.294"; Chinese "建议第28.294段".
NUMBER_SIGN = r"[Nn]os?\.|[Nn]umbers?|#|[Nn][°º]s?|[Nn]\.\s?[°º]|[Nn]úm\.|№|رقم"
# A range's first word may stand between cue and number: "الفقرات من 28.45 إلى 28.49",
# "recommandations du 28.45 au 28.49", "recomendaciones del 28.45 al 28.49", "пункты с … по".
RANGE_LEAD = r"من|du|del|desde|с"
CUE_TAIL = (
    rf"(?:(?<=[议議])第)?(?![^\W\d_])(?:\s*(?:{NUMBER_SIGN}))?(?:\s+(?:{RANGE_LEAD})(?=\s))?"
    r"\s*:?\s*(?=\d)"
)

# Arabic UN documents number sub-paragraphs with a hyphen: recommendation 28.294 is
# "28-294" ("١٢٨-١" in the report itself).  After an Arabic cue, "N-M" between two
# plain integers is that number (a range is written "من 28-45 إلى 28-49"); a hyphen
# between two dotted numbers ("28.45-28.49") stays a range.
AR_CUE_START = ("ال", "ت", "ف")  # every Arabic cue word starts so
AR_SUBNUMBER = re.compile(r"(?<![.\d])(\d{1,3})-(\d{1,3})(?![.\d])")
AR_WINDOW = 200  # characters after the cue that a list of numbers may take

# Chinese cues: "建议" takes decimals only ("我们建议28个省" is the verb "suggest");
# "第" takes a list closed by "段" (paragraph), "项" (item) or "号" (number):
# "第28.294段", "第28.294项建议"; "第28条" is an article, "第40届会议" a session.
ZH_DECIMAL_CUES = frozenset({"建议", "建議"})
ZH_ORDINAL_CUE = "第"
ZH_CLOSER = re.compile(r"\s*[段项項号號]")

# Between two numbers of a range: a dash, or a word.
RANGE_SEP = re.compile(
    r"\s*[-–—‒−‐‑~〜]\s*"
    r"|\s+(?:to|through|till|until|à|au|a|al|hasta|до|по|إلى|الى)\s+"
    r"|\s*(?:至|到)\s*"
)
# Between the items of a list.
_LIST_WORD = r"and|or|et|ou|y|o|и|или"
_LIST_GLUED = r"和|及|与|與|以及|或|و"
LIST_SEP = re.compile(
    rf"\s*(?:[,;、]\s*(?:(?:{_LIST_WORD})\s+|(?:{_LIST_GLUED})\s*)?"
    rf"|(?:{_LIST_WORD}|&)\s+|(?:{_LIST_GLUED})\s*)"
)

# Cues that name a paragraph (of some document) rather than a recommendation.
PARA_CUE = re.compile(r"para|pars?\.|p[áa]rr|пункт|пп?\.|الفقر|فقر|第", re.IGNORECASE)
# After a paragraph number: a paragraph of this or another instrument, in each language.
OTHER_PARAGRAPH_WORDS = (
    # fr
    r"ci-dessus|ci-dessous|supra|infra|"
    r"de\s+l['’]\s*annexe|de\s+la\s+(?:présente\s+)?(?:résolution|décision|convention|déclaration"
    r"|charte|loi|constitution)|du\s+(?:présent\s+)?(?:rapport|pacte|protocole|code|décret)|"
    # es
    r"del\s+(?:presente\s+)?(?:anexo|informe|pacto|protocolo|código|decreto)|"
    r"de\s+la\s+(?:presente\s+)?(?:resolución|decisión|convención|declaración|carta|ley"
    r"|constitución)|"
    # ru
    r"выше|ниже|приложени[яи]|резолюци[ия]|решени[яи]|конвенци[ия]|стать[иь]|закона|"
    r"настоящего\s+доклада|"
    # ar
    r"أعلاه|أدناه|من\s+المرفق|من\s+مرفق|من\s+القرار|من\s+قرار|من\s+الاتفاقية|من\s+المادة"
)
# A lettered sub-paragraph: "15 (c)", French/Spanish "15 c)", Russian "15 с)", Arabic
# "15 (ج)".
LETTERED = r"\s*\([a-zа-яء-ي]{1,4}\)|\s*[a-zа-я]\)"

# Words that lead into the next citation of a footnote: "… (India). See also …".
LEAD_IN_WORDS = (
    r"see|also|cf\.?|and|ibid\.?|voir|aussi|également|et|ver|véase|también|y|"
    r"см\.?|также|и|انظر|أيضا|参见|另见|又见"
)

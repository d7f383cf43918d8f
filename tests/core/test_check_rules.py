"""The draft check's rules one by one, on small drafts written here (Markdown, parsed
and read for citations as a file would be) and a registry of a few recommendations.

The real files are test_check.py's; here each rule's edges: what it must flag, what
it must leave alone, and keys that stay put when the draft changes elsewhere.
"""

from reviewer.check import CheckSettings, Entry, Facts, run_checks
from reviewer.check.text import sentence_at, word_count
from reviewer.ingest import parse_bytes
from reviewer.linking import plan_links
from reviewer.workspace.check_facts import parsed_draft

REPORT = "A/HRC/40/6"
REGISTRY = {
    REPORT: (
        Entry(REPORT, "28.5", "Ratify the ICCPR", ("Portugal",), "noted", (("A12", "Norms"),)),
        Entry(
            REPORT,
            "28.294",
            "Continue taking measures for improving women's development",
            ("India",),
            "supported",
            (("F14", "Women in public life"), ("S05", "SDG 5")),
        ),
        Entry(
            REPORT,
            "28.295",
            "Promote the participation of women in public life",
            ("Nepal", "Peru"),
            "supported",
            (("F14", "Women in public life"),),
        ),
        Entry(
            REPORT,
            "28.296",
            "Another one",
            ("Chile",),
            "supported",
            (("F14", "Women in public life"),),
        ),
    )
}
FACTS = Facts(
    review="CHN-4",
    state_name="China",
    previous="CHN-3",
    previous_reports=(REPORT,),
    previous_year=2018,
    registry=REGISTRY,
    owners={"A/HRC/25/5": "CHN-2"},
    suggested=(),
)
TOP = "Submitted by the Rural Schools Network (RSN)\n\nKey words: education, rural schools\n\n"


def check(body: str, facts: Facts = FACTS, top: str = TOP, **settings):
    parsed = parse_bytes((top + body).encode(), "draft.md")
    draft = parsed_draft(parsed, plan_links(parsed), "draft.md", None)
    return {f.key: f for f in run_checks(draft, facts, CheckSettings(**settings))}


def rules(found) -> set[str]:
    return {f.rule for f in found.values()}


def test_a_clean_draft_gets_nothing():
    body = "1. Women's development: A/HRC/40/6, 28.294 (India) was supported and acted on.\n"
    assert check(body) == {}


def test_numbers_states_and_positions_against_the_registry():
    found = check(
        "1. A/HRC/40/6, 28.400 is not a recommendation.\n\n"
        "2. China accepted A/HRC/40/6, 28.5 and A/HRC/40/6, 28.294 (Malaysia).\n\n"
        "3. Recommendations A/HRC/40/6, 28.294 and 28.295 (India, Nepal, Peru) again.\n\n"
        "4. This text[^1] quotes one.\n\n"
        "[^1]: A/HRC/40/6, 28.296: Another one (Chile, Ghana).\n"
    )
    assert set(found) == {
        "number:A/HRC/40/6:28.400",
        "position:A/HRC/40/6:28.5",
        "state:A/HRC/40/6:28.294:Malaysia",
        "state:A/HRC/40/6:28.296:Ghana",  # the footnote's States, one of them wrong
    }
    assert found["number:A/HRC/40/6:28.400"].message == "28.400: A/HRC/40/6 has 28.5–28.296"
    assert found["number:A/HRC/40/6:28.400"].label == "1"
    assert found["position:A/HRC/40/6:28.5"].label == "2"
    assert found["state:A/HRC/40/6:28.296:Ghana"].label == "4"


def test_a_footnote_quoting_a_recommendation_under_a_wrong_number_names_the_right_one():
    found = check(
        "1. Women[^1].\n\n[^1]: A/HRC/40/6, 28.297: Continue taking measures for improving "
        "women's development (India).\n"
    )
    assert found["number:A/HRC/40/6:28.297"].fix.startswith("The text quoted is that of 28.294")


def test_a_noted_recommendation_said_to_be_noted_or_not_accepted_is_fine():
    for sentence in (
        "China only noted A/HRC/40/6, 28.5.",
        "China did not accept A/HRC/40/6, 28.5.",
        "A/HRC/40/6, 28.5 was not accepted by China.",
        "We call again for A/HRC/40/6, 28.5.",
    ):
        assert "position" not in rules(check(f"1. {sentence}\n")), sentence
    found = check("1. The ICCPR: China supported A/HRC/40/6, 28.5 in its responses.\n")
    assert "position:A/HRC/40/6:28.5" in found


def test_ranges_across_paragraphs_or_backwards():
    found = check("1. See A/HRC/40/6, 28.45–29.3.\n\n2. Suggestions 28.49–45 again.\n")
    ranges = {k: f for k, f in found.items() if f.rule == "range"}
    # a cued range takes the report cited before it, as its numbers do
    assert set(ranges) == {"range:A/HRC/40/6:28.45-29.3", "range:A/HRC/40/6:28.49-45"}
    assert "different paragraphs" in ranges["range:A/HRC/40/6:28.45-29.3"].message
    assert "backwards" in ranges["range:A/HRC/40/6:28.49-45"].message
    assert "range" not in rules(check("1. A/HRC/40/6, 28.294–296 (India, Nepal, Peru, Chile).\n"))


def test_a_report_not_of_the_previous_review():
    found = check("1. A/HRC/25/5, 186.12 and A/HRC/40/6, 28.294 (India).\n")
    f = found["symbol:A/HRC/25/5"]
    assert f.message == (
        "A/HRC/25/5 is not the report of China's previous review, CHN-3 (A/HRC/40/6) "
        "(it is CHN-2's)"
    )
    assert "number:A/HRC/25/5:186.12" not in found  # a report the registry lacks: unchecked
    unknown = Facts(registry=REGISTRY)  # the draft's review not known: no symbol rule
    assert "symbol" not in rules(check("1. A/HRC/25/5, 186.12.\n", unknown))


def test_the_word_limit_and_its_settings():
    body = "1. " + "word " * 3000 + "\n"
    found = check(body)
    assert found["words"].message.startswith("3,0")
    assert "the limit for an individual submission of 2,815" in found["words"].message
    assert "a joint submission may have 5,630" in found["words"].fix
    assert "words" not in check(body, joint=True)
    assert "words" in check(body, joint=True, word_limit=100)
    notes = "1. A few words[^1].\n\n[^1]: " + "note " * 3000 + "\n"
    assert "words" not in check(notes) and "words" in check(notes, count_footnotes=True)
    assert word_count("A/HRC/40/6, 28.294 (India) 中国妇女") == 7


def test_numbered_paragraphs_key_words_and_organisations():
    found = check("We write.\n\nWe write again.\n\nAnd again.\n", top="")
    assert {"numbering:paragraphs", "keywords", "organisation"} <= set(found)
    found = check("1. One.\n\nAn unnumbered one.\n\n2. Two.\n")
    assert rules(found) == {"numbering"} and found.popitem()[1].label is None
    many = ", ".join(f"word{i}" for i in range(12))
    found = check("1. One.\n", top=f"Joint submission by the A Coalition\n\nKeywords: {many}\n\n")
    assert set(found) == {"keywords:count"}
    assert "12 key words" in found["keywords:count"].message
    found = check("1. One.\n", top="Keywords\n\neducation; health\n\nBy the XYZ Foundation\n\n")
    assert found == {}


def test_the_period_since_the_previous_review():
    found = check(
        "1. Since 2012 schools improved. The plan (2011-2020) was extended.\n\n"
        "2. Between 2010 and 2014 nothing changed. In 2015, a law passed.\n\n"
        "3. In 2019 and 2021 reports followed; founded in 2018.\n"
    )
    periods = [f for f in found.values() if f.rule == "period"]
    assert [(f.label, f.message) for f in periods] == [
        ("2", "Dated 2010–2014: before the previous review (CHN-3, 2018)"),
        ("2", "Dated 2015: before the previous review (CHN-3, 2018)"),
    ]
    # the organisation's presentation before the numbered text may tell its history
    assert "period" not in rules(check("1. Fine.\n", top=TOP + "Founded in 1992.\n\n"))
    undated = Facts(review="CHN-4", previous="CHN-3", registry=REGISTRY)
    assert "period" not in rules(check("1. In 2015, a law.\n", undated))


def test_annexes_but_not_the_un_resolutions_own():
    found = check("1. Our survey is attached as Annex 2.\n\n2. See the appendix.\n")
    assert [f.label for f in found.values() if f.rule == "annex"] == ["1", "2"]
    un = "1. Paragraph 1 of the annex to Human Rights Council resolution 5/1 says so.\n"
    assert check(un) == {}


def test_coverage_names_the_themes_uncited_recommendations():
    body = "1. A/HRC/40/6, 28.294 (India) and A/HRC/40/6, 28.295 (Nepal, Peru).\n"
    found = check(body)
    f = found["coverage:F14"]
    assert f.severity == "info" and f.label == "1"
    assert "1 recommendation of A/HRC/40/6 not cited (28.296)" in f.message
    assert "coverage:S05" not in found  # the SDG themes say nothing of a subject
    assert "coverage" not in rules(check(body, skip=frozenset({"coverage"})))
    spoken = Facts(**{**FACTS.__dict__, "suggested": ((2, REPORT, "28.296"),)})
    assert "speaks to 28.296" in check(body, spoken)["coverage:F14"].fix
    assert check(body, coverage_min=3) == {}


def test_keys_stay_put_when_the_draft_changes_elsewhere():
    body = "1. A/HRC/40/6, 28.400 here.\n\nUnnumbered.\n\n2. In 2015 the annex was attached.\n"
    before = set(check(body))
    after = set(check("1. A new first paragraph.\n\n" + body.replace("1. A/HRC", "2. A/HRC")))
    assert before == after and len(before) == 4


def test_a_footnote_marker_after_a_full_stop_belongs_to_its_sentence():
    text = "China supported it. Then more."
    assert sentence_at(text, text.index(".") + 1) == "China supported it."
    assert sentence_at(text, text.index("Then")) == "Then more."

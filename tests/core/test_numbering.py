"""Numbering inference: a document's short numbers read through an order of its own,
told from its sections' subjects, proposed with evidence, linked only once accepted
(origin "inferred"), undone by accepting the previous reading.

The document is built: a report numbering 42 recommendations under 121 and 122, each
about one of seven subjects and printed in no subject order, and a national report
whose headings cite them in the State's own order."""

import random

import pytest

from reviewer.reviews.inference import Group, Item, infer
from reviewer.reviews.shortnum import (
    choose,
    is_reading,
    numbering,
    read,
    reading_label,
)
from reviewer.workspace import BadInput, Workspace
from reviewer.workspace.numbering import NumberingService
from tests.core.cli_helpers import cli

SYMBOL = "A/HRC/43/15"

# (heading, what the section says, what its recommendations ask)
SUBJECTS = [
    (
        "International obligations",
        "Slovenia ratified the Optional Protocol to the Convention against Torture and "
        "is preparing the ratification of the Convention on enforced disappearance; "
        "accession to further international human rights treaties and conventions is "
        "under consideration.",
        [
            "Ratify the International Convention for the Protection of All Persons from "
            "Enforced Disappearance",
            "Ratify the Optional Protocol to the International Covenant on Economic, Social "
            "and Cultural Rights",
            "Accede to the International Convention on the Protection of the Rights of All "
            "Migrant Workers",
            "Ratify the Optional Protocol to the Convention against Torture",
            "Consider ratifying the ILO Domestic Workers Convention, 2011 (No. 189)",
            "Sign and ratify the treaties to which it is not yet a party",
        ],
    ),
    (
        "Roma community",
        "Housing conditions in Roma settlements improved: the legalisation of Roma "
        "settlements, access to drinking water and electricity in Roma settlements, and "
        "municipal programmes for Roma housing.",
        [
            "Improve the housing conditions of the Roma community",
            "Ensure access to drinking water and sanitation in Roma settlements",
            "Legalise Roma settlements and provide them with electricity and water",
            "Adopt a housing programme for Roma families living in informal settlements",
            "Guarantee Roma access to adequate housing without discrimination",
            "Provide drinking water to all Roma settlements",
        ],
    ),
    (
        "Violence against women",
        "The Domestic Violence Prevention Act was amended; shelters for victims of "
        "domestic violence were opened and police officers trained to protect women "
        "from violence in the family.",
        [
            "Combat domestic violence and provide shelters for its victims",
            "Criminalise domestic violence and prosecute its perpetrators",
            "Protect women from violence in the family and train police officers",
            "Increase the number of shelters for women victims of domestic violence",
            "Adopt a strategy on violence against women and domestic violence",
            "Ensure that victims of domestic violence receive protection and support",
        ],
    ),
    (
        "Hate speech",
        "Hate speech in the media and on the Internet is prosecuted; public officials "
        "condemned racist statements, and the media regulator acts against intolerant "
        "and xenophobic speech.",
        [
            "Combat hate speech in the media and on the Internet",
            "Condemn racist statements and hate speech by public officials",
            "Prosecute hate speech and incitement to racial hatred",
            "Counter xenophobic and intolerant speech in political discourse",
            "Take action against hate speech targeting migrants and minorities",
            "Strengthen the media regulator's powers against hate speech",
        ],
    ),
    (
        "Trafficking in human beings",
        "The interministerial working group on trafficking in human beings identified "
        "victims of trafficking, prosecuted traffickers and assisted victims of "
        "trafficking with accommodation.",
        [
            "Step up the fight against trafficking in human beings",
            "Identify and assist victims of trafficking",
            "Prosecute traffickers and punish trafficking in persons",
            "Provide accommodation and support to victims of human trafficking",
            "Train border police to identify trafficking victims",
            "Adopt a national action plan against trafficking in human beings",
        ],
    ),
    (
        "Rights of the child",
        "Corporal punishment of children is prohibited in all settings by the Family "
        "Code; the Children's Ombudsman protects the rights of the child and child "
        "protection services were strengthened.",
        [
            "Prohibit corporal punishment of children in all settings",
            "Establish a Children's Ombudsman to protect the rights of the child",
            "Strengthen child protection services",
            "Protect children from abuse and neglect",
            "Ensure that corporal punishment of children is prohibited in the family",
            "Guarantee the rights of the child in the justice system",
        ],
    ),
    (
        "Persons with disabilities",
        "Accessibility of public buildings for persons with disabilities improved; the "
        "deinstitutionalisation of persons with disabilities and their independent "
        "living are supported.",
        [
            "Improve the accessibility of public buildings for persons with disabilities",
            "Support the independent living of persons with disabilities",
            "Pursue the deinstitutionalisation of persons with disabilities",
            "Ensure inclusive education for children with disabilities",
            "Guarantee the employment of persons with disabilities",
            "Protect the rights of persons with disabilities in institutions",
        ],
    ),
]
STATES = ["Peru", "Chile", "France", "Ghana", "India", "Japan", "Kenya"]


def _printed() -> list[tuple[int, str]]:
    """The 42 recommendations in the report's printed order: (subject, text), mixed."""
    recs = [(i, text) for i, (_, _, texts) in enumerate(SUBJECTS) for text in texts]
    random.Random(7).shuffle(recs)
    return recs


def _numbers() -> list[str]:
    return [f"121.{k}" for k in range(1, 13)] + [f"122.{k}" for k in range(1, 31)]


def _table(tmp_path):
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    for number, (subject, text) in zip(_numbers(), _printed(), strict=True):
        rows.append(f'{SYMBOL},{number},"{text}",{STATES[subject]},Slovenia')
    path = tmp_path / "svn3-table.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _order(code: str) -> list[str]:
    """The full numbers in the order the State uses: 'running-rev' or 'running+2'."""
    running = _numbers()
    if code == "running-rev":
        return running[12:] + running[:12]
    assert code == "running+2"  # number n is the item at n + 2: 1 and 2 are the 3rd, 4th
    return running[2:]


def _national_report(tmp_path, order: str, name="svn-national-report.md"):
    """A national report of Slovenia's 4th review whose headings cite the previous
    report's recommendations by the State's own numbers."""
    position = {full: i + 1 for i, full in enumerate(_order(order))}
    by_subject: dict[int, list[int]] = {}
    for full, (subject, _) in zip(_numbers(), _printed(), strict=True):
        if full in position:
            by_subject.setdefault(subject, []).append(position[full])
    lines = [
        "# National report submitted by Slovenia for the fourth cycle of the Universal "
        "Periodic Review",
        "",
        "1. Slovenia presents its national report on the recommendations of its third review.",
        "",
    ]
    para = 2
    for subject, (heading, body, _) in enumerate(SUBJECTS):
        cited = ", ".join(str(k) for k in sorted(by_subject[subject]))
        lines += [f"## {heading} (recommendations {cited})", "", f"{para}. {body}", ""]
        para += 1
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _meant(order: str) -> dict[str, set[str]]:
    """Each section heading → the recommendations its numbers mean under ``order``."""
    out: dict[str, set[str]] = {}
    printed = dict(zip(_numbers(), _printed(), strict=True))
    for full in _order(order):
        out.setdefault(SUBJECTS[printed[full][0]][0], set()).add(full)
    return out


@pytest.fixture
def ws(location):
    w = Workspace.open(location, author="Ana")
    yield w
    w.close()


def _links(ws, doc_id) -> dict[str, set[tuple[str, str, str]]]:
    return {
        p.text.split(" (")[0]: {(lk.number, lk.origin, lk.status) for lk in p.links}
        for p in ws.document(doc_id).paragraphs
        if p.links
    }


@pytest.mark.parametrize("order", ["running-rev", "running+2"])
def test_inference_picks_the_states_own_order_and_accepting_links_it(ws, tmp_path, order):
    ws.import_file(_table(tmp_path))
    doc_id = ws.import_file(_national_report(tmp_path, order)).document_id
    assert ws.get_document(doc_id).review == "SVN-4"
    # nothing is linked on import: the numbers wait for a reading
    assert _links(ws, doc_id) == {}
    sn = ws.short_numbers(doc_id)
    assert sn.report == SYMBOL and sn.unresolved == sn.count == 42 - (order == "running+2") * 2
    assert "numbering" in sn.reason
    service = NumberingService(ws.store, ws.review, ws.cycles)
    p = service.numbering(doc_id)
    assert p.report == SYMBOL and p.accepted is None and p.proposed == 0
    best = p.candidates[0]
    assert best.reading == order and best.landed == best.total and best.share == 1.0
    assert best.label == reading_label(numbering(SYMBOL, _numbers()), order)
    assert p.candidates[1].landed < best.landed
    printed = next(c for c in p.candidates if c.reading == "running")
    assert printed.landed < best.total / 2
    line = next(e for e in best.evidence if "'International obligations'" in e)
    k = len(_meant(order)["International obligations"])
    assert f"{k} of {k} numbers land on recommendations about" in line
    assert "ratif" in line or "convention" in line
    assert f"of {k} with the printed order" in line
    assert best.label in p.reason
    # accepting links exactly what the State's numbers mean, confirmed and "inferred"
    before = service.accept_numbering(doc_id, 0)
    assert before is None
    links = _links(ws, doc_id)
    assert {h: {n for n, _, _ in v} for h, v in links.items()} == _meant(order)
    assert {(o, s) for v in links.values() for _, o, s in v} == {("inferred", "confirmed")}
    details = {lk.detail for p in ws.document(doc_id).paragraphs for lk in p.links}
    assert details == {best.label}
    assert ws.short_numbers(doc_id).unresolved == 0
    assert service.numbering(doc_id).accepted == order


def test_undo_removes_the_inferred_links_and_keeps_a_rejected_one(ws, tmp_path):
    ws.import_file(_table(tmp_path))
    doc_id = ws.import_file(_national_report(tmp_path, "running-rev")).document_id
    service = NumberingService(ws.store, ws.review, ws.cycles)
    before = service.accept_numbering(doc_id, "running-rev")
    para = next(p for p in ws.document(doc_id).paragraphs if p.links)
    rejected = para.links[0]
    ws.set_link_status(rejected.id, "rejected")
    assert service.accept_numbering(doc_id, before) == "running-rev"  # undo
    kept = {(lk.number, lk.status) for p in ws.document(doc_id).paragraphs for lk in p.links}
    assert kept == {(rejected.number, "rejected")}
    assert ws.short_numbers(doc_id).unresolved == 42
    assert service.numbering(doc_id).accepted is None
    # another order may be picked by its code, offsets too; a wrong one is refused
    service.accept_numbering(doc_id, "122-1")
    assert ws.document(doc_id).paragraphs  # read through it without error
    with pytest.raises(BadInput):
        service.accept_numbering(doc_id, "123")
    with pytest.raises(BadInput):
        service.accept_numbering(doc_id, 999)


def test_numbers_that_fit_no_order_get_no_proposal(ws, tmp_path):
    ws.import_file(_table(tmp_path))
    rng = random.Random(3)
    numbers = list(range(1, 43))
    rng.shuffle(numbers)
    lines = ["# National report submitted by Slovenia for the fourth cycle of the UPR", ""]
    for i, (heading, body, _) in enumerate(SUBJECTS):
        cited = ", ".join(str(k) for k in sorted(numbers[i * 6 : i * 6 + 6]))
        lines += [f"## {heading} (recommendations {cited})", "", f"{i + 2}. {body}", ""]
    path = tmp_path / "scrambled.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc_id = ws.import_file(path).document_id
    p = NumberingService(ws.store).numbering(doc_id)
    assert p.candidates and p.proposed is None
    assert "No order fits" in p.reason
    assert _links(ws, doc_id) == {}


def test_the_numbering_command_lists_candidates_and_accepts_one(capsys, tmp_path, location):
    path = location
    code, data, err = cli(
        capsys,
        path,
        "import",
        str(_table(tmp_path)),
        str(_national_report(tmp_path, "running-rev")),
    )
    assert code == 0, err
    doc_id = next(d["document_id"] for d in data["imported"] if d["file"].endswith(".md"))
    code, data, err = cli(capsys, path, "numbering", "--document", str(doc_id))
    assert code == 0, err
    assert {"document_id", "report", "accepted", "proposed", "candidates"} <= set(data)
    assert data["report"] == SYMBOL and data["proposed"] == 0 and data["accepted"] is None
    first = data["candidates"][0]
    assert set(first) == {
        "index", "reading", "label", "landed", "total", "share", "evidence",
        "label_fact", "evidence_facts",  # the label's and evidence's keys and arguments
    }  # fmt: skip
    assert first["label_fact"]["key"].startswith("reading.")
    assert data["reason_fact"]["key"].startswith("numbering.")
    assert first["reading"] == "running-rev" and first["index"] == 0
    assert len(first["evidence"]) == len(SUBJECTS)
    code, data, err = cli(capsys, path, "numbering", "--document", str(doc_id), "--accept", "0")
    assert code == 0, err
    assert data["accepted"] == "running-rev" and data["previous"] is None
    assert len(data["linked"]) == 42
    code, data, err = cli(capsys, path, "numbering", "--document", str(doc_id), "--accept", "99")
    assert code == 1 and "no candidate 99" in err
    # a person reads it too
    from reviewer.cli import main

    assert main(["--workspace", str(path), "numbering", "--document", str(doc_id)]) == 0
    text = capsys.readouterr().out
    assert "[0] running-rev" in text and "accepted: Running order, 122 first" in text


# -- the readings themselves, without a workspace -------------------------------------


def test_readings_cover_paragraphs_running_orders_registry_orders_and_offsets():
    n = numbering(
        SYMBOL,
        _numbers(),
        [("thematic", list(reversed(_numbers()))), ("responses", _numbers())],
    )
    # the responses' order is the printed one: nothing new, left out
    assert n.readings == ("121", "122", "running", "running-rev", "thematic")
    assert read(n, "1", "running-rev") == "122.1" and read(n, "31", "running-rev") == "121.1"
    assert read(n, "1", "thematic") == "122.30" and read(n, "1", "thematic+2") == "122.28"
    assert read(n, "5", "122-1") == "122.4" and read(n, "5", "running+2") == "121.7"
    assert read(n, "43", "running") is None and read(n, "15") is None
    assert reading_label(n, "running-rev") == "Running order, 122 first (1–42)"
    assert reading_label(n, "thematic") == "Thematic list order (1–42)"
    assert reading_label(n, "running+2").endswith("shifted by +2")
    for code in ("122-1", "running-rev-3", "thematic+2"):
        assert is_reading(n, code) and len(code) <= 16
    assert not is_reading(n, "states") and not is_reading(n, "123")
    # several paragraphs: never taken by itself; a chosen reading is
    assert not choose(n, ["25", "26"]).certain
    assert choose(n, ["25"], "running-rev") == choose(n, ["1"], "running-rev")
    assert choose(n, ["25"], "running-rev").chosen
    # one paragraph or plain numbers read directly, as before
    one = numbering("A/HRC/28/15", [f"115.{k}" for k in range(1, 11)])
    assert choose(one, ["5"]).certain and read(one, "5") == "115.5"
    assert read(one, "5", "running+1") == "115.6" and is_reading(one, "115")


def test_inference_is_pure_and_says_why_without_numbers():
    items = [Item(full, text) for full, (_, text) in zip(_numbers(), _printed(), strict=True)]
    n = numbering(SYMBOL, _numbers())
    assert infer(n, [], items).proposed is None
    position = {full: i + 1 for i, full in enumerate(_order("running-rev"))}
    printed = dict(zip(_numbers(), _printed(), strict=True))
    groups = [
        Group(
            heading,
            f"{heading}\n{body}",
            tuple(str(position[f]) for f in _numbers() if printed[f][0] == i),
        )
        for i, (heading, body, _) in enumerate(SUBJECTS)
    ]
    result = infer(n, groups, items)
    assert result.proposed == 0 and result.candidates[0].code == "running-rev"
    assert result.candidates[0].groups[0].printed is not None  # compared with the printed
    # two numbers tell no order apart from chance
    two = [Group(g.label, g.text, g.numbers[:1]) for g in groups[:2]]
    assert infer(n, two, items).proposed is None

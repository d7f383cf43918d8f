"""Run the command line in-process and read its JSON."""

import json

from reviewer.cli import main

CANGO_LINKS = {
    "2": {("A/HRC/40/6", "28.294")},
    "3": {("A/HRC/40/6", "28.109"), ("A/HRC/40/6", "28.111")},
    "6": {("A/HRC/40/6", "28.45"), ("A/HRC/40/6", "28.47"), ("A/HRC/40/6", "28.49")},
    "8": {("A/HRC/40/6", n) for n in ("28.270", "28.271", "28.274", "28.330")},
    "12": {("A/HRC/40/6", "28.287")},
}
CANGO_STATES = {
    "28.294": ["India"],
    "28.109": ["Brunei Darussalam"],
    "28.111": ["Cameroon"],
    "28.45": ["Pakistan"],
    "28.47": ["Thailand"],
    "28.49": ["Fiji"],
    "28.270": ["Algeria"],
    "28.271": ["Comoros"],
    "28.274": ["Bangladesh"],
    "28.330": ["Dominican Republic"],
    "28.287": ["Malaysia"],
}
CANGO_TITLE = (
    "UPR Report Presented by China Association for NGO Cooperation to the "
    "United Nations High Commissioner for Human Rights"
)


def cli(capsys, workspace, *args):
    """(exit status, parsed JSON stdout, stderr)."""
    code = main(["--workspace", str(workspace), *args, "--json"])
    captured = capsys.readouterr()
    data = json.loads(captured.out) if captured.out.strip() else None
    return code, data, captured.err


def assert_cango_structure(doc: dict) -> None:
    """The facts every correct import of the CANGO submission must give."""
    paras = doc["paragraphs"]
    kinds_labels = [(p["kind"], p["label"]) for p in paras]
    assert kinds_labels[0] == ("body", None)
    assert paras[0]["text"].startswith(
        "China Association for NGO Cooperation (CANGO), founded in 1992"
    )
    assert kinds_labels[1] == ("title", None)
    assert " ".join(paras[1]["text"].split()) == CANGO_TITLE
    assert [label for _, label in kinds_labels[2:]] == [str(i) for i in range(1, 15)]
    assert len(paras) == 16
    texts = [p["text"] for p in paras]
    assert not any("NGO in Special Consultative Status" in t for t in texts)
    assert not any(t.startswith("A/HRC/40/6, 28.") or "<sup>" in t or "[^" in t for t in texts)
    by_label = {p["label"]: p for p in paras}
    assert "The latest version strengthens" in " ".join(by_label["2"]["text"].split())
    assert by_label["12"]["text"].endswith("gender inclusive social development environment.")
    assert by_label["3"]["text"].rstrip().endswith("was reiterated.")
    assert len(doc["footnotes"]) == 11
    links = {
        p["label"]: {(lk["symbol"], lk["number"]) for lk in p["links"]} for p in paras if p["links"]
    }
    assert links == CANGO_LINKS
    origins = {lk["origin"] for p in paras for lk in p["links"]}
    assert origins == {"footnote"}

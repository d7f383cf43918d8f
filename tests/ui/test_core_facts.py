"""What the core says in English is said again in the window's language: a merge's
conflicts and what it left out, a numbering proposal's reason, labels and evidence,
why a document was placed in its review (``ui/core_facts.py``).

The core keeps each as a ``Fact`` (English text, its key and arguments); the window
has a template of its own for every key, marked for translation.  Real widgets, real
files, a real merge; the French window's catalogue compiled from the .ts files.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import reviewer.reviews.detect
import reviewer.reviews.inference
import reviewer.reviews.shortnum
import reviewer.workspace.merge_report
import reviewer.workspace.numbering
import reviewer.workspace.reviews  # noqa: F401  (each registers the facts it says)
from reviewer.words.facts import ENGLISH, fact
from reviewer.workspace import Workspace, review_reason_fact
from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label, settled
from ui import i18n
from ui.core_facts import COUNTED, TEMPLATES, _counted, said

FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"


def _fields(template) -> set[str]:
    texts = template if isinstance(template, tuple) else (template,)
    return {m.group(1) for t in texts for m in FIELD.finditer(t)}


def _sample(key: str):
    """The fact ``key`` said with an argument standing for each of its fields."""
    template = ENGLISH[key]
    texts = template if isinstance(template, tuple) else (template,)
    args = {}
    for t in texts:
        for m in FIELD.finditer(t):
            numeric = m.group(2) == "ordinal" or m.group(1) == "n"
            args[m.group(1)] = 3 if numeric else f"<{m.group(1)}>"
    return fact(key, **args)


def test_the_window_has_a_template_for_every_fact_the_core_says():
    assert len(ENGLISH) > 90
    counted = {k for k in ENGLISH if k.startswith(COUNTED)}
    assert set(ENGLISH) - counted == set(TEMPLATES)
    for key in counted:
        assert _counted(key.removeprefix(COUNTED), 2) is not None, key
    for key, template in TEMPLATES.items():
        assert _fields(template) == _fields(ENGLISH[key]), key


def test_an_english_window_says_each_fact_as_the_core_does():
    """The window's English templates are the core's own words (plurals included)."""
    for key in ENGLISH:
        f = _sample(key)
        assert said(f) == str(f), key
    one = fact("merge.count.paragraph_tags", n=1)
    assert said(one) == str(one) == "1 tagged paragraph"


def test_a_french_window_says_the_facts_in_french():
    assert i18n.install("fr")
    cycle = fact("review.registry", state="Chine", cycle=3)
    assert said(cycle) == "l’examen de Chine (3e cycle)"
    where = fact("merge.where", title="Rapport", label="12")
    assert said(fact("merge.tag_on", tag="Santé", where=where)) == (
        "« Santé » sur « Rapport », paragraphe 12"
    )
    assert said(fact("merge.count.paragraph_tags", n=2)) == "2 paragraphes étiquetés"
    assert said("a text from a document") == "a text from a document"


def test_a_french_window_shows_a_merge_conflict_and_what_was_left_out_in_french(
    qtbot, make_window, tmp_path
):
    assert i18n.install("fr")
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "2").id
    note = w.ws.add_note(pid, "the office's first thought")
    w.ws.add_tag(pid, "gone here")
    laptop_file = tmp_path / "laptop.sqlite"
    assert w.start_copy(str(laptop_file))
    qtbot.waitUntil(
        lambda: w.transfer_task is not None and not w.transfer_task.running, timeout=30_000
    )
    with Workspace.open(laptop_file, "Ben") as laptop:
        theirs = next(n for n in laptop.notes(pid) if n.uid == note.uid)
        laptop.update_note(theirs.id, "the laptop's first thought", base_revision=theirs.revision)
    w.ws.update_note(note.id, "the office's second thought", base_revision=note.revision)
    w.ws.remove_tag(pid, "gone here")  # removed here: the laptop's stays out

    assert w.start_merge(str(laptop_file))
    qtbot.waitUntil(lambda: w.merge_report_dialog is not None, timeout=30_000)
    dlg = w.merge_report_dialog
    report = w.last_merge
    assert len(report.conflicts) == 1 and len(report.skipped) == 1
    what, kept, other = (dlg.conflicts.item(0, c).text() for c in range(3))
    assert what.startswith("une note sur « ") and "paragraphe 2" in what
    assert "conservée à côté comme note distincte" in other
    assert "kept beside" not in other and "a note on" not in what
    assert kept.startswith("« the office") or kept.startswith("« the laptop")
    skipped_what, why = dlg.skipped.item(0, 0).text(), dlg.skipped.item(0, 1).text()
    assert skipped_what.startswith("« gone here » sur « ")
    assert why.startswith("supprimé ici le ") and "par Ana Tester" in why
    # the core's English stays as it was, for the CLI
    assert str(report.conflicts[0].other).endswith("kept beside it as a note of its own")
    assert report.skipped[0].as_dict()["facts"]["why"]["key"] == "merge.removed"
    dlg.close()


def test_a_french_window_shows_the_numbering_proposal_in_french(qtbot, make_window, tmp_path):
    from tests.core.test_numbering import _national_report, _table

    assert i18n.install("fr")
    w = make_window()
    report = _national_report(tmp_path, "running-rev")
    import_and_wait(qtbot, w, [_table(tmp_path), report])
    doc = next(d for d in w.ws.documents() if d.file == report.name)
    w.select_document(doc.id)
    settled(w)
    qtbot.mouseClick(w.notices.propose, Qt.MouseButton.LeftButton)
    dialog = w.numbering_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "tombent sur des recommandations portant sur les sujets" in texts
    assert "land on recommendations" not in texts
    assert dialog.table.item(0, 0).text().startswith("Ordre continu, 122 d’abord")
    evidence = dialog.evidence.toPlainText()
    assert "sous « " in evidence and "avec cet ordre" in evidence
    assert "with this order" not in evidence
    dialog.reject()


def test_a_french_window_says_why_a_document_was_placed_by_a_guess(
    qtbot, make_window, workspace_path
):
    with Workspace.open(workspace_path, "Ana Tester") as ws:
        done, failed = ws.import_files([CANGO, CHN_LIST, CONTEXT])
        assert failed == []
        context = next(d for d in ws.documents() if d.file == CONTEXT.name)
    assert context.review_status == "uncertain" and context.review_reason
    assert review_reason_fact(context.review_reason) is not None  # the core's own words
    assert i18n.install("fr")
    w = make_window(workspace_path)
    w.set_review(context.review)
    w.select_document(context.id)
    settled(w)
    shown = w.notices.review_text.text()
    assert w.notices.review_bar.isVisible()
    assert "incertain : " in shown and "unsure" not in shown
    assert said(review_reason_fact(context.review_reason)) in shown.replace("&amp;", "&")


def test_a_copy_says_its_steps_in_the_window_language_for_every_table_it_copies():
    """A copy's progress names the tables it copies; the window says each as a step
    ("tagged paragraphs"), never a table's name ("paragraph_tag"): a new table fails."""
    from reviewer.storage.models import Base
    from ui.window_merge import COPY_TABLES, step_name

    assert set(Base.metadata.tables) <= set(COPY_TABLES)
    assert step_name("paragraph_tag") == "tagged paragraphs"
    assert i18n.install("fr")
    assert step_name("paragraph_tag") == "paragraphes étiquetés"
    assert step_name("recommendation_text") == "le registre"
    assert step_name("footnote_ref") == step_name("footnote") != "footnotes"


def test_a_french_window_says_why_a_document_cannot_have_suggestions(
    qtbot, make_window, workspace_path
):
    with Workspace.open(workspace_path, "Ana Tester") as ws:
        done, failed = ws.import_files([CHN_LIST])
        assert failed == []
        (listing,) = ws.documents()
        english = ws.suggestion_scope(listing.id).reason
    assert english.startswith(f"“{listing.title}” is a thematic list: ")
    assert i18n.install("fr")
    w = make_window(workspace_path)
    w.select_document(listing.id)
    settled(w)
    tip = w.actions_.suggest_document.toolTip()
    assert not w.actions_.suggest_document.isEnabled()
    assert "liste thématique" in tip and "contributions" in tip, tip
    assert "suggestions are made" not in tip


def test_a_predecessors_reason_is_said_in_the_window_language():
    """The core stores why an earlier recommendation is proposed as the predecessor
    ("treaty: …; words: …; same State: …"); the inspector's tip says it again."""
    import inspect

    from reviewer.reviews.continuity import _reason
    from ui.core_facts import CONTINUITY_PARTS, continuity_reason

    core = inspect.getsource(_reason)  # the core writes the parts the window reads
    assert all(f'"{prefix}"' in core for prefix in CONTINUITY_PARTS)

    stored = "treaty: ICRMW; words: ratify, migrant, workers; same State: Egypt"
    assert continuity_reason(stored) == stored
    assert i18n.install("fr")
    assert continuity_reason(stored) == (
        "traité : ICRMW; mots : ratify, migrant, workers; même État : Egypt"
    )
    assert continuity_reason("an older program's words") == "an older program's words"
    assert continuity_reason(None) == ""

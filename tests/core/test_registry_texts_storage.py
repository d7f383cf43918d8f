"""``recommendation_text`` (migration 0011): a workspace made before it gets its texts
on upgrade (a released file, a team database), and copies and merges carry them."""

from __future__ import annotations

import shutil

from alembic import command
from sqlalchemy import create_engine, select, text

from reviewer.storage.db import alembic_config, head_revision
from reviewer.storage.models import Recommendation, RecommendationText
from reviewer.storage.server import sqlalchemy_url
from reviewer.workspace import Workspace, copy_workspace, merge_workspace
from tests.conftest import FIXTURES
from tests.core.transfer_helpers import dump

CHN_EN = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CHN_FR = FIXTURES / "un" / "languages" / "China-UPR3-thematic-list-A_HRC_40_6-fr.docx"


def _texts(ws: Workspace) -> list[tuple[str, str, str]]:
    """(number, language, start of text) of every stored text, in order."""
    with ws.read() as s:
        rows = s.execute(
            text(
                "SELECT r.number, t.language, t.text FROM recommendation_text t "
                "JOIN recommendation r ON r.id = t.recommendation_id ORDER BY t.id"
            )
        ).all()
    return [(n, lang, body[:30]) for n, lang, body in rows]


def test_a_released_workspace_gets_its_texts_and_then_the_french_ones(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite", path)
    with Workspace.open(path, author="Ana") as ws:  # upgraded to head, backup made
        before = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert len(before) == 346
        texts = _texts(ws)
        assert len(texts) == 346 and {lang for _, lang, _ in texts} == {"en"}
        assert all(list(r.texts) == ["en"] and r.texts["en"] == r.text for r in before.values())
        result = ws.import_file(CHN_FR)
        assert (result.recommendations, result.language, result.disagreements) == (23, "fr", ())
        after = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert len(after) == 346
        assert after["28.161"].text == before["28.161"].text
        assert after["28.161"].texts["fr"].startswith("Abolir complètement la peine de mort")
        assert sum("fr" in r.texts for r in after.values()) == 23


def test_a_team_database_at_0010_gets_the_texts_of_its_rows(pg_url):
    engine = create_engine(sqlalchemy_url(pg_url))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
        for k, (number, body) in enumerate((
            ("28.5", "Ratify the International Covenant on Civil and Political Rights"),
            ("28.8", "Signer la Convention internationale pour la protection de toutes les "
                     "personnes contre les disparitions forcées"),
            ("28.9", None),
        )):  # fmt: skip
            conn.execute(
                text(
                    "INSERT INTO recommendation (uid, symbol, number, sort_key, text, states, "
                    "position, themes, affected_persons, created_at, updated_at) VALUES (:uid, "
                    "'A/HRC/40/6', :n, 0, :t, '[]', 'noted', '[]', '[]', now(), now())"
                ),
                {"uid": f"r{k}", "n": number, "t": body},
            )
    engine.dispose()
    with Workspace.open(pg_url, author="Ana") as ws:
        with ws.read() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            stored = s.execute(
                select(Recommendation.number, RecommendationText.language).join(
                    Recommendation, Recommendation.id == RecommendationText.recommendation_id
                )
            ).all()
        assert sorted(stored) == [("28.5", "en"), ("28.8", "fr")]  # none for a row without text
        # the team's registry reader sees the texts, and an edition adds to them
        ws.import_file(CHN_FR)
        rows = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert list(rows["28.5"].texts) == ["en", "fr"]
        assert rows["28.5"].text.startswith("Ratify")  # the first edition's stays
        assert list(rows["28.9"].texts) == ["fr"] and rows["28.9"].text.startswith("Poursuivre")


def test_a_copy_keeps_the_texts_and_a_merge_brings_the_other_languages(tmp_path, location):
    with Workspace.open(location, "Ana") as team:
        team.import_file(CHN_EN)
        copy_workspace(team, tmp_path / "laptop.sqlite")
        with Workspace.open(tmp_path / "laptop.sqlite", "Ben") as laptop:
            assert dump(laptop)["recommendation_text"] == dump(team)["recommendation_text"]
            laptop.import_file(CHN_FR)  # the French list, read offline
        report = merge_workspace(team, tmp_path / "laptop.sqlite", backup=False)
        assert report.added["recommendation_texts"] == 23
        assert report.added["recommendations"] == 0  # the same rows: texts, not rows
        assert "23 recommendation texts" in report.summary()
        rows = {r.number: r for r in team.recommendations(symbol="A/HRC/40/6")}
        assert len(rows) == 346 and list(rows["28.66"].texts) == ["en", "fr"]
        assert rows["28.66"].text.startswith("Establish an independent")
        again = merge_workspace(team, tmp_path / "laptop.sqlite", backup=False)
        assert again.added["recommendation_texts"] == 0

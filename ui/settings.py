"""What the window remembers between runs: reviewer name, recent workspaces, layout.

Stored with QSettings in an ini file under ``AppPaths.config_dir``, so ``--data-dir``
(and the tests' temporary folders) move it along with everything else.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reviewer.paths import AppPaths
from ui import locations
from ui.locations import Location

MAX_RECENT = 8


def _same(a: Location, b: Location) -> bool:
    if locations.is_url(a) or locations.is_url(b):
        return locations.is_url(a) and locations.is_url(b) and locations.key(a) == locations.key(b)
    return Path(a).resolve() == Path(b).resolve()


class Settings:
    def __init__(self, qsettings: QSettings):
        self.q = qsettings

    @classmethod
    def for_paths(cls, paths: AppPaths) -> Settings:
        return cls(QSettings(str(paths.config_dir / "settings.ini"), QSettings.Format.IniFormat))

    # -- reviewer name -----------------------------------------------------------
    @property
    def author(self) -> str | None:
        value = self.q.value("reviewer/name")
        return str(value) if value else None

    @author.setter
    def author(self, name: str) -> None:
        self.q.setValue("reviewer/name", name)
        self.q.sync()

    # -- the theme: "system" (follow the desktop's light or dark scheme), "light", "dark"
    @property
    def theme(self) -> str:
        value = str(self.q.value("view/theme") or "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("view/theme", value)
        self.q.sync()

    # -- the window's language: "system" (follow the system's), or a code of ui.i18n
    @property
    def language(self) -> str:
        return str(self.q.value("view/language") or "system")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("view/language", value)
        self.q.sync()

    # -- the folder files were last imported from ------------------------------------
    @property
    def import_folder(self) -> Path | None:
        value = self.q.value("import/folder")
        return Path(str(value)) if value else None

    @import_folder.setter
    def import_folder(self, folder: Path) -> None:
        self.q.setValue("import/folder", str(Path(folder)))
        self.q.sync()

    # -- recent workspaces: files (Path) and team workspaces (their URL, no password) ----
    def recent(self) -> list[Location]:
        value = self.q.value("workspaces/recent") or []
        if isinstance(value, str):  # one entry comes back as a plain string
            value = [value]
        return [v.strip() if locations.is_url(v) else Path(v) for v in map(str, value) if v]

    def add_recent(self, location: Location) -> None:
        first: Location = (
            locations.key(location) if locations.is_url(location) else Path(location).resolve()
        )
        items = [p for p in self.recent() if not _same(p, first)]
        self.q.setValue("workspaces/recent", [str(p) for p in [first, *items][:MAX_RECENT]])
        self.q.sync()

    def remove_recent(self, location: Location) -> None:
        items = [p for p in self.recent() if not _same(p, location)]
        self.q.setValue("workspaces/recent", [str(p) for p in items])
        self.q.sync()

    def clear_recent(self) -> None:
        self.q.remove("workspaces/recent")
        self.q.sync()

    # -- backups -----------------------------------------------------------------
    @property
    def backup_keep(self) -> int:
        from reviewer.workspace import DEFAULT_BACKUP_KEEP

        try:
            return max(1, int(self.q.value("backups/keep", DEFAULT_BACKUP_KEEP)))
        except (TypeError, ValueError):  # a hand-edited settings file
            return DEFAULT_BACKUP_KEEP

    @backup_keep.setter
    def backup_keep(self, n: int) -> None:
        self.q.setValue("backups/keep", int(n))
        self.q.sync()

    # -- the review chosen, per workspace -----------------------------------------
    @staticmethod
    def _workspace_key(path: Location) -> str:
        """A key for one workspace: a hash of its file's full path, or of a team
        workspace's URL (QSettings keys cannot hold slashes or colons)."""
        return hashlib.sha1(locations.key(path).encode("utf-8")).hexdigest()[:16]

    def review_for(self, path: Location) -> str | None:
        """The review last chosen in this workspace ("CHN-4"); None for all reviews."""
        value = self.q.value(f"reviews/{self._workspace_key(path)}")
        return str(value) if value else None

    def set_review_for(self, path: Location, code: str | None) -> None:
        self.q.setValue(f"reviews/{self._workspace_key(path)}", code or "")
        self.q.sync()

    # -- the documents pane's order --------------------------------------------------
    def documents_sort(self) -> tuple[int, bool] | None:
        """(column, descending) of the documents pane, if the person chose one."""
        value = self.q.value("documents/sort")
        try:
            column, descending = str(value).split(",")
            return int(column), descending == "1"
        except (TypeError, ValueError):
            return None

    def set_documents_sort(self, column: int, descending: bool) -> None:
        self.q.setValue("documents/sort", f"{int(column)},{int(descending)}")
        self.q.sync()

    # -- the page view -------------------------------------------------------------
    def page_view(self) -> bool:
        """Whether the page view (View › Page view) is open."""
        return str(self.q.value("view/page", "0")).lower() in ("1", "true")

    def set_page_view(self, on: bool) -> None:
        self.q.setValue("view/page", "1" if on else "0")
        self.q.sync()

    # -- window layout -----------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.q.value("window/geometry"), self.q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
        self.q.sync()

    # -- the files documents were imported from, per workspace -----------------------
    def document_file(
        self, workspace: Location, document_id: int
    ) -> tuple[Path, str | None] | None:
        """The file a document was last imported from in this window, and the hash of
        what was imported (None: not known); None when the window never imported it."""
        key = f"files/{self._workspace_key(workspace)}/{int(document_id)}"
        path = self.q.value(f"{key}/path")
        sha = self.q.value(f"{key}/sha256")
        return (Path(str(path)), str(sha) if sha else None) if path else None

    def set_document_file(
        self, workspace: Location, document_id: int, path: Path, sha: str | None
    ) -> None:
        key = f"files/{self._workspace_key(workspace)}/{int(document_id)}"
        self.q.setValue(f"{key}/path", str(Path(path).resolve()))
        self.q.setValue(f"{key}/sha256", sha or "")
        self.q.sync()

    # -- the draft check's settings, per document ---------------------------------------
    def check_settings(self, workspace: Location, document_id: int) -> dict:
        """{"word_limit": int | None, "joint": bool, "count_footnotes": bool}."""
        value = self.q.value(f"check/{self._workspace_key(workspace)}/{int(document_id)}")
        out: dict = {"word_limit": None, "joint": False, "count_footnotes": False}
        try:
            limit, joint, notes = str(value).split(",")
            out.update(
                word_limit=int(limit) if int(limit) > 0 else None,
                joint=joint == "1",
                count_footnotes=notes == "1",
            )
        except (TypeError, ValueError):  # none stored, or a hand-edited file
            pass
        return out

    def set_check_settings(
        self,
        workspace: Location,
        document_id: int,
        word_limit: int | None,
        joint: bool,
        notes: bool,
    ) -> None:
        key = f"check/{self._workspace_key(workspace)}/{int(document_id)}"
        self.q.setValue(key, f"{int(word_limit or 0)},{int(joint)},{int(notes)}")
        self.q.sync()

"""Where the program keeps its files.

One value built from platformdirs, so nothing is computed at import time and tests
(or a portable install) can point everything elsewhere with ``--data-dir`` or
``UPR_REVIEWER_DATA_DIR``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "upr-reviewer"
APP_AUTHOR = "upr-reviewer"
WORKSPACE_ENV = "UPR_REVIEWER_WORKSPACE"
DATA_DIR_ENV = "UPR_REVIEWER_DATA_DIR"
DEFAULT_WORKSPACE_NAME = "workspace.upr.sqlite"
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: object) -> bool:
    """A team workspace's address (``postgresql://…``), not a file's path."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls, data_dir: str | os.PathLike | None = None) -> AppPaths:
        override = data_dir or os.environ.get(DATA_DIR_ENV)
        if override:
            root = Path(override).expanduser()
            return cls(root, root / "config", root / "logs")
        import platformdirs

        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    @property
    def default_workspace(self) -> Path:
        return self.data_dir / DEFAULT_WORKSPACE_NAME


def resolve_workspace_path(
    explicit: str | os.PathLike | None, paths: AppPaths | None = None
) -> Path | str:
    """``--workspace`` wins, then ``UPR_REVIEWER_WORKSPACE``, then the default file.

    A ``postgresql://`` URL (a team workspace) is returned as the string it is.
    """
    for given in (explicit, os.environ.get(WORKSPACE_ENV)):
        if given:
            if is_server_url(given):
                return str(given).strip()
            return Path(given).expanduser()
    return (paths or AppPaths.default()).default_workspace

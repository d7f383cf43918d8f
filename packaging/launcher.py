"""Entry script of the frozen program: run ``ui.app:main``.

``ui.app.main`` turns start-up failures into one message.  This wrapper covers the
step before it: a bundle so damaged that ``ui.app`` cannot even be imported (a file
deleted by a virus scanner, a half-copied folder) gets a message that says to
reinstall, not a traceback.
"""

import sys


def _report(message: str) -> None:
    if sys.stderr is not None:
        print(f"upr-reviewer: {message}", file=sys.stderr)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
        QMessageBox.critical(None, "UPR Reviewer cannot start", message)
    except Exception:  # no Qt either: stderr is all there is
        pass


def run() -> int:
    try:
        from ui.app import main
    except Exception as exc:
        _report(
            f"the installation is incomplete or damaged ({type(exc).__name__}: {exc}). "
            "Please reinstall UPR Reviewer."
        )
        return 1
    return main()


if __name__ == "__main__":
    sys.exit(run())

"""Asking where a module's files go: its handbook, its calendar, or a template made from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from itepad.ui.settings import settings

FOLDER_KEY = "modules/folder"  # QSettings: where the last handbook or calendar was saved


def ask_save_path(
    parent: QWidget,
    caption: str,
    file_name: str,
    file_filter: str,
    *,
    folder: Path | None = None,
) -> Path | None:
    """The file the user chose, with file_name's suffix added if they left it out.

    Without `folder`, the dialog opens where the last file was saved (then Documents), and
    remembers the folder chosen.
    """
    store = settings()
    start = folder or Path(
        str(
            store.value(FOLDER_KEY)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
    )
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(file_name).suffix
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if folder is None:
        store.setValue(FOLDER_KEY, str(path.parent))
    return path

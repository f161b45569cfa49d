"""Asking where a file goes: the folder each kind of file was last saved in, then Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from itepad.ui.settings import settings


def remembered_folder(key: str) -> Path:
    """The folder last used for `key` (a QSettings key), else the user's documents folder."""
    return Path(
        str(
            settings().value(key)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
    )


def ask_save_path(
    parent: QWidget,
    caption: str,
    file_name: str,
    file_filter: str,
    *,
    folder_key: str,
    folder: Path | None = None,
) -> Path | None:
    """The file the user chose, with file_name's suffix added if they left it out.

    Without `folder`, the dialog opens where the last file of this kind (`folder_key`) was
    saved, and remembers the folder chosen.
    """
    start = folder or remembered_folder(folder_key)
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(file_name).suffix
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if folder is None:
        settings().setValue(folder_key, str(path.parent))
    return path

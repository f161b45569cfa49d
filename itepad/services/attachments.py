"""The managed attachments folder: files attached as evidence, copied in and checked.

A file is COPIED into the folder, never linked: the original may move or change, the copy is
what was assessed. Each copy lives in a folder of its own with a random name
(`<32 hex digits>/<file name>`), so no two attachments collide and nothing in the stored location
comes from the user's path except the file's own name, cleaned of anything that could leave
the folder or upset a file system. That name is kept because it is what the educator recognises
(and what the app that opens the file shows). The folder and its files are readable by the
owner only, like the database. A SHA-256 digest is recorded on copying, so a later check tells
a changed or missing file.

Opening a link is allowed only for http, https and mailto: a stored "file:" or "javascript:"
address would otherwise run or reveal something on this computer.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from itepad.atomic import atomic_write_path
from itepad.errors import UserError
from itepad.store.engine import default_data_dir

FOLDER_MODE = 0o700
FILE_MODE = 0o600
MAX_NAME = 120  # characters of a stored file name; longer ones are shortened, suffix kept
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
WEB_SCHEMES = frozenset({"http", "https"})
# Opened with the desktop's default application these would run as programs, not be shown.
PROGRAM_SUFFIXES = frozenset(
    [
        ".app",
        ".bat",
        ".cmd",
        ".com",
        ".cpl",
        ".desktop",
        ".exe",
        ".hta",
        ".jar",
        ".js",
        ".jse",
        ".lnk",
        ".msi",
        ".msp",
        ".pif",
        ".ps1",
        ".reg",
        ".scr",
        ".sh",
        ".url",
        ".vbe",
        ".vbs",
        ".ws",
        ".wsf",
    ]
)
_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_CHUNK = 1 << 20


def attachments_dir() -> Path:
    return default_data_dir() / "attachments"


class FileState(StrEnum):
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"


@dataclass(frozen=True)
class StoredFile:
    location: str  # relative to the attachments folder, with "/" separators
    checksum: str  # SHA-256, hex


def member_path(location: str) -> PurePosixPath | None:
    """`location` as a relative path inside the attachments folder, or None if it could escape."""
    path = PurePosixPath(location.replace("\\", "/"))
    if not location or path.is_absolute() or ".." in path.parts or ":" in location:
        return None
    return path


def display_name(location: str) -> str:
    """The attached file's own name, as the user knows it."""
    return PurePosixPath(location.replace("\\", "/")).name


def safe_file_name(name: str) -> str:
    """A file name that is valid everywhere and cannot name a folder or a device."""
    cleaned = _UNSAFE_CHARACTERS.sub("_", name).strip().rstrip(". ")
    if _WINDOWS_DEVICES.match(cleaned):
        cleaned = f"_{cleaned}"
    if len(cleaned) > MAX_NAME:
        suffix = PurePosixPath(cleaned).suffix[:16]
        cleaned = cleaned[: MAX_NAME - len(suffix)] + suffix
    return cleaned if cleaned.strip("._") else "attachment"


def _private_folder(path: Path) -> None:
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    path.chmod(FOLDER_MODE)  # mkdir's mode is reduced by the umask, and not set on parents


def store_copy(source: Path, folder: Path | None = None) -> StoredFile:
    """Copy `source` into the attachments folder; UserError if it is not a readable file."""
    folder = folder or attachments_dir()
    if not source.is_file():
        raise UserError(f"{source}: not a file that can be attached (missing, or a folder).")
    _private_folder(folder)
    own = folder / secrets.token_hex(16)
    _private_folder(own)
    name = safe_file_name(source.name)
    digest = hashlib.sha256()
    try:
        with atomic_write_path(own / name) as temporary:
            with source.open("rb") as reader, temporary.open("wb") as writer:
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
            temporary.chmod(FILE_MODE)
    except OSError as exc:
        shutil.rmtree(own, ignore_errors=True)
        raise UserError(f"{source}: could not be copied into itepad ({exc.strerror}).") from exc
    return StoredFile(f"{own.name}/{name}", digest.hexdigest())


def stored_path(location: str, folder: Path | None = None) -> Path:
    """Where an attachment is on disk; UserError for a location that points outside the folder."""
    member = member_path(location)
    if member is None:
        raise UserError(f"{location!r} is not a place inside the attachments folder.")
    return (folder or attachments_dir()) / member


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_file(location: str, checksum: str, folder: Path | None = None) -> FileState:
    """Whether the attachment is still there with the content recorded when it was attached."""
    path = stored_path(location, folder)
    if not path.is_file():
        return FileState.MISSING
    return FileState.OK if file_digest(path) == checksum else FileState.CHANGED


def remove_copy(location: str, folder: Path | None = None) -> bool:
    """Remove an attachment and the folder made for it; False if the system refused.

    A file another program holds open (Windows) stays behind; the record is gone all the same,
    and a stray copy in the private folder harms nobody.
    """
    root = folder or attachments_dir()
    path = stored_path(location, root)
    try:
        path.unlink(missing_ok=True)
        if path.parent != root and path.parent.is_dir() and not any(path.parent.iterdir()):
            path.parent.rmdir()
    except OSError:
        return False
    return True


def openable_file(location: str, folder: Path | None = None) -> Path:
    """The attachment to hand to the desktop; UserError if missing or a program."""
    path = stored_path(location, folder)
    if not path.is_file():
        raise UserError(
            f"{display_name(location)}: the attached file is missing from {path.parent}."
        )
    if path.suffix.lower() in PROGRAM_SUFFIXES:
        raise UserError(
            f"{display_name(location)}: itepad does not open programs or scripts; "
            f"the file is in {path.parent}."
        )
    return path


def checked_link(url: str, schemes: frozenset[str] = LINK_SCHEMES) -> str:
    """`url` trimmed, if its scheme is one of `schemes`; UserError naming the address if not."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        allowed = ", ".join(sorted(f"{s}:" for s in schemes))
        raise UserError(f"{url or '(empty)'}: only addresses starting {allowed} can be opened.")
    if scheme in WEB_SCHEMES and not parts.netloc:
        raise UserError(f"{url}: the address names no web site.")
    if scheme == "mailto" and "@" not in parts.path:
        raise UserError(f"{url}: the address names no e-mail recipient.")
    return url

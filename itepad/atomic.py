"""Write a file all at once or not at all.

A writer gets a temporary path in the target's folder; only when it finishes is the temporary file
renamed onto the target (os.replace is atomic on one file system). If the writer raises, the
temporary file is removed and a file already at the target stays exactly as it was: a failed export
never leaves a half-written PDF, CSV or JSON file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_write_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `target`.

    On Windows the final rename fails with PermissionError while another program (a PDF viewer)
    holds the target open; the error is raised and the target is left untouched.
    """
    target = Path(target)
    temporary = _create_temporary_beside(target)
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _create_temporary_beside(target: Path) -> Path:
    """Create an empty, uniquely named file in the target's folder.

    os.open with mode 0o666 lets the user's umask decide the permissions, as for any new file
    (tempfile.mkstemp would make every export private to its owner).
    """
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate


def _flush_to_disk(path: Path) -> None:
    """Make the content durable before the rename, so a crash cannot leave an empty target."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())

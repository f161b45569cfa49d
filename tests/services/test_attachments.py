"""The attachments folder: copies under safe names, private, checked; only safe links open."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services import attachments
from itepad.services.attachments import FileState


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "Lesson plan, Zoë.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 lesson plan")
    return path


def test_a_file_is_copied_with_its_checksum_and_its_own_name(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    stored = attachments.store_copy(source, folder)

    token, name = PurePosixPath(stored.location).parts
    assert len(token) == 32 and int(token, 16) >= 0  # a generated folder per copy
    assert name == "Lesson plan, Zoë.pdf"
    assert attachments.display_name(stored.location) == source.name
    copy = folder / stored.location
    assert copy.read_bytes() == source.read_bytes()
    assert stored.checksum == hashlib.sha256(source.read_bytes()).hexdigest()
    source.write_bytes(b"changed after attaching")
    assert copy.read_bytes() == b"%PDF-1.4 lesson plan"  # a copy, not a link


def test_two_copies_of_one_file_never_collide(source: Path, tmp_path: Path) -> None:
    first = attachments.store_copy(source, tmp_path / "a")
    second = attachments.store_copy(source, tmp_path / "a")
    assert first.location != second.location
    assert (tmp_path / "a" / first.location).is_file()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_folder_and_files_are_private(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    stored = attachments.store_copy(source, folder)
    copy = folder / stored.location
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_folder_or_missing_file_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    with pytest.raises(UserError, match="not a file"):
        attachments.store_copy(tmp_path, folder)
    with pytest.raises(UserError, match=r"missing\.txt"):
        attachments.store_copy(tmp_path / "missing.txt", folder)
    assert not folder.exists() or not any(folder.iterdir())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("a:b?c*.docx", "a_b_c_.docx"),
        ("line\nbreak.txt", "line_break.txt"),
        ("CON.txt", "_CON.txt"),
        ("trailing dots...", "trailing dots"),
        ("..", "attachment"),
        ("", "attachment"),
    ],
)
def test_safe_file_names(name: str, expected: str) -> None:
    assert attachments.safe_file_name(name) == expected


@given(st.text(max_size=300))
def test_a_safe_name_stays_one_short_component(name: str) -> None:
    safe = attachments.safe_file_name(name)
    assert safe and len(safe) <= attachments.MAX_NAME
    assert PurePosixPath(safe).name == safe and safe not in (".", "..")
    assert not set(safe) & set('/\\:*?"<>|\x00')


@pytest.mark.parametrize(
    "location",
    ["../outside.pdf", "a/../../etc/passwd", "/etc/passwd", "C:/Windows/win.ini", "..\\x", ""],
)
def test_locations_outside_the_folder_are_refused(location: str, tmp_path: Path) -> None:
    assert attachments.member_path(location) is None
    with pytest.raises(UserError, match="not a place inside"):
        attachments.stored_path(location, tmp_path)
    with pytest.raises(UserError):
        attachments.check_file(location, "", tmp_path)


def test_checking_tells_a_changed_or_missing_file(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    stored = attachments.store_copy(source, folder)
    assert attachments.check_file(stored.location, stored.checksum, folder) == FileState.OK
    (folder / stored.location).write_bytes(b"tampered")
    assert attachments.check_file(stored.location, stored.checksum, folder) == FileState.CHANGED
    (folder / stored.location).unlink()
    assert attachments.check_file(stored.location, stored.checksum, folder) == FileState.MISSING


def test_removing_a_copy_removes_its_folder(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    stored = attachments.store_copy(source, folder)
    assert attachments.remove_copy(stored.location, folder)
    assert list(folder.iterdir()) == []
    assert attachments.remove_copy(stored.location, folder)  # already gone: fine


def test_programs_are_not_opened(tmp_path: Path) -> None:
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    stored = attachments.store_copy(program, tmp_path / "a")
    with pytest.raises(UserError, match="does not open programs"):
        attachments.openable_file(stored.location, tmp_path / "a")
    with pytest.raises(UserError, match="missing"):
        attachments.openable_file("0123/gone.pdf", tmp_path / "a")


@pytest.mark.parametrize(
    "url",
    ["https://twinspace.etwinning.net/123", "http://padlet.example/x", "mailto:ana@uni.example"],
)
def test_web_and_mail_links_open(url: str) -> None:
    assert attachments.checked_link(f"  {url} ") == url


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "smb://server/share",
        "data:text/html,<b>x</b>",
        "padlet.example/x",
        "https://",
        "mailto:",
        "",
    ],
)
def test_other_links_are_refused(url: str) -> None:
    with pytest.raises(UserError):
        attachments.checked_link(url)


def test_mailto_is_not_a_web_address() -> None:
    with pytest.raises(UserError, match="http:, https:"):
        attachments.checked_link("mailto:a@b.example", attachments.WEB_SCHEMES)

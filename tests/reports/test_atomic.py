"""Atomic writing: a failed export never damages or half-writes the file it targets."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import FailOnDraw

from itepad.atomic import atomic_write_path
from itepad.reports import portfolio, portfolio_sections
from itepad.reports.data import ModuleParticipation, PortfolioData
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.theme import styles

OLD_CONTENT = b"the portfolio printed last week"


def _leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def test_success_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(OLD_CONTENT)
    with atomic_write_path(target) as temporary:
        assert temporary.parent == target.parent
        assert temporary != target
        temporary.write_text("new")
        assert target.read_bytes() == OLD_CONTENT  # not replaced before the writer finishes
    assert target.read_text() == "new"
    assert _leftovers(tmp_path, "out.txt") == []


def test_failure_leaves_an_existing_target_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(OLD_CONTENT)
    with pytest.raises(RuntimeError, match="writer broke"), atomic_write_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("writer broke")
    assert target.read_bytes() == OLD_CONTENT
    assert _leftovers(tmp_path, "out.txt") == []


def test_failure_creates_no_target(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    with pytest.raises(KeyboardInterrupt), atomic_write_path(target):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_writer_that_deletes_its_temporary_file_still_fails_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(OLD_CONTENT)
    with pytest.raises(FileNotFoundError), atomic_write_path(target) as temporary:
        temporary.unlink()
    assert target.read_bytes() == OLD_CONTENT
    assert _leftovers(tmp_path, "out.txt") == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "shared.pdf"
        with atomic_write_path(target) as temporary:
            temporary.write_text("x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


def test_pdf_build_that_raises_leaves_the_old_pdf_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "portfolio.pdf"
    target.write_bytes(OLD_CONTENT)
    story = [Paragraph("before the failure", styles().body), FailOnDraw()]
    with pytest.raises(ValueError):
        build_document(story, target, DocumentInfo(title="t", author="a"))
    assert target.read_bytes() == OLD_CONTENT
    assert _leftovers(tmp_path, "portfolio.pdf") == []


def test_pdf_build_succeeds_onto_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "portfolio.pdf"
    target.write_bytes(OLD_CONTENT)
    build_document([Paragraph("fresh", styles().body)], target, DocumentInfo(title="t", author="a"))
    assert target.read_bytes().startswith(b"%PDF-")
    assert _leftovers(tmp_path, "portfolio.pdf") == []


def test_portfolio_that_fails_midway_leaves_the_old_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_comment(source: str, *, top_heading_level: int = 0) -> list[object]:
        return [FailOnDraw()]

    monkeypatch.setattr(portfolio_sections, "markdown_to_flowables", failing_comment)
    module = ModuleParticipation(
        code="ETW-1",
        title="Module",
        academic_year="2026/27",
        term="Winter term",
        ects=5,
        enrolment_status="enrolled",
        final_comment="fails when drawn",
    )
    data = PortfolioData(
        full_name="Ann",
        email="",
        student_number="1",
        institution="University",
        institution_country="Country",
        cohort="2026",
        programme="Programme",
        period="2026/27",
        etwinning_status="pending",
        etwinning_registered_on=None,
        etwinning_validated_on=None,
        modules=[module],
        generated_on=date(2027, 1, 1),
    )
    target = tmp_path / "portfolio.pdf"
    target.write_bytes(OLD_CONTENT)
    with pytest.raises(ValueError):
        portfolio.build_portfolio(data, target)
    assert target.read_bytes() == OLD_CONTENT
    assert _leftovers(tmp_path, "portfolio.pdf") == []

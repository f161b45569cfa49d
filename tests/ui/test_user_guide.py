"""The user guide: opened from the Help menu, its pages and images all there, links kept local."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itepad import resources
from itepad.ui import help_browser, help_dialogs
from itepad.ui.help_browser import GuideWindow, contents, guide_index, page_links, render_page
from itepad.ui.main_window import MainWindow

from .conftest import OFFSCREEN_NOISE

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide"
# The offscreen platform cannot raise a window; a marker on the test is seen before conftest's.
opens_guide = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")


def _is_relative(link: str) -> bool:
    return not QUrl(link).scheme()


def reachable_pages() -> set[Path]:
    """Every page of docs/ reached by following relative links from the guide's index."""
    index = GUIDE / "index.md"
    seen, todo = {index}, [index]
    while todo:
        page = todo.pop()
        for link in page_links(page)[0]:
            target = (page.parent / QUrl(link).path()).resolve()
            if _is_relative(link) and target.suffix == ".md" and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.fixture
def guide(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[GuideWindow]:
    monkeypatch.setattr(help_dialogs, "_guide", None)  # a new window for each test
    assert help_dialogs.open_user_guide()
    window = help_dialogs._guide
    assert window is not None
    qtbot.addWidget(window)
    yield window


@opens_guide
def test_f1_opens_the_guide_on_its_index(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(help_dialogs, "_guide", None)
    guide_action = next(a for a in window.findChildren(QAction) if a.text() == "&User guide")
    assert guide_action.shortcut().toString() == "F1"
    guide_action.trigger()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow)]
    opened = help_dialogs._guide
    assert opened is not None and opened in shown
    qtbot.addWidget(opened)
    assert opened.isVisible() and not opened.isModal()
    assert opened.browser.source() == QUrl.fromLocalFile(str(GUIDE / "index.md"))
    assert opened.windowTitle() == "itepad user guide: The itepad user guide"
    assert opened.contents.currentRow() == 0

    guide_action.trigger()  # a second F1 shows the same window, not another one
    assert help_dialogs._guide is opened


@opens_guide
def test_every_page_of_the_index_exists_and_renders(guide: GuideWindow) -> None:
    listed = contents(GUIDE / "index.md")
    assert len(listed) == guide.contents.count() > 10
    for row, (title, page) in enumerate(listed):
        assert page.is_file(), page
        guide.contents.setCurrentRow(row)
        guide._contents_chosen(guide.contents.item(row))
        assert guide.browser.documentTitle() == title
        text = guide.browser.toPlainText()
        assert text.startswith(title) and len(text) > 300, page
        assert "](" not in text, f"{page.name}: Markdown link markup left in the text"


def test_every_markdown_file_of_the_guide_is_reachable_from_the_index() -> None:
    assert set(GUIDE.glob("*.md")) <= reachable_pages()


def test_every_link_and_image_of_the_guide_exists() -> None:
    for page in reachable_pages():
        links, images = page_links(page)
        for link in links:
            if not _is_relative(link):
                assert QUrl(link).scheme() in help_browser.EXTERNAL_SCHEMES, (page.name, link)
                continue
            url = QUrl(link)
            target = (page.parent / url.path()).resolve() if url.path() else page
            assert target.is_file(), f"{page.name}: {link} does not exist"
            if url.fragment():
                ids = re.findall(r' id="([^"]+)"', render_page(target)[1])
                assert url.fragment() in ids, f"{page.name}: no heading for {link}"
        for source in images:
            image = QImage(str((page.parent / source).resolve()))
            assert not image.isNull(), f"{page.name}: image {source} missing or unreadable"


def test_own_screenshots_are_used_and_sized_for_reading() -> None:
    used = {
        (page.parent / source).resolve()
        for page in reachable_pages()
        for source in page_links(page)[1]
    }
    for picture in (GUIDE / "images").glob("*.png"):
        assert picture.resolve() in used, f"{picture.name} is not used by any page"
        assert 900 <= QImage(str(picture)).width() <= 1280, picture.name


@opens_guide
def test_links_between_pages_and_to_anchors(guide: GuideWindow, qtbot: QtBot) -> None:
    browser = guide.browser
    browser.follow(QUrl("attendance.md"))
    assert browser.source().fileName() == "attendance.md"
    assert guide.contents.currentItem().text() == "Take attendance"
    assert guide.back.isEnabled()

    browser.follow(QUrl("roster.md#column-mapping"))
    assert browser.source().fragment() == "column-mapping"
    assert browser.verticalScrollBar().value() > 0  # scrolled down to the heading

    browser.backward()
    assert browser.source().fileName() == "attendance.md"
    guide.home.trigger()
    assert browser.source().fileName() == "index.md"


@opens_guide
def test_web_links_go_to_the_desktop_others_are_refused(
    guide: GuideWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(help_browser, "QDesktopServices", Desktop)
    browser = guide.browser
    for link in ("https://www.etwinning.net/", "mailto:someone@example.org"):
        browser.follow(QUrl(link))
    assert [url.toString() for url in opened] == [
        "https://www.etwinning.net/",
        "mailto:someone@example.org",
    ]
    for link in ("file:///etc/passwd", "javascript:alert(1)", "../../README.md", "images"):
        browser.follow(QUrl(link))
        assert browser.source().fileName() == "index.md", link
        assert "Not opened" in guide.statusBar().currentMessage()
    assert len(opened) == 2


@opens_guide
def test_remote_images_are_not_loaded(guide: GuideWindow) -> None:
    remote = QUrl("https://example.org/tracker.png")
    assert guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, remote) is None


@opens_guide
def test_the_window_remembers_its_size(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(help_dialogs, "_guide", None)
    assert help_dialogs.open_user_guide()
    first = help_dialogs._guide
    assert first is not None
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.close()

    monkeypatch.setattr(help_dialogs, "_guide", None)
    assert help_dialogs.open_user_guide()
    second = help_dialogs._guide
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_the_guide_is_found_in_a_bundle_and_missing_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "REPOSITORY", tmp_path / "no-checkout")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "no-prefix"))
    monkeypatch.setattr(help_dialogs, "_guide", None)
    assert guide_index() is None
    assert not help_dialogs.open_user_guide()  # the main window then says so in its status bar

    index = tmp_path / "bundle" / "docs" / "user-guide" / "index.md"
    index.parent.mkdir(parents=True)
    index.write_text("# Guide\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert guide_index() == index

    installed = tmp_path / "no-prefix" / "share" / "itepad" / "docs" / "user-guide" / "index.md"
    installed.parent.mkdir(parents=True)
    installed.write_text("# Guide\n", encoding="utf-8")
    assert guide_index() == installed  # an installed copy is looked at before a bundle

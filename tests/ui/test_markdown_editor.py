"""The Markdown field: a live preview that renders, waits for a pause, and never goes online."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from itepad.ui.markdown_editor import PREVIEW_DELAY_MS, MarkdownEditor


class _Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet


@pytest.fixture
def web_server() -> Iterator[str]:
    """A local web server that records every request it gets."""
    _Recorder.requests = []
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def editor(qtbot: QtBot) -> MarkdownEditor:
    field = MarkdownEditor("Description")
    qtbot.addWidget(field)
    field.show()
    return field


def _first_heading_level(document: QTextDocument) -> int:
    return document.firstBlock().blockFormat().headingLevel()


def test_the_preview_renders_a_heading_after_a_pause(editor: MarkdownEditor, qtbot: QtBot) -> None:
    for line in ("# Week one", "", "Bring a **laptop**."):
        qtbot.keyClicks(editor.source, line)
        qtbot.keyClick(editor.source, Qt.Key.Key_Return)
    assert editor.preview.toPlainText() == ""  # not yet: the user is still typing
    qtbot.waitUntil(
        lambda: "Week one" in editor.preview.toPlainText(), timeout=PREVIEW_DELAY_MS * 8
    )
    document = editor.preview.document()
    assert _first_heading_level(document) == 1
    assert document.firstBlock().text() == "Week one"
    assert "Bring a laptop." in editor.preview.toPlainText()  # no asterisks: rendered


def test_set_text_renders_at_once_and_is_not_an_edit(editor: MarkdownEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.editing_finished):
        editor.set_text("## Aims\n\n- collaborate\n- reflect")
    assert _first_heading_level(editor.preview.document()) == 2
    assert not editor.is_modified()


def test_remote_images_and_links_are_never_fetched(
    editor: MarkdownEditor, qtbot: QtBot, web_server: str
) -> None:
    blocked: list[QUrl] = []
    editor.preview.resource_blocked.connect(blocked.append)
    editor.set_text(
        f"# Hello\n\n![tracker]({web_server}/pixel.png)\n\n"
        f'<img src="{web_server}/raw.png">\n\n[a link]({web_server}/page)'
    )
    qtbot.wait(PREVIEW_DELAY_MS * 2)
    assert "Hello" in editor.preview.toPlainText()
    assert _Recorder.requests == []
    assert {url.toString() for url in blocked} >= {f"{web_server}/pixel.png"}
    assert (
        editor.preview.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"{web_server}/direct.png")
        )
        is None
    )
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()


def test_leaving_a_changed_field_says_editing_finished(qtbot: QtBot) -> None:
    form = QWidget()
    field = MarkdownEditor("Notes")
    other = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.set_text("Saved text")
    field.source.setFocus()
    with qtbot.assertNotEmitted(field.editing_finished):
        other.setFocus()  # nothing changed: nothing to save
    field.source.setFocus()
    qtbot.keyClicks(field.source, " and more")
    with qtbot.waitSignal(field.editing_finished):
        other.setFocus()
    assert not field.is_modified()

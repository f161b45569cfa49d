"""eTwinning projects in the module editor: add one, choose its partners, take it out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_module_editor import PROJECT_MODULE, click, open_module, page, settled, stored

__all__ = ["page"]  # the fixture, shared with the editor tests


def test_add_partner_and_detach_a_project(
    page: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from itepad.ui.pages.modules import ModulesPage

    assert isinstance(page, ModulesPage)
    editor = open_module(page, qtbot, PROJECT_MODULE)
    before = settled(editor, qtbot)
    editor.tabs.setCurrentWidget(editor.partners)
    tab = editor.partners

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Seasons in Europe", True))
    click(qtbot, tab.new_project)
    after = settled(editor, qtbot)
    added = next(p for p in stored(page, editor).projects if p.title == "Seasons in Europe")
    assert len(after.projects) == len(before.projects) + 1
    assert added.partner_ids == ()

    tab.project.setCurrentIndex(tab.project.findData(added.id))
    first = tab.project_partners.item(0)
    partner_id = first.data(Qt.ItemDataRole.UserRole)
    first.setCheckState(Qt.CheckState.Checked)
    settled(editor, qtbot)
    project = next(p for p in stored(page, editor).projects if p.id == added.id)
    assert project.partner_ids == (partner_id,)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    click(qtbot, tab.detach)
    settled(editor, qtbot)
    assert added.id not in {p.id for p in stored(page, editor).projects}

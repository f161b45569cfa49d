"""Choosing a level in a matrix cell: a drop-down of A1 Newcomer .. C2 Pioneer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from itepad.ui.competences.matrix_model import LEVEL_ROLE, CompetenceMatrixModel

Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(QStyledItemDelegate):
    def __init__(self, model: CompetenceMatrixModel) -> None:
        super().__init__(model)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for level in self._model.levels:
            editor.addItem(f"{level.code} {level.name}", level.code)
        editor.setAccessibleName(self.tr("Level"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(LEVEL_ROLE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())

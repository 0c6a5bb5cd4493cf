"""The one way the window's widgets make keyboard actions: a named QAction with its shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_action(widget: QWidget, name: str, *shortcuts: QKeySequence | str,
               context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
    """An action owned by `widget`, whose shortcuts work while the focus is inside it (a tab's own keys);
    the main window passes WindowShortcut for keys that work on every tab."""
    action = QAction(widget)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    widget.addAction(action)
    return action

"""Every tab usable on the laptops people bring: 1024x768 and 1366x768, at each text size of the Check-in tab.

A 768-pixel-high screen leaves about 700 pixels to the window's inside (title bar and task bar); every
button, field, list and the confirmation card must lie inside the window, none cut off at its edge.
"""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

from ui.checkin.view import TEXT_SCALES

SCREENS = [(1024, 768), (1366, 768)]
INSIDE_HEIGHT = 700  # 768 less a title bar and a task bar


def visible_controls(view):
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView):
        for widget in view.findChildren(kind):
            if widget.isVisibleTo(view) and widget.window() is view.window():
                yield widget


def outside(window, widget):
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return not window.rect().contains(rect)


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("scale", range(len(TEXT_SCALES)))
def test_every_control_of_every_tab_is_inside_the_window(window, qtbot, width, height, scale):
    window.checkin_view.set_text_scale(scale)
    window.resize(width, INSIDE_HEIGHT)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == INSIDE_HEIGHT, timeout=3000)
    assert window.minimumSizeHint().width() <= width
    for view in window.views:
        window.tabs.setCurrentWidget(view)
        qtbot.wait(1)  # layouts settle
        cut = [w.objectName() or type(w).__name__ for w in visible_controls(view) if outside(window, w)]
        assert cut == [], f"{type(view).__name__} at {width}x{height}, text {TEXT_SCALES[scale]}: {cut}"
    checkin = window.checkin_view
    window.tabs.setCurrentWidget(checkin)
    qtbot.wait(1)
    assert not outside(window, checkin.confirmation) and checkin.confirmation.height() > 0
    assert not outside(window, checkin.operator_edit)

"""The Qt layer of innovact-desk: the main window, one view per tab, table models, dialogs, workers.

Everything that imports PySide6 lives here; `innovact_desk/` never imports from `ui/`.
"""

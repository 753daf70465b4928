"""Visitor briefings: rule-sheet templates (versioned, shelter-editable), the sheet renderer
(HTML for Qt's rich-text engine), and the visit log service. Imports no Qt."""

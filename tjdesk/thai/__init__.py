"""Thai localisation helpers for the core: Buddhist Era dates and word-break insertion.

Thai words (month names) live in data files, not in source; nothing here imports Qt.
"""

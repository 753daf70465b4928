"""The visitor briefings area: visit log, rule-sheet templates, printing sheets."""

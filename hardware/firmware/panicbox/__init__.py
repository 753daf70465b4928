# mypy: ignore-errors
"""PBL/1 panic box firmware (Raspberry Pi Pico, MicroPython). See README.md."""

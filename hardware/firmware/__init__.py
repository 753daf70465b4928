# mypy: ignore-errors
"""Firmware for the DIY devices; plain Python shared by MicroPython and CPython."""

"""A computer nobody has configured shows alarms discreetly: it may face the person in the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui.alarm.station import load_discreet_setting, save_discreet_setting


def test_an_unconfigured_screen_is_discreet_and_a_staff_screen_is_not(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    assert load_discreet_setting(store) is True
    save_discreet_setting(False, store)  # an administrator marks the staff desk's screen
    assert load_discreet_setting(QSettings(store.fileName(), QSettings.Format.IniFormat)) is False

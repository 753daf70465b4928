"""Settings of this computer's screen (not of the room's alarm, which live in alarm.json).

``discreet screen``: the screen can be seen from inside the counseling room, so an alarm shows
only as a discreet change there (see ui.alarm.state). Kept in QSettings, per computer.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DISCREET_SETTING = "alarm/discreet_screen"


def station_settings() -> QSettings:
    from ui.i18n import SETTINGS_NAME  # the one settings folder of the app

    return QSettings(SETTINGS_NAME, SETTINGS_NAME)


def load_discreet_setting(settings: QSettings | None = None) -> bool:
    """Discreet unless an administrator has marked this computer as a staff screen: a screen
    nobody has thought about may well face the person in the counseling room (QA found the
    counselor's own screen turning red on a press of the hidden button)."""
    store = settings if settings is not None else station_settings()
    return bool(store.value(DISCREET_SETTING, True, type=bool))


def save_discreet_setting(discreet: bool, settings: QSettings | None = None) -> None:
    store = settings if settings is not None else station_settings()
    store.setValue(DISCREET_SETTING, bool(discreet))
    store.sync()

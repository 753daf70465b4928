"""Issue 17, item 13: a bad device's message shows by the Add button; a long device fault
leaves "What to check" on screen; titles carry no client data, as the README says."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QPoint, QSettings

from tjdesk.actors import Actor, Role
from ui.alarm.area import AlarmArea
from ui.alarm.settings import AlarmSettings

ROOT = Path(__file__).resolve().parents[3]


def test_a_bad_device_is_explained_right_under_it(qtbot, controller, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Admin", Role.ADMINISTRATOR), worker=None)
    station = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    widget = AlarmSettings(ctx, list_ports=lambda: [], station=station)
    qtbot.addWidget(widget)
    widget.resize(820, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.spec_edit.setText("panicbox")  # no port
    widget.add_spec()
    message = widget.spec_message
    assert message.isVisible() and message.text()
    edit_bottom = widget.spec_edit.mapTo(widget, QPoint(0, widget.spec_edit.height())).y()
    top = message.mapTo(widget, QPoint(0, 0)).y()
    assert 0 <= top - edit_bottom < 60  # just under the field, where the eye is
    assert top + message.height() <= widget.height()  # on screen, not below the fold
    widget.spec_edit.setText("sim:")
    widget.add_spec()
    assert not message.isVisible()


def test_a_long_fault_leaves_what_to_check_on_screen(qtbot, controller, fake_service) -> None:  # type: ignore[no-untyped-def]
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Dao", Role.COUNSELOR), worker=None)
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.resize(1000, 700)
    area.show()
    fake_service.set_fault("LOOP_OPEN")
    fake_service.set_fault("LAMP_OPEN")
    fake_service.set_fault("DEVICE_LOST")
    model = area.devices_model
    qtbot.waitUntil(lambda: len(model.index(0, 1).data() or "") > 80, timeout=5000)
    view = area.devices_view
    header = view.horizontalHeader()
    right_edge = header.sectionViewportPosition(5) + header.sectionSize(5)
    assert header.sectionViewportPosition(5) < view.viewport().width()
    assert right_edge <= view.viewport().width() + 1
    assert header.sectionSize(5) >= 120  # room to read it


def test_the_readme_says_what_titles_really_do() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'the window title only ever says "TJ Desk"' not in readme
    assert "no client data ever appears in a window title" in readme

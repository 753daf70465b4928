"""The alarm banner: the state of the room's alarm, on every screen (main window, lock screen).

- Ready: a calm green line, "Room protected".
- Alarm: solid red, a warning triangle, large words readable from across the room, who/where/
  when, and an "I'm on my way" button (acknowledge). Unacknowledged, its border pulses once a
  second (well under WCAG's three flashes a second).
- Acknowledged: deep orange, who answered and when; stays until an authorised reset.
- Room not protected (any fault, or no alarm service): red words on pale red, a crossed shield;
  stays until the fault is gone.
- Drill: blue, a clock, "Alarm drill" with its end time.
- On a screen the person in the room may see (or the screen that raised the alarm): the alarm
  shows only as a discreet change of words ("Received"), see ``ui.alarm.state``.

Audible only if the room's alarm is set to audible and the alarm has escalated (nobody
acknowledged in time); never on a discreet screen. It never shows client data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.alarm.controller import AlarmController
from ui.alarm.looks import PALETTES, paint_look_icon
from ui.alarm.state import LOUD_ALARM_LOOKS, AlarmView, Look

LOCK_SCREEN_USER = "(lock screen)"  # who acknowledged, when nobody is signed in
PULSE_MS = 500
BEEP_EVERY_MS = 3000


class AlarmBanner(QFrame):
    def __init__(
        self,
        controller: AlarmController,
        parent: QWidget | None = None,
        *,
        user_name: Callable[[], str | None] | None = None,
        beep: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AlarmBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._controller = controller
        self._user_name = user_name or (lambda: None)
        self._beep = beep or QApplication.beep
        self._view: AlarmView | None = None
        self._pulse_on = False

        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._headline = QLabel(self)
        self._headline.setWordWrap(True)
        self._headline.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._detail = QLabel(self)
        self._detail.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("I'm on my way"), self)
        self.ack_button.setToolTip(self.tr("Tell everyone that you are going to the room"))
        self.ack_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ack_button.clicked.connect(self._acknowledge)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self._headline)
        texts.addWidget(self._detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(12)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(texts, 1)
        row.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self._pulse = QTimer(self, interval=PULSE_MS)
        self._pulse.timeout.connect(self._toggle_pulse)
        self._beeper = QTimer(self, interval=BEEP_EVERY_MS)
        self._beeper.timeout.connect(self._sound)

        controller.status_changed.connect(self.refresh)
        controller.service_lost.connect(self.refresh)
        controller.service_restored.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # A switch of language (sign-in screen, wizard) redraws the words at once.
        if event.type() == QEvent.Type.LanguageChange:
            self.ack_button.setText(self.tr("I'm on my way"))
            self.ack_button.setToolTip(self.tr("Tell everyone that you are going to the room"))
            self.refresh()
        super().changeEvent(event)

    # -------------------------------------------------------------------- for tests/views

    @property
    def look(self) -> Look:
        assert self._view is not None
        return self._view.look

    def headline_text(self) -> str:
        return self._headline.text()

    def detail_text(self) -> str:
        return self._detail.text()

    @property
    def audible(self) -> bool:
        return self._beeper.isActive()

    # --------------------------------------------------------------------------- drawing

    @Slot()
    def refresh(self, *_args: object) -> None:
        view = self._controller.view()
        self._view = view
        loud = view.look in LOUD_ALARM_LOOKS
        self._headline.setText(view.headline)
        detail = view.detail
        if view.look in (Look.DISCREET_SENT, Look.DISCREET_ACKNOWLEDGED) and view.problems:
            detail = " ".join(view.problems)
        if view.look is Look.READY and view.network_line:
            # The alarm network: how many desks listen (none is a warning) or how many rooms.
            detail = " ".join(t for t in (detail, view.network_line) if t)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        self.ack_button.setVisible(view.can_acknowledge and loud)
        self.ack_button.setEnabled(True)

        headline_font = QFont(self.font())
        headline_font.setBold(True)
        detail_font = QFont(self.font())
        if loud:
            headline_font.setPixelSize(34)  # ~9 mm tall on a 96 dpi screen: read at 5-6 m
            detail_font.setPixelSize(18)
            icon_size = 56
        elif view.look in (Look.FAULT, Look.DRILL):
            headline_font.setPixelSize(22)
            detail_font.setPixelSize(15)
            icon_size = 36
        else:
            headline_font.setPixelSize(15)
            detail_font.setPixelSize(13)
            icon_size = 22
        self._headline.setFont(headline_font)
        self._detail.setFont(detail_font)
        ack_font = QFont(self.font())
        ack_font.setPixelSize(20)
        ack_font.setBold(True)
        self.ack_button.setFont(ack_font)
        self._icon.setPixmap(paint_look_icon(view.look, icon_size))
        self._icon.setFixedSize(icon_size + 4, icon_size + 4)

        if view.look is Look.ALARM:
            if not self._pulse.isActive():
                self._pulse_on = True
                self._pulse.start()
        else:
            self._pulse.stop()
            self._pulse_on = False
        self._apply_style()
        self.setAccessibleName(" ".join(t for t in (view.headline, detail) if t))
        self._update_sound(view)
        self.updateGeometry()

    def _apply_style(self) -> None:
        assert self._view is not None
        palette = PALETTES[self._view.look]
        border = (
            palette.border
            if self._pulse_on or self._view.look is not Look.ALARM
            else palette.background
        )
        width = 4 if self._view.look in (Look.ALARM, Look.ACKNOWLEDGED, Look.FAULT) else 1
        sheet = (
            f"#AlarmBanner {{ background: {palette.background}; border: {width}px solid {border};"
            f" border-radius: 4px; }}"
            f"#AlarmBanner QLabel {{ color: {palette.text}; background: transparent; }}"
            f"#AlarmBanner QPushButton {{ background: #FFFFFF; color: {palette.background};"
            f" border: 2px solid #FFFFFF; border-radius: 6px; padding: 10px 18px; }}"
            f"#AlarmBanner QPushButton:focus {{ border: 3px solid #FFD600; }}"
        )
        # Only when it changes: setting a style sheet restyles the banner and all it holds
        # (a status refresh that changes nothing on screen costs nothing; issue 18).
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    @Slot()
    def _toggle_pulse(self) -> None:
        self._pulse_on = not self._pulse_on
        self._apply_style()

    # ----------------------------------------------------------------------------- sound

    def _update_sound(self, view: AlarmView) -> None:
        status = self._controller.status or {}
        should_sound = (
            view.look is Look.ALARM and view.escalation >= 1 and status.get("silent") is False
        )
        if should_sound and not self._beeper.isActive():
            self._sound()
            self._beeper.start()
        elif not should_sound:
            self._beeper.stop()

    @Slot()
    def _sound(self) -> None:
        self._beep()

    # ------------------------------------------------------------------------- commands

    @Slot()
    def _acknowledge(self) -> None:
        name = self._user_name()
        if name:
            self._acknowledge_as(name)
            return
        # From the lock screen: one tap on a name from the certified staff roster, so the log
        # says who went (issue 14). A computer without a roster keeps the one press.
        names = self._roster_names()
        if not names:
            self._acknowledge_as(LOCK_SCREEN_USER)
            return
        menu = QMenu(self)
        menu.setObjectName("who_is_going")
        menu.setToolTipsVisible(True)
        title = menu.addAction(self.tr("Who is going?"))
        title.setEnabled(False)
        for staff in names:
            action = menu.addAction(staff)
            action.triggered.connect(lambda _checked=False, who=staff: self._acknowledge_as(who))
        self.ack_menu = menu
        menu.popup(self.ack_button.mapToGlobal(self.ack_button.rect().bottomLeft()))

    def _acknowledge_as(self, name: str) -> None:
        view = self._view
        if view is not None and view.room_id is not None and view.alarm_id:
            # Another room's alarm: the answer goes to that room over the alarm network.
            self._controller.acknowledge_room(view.room_id, view.alarm_id, name)
        else:
            self._controller.acknowledge(name)
        self.ack_button.setEnabled(False)  # until the service's answer redraws the banner

    def _roster_names(self) -> list[str]:
        from tjdesk.alarm.staff_roster import active_names, roster_path

        try:
            folder = self._controller.alarm_dir
        except (OSError, RuntimeError):
            return []
        return active_names(roster_path(folder))

"""What the alarm screens show, computed from the service's status (no widgets here).

One function, :func:`describe`, turns the controller's knowledge (is the service reachable,
its last status, whether this screen raised the alarm, whether this screen can be seen from
inside the counseling room) into an :class:`AlarmView`: which look to use and what to say.
The banner, the tray icon and the alarm area all read the same view, so they never disagree.

Texts hold times, the room name, device specs and staff names only: never client data.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from tjdesk.i18n import QT_TRANSLATE_NOOP


class Look(enum.Enum):
    READY = "ready"
    ALARM = "alarm"
    ACKNOWLEDGED = "acknowledged"
    DRILL = "drill"
    FAULT = "fault"  # "Room not protected": a device fault or no alarm service
    # The same alarm on a screen the person in the room may see: only a discreet change.
    DISCREET_SENT = "discreet_sent"
    DISCREET_ACKNOWLEDGED = "discreet_acknowledged"


LOUD_ALARM_LOOKS = frozenset({Look.ALARM, Look.ACKNOWLEDGED})

# Device fault codes (hardware.base.Fault) as sentences; %1 is the device spec.
FAULT_SENTENCES = {
    "DEVICE_LOST": QT_TRANSLATE_NOOP("AlarmState", "The panic button %1 is not connected."),
    "LOOP_OPEN": QT_TRANSLATE_NOOP("AlarmState", "The wire to the panic button %1 is cut."),
    "LOOP_SHORT": QT_TRANSLATE_NOOP("AlarmState", "The wire to the panic button %1 is shorted."),
    "LAMP_OPEN": QT_TRANSLATE_NOOP("AlarmState", "The light outside the room (%1) is not working."),
    "RELAY": QT_TRANSLATE_NOOP("AlarmState", "The relay of %1 is not working."),
    "BROWNOUT": QT_TRANSLATE_NOOP("AlarmState", "The panic box %1 is short of power."),
    "HOST_LOST": QT_TRANSLATE_NOOP(
        "AlarmState", "The panic box %1 no longer gets messages from this computer."
    ),
    "POLL_FAILED": QT_TRANSLATE_NOOP("AlarmState", "The alarm board %1 does not answer."),
}

SOURCE_NAMES = {
    "BTN": QT_TRANSLATE_NOOP("AlarmState", "hidden button"),
    "UI": QT_TRANSLATE_NOOP("AlarmState", "on-screen control"),
    "HOTKEY": QT_TRANSLATE_NOOP("AlarmState", "keyboard shortcut"),
    "LOOP_SHORT": QT_TRANSLATE_NOOP("AlarmState", "shorted button wire"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlarmState", text)


def local_time(iso: str | None, with_seconds: bool = True) -> str:
    """``2026-11-28T14:03:05Z`` -> ``21:03:05`` in this computer's time zone ('' if unknown)."""
    if not iso:
        return ""
    from datetime import datetime  # when first needed, not before the first window (issue 18)

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return moment.astimezone().strftime("%H:%M:%S" if with_seconds else "%H:%M")


def fault_sentence(code: str, device: str) -> str:
    sentence = FAULT_SENTENCES.get(code)
    if sentence is None:
        return _tr("Device %1 reports a fault: %2.").replace("%1", device).replace("%2", code)
    return _tr(sentence).replace("%1", device)


def source_name(source: str | None) -> str:
    if source in SOURCE_NAMES:
        return _tr(SOURCE_NAMES[source])
    return source or ""


@dataclass(frozen=True)
class AlarmView:
    look: Look
    headline: str
    detail: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)  # why the room is not protected
    can_acknowledge: bool = False
    alarm_id: str | None = None
    escalation: int = 0
    # Another room of the alarm network (its id), or None for this computer's own room.
    room_id: str | None = None
    # The alarm network: one line for every screen of this station (how many desks listen,
    # or why this station is cut off), '' when it has not joined.
    network_line: str = ""
    # While a drill runs: until when, and the test presses so far, even when a fault is what
    # the screens lead with (a room with a dead button can still run a drill of its light).
    drill: str = ""

    @property
    def protected(self) -> bool:
        return not self.problems


NETWORK_CUT_DESK = QT_TRANSLATE_NOOP(
    "AlarmState", "This desk will not receive alarms from other rooms."
)
NETWORK_CUT_ROOM = QT_TRANSLATE_NOOP(
    "AlarmState", "Other desks will not see an alarm from this room."
)
NO_DESK_LISTENING = QT_TRANSLATE_NOOP(
    "AlarmState", "No desk is listening: nobody else will see an alarm from this room."
)


def network_problems(status: dict[str, Any]) -> list[str]:
    """Why this station is cut off from the alarm network (never silent), or nothing."""
    network = status.get("network") or None
    if not network or network.get("connected"):
        return []
    why = _tr_any(str(network.get("error") or ""), list(network.get("error_args") or []))
    cut = NETWORK_CUT_ROOM if network.get("kind") == "room" else NETWORK_CUT_DESK
    return [" ".join(t for t in (_tr(cut), why) if t)]


def network_line(status: dict[str, Any]) -> str:
    network = status.get("network") or None
    if not network:
        return ""
    if not network.get("connected"):
        return network_problems(status)[0]
    if network.get("kind") == "room":
        listening = int(network.get("desks_listening") or 0)
        if listening == 0:
            return _tr(NO_DESK_LISTENING)
        return _tr("%1 desk(s) listening.").replace("%1", str(listening))
    rooms = network.get("rooms") or []
    return _tr("On the alarm network: %1 room(s).").replace("%1", str(len(rooms)))


def _tr_any(text: str, args: list[Any]) -> str:
    # Network errors come from the core in English (context AlarmNetwork or errors).
    if not text:
        return ""
    translated = QCoreApplication.translate("AlarmNetwork", text)
    if translated == text:
        translated = QCoreApplication.translate("errors", text)
    for index in range(len(args), 0, -1):
        translated = translated.replace(f"%{index}", str(args[index - 1]))
    return translated


def remote_alarms(status: dict[str, Any]) -> list[dict[str, Any]]:
    """Other rooms in alarm: unanswered first, then the oldest first."""
    rooms = [
        r
        for r in (status.get("network") or {}).get("rooms") or []
        if r.get("state") in ("alarm", "acknowledged")
    ]
    return sorted(rooms, key=lambda r: (r.get("state") != "alarm", str(r.get("since") or "")))


def device_problems(status: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    devices = status.get("devices") or []
    network = status.get("network") or {}
    if not devices and network.get("kind") in ("desk", "reader"):
        return []  # a desk of the alarm network has no button of its own: nothing is missing
    if not devices:
        problems.append(_tr("No panic button is set up for this room."))
    for device in devices:
        spec = str(device.get("spec", "?"))
        faults = list(device.get("faults") or [])
        if not device.get("connected", False) and "DEVICE_LOST" not in faults:
            faults.insert(0, "DEVICE_LOST")
        problems.extend(fault_sentence(str(code), spec) for code in faults)
    if not problems and status.get("protected") is False:
        problems.append(_tr("The alarm service reports that the room is not protected."))
    return problems


def describe(
    *,
    available: bool,
    status: dict[str, Any] | None,
    connecting: bool = False,
    stopped_by: str | None = None,
    raised_here: bool = False,
    discreet_screen: bool = False,
    test_presses: tuple[dict[str, Any], ...] = (),
) -> AlarmView:
    """The one reading of the alarm's state that every screen shows.

    ``discreet_screen``: this screen can be seen from inside the counseling room.
    ``raised_here``: the current alarm was raised from this screen (the presser is here).
    Either way, an alarm shows only a discreet change, so the person in the room is not
    tipped off that help was called. Faults are always shown in full: they reveal no call.
    """
    if not available or status is None:
        if stopped_by is not None:
            detail = _tr("The alarm service was stopped by %1.").replace("%1", stopped_by)
        elif connecting:
            detail = _tr("Connecting to the alarm service...")
        else:
            detail = _tr("The alarm is not running. Trying to start it again.")
        return AlarmView(Look.FAULT, _tr("Room not protected"), detail, problems=(detail,))

    view = _describe_here(status, raised_here, discreet_screen, test_presses)
    if status.get("state") == "test":
        view = replace(view, drill=drill_sentence(status, test_presses))
    line = network_line(status)
    if view.look in (Look.READY, Look.FAULT, Look.DRILL) and not discreet_screen:
        # Another room's alarm outranks this room's calm or faults (not its own alarm).
        others = remote_alarms(status)
        if others:
            view = _describe_remote(others, view.problems)
    return replace(view, network_line=line)


def _describe_here(
    status: dict[str, Any],
    raised_here: bool,
    discreet_screen: bool,
    test_presses: tuple[dict[str, Any], ...],
) -> AlarmView:
    room_problems = device_problems(status)
    problems = tuple(room_problems + network_problems(status))
    room = str(status.get("room") or "")
    alarm = status.get("alarm") or None
    state = status.get("state")
    network = status.get("network") or {}
    if alarm and not alarm.get("test") and state in ("alarm", "acknowledged"):
        return _describe_alarm(alarm, room, problems, raised_here or discreet_screen)
    if room_problems:
        return AlarmView(Look.FAULT, _tr("Room not protected"), " ".join(problems), problems)
    if problems:
        # Cut off from the alarm network: the room's own light still works; say what is lost.
        return AlarmView(Look.FAULT, _tr("Alarm network fault"), " ".join(problems), problems)
    if state == "test":
        return AlarmView(Look.DRILL, _tr("Alarm drill"), drill_sentence(status, test_presses))
    if network.get("kind") in ("desk", "reader") and not status.get("devices"):
        return AlarmView(Look.READY, _tr("No alarm"), _tr("All rooms are calm."))
    headline = _tr("Room protected")
    detail = room
    return AlarmView(Look.READY, headline, detail)


def drill_sentence(status: dict[str, Any], test_presses: tuple[dict[str, Any], ...]) -> str:
    until = local_time(status.get("drill_until"), with_seconds=False)
    sentence = _tr("Drill until %1. Presses now are tests, not real alarms.").replace("%1", until)
    if test_presses:
        last = test_presses[-1]
        sentence += " " + (
            _tr("%1 test press(es) received; the last at %2 from the %3.")
            .replace("%1", str(len(test_presses)))
            .replace("%2", local_time(last.get("at")))
            .replace("%3", source_name(last.get("source")))
        )
    return sentence


def _describe_remote(rooms: list[dict[str, Any]], problems: tuple[str, ...]) -> AlarmView:
    """Another room's alarm, on a staff screen: the room's name, who answered."""
    first = rooms[0]
    where = str(first.get("room_name") or first.get("room_id") or "")
    headline = _tr("ALARM in %1").replace("%1", where)
    answered = first.get("acknowledged_by")
    if answered:
        look = Look.ACKNOWLEDGED
        detail = (
            _tr("%1 is on the way (answered at %2).")
            .replace("%1", str(answered))
            .replace("%2", local_time(first.get("since")))
        )
    else:
        look = Look.ALARM
        detail = _tr("Raised at %1. Nobody has answered yet.").replace(
            "%1", local_time(first.get("since"))
        )
    if first.get("station_online") is False:
        detail += " " + _tr("The room's computer is not on the network now.")
    for other in rooms[1:]:
        state = (
            _tr("answered by %1").replace("%1", str(other.get("acknowledged_by")))
            if other.get("acknowledged_by")
            else _tr("not answered")
        )
        detail += " " + _tr("Also ALARM in %1 (%2).").replace(
            "%1", str(other.get("room_name") or other.get("room_id"))
        ).replace("%2", state)
    if problems:
        detail += " " + " ".join(problems)
    return AlarmView(
        look,
        headline,
        detail,
        problems,
        can_acknowledge=not answered,
        alarm_id=str(first.get("alarm_id") or ""),
        room_id=str(first.get("room_id")),
    )


def _describe_alarm(
    alarm: dict[str, Any], room: str, problems: tuple[str, ...], discreet: bool
) -> AlarmView:
    acknowledged_by = alarm.get("acknowledged_by")
    alarm_id = str(alarm.get("id") or "")
    escalation = int(alarm.get("escalation") or 0)
    if discreet:
        # Innocuous words a counselor learns in training; nothing says "alarm" or "help".
        if acknowledged_by:
            return AlarmView(
                Look.DISCREET_ACKNOWLEDGED,
                _tr("Received \u2713\u2713"),
                "",
                problems,
                alarm_id=alarm_id,
                escalation=escalation,
            )
        return AlarmView(
            Look.DISCREET_SENT,
            _tr("Received \u2713"),
            "",
            problems,
            alarm_id=alarm_id,
            escalation=escalation,
        )
    at = local_time(alarm.get("at"))
    where = room or _tr("the counselling room")
    headline = _tr("ALARM in %1").replace("%1", where)
    if acknowledged_by:
        detail = (
            _tr("%1 is on the way (answered at %2). Raised at %3 by the %4.")
            .replace("%1", str(acknowledged_by))
            .replace("%2", local_time(alarm.get("acknowledged_at")))
            .replace("%3", at)
            .replace("%4", source_name(alarm.get("source")))
        )
        look = Look.ACKNOWLEDGED
    else:
        detail = (
            _tr("Raised at %1 by the %2. Nobody has answered yet.")
            .replace("%1", at)
            .replace("%2", source_name(alarm.get("source")))
        )
        if escalation:
            detail += " " + _tr("Escalated (step %1).").replace("%1", str(escalation))
        look = Look.ALARM
    if problems:
        detail += " " + " ".join(problems)
    return AlarmView(
        look,
        headline,
        detail,
        problems,
        can_acknowledge=not acknowledged_by,
        alarm_id=alarm_id,
        escalation=escalation,
    )

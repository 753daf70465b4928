"""An alarm entry's audit detail in words, for the Audit trail's Detail column.

The alarm journal's import (``tjdesk.alarm.vault_import``) stores what it knows of an alarm event
as compact JSON in the audit entry's ``detail`` (room, source, device, reason, escalation level,
fault code, drill flag, the command and the operating-system user of a signed command). An
administrator reading the trail should see "Room: Counselling 1 · Source: hidden button ·
Reason: Accidental press", not the JSON; the tooltip still shows the stored text, as ``tjdesk
audit`` prints it.

Nothing here is client data: rooms, devices, staff and reasons only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tjdesk import safe_json
from tjdesk.i18n import QT_TRANSLATE_NOOP
from ui.alarm.log_model import REASON_NAMES
from ui.alarm.state import fault_sentence, source_name

_C = "AlarmAuditDetail"

# The signed alarm commands (tjdesk.alarm.signed_commands.PERSON_COMMANDS) in words.
COMMAND_NAMES = {
    "reset": QT_TRANSLATE_NOOP("AlarmAuditDetail", "reset the alarm"),
    "start_drill": QT_TRANSLATE_NOOP("AlarmAuditDetail", "start a drill"),
    "stop_drill": QT_TRANSLATE_NOOP("AlarmAuditDetail", "end the drill"),
    "stop_service": QT_TRANSLATE_NOOP("AlarmAuditDetail", "stop the alarm service"),
    "reload_config": QT_TRANSLATE_NOOP("AlarmAuditDetail", "reload the alarm settings"),
    "record_audit_head": QT_TRANSLATE_NOOP("AlarmAuditDetail", "keep the audit trail's head"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _labelled(label: str, value: object) -> str:
    return _tr(label).replace("%1", str(value))


def alarm_detail_text(detail: str) -> str:
    """``{"room":"Counselling 1","reason":"accidental"}`` -> "Room: Counselling 1 · Reason: ...".

    A detail that is not such JSON (an older entry, or one written by hand) is shown as stored.
    """
    try:
        fields: Any = safe_json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(fields, dict):
        return detail
    parts: list[str] = []
    room = fields.get("room")
    if room:
        parts.append(_labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Room: %1"), room))
    source = fields.get("source")
    if source:
        parts.append(
            _labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Source: %1"), source_name(str(source)))
        )
    device = str(fields.get("device") or "")
    code = fields.get("code")
    if code:
        # A fault's own sentence names its device.
        parts.append(fault_sentence(str(code), device or "?"))
    elif device:
        parts.append(_labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Device: %1"), device))
    level = fields.get("level")
    if isinstance(level, int) and not isinstance(level, bool) and level > 0:
        parts.append(_labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Escalation level %1"), level))
    command = fields.get("cmd")
    if command:
        name = COMMAND_NAMES.get(str(command))
        words = _tr(name) if name is not None else str(command)
        parts.append(_labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Command: %1"), words))
    reason = fields.get("reason")
    if reason:
        if reason in REASON_NAMES:
            words = QCoreApplication.translate("AlarmLog", REASON_NAMES[str(reason)])
        else:
            # A refused command's reason is the service's own (translatable) message.
            words = QCoreApplication.translate("alarm", str(reason))
        parts.append(_labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Reason: %1"), words))
    if fields.get("test") is True:
        parts.append(_tr(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Drill")))
    os_user = fields.get("os_user")
    if os_user:
        parts.append(
            _labelled(QT_TRANSLATE_NOOP("AlarmAuditDetail", "Computer account: %1"), os_user)
        )
    return " · ".join(parts)

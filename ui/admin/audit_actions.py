"""Audit action codes in plain words, for the audit view (the code stays in a tooltip).

Codes not listed here (a part added later) are shown as they are stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tjdesk.i18n import QT_TRANSLATE_NOOP

_C = "AuditActions"  # lupdate reads the literal contexts below; this is for lookups

ACTIONS: dict[str, str] = {
    "case.create": QT_TRANSLATE_NOOP("AuditActions", "Opened a case"),
    "case.view_section": QT_TRANSLATE_NOOP("AuditActions", "Viewed a case section"),
    "case.update_section": QT_TRANSLATE_NOOP("AuditActions", "Changed a case section"),
    "case.show_identity": QT_TRANSLATE_NOOP("AuditActions", "Showed a client's identity"),
    "case.update_team": QT_TRANSLATE_NOOP("AuditActions", "Changed a case team"),
    "case.search": QT_TRANSLATE_NOOP("AuditActions", "Searched cases"),
    "case.report_prepare": QT_TRANSLATE_NOOP("AuditActions", "Prepared a preliminary report"),
    "case.print_report": QT_TRANSLATE_NOOP("AuditActions", "Printed a preliminary report"),
    "session.create": QT_TRANSLATE_NOOP("AuditActions", "Recorded a counselling session"),
    "session.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a counselling session"),
    "session.view_section": QT_TRANSLATE_NOOP("AuditActions", "Viewed session notes"),
    "session.update_section": QT_TRANSLATE_NOOP("AuditActions", "Changed session notes"),
    "session.note_conflict": QT_TRANSLATE_NOOP(
        "AuditActions", "Session note saved beside another's"
    ),
    "session.lock": QT_TRANSLATE_NOOP("AuditActions", "Locked the screen"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlocked the screen"),
    "signin.ok": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "signin.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed sign-in"),
    "signin.failed_dropped": QT_TRANSLATE_NOOP(
        "AuditActions", "Failed sign-ins (not all recorded)"
    ),
    "signin.recovery_key": QT_TRANSLATE_NOOP("AuditActions", "Opened with the recovery key"),
    "user.add": QT_TRANSLATE_NOOP("AuditActions", "Added a user"),
    "user.disable": QT_TRANSLATE_NOOP("AuditActions", "Disabled a user"),
    "user.enable": QT_TRANSLATE_NOOP("AuditActions", "Enabled a user"),
    "user.password_change": QT_TRANSLATE_NOOP("AuditActions", "Changed own password"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditActions", "Reset a password"),
    "user.set_role": QT_TRANSLATE_NOOP("AuditActions", "Changed a user's role"),
    "user.set_display_name": QT_TRANSLATE_NOOP("AuditActions", "Changed a user's name"),
    "user.remove": QT_TRANSLATE_NOOP("AuditActions", "Removed a user"),
    "case.handover": QT_TRANSLATE_NOOP("AuditActions", "Handed a case over"),
    "vault.recovery_identity_made": QT_TRANSLATE_NOOP("AuditActions", "Made the recovery identity"),
    "vault.sections_sealed": QT_TRANSLATE_NOOP("AuditActions", "Sealed the case sections"),
    "user.recovery_admin": QT_TRANSLATE_NOOP(
        "AuditActions", "Added an administrator with the recovery key"
    ),
    "settings.idle_lock": QT_TRANSLATE_NOOP("AuditActions", "Changed the idle-lock time"),
    "visit.create": QT_TRANSLATE_NOOP("AuditActions", "Recorded a visit"),
    "visit.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a visit"),
    "visit.print": QT_TRANSLATE_NOOP("AuditActions", "Printed a visitor sheet"),
    "visits.purge": QT_TRANSLATE_NOOP("AuditActions", "Removed old visits"),
    "visits.set_retention": QT_TRANSLATE_NOOP("AuditActions", "Changed how long visits are kept"),
    "visits.set_shelter_address": QT_TRANSLATE_NOOP("AuditActions", "Changed the shelter address"),
    "vault.create": QT_TRANSLATE_NOOP("AuditActions", "Created the vault"),
    "vault.key_rotated": QT_TRANSLATE_NOOP("AuditActions", "Changed the vault key"),
    "vault.key_rotation_finished": QT_TRANSLATE_NOOP(
        "AuditActions", "Finished a change of the vault key that was cut short"
    ),
    "vault.recovery_key_stored": QT_TRANSLATE_NOOP(
        "AuditActions", "Confirmed the new recovery key is stored"
    ),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "Made a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Restored a backup"),
    "vault.replaced": QT_TRANSLATE_NOOP("AuditActions", "Replaced the vault with a backup"),
    "signin.backoff_record_changed": QT_TRANSLATE_NOOP(
        "AuditActions", "The record of failed sign-ins was removed or edited"
    ),
    "audit.view": QT_TRANSLATE_NOOP("AuditActions", "Looked at the audit trail"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditActions", "Checked the audit trail"),
    "audit.head_export": QT_TRANSLATE_NOOP("AuditActions", "Exported an audit checkpoint"),
    "signing.root_pinned": QT_TRANSLATE_NOOP(
        "AuditActions", "Pinned the root signing key (signing began)"
    ),
    "roster.certified_existing": QT_TRANSLATE_NOOP(
        "AuditActions", "Certified the existing users' records"
    ),
    "roster.key_certified": QT_TRANSLATE_NOOP("AuditActions", "Certified a user's signing key"),
    "vault.recovery_identity_confirmed": QT_TRANSLATE_NOOP(
        "AuditActions", "Confirmed the recovery identity with the recovery sheet"
    ),
    # Imported from the alarm journal (tjdesk/alarm/vault_import.AUDITED).
    "alarm.alarm": QT_TRANSLATE_NOOP("AuditActions", "Alarm raised"),
    "alarm.activation": QT_TRANSLATE_NOOP("AuditActions", "Panic button pressed"),
    "alarm.acknowledged": QT_TRANSLATE_NOOP("AuditActions", "Alarm acknowledged"),
    "alarm.escalated": QT_TRANSLATE_NOOP("AuditActions", "Alarm escalated: nobody acknowledged"),
    "alarm.reset": QT_TRANSLATE_NOOP("AuditActions", "Alarm reset"),
    "alarm.test_started": QT_TRANSLATE_NOOP("AuditActions", "Drill started"),
    "alarm.test_ended": QT_TRANSLATE_NOOP("AuditActions", "Drill ended"),
    "alarm.test_press": QT_TRANSLATE_NOOP("AuditActions", "Panic button pressed in a drill"),
    "alarm.fault": QT_TRANSLATE_NOOP("AuditActions", "Alarm fault"),
    "alarm.fault_cleared": QT_TRANSLATE_NOOP("AuditActions", "Alarm fault cleared"),
    "alarm.service_started": QT_TRANSLATE_NOOP("AuditActions", "Alarm service started"),
    "alarm.service_stopped": QT_TRANSLATE_NOOP("AuditActions", "Alarm service stopped"),
    "alarm.config_reloaded": QT_TRANSLATE_NOOP("AuditActions", "Alarm settings reloaded"),
    "alarm.command_signed": QT_TRANSLATE_NOOP("AuditActions", "Signed alarm command"),
    "alarm.command_refused": QT_TRANSLATE_NOOP("AuditActions", "Alarm command refused"),
}

# Offered in the filter: (code or prefix ending in ".", English label).
FILTER_CHOICES: tuple[tuple[str, str], ...] = (
    ("case.view_section", ACTIONS["case.view_section"]),
    ("case.show_identity", ACTIONS["case.show_identity"]),
    ("session.view_section", ACTIONS["session.view_section"]),
    ("case.", QT_TRANSLATE_NOOP("AuditActions", "Everything done with cases")),
    (
        "session.",
        QT_TRANSLATE_NOOP("AuditActions", "Everything done with sessions, locks and unlocks"),
    ),
    ("signin.", QT_TRANSLATE_NOOP("AuditActions", "Sign-ins, failed ones too")),
    ("user.", QT_TRANSLATE_NOOP("AuditActions", "Changes to users")),
    ("visit*", QT_TRANSLATE_NOOP("AuditActions", "Visits and visitor sheets")),
    ("alarm.", QT_TRANSLATE_NOOP("AuditActions", "Alarm events")),
    ("backup.", QT_TRANSLATE_NOOP("AuditActions", "Backups")),
    ("vault.", QT_TRANSLATE_NOOP("AuditActions", "The vault and its key")),
    ("roster.", QT_TRANSLATE_NOOP("AuditActions", "Certified staff records")),
    ("audit.", QT_TRANSLATE_NOOP("AuditActions", "Looks at the audit trail")),
)


# The kinds of record an entry is about, as stored (target_type) and in plain words.
RECORD_TYPES: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("AuditActions", "case"),
    "session": QT_TRANSLATE_NOOP("AuditActions", "session"),
    "user": QT_TRANSLATE_NOOP("AuditActions", "user"),
    "visit": QT_TRANSLATE_NOOP("AuditActions", "visit"),
    "visit_template": QT_TRANSLATE_NOOP("AuditActions", "visitor rule sheet"),
    "alarm": QT_TRANSLATE_NOOP("AuditActions", "alarm"),
}


def record_type_text(code: str) -> str:
    """A stored record type in the user's language; one not listed as it is stored."""
    label = RECORD_TYPES.get(code)
    return code if label is None else QCoreApplication.translate(_C, label)


def record_type_code(typed: str) -> str:
    """What a person typed in the record-type filter: a type in their language, or a code."""
    wanted = typed.strip().casefold()
    for code in RECORD_TYPES:
        if record_type_text(code).casefold() == wanted:
            return code
    return typed.strip()


def detail_text(action: str, detail: str) -> str:
    """An entry's detail; a role (the detail of adding a user or changing a role) or a case
    section (of a look or a change) in words."""
    if action.endswith("_section"):
        from tjdesk.policy import Section

        try:
            from ui.cases.labels import section_title

            return section_title(Section(detail))
        except ValueError:
            return detail
    if action in ("user.add", "user.set_role"):
        from tjdesk.actors import Role

        try:
            return QCoreApplication.translate("Role", Role(detail).label)
        except ValueError:
            return detail
    if action.startswith("alarm."):
        from ui.admin.alarm_audit_detail import alarm_detail_text

        return alarm_detail_text(detail)
    return detail


def action_text(code: str) -> str:
    label = ACTIONS.get(code)
    if label is not None:
        return QCoreApplication.translate(_C, label)
    if code.startswith("alarm."):
        return QCoreApplication.translate("AuditActions", "Alarm: %1").replace(
            "%1", code.removeprefix("alarm.")
        )
    return code


def choice_text(label: str) -> str:
    return QCoreApplication.translate(_C, label)

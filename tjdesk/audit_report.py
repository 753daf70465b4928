"""What ``audit verify`` found, in plain words: who, what, when, and the roots to compare.

Qt-free: each line is an English source string (context "AuditReport") with its arguments;
the command line fills it, the Audit trail page translates it first
(``QCoreApplication.translate("AuditReport", text)``). No client data: entries hold staff
names, action codes and times only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tjdesk.audit import BadEntry, Verdict
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault.roster import RosterProblem

CONTEXT = "AuditReport"


@dataclass(frozen=True)
class Line:
    text: str  # English source, context "AuditReport"
    args: tuple[object, ...] = ()  # plain values, or Lines translated in turn

    def filled(self, translate: Callable[[str], str] = lambda text: text) -> str:
        args = [a.filled(translate) if isinstance(a, Line) else a for a in self.args]
        return fill(translate(self.text), *args)


REASONS = {
    "edited": QT_TRANSLATE_NOOP("AuditReport", "its content was changed after it was written"),
    "removed": QT_TRANSLATE_NOOP("AuditReport", "it was removed"),
    "inserted or re-ordered": QT_TRANSLATE_NOOP(
        "AuditReport",
        "it does not follow the entry before it (an entry was inserted, or the order changed)",
    ),
    "head mismatch": QT_TRANSLATE_NOOP(
        "AuditReport", "it differs from the exported checkpoint (the trail was rewritten since)"
    ),
    "bad signature": QT_TRANSLATE_NOOP(
        "AuditReport",
        "its signature does not match: it, or an entry before it, was changed, removed, "
        "inserted or re-ordered after it was signed",
    ),
    "unsigned": QT_TRANSLATE_NOOP(
        "AuditReport", "it is not signed, so nobody vouches for it: it was added outside TJ Desk"
    ),
    "unknown signer": QT_TRANSLATE_NOOP(
        "AuditReport",
        "it is signed with a key no administrator certified for that person (a forgery)",
    ),
    "in another's name": QT_TRANSLATE_NOOP(
        "AuditReport", "it names one person but was signed by another (a forgery)"
    ),
    "signer not certified yet": QT_TRANSLATE_NOOP(
        "AuditReport",
        "its signer's new key is not certified yet: an administrator's next sign-in certifies it",
    ),
}

PROBLEMS = {
    "not certified": QT_TRANSLATE_NOOP(
        "AuditReport",
        "User %1 (%2): no administrator certified this user; the account cannot sign in.",
    ),
    "role not certified": QT_TRANSLATE_NOOP(
        "AuditReport",
        "User %1: the role %2 was not certified by an administrator; the account cannot sign in.",
    ),
    "enabled without certificate": QT_TRANSLATE_NOOP(
        "AuditReport",
        "User %1 was disabled by an administrator but enabled outside TJ Desk; the account "
        "cannot sign in.",
    ),
    "forged certificate": QT_TRANSLATE_NOOP(
        "AuditReport",
        "The record of user %1 (certificate %3) has a signature that does not match: ignored.",
    ),
    "uncertified issuer": QT_TRANSLATE_NOOP(
        "AuditReport",
        "The record of user %1 (certificate %3) was signed by someone who is not a certified "
        "administrator: ignored.",
    ),
    "bad certificate": QT_TRANSLATE_NOOP(
        "AuditReport", "Certificate %3 (user %1) cannot be read: ignored."
    ),
    "bad root": QT_TRANSLATE_NOOP("AuditReport", "A root key pinned by %1 cannot be read."),
    "recovery not certified": QT_TRANSLATE_NOOP(
        "AuditReport",
        "The vault's recovery identity was not certified by an administrator (it was put in or "
        "changed outside TJ Desk): nothing is sealed to it, and saving sealed parts of a case "
        "is refused until an administrator puts it right.",
    ),
    "recovery changed": QT_TRANSLATE_NOOP(
        "AuditReport",
        "The vault's recovery identity was changed outside TJ Desk: it is not the one an "
        "administrator certified. Nothing is sealed to it; saving sealed parts of a case is "
        "refused until an administrator puts it right.",
    ),
    "team changed": QT_TRANSLATE_NOOP(
        "AuditReport",
        "The team or the sealing keys of case %1 were changed outside TJ Desk (not as its "
        "signed team records say): nothing is sealed to the change, and saving sealed parts of "
        "the case is refused until a backup is restored.",
    ),
}

HOW = {
    "set-up": QT_TRANSLATE_NOOP("AuditReport", "at set-up"),
    "migration": QT_TRANSLATE_NOOP("AuditReport", "when signing began in this vault"),
    "recovery key": QT_TRANSLATE_NOOP("AuditReport", "with the recovery key"),
}


def describe_entry(bad: BadEntry) -> Line:
    if bad.at is None:
        return Line(QT_TRANSLATE_NOOP("AuditReport", "entry %1"), (bad.seq,))
    who = bad.actor or "-"
    signer = bad.signer or "-"
    return Line(
        QT_TRANSLATE_NOOP("AuditReport", "entry %1 (%2, action %3 by %4, signed by %5)"),
        (bad.seq, bad.at[:19].replace("T", " ") + " UTC", bad.action, who, signer),
    )


def describe(verdict: Verdict) -> list[Line]:
    """The report, first line first: the verdict, then the details, then the roots."""
    lines: list[Line] = []
    if verdict.intact:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP("AuditReport", "The audit trail is intact (%1 entries checked)."),
                (verdict.entries,),
            )
        )
    elif verdict.first_bad is not None:
        entry = describe_entry(verdict.first_bad).filled()
        reason = REASONS.get(verdict.reason or "", verdict.reason or "")
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "The audit trail has been tampered with. The first bad entry is %1: %2.",
                ),
                (entry, reason),
            )
        )
    else:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "The entries hold together, but the vault was changed outside TJ Desk:",
                )
            )
        )
    for problem in verdict.structure_problems:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport", "The vault's structure was changed outside TJ Desk: %1."
                ),
                (problem,),
            )
        )
    lines.extend(_problem_line(p) for p in verdict.roster_problems)
    if verdict.signed_from is not None and verdict.signed_from > 1:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "Entries 1 to %1 were made before signing; entry %2, the first signed one, "
                    "seals them: their chain is checked, their authors are not.",
                ),
                (verdict.signed_from - 1, verdict.signed_from),
            )
        )
    elif verdict.signed_from is None and not verdict.roots:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "Signing has not begun in this vault: it starts at an administrator's next "
                    "sign-in. Until then only the chain is checked.",
                )
            )
        )
    if verdict.unsigned_recovery:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "%1 entries were made while nobody was signed in (recovery key or restore).",
                ),
                (verdict.unsigned_recovery,),
            )
        )
    for root in verdict.roots:
        lines.append(
            Line(
                QT_TRANSLATE_NOOP(
                    "AuditReport",
                    "Root key %1, pinned by %2 %3 (%4): compare with your recovery sheet.",
                ),
                (
                    root.fingerprint,
                    root.pinned_by,
                    Line(HOW.get(root.how, root.how)),
                    root.pinned_at[:10],
                ),
            )
        )
    return lines


def _problem_line(problem: RosterProblem) -> Line:
    text = PROBLEMS.get(problem.code, problem.code)
    return Line(text, (problem.user, problem.role or "-", problem.seq or "-"))

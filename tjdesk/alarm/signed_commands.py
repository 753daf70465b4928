"""Alarm commands that need a person (reset, stop, drill, settings) carry that person's signature.

Before this, the service took any text as the person: ``{"cmd": "reset", "user":
"nobody-signed-in"}`` reset a live alarm. Now the signed-in user's Ed25519 key signs the
command, a fresh random nonce and the time (``sign``); the service (``CommandAuthority``)
checks the signature against the certified staff roster the vault exports to the alarm folder
(staff_roster.py), refuses an unsigned, stale or replayed command in plain words, and
journals who signed and the operating-system user.

Acknowledging ("I'm on my way") and raising an alarm need nobody: they are never signed.

A computer whose alarm folder has never received a roster (an alarm-only station, or a vault
from before signing) accepts unsigned commands as before, journaled as unsigned. Once a roster
has been seen, the journal remembers its root keys: a missing roster, or one with a root the
service has not trusted before, refuses every person's command.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tjdesk.alarm.staff_roster import LoadedRoster, RosterUnreadable, load_roster, roster_path
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tjdesk.vault.signed_in import SignedInUser

PERSON_COMMANDS = frozenset(
    {"reset", "start_drill", "stop_drill", "stop_service", "reload_config", "record_audit_head"}
)
MAX_AGE_S = 120.0  # a signed command older (or newer) than this is refused
ROSTER_EVENT = "roster_trusted"
SIGNED_EVENT = "command_signed"


def _canonical(payload: dict[str, Any], signer: str, nonce: str, at: float, os_user: str) -> bytes:
    document = {
        "command": payload,
        "signer": signer,
        "nonce": nonce,
        "at": at,
        "os_user": os_user,
    }
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return b"tjdesk alarm command 1\n" + text.encode("utf-8")


def sign(
    message: dict[str, Any],
    signer: SignedInUser,
    *,
    os_user: str,
    clock: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """The command in the signed-in user's name, with a fresh nonce and the time, signed."""
    payload = {key: value for key, value in message.items() if key != "signed"}
    payload["user"] = signer.actor.name  # the person is whoever signs, whatever was typed
    nonce = os.urandom(16).hex()
    at = round(clock(), 3)
    signature = signer.sign(_canonical(payload, signer.actor.name, nonce, at, os_user))
    return {
        **payload,
        "signed": {
            "signer": signer.actor.name,
            "nonce": nonce,
            "at": at,
            "os_user": os_user,
            "signature": base64.b64encode(signature).decode("ascii"),
        },
    }


class CommandRefused(AccessDenied):
    context = "alarm"


_UNSIGNED = QT_TRANSLATE_NOOP(
    "alarm", "Refused: this needs a signed-in staff member, and the request was not signed."
)
_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "alarm", "Refused: the signature does not match the staff roster (a forged request)."
)
_NOT_STAFF = QT_TRANSLATE_NOOP(
    "alarm", "Refused: %1 is not an active staff member on the certified roster."
)
_STALE = QT_TRANSLATE_NOOP(
    "alarm", "Refused: the request is too old or from the future (check the computer's clock)."
)
_REPLAYED = QT_TRANSLATE_NOOP("alarm", "Refused: this request was already used once (a replay).")
_NO_ROSTER = QT_TRANSLATE_NOOP(
    "alarm",
    "Refused: the staff roster in the alarm folder is missing or was changed outside TJ Desk. "
    "Sign in to TJ Desk on this computer to export it again.",
)


@dataclass(frozen=True)
class Authorized:
    by: str  # the person who signed (or, unsigned on a station without a roster, who said so)
    os_user: str | None
    signed: bool


class CommandAuthority:
    """Checks person commands in the alarm service; thread-safe (one lock, no I/O inside)."""

    def __init__(
        self,
        folder: Path,
        history: Iterable[dict[str, Any]] = (),
        *,
        clock: Callable[[], float] = time.time,
        on_trusted: Callable[[dict[str, Any]], object] | None = None,
    ) -> None:
        self._path = roster_path(folder)
        self._clock = clock
        self._on_trusted = on_trusted
        self._lock = threading.Lock()
        self._seen: dict[str, float] = {}  # nonce -> when it may be forgotten
        self._loaded: LoadedRoster | None = None
        self._stamp: tuple[int, int] | None = None
        self._trusted_roots: set[str] = set()
        for entry in history:
            if entry.get("event") == ROSTER_EVENT and isinstance(entry.get("roots"), list):
                self._trusted_roots.update(str(root) for root in entry["roots"])

    def check(self, message: dict[str, Any]) -> Authorized:
        """Who may do this command, or CommandRefused in plain words."""
        with self._lock:
            loaded = self._current_roster()
            signed = message.get("signed")
            if loaded is None:
                if self._trusted_roots:
                    raise CommandRefused(_NO_ROSTER)
                claimed = message.get("user")
                return Authorized(str(claimed or "")[:64], None, False)
            if not isinstance(signed, dict):
                raise CommandRefused(_UNSIGNED)
            return self._check_signed(message, signed, loaded)

    def _check_signed(
        self, message: dict[str, Any], signed: dict[str, Any], loaded: LoadedRoster
    ) -> Authorized:
        signer, nonce, at = signed.get("signer"), signed.get("nonce"), signed.get("at")
        os_user, signature = signed.get("os_user"), signed.get("signature")
        if not (
            isinstance(signer, str)
            and isinstance(nonce, str)
            and 16 <= len(nonce) <= 64
            and isinstance(at, int | float)
            and isinstance(os_user, str)
            and isinstance(signature, str)
        ):
            raise CommandRefused(_UNSIGNED)
        record = loaded.roster.records.get(signer)
        if record is None or record.disabled or record.signing_key is None:
            raise CommandRefused(_NOT_STAFF, signer[:64])
        payload = {key: value for key, value in message.items() if key != "signed"}
        if "user" in payload and payload["user"] != signer:
            raise CommandRefused(_BAD_SIGNATURE)
        try:
            raw = base64.b64decode(signature.encode("ascii"), validate=True)
            Ed25519PublicKey.from_public_bytes(record.signing_key).verify(
                raw, _canonical(payload, signer, nonce, float(at), os_user)
            )
        except (InvalidSignature, ValueError, UnicodeEncodeError):
            raise CommandRefused(_BAD_SIGNATURE) from None
        now = self._clock()
        if abs(now - float(at)) > MAX_AGE_S:
            raise CommandRefused(_STALE)
        self._seen = {n: until for n, until in self._seen.items() if until > now}
        if nonce in self._seen:
            raise CommandRefused(_REPLAYED)
        self._seen[nonce] = now + 2 * MAX_AGE_S
        return Authorized(signer, os_user[:64], True)

    def _current_roster(self) -> LoadedRoster | None:
        """The roster file, re-read when it changes; None if absent or not trustworthy."""
        try:
            info = self._path.stat()
        except FileNotFoundError:
            self._loaded, self._stamp = None, None
            return None
        stamp = (info.st_mtime_ns, info.st_size)
        if stamp == self._stamp:
            return self._loaded
        self._stamp = stamp
        try:
            loaded = load_roster(self._path)
        except RosterUnreadable:
            loaded = None
        if (
            loaded is not None
            and self._trusted_roots
            and not (self._trusted_roots & set(loaded.root_fingerprints))
        ):
            loaded = None  # a roster rooted somewhere this service never trusted
        if loaded is not None:
            new_roots = set(loaded.root_fingerprints) - self._trusted_roots
            if new_roots:
                self._trusted_roots |= new_roots
                if self._on_trusted is not None:
                    self._on_trusted(
                        {"event": ROSTER_EVENT, "roots": sorted(loaded.root_fingerprints)}
                    )
        self._loaded = loaded
        return loaded

"""Alarm commands that need a person: signed by who is signed in, checked by the service.

Before: ``{"cmd": "reset", "user": "nobody-signed-in"}`` reset a live alarm, and
``tjdesk alarm stop --user the-director`` stopped the service with nobody signed in. Now the
vault exports its certified staff roster to the alarm folder and the service refuses an
unsigned, forged or replayed command in plain words, with the light left on.
"""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from multiprocessing.connection import Client
from pathlib import Path
from typing import Any

import pytest

from hardware.base import Light
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.alarm.servicekit import ClientInbox, DriverShop, LineSink
from tjdesk.actors import Role
from tjdesk.alarm import paths
from tjdesk.alarm.client import AlarmClient
from tjdesk.alarm.journal import read_entries
from tjdesk.alarm.service import AlarmService
from tjdesk.alarm.staff_roster import export_roster, roster_path
from ui.cli import main

SPEC = "sim:room1"
ROSTER_NOT_TRUSTED = "staff roster in the alarm folder is missing or was changed outside TJ Desk"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


@pytest.fixture
def folder(tmp_path: Path, made: MadeVault) -> Path:
    alarm = tmp_path / "alarm"
    db = made.handles["ann"].open_database()  # a sign-in exports the roster (ui/context.py)
    try:
        assert export_roster(db, alarm) == roster_path(alarm)
    finally:
        db.close()
    return alarm


@pytest.fixture
def service(folder: Path) -> Iterator[AlarmService]:
    shop = DriverShop()
    svc = AlarmService(folder, devices=[SPEC], room="Room 1", driver_factory=shop, out=LineSink())
    svc.shop = shop  # type: ignore[attr-defined]
    svc.start()
    yield svc
    svc.stop()


def _connect(folder: Path) -> tuple[AlarmClient, ClientInbox]:
    inbox = ClientInbox()
    client = AlarmClient(folder, on_event=inbox.on_event, on_disconnected=inbox.on_disconnected)
    client.connect(timeout_s=5.0)
    inbox.wait_for("status")
    return client, inbox


def _raise(service: AlarmService, inbox: ClientInbox) -> None:
    service.shop.made[SPEC].press()  # type: ignore[attr-defined]
    inbox.wait_for("alarm")


def _journal(folder: Path) -> list[dict[str, Any]]:
    return list(read_entries(paths.journal_path(folder)))


def test_a_signed_reset_works_and_the_journal_names_the_signer_and_os_user(
    service: AlarmService, folder: Path, made: MadeVault
) -> None:
    client, inbox = _connect(folder)
    try:
        _raise(service, inbox)
        client.signer = made.handles["ann"].signed_in
        client.reset("whoever typed this", "accidental", True)
        reset = inbox.wait_for("reset")
        assert reset["by"] == "ann"  # the signer, not the typed name
    finally:
        client.close()
    signed = [e for e in _journal(folder) if e.get("event") == "command_signed"]
    assert signed[-1]["cmd"] == "reset" and signed[-1]["by"] == "ann"
    assert signed[-1]["os_user"]


def test_an_unsigned_reset_is_refused_and_the_light_stays_on(
    service: AlarmService, folder: Path
) -> None:
    client, inbox = _connect(folder)
    try:
        _raise(service, inbox)
        client.reset("nobody-signed-in", "accidental", True)
        error = inbox.wait_for("error")
    finally:
        client.close()
    assert error["request"] == "reset"
    assert error["text"] == (
        "Refused: this needs a signed-in staff member, and the request was not signed."
    )
    assert service.engine.state.value == "alarm"
    assert service.shop.made[SPEC].light is Light.FLASH  # type: ignore[attr-defined]
    assert any(e.get("event") == "command_refused" for e in _journal(folder))


def _raw_session(folder: Path) -> Any:
    conn = Client(
        paths.listener_address(folder),
        family=paths.listener_family(),
        authkey=paths.authkey_path(folder).read_bytes(),
    )
    return conn


def test_a_replayed_reset_is_refused(service: AlarmService, folder: Path, made: MadeVault) -> None:
    # Capture what ann's client sent for one reset, then send the very same bytes again.
    sent: list[dict[str, Any]] = []
    client, inbox = _connect(folder)
    try:
        _raise(service, inbox)
        client.signer = made.handles["ann"].signed_in
        original_put = client._outbox.put

        def capture(item: Any, *args: Any, **kwargs: Any) -> None:
            if isinstance(item, dict):
                sent.append(item)
            original_put(item, *args, **kwargs)

        client._outbox.put = capture  # type: ignore[method-assign]
        client.reset("ann", "accidental", True)
        inbox.wait_for("reset")
        _raise(service, inbox)  # a new alarm: someone replays the captured reset
        conn = _raw_session(folder)
        try:
            conn.send_bytes(json.dumps(sent[-1]).encode())
            replies = [json.loads(conn.recv_bytes()) for _ in range(4)]
        finally:
            conn.close()
    finally:
        client.close()
    errors = [r for r in replies if r.get("event") == "error"]
    assert errors and errors[0]["text"] == "Refused: this request was already used once (a replay)."
    assert service.engine.state.value == "alarm"


def test_a_forged_signature_is_refused(
    service: AlarmService, folder: Path, made: MadeVault
) -> None:
    client, inbox = _connect(folder)
    try:
        _raise(service, inbox)
        # The administrator's name on a request signed with ann's key.
        client.signer = made.handles["ann"].signed_in
        original_put = client._outbox.put

        def forge(item: Any, *args: Any, **kwargs: Any) -> None:
            if isinstance(item, dict) and "signed" in item:
                item = {**item, "user": "admin", "signed": {**item["signed"], "signer": "admin"}}
            original_put(item, *args, **kwargs)

        client._outbox.put = forge  # type: ignore[method-assign]
        client.reset("admin", "accidental", True)
        error = inbox.wait_for("error")
    finally:
        client.close()
    assert error["text"] == (
        "Refused: the signature does not match the staff roster (a forged request)."
    )
    assert service.engine.state.value == "alarm"


def _roster_file(folder: Path) -> dict[str, Any]:
    """The staff roster the vault exported, as an insider editing it by hand reads it."""
    return dict(json.loads(roster_path(folder).read_text(encoding="utf-8")))


def _write_roster_file(folder: Path, document: dict[str, Any]) -> None:
    roster_path(folder).write_text(json.dumps(document), encoding="utf-8")


def _a_drill_by_ann(client: AlarmClient, inbox: ClientInbox, made: MadeVault) -> None:
    """ann starts and stops a drill, signed. The first signed command makes the service read
    the roster and trust its root from then on (journaled)."""
    client.signer = made.handles["ann"].signed_in
    client.start_drill("ann", 60)
    inbox.wait_for("test_started")
    client.stop_drill("ann")
    inbox.wait_for("test_ended")


def test_a_roster_replaced_by_an_insider_is_not_trusted(
    service: AlarmService, folder: Path, tmp_path: Path, made: MadeVault
) -> None:
    client, inbox = _connect(folder)
    try:
        _a_drill_by_ann(client, inbox, made)
        # An insider's own vault, with himself as root, copied over the roster.
        other = make_vault(tmp_path / "other", users=[("ann", Role.COUNSELOR)])
        db = other.handles["ann"].open_database()
        try:
            export_roster(db, folder)
        finally:
            db.close()
        client.signer = other.handles["ann"].signed_in
        client.start_drill("ann", 60)
        error = inbox.wait_for("error")
    finally:
        client.close()
    assert ROSTER_NOT_TRUSTED in error["text"]


def test_a_junk_root_put_in_the_roster_file_is_ignored_and_the_command_still_works(
    service: AlarmService, folder: Path, made: MadeVault
) -> None:
    """A root that is not an object in the file used to end the check with an AttributeError:
    the drill got no answer at all. The junk is skipped; the real root still vouches."""
    document = _roster_file(folder)
    document["roots"] = ["x", *document["roots"]]
    _write_roster_file(folder, document)
    client, inbox = _connect(folder)
    try:
        _a_drill_by_ann(client, inbox, made)
    finally:
        client.close()


def test_a_certificate_without_its_signature_in_the_roster_file_is_skipped(
    service: AlarmService, folder: Path, made: MadeVault
) -> None:
    """One damaged certificate used to make the whole file unreadable, refusing everyone."""
    client, inbox = _connect(folder)
    try:
        _a_drill_by_ann(client, inbox, made)
        document = _roster_file(folder)
        admins = [c for c in document["certificates"] if '"name":"admin"' in c["body"]]
        del admins[0]["signature"]
        _write_roster_file(folder, document)
        _a_drill_by_ann(client, inbox, made)
    finally:
        client.close()


def test_a_roster_file_with_only_junk_roots_is_refused_in_words(
    service: AlarmService, folder: Path, made: MadeVault
) -> None:
    client, inbox = _connect(folder)
    try:
        _a_drill_by_ann(client, inbox, made)
        document = _roster_file(folder)
        document["roots"] = ["x", 5]
        _write_roster_file(folder, document)
        client.start_drill("ann", 60)
        error = inbox.wait_for("error")
    finally:
        client.close()
    assert ROSTER_NOT_TRUSTED in error["text"]


def test_alarm_stop_with_a_user_signs_in_and_without_one_is_refused(
    service: AlarmService,
    folder: Path,
    made: MadeVault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Nobody signed in, a name typed on the command line: refused where a roster is in force.
    assert main(["alarm", "stop", "--alarm-dir", str(folder)]) == 1
    assert "the request was not signed" in capsys.readouterr().err
    assert not service._stop.is_set()

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    argv = ["alarm", "stop", "--user", "ann", "--vault", str(made.folder), "--password-stdin"]
    code: list[int] = []
    thread = threading.Thread(
        target=lambda: code.append(main([*argv, "--alarm-dir", str(folder)])), daemon=True
    )
    thread.start()
    assert service._stop.wait(10)  # what run_until_stopped waits on
    service.stop(service._stop_by)
    thread.join(15)
    assert code == [0]
    assert service._stop_by == "ann"

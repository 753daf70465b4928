"""Every parser of a file or message, fed hostile input by Hypothesis: only its own clear error.

The parsers: the bounded JSON loader itself, the key file (`tjdesk.keys`), the backup manifest
and the backup zip around it, the exported audit head, the alarm journal, the alarm settings,
the sign-in back-off record, alarm service requests and PBL/1 frames. Input is random bytes,
random JSON, very deep nesting, and valid documents with a byte flipped, cut short or a field
replaced by a value of another type. Each parser must answer with its own error (the one the
user sees as one sentence) or a value: never another exception, never a hang.

Short budget in `make test`; the long one (`-m slow`) in `make verify`.
"""

from __future__ import annotations

import json
import logging
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.pbl1.frame import MAX_LINE, Parser, encode
from tests.helpers.vaults import TEST_KDF
from tjdesk import safe_json
from tjdesk.alarm import journal as alarm_journal
from tjdesk.alarm.config import load_config
from tjdesk.audit_view import parse_head
from tjdesk.backup import BACKUP_FORMAT, parse_manifest, read_manifest
from tjdesk.errors import TJDeskError
from tjdesk.vault import keyslots
from tjdesk.vault.backoff import SignInBackoff
from tjdesk.vault.errors import KeyFileDamaged, NewerVersion

SHORT = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
LONG = settings(
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# --- hostile input ------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _nested(depth: int, opener: bytes) -> bytes:
    closer = b"]" if opener == b"[" else b"}"
    inner = b"[" * depth if opener == b"[" else b'{"a":' * depth
    return inner + b"1" + closer * depth


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """A valid document damaged the ways files get damaged, or crafted."""
    how = draw(st.sampled_from(["flip", "cut", "insert", "as-is"]))
    data = bytearray(seed)
    if how == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data[at] ^= draw(st.integers(1, 255))
    elif how == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "insert":
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=20) | st.sampled_from([b"[[[[", b"{"]))
    return bytes(data)


@st.composite
def field_swapped(draw: st.DrawFn, seed: dict[str, Any]) -> bytes:
    """A valid document with one field (at the top or one level down) of any other value."""
    document = json.loads(json.dumps(seed))
    target = document
    key = draw(st.sampled_from(sorted(target)))
    if isinstance(target[key], dict) and target[key] and draw(st.booleans()):
        target = target[key]
        key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(json_values)
    return json.dumps(document).encode()


def hostile(seed_document: dict[str, Any] | None = None) -> st.SearchStrategy[bytes]:
    options: list[st.SearchStrategy[bytes]] = [
        st.binary(max_size=400),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.tuples(st.integers(1, 20_000), st.sampled_from([b"[", b"{"])).map(lambda t: _nested(*t)),
        st.sampled_from([b"NaN", b"[Infinity]", b'{"a":1,"a":2}', b"1" * 5000, b"\xff\xfe"]),
    ]
    if seed_document is not None:
        seed = json.dumps(seed_document).encode()
        options += [mutated(seed), field_swapped(seed_document)]
    return st.one_of(*options)


# --- valid seeds ----------------------------------------------------------------------------


def _key_file_document() -> dict[str, Any]:
    key = keyslots.new_database_key()
    slot = keyslots.create_slot("admin", "a password", key, "vault0001", TEST_KDF)
    key_file = keyslots.new_key_file("vault0001", key, TEST_KDF).with_slot(slot)
    return dict(json.loads(keyslots.serialize(key_file, key)))


KEY_FILE = _key_file_document()
MANIFEST = {
    "format": BACKUP_FORMAT,
    "version": 1,
    "vault_id": "0123456789abcdef0123456789abcdef",
    "created_at": "2026-12-02T17:00:00Z",
    "schema_version": 5,
    "row_counts": {"audit_log": 12, "users": 2},
}
HEAD = {
    "format": "tjdesk-audit-head",
    "vault_id": "0123456789abcdef0123456789abcdef",
    "seq": 12,
    "hash": "ab" * 32,
    "exported_at": "2026-12-02T17:00:00Z",
}
JOURNAL_ENTRY = {"seq": 3, "event": "alarm", "at": "2026-12-02T17:00:00Z", "device": "sim:"}
ALARM_SETTINGS = {"devices": ["sim:"], "room": "Room 1"}
BACKOFF = {
    "format": "tjdesk-signin-backoff",
    "record_id": "ab" * 16,
    "serial": 4,
    "settled": 1,
    "users": {"ann": {"failures": 3, "last_failure": 1.0}},
    "pending": [{"time": 1.0, "user": "ann"}],
    "dropped": 0,
}


# --- the checks: each parser's own error, or a value ---------------------------------------


def check_safe_json(data: bytes) -> None:
    try:
        safe_json.loads(data)
    except safe_json.JsonRejected:
        pass


def check_key_file(data: bytes) -> None:
    try:
        parsed = keyslots.parse(data)
    except (KeyFileDamaged, NewerVersion):
        return
    assert parsed.vault_id


def check_manifest(data: bytes) -> None:
    try:
        manifest = parse_manifest(data)
    except TJDeskError as err:
        assert "Nothing was replaced" in str(err) or "newer version" in str(err)
        return
    assert all(isinstance(v, int) for v in manifest["row_counts"].values())


def check_head(data: bytes) -> None:
    try:
        head = parse_head(data)
    except ValueError:
        return
    assert isinstance(head["seq"], int) and isinstance(head["hash"], str)


def _in_file(data: bytes, name: str, read: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        read(path)


def check_journal(data: bytes) -> None:
    def read(path: Path) -> None:
        for entry in alarm_journal.read_entries(path):
            assert isinstance(entry, dict) and isinstance(entry["seq"], int)

    # Lines: the fuzzed one among good ones, so the good ones must survive it.
    good = json.dumps(JOURNAL_ENTRY).encode()
    _in_file(good + b"\n" + data.replace(b"\n", b" ") + b"\n" + good + b"\n", "j.jsonl", read)


def check_alarm_settings(data: bytes) -> None:
    def read(path: Path) -> None:
        try:
            load_config(path.parent)
        except TJDeskError as err:
            assert str(err)

    _in_file(data, "alarm.json", read)


def check_backoff(data: bytes) -> None:
    def read(path: Path) -> None:
        backoff = SignInBackoff(path, clock=lambda: 10_000.0)
        backoff.failures("ann")
        backoff.take_pending_with_tally()
        attempt = backoff.begin_attempt("ann")  # a damaged record never blocks or crashes
        backoff.attempt_succeeded(attempt)
        assert backoff.failures("ann") == 0

    _in_file(data, "signin-backoff.json", read)


@st.composite
def backup_zips(draw: st.DrawFn) -> bytes:
    names = ["manifest.json", "tjdesk.keys", "tjdesk.db"]
    members = draw(
        st.lists(
            st.tuples(
                st.sampled_from([*names, "../evil", "extra.txt"]),
                st.one_of(hostile(MANIFEST), st.binary(max_size=300), st.just(b"\0" * 100_000)),
                st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
            ),
            max_size=5,
        )
    )
    path = Path(tempfile.mkstemp(suffix=".zip")[1])
    try:
        with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names: crafted on purpose
            for name, content, compression in members:
                archive.writestr(name, content, compress_type=compression)
        data = path.read_bytes()
    finally:
        path.unlink()
    return draw(mutated(data))


def check_backup_zip(data: bytes) -> None:
    def read(path: Path) -> None:
        try:
            read_manifest(path)
        except TJDeskError as err:
            assert "Nothing was replaced" in str(err) or "newer version" in str(err)

    _in_file(data, "b.tjbackup", read)


def check_pbl1(data: bytes) -> None:
    parser = Parser()
    for at in range(0, len(data), 7):
        for frame in parser.feed(data[at : at + 7]):
            assert frame.type
    assert len(parser._buf) <= MAX_LINE  # noqa: SLF001 - the buffer never grows past a frame


PARSERS: dict[str, tuple[Callable[[bytes], None], st.SearchStrategy[bytes]]] = {
    "safe_json": (check_safe_json, hostile(MANIFEST)),
    "key_file": (check_key_file, hostile(KEY_FILE)),
    "backup_manifest": (check_manifest, hostile(MANIFEST)),
    "backup_zip": (check_backup_zip, backup_zips()),
    "audit_head": (check_head, hostile(HEAD)),
    "alarm_journal": (check_journal, hostile(JOURNAL_ENTRY)),
    "alarm_settings": (check_alarm_settings, hostile(ALARM_SETTINGS)),
    "backoff_record": (check_backoff, hostile(BACKOFF)),
    "pbl1_frames": (
        check_pbl1,
        st.lists(
            st.binary(max_size=40) | st.just(encode("ALM", 7, {"id": "1.2", "src": "BTN"})),
            max_size=20,
        ).map(b"".join),
    ),
}


@pytest.mark.parametrize("name", list(PARSERS))
@SHORT
@given(data=st.data())
def test_each_parser_answers_hostile_input_with_its_own_error(
    name: str, data: st.DataObject
) -> None:
    check, strategy = PARSERS[name]
    check(data.draw(strategy))


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PARSERS))
@LONG
@given(data=st.data())
def test_each_parser_under_a_long_run(name: str, data: st.DataObject) -> None:
    check, strategy = PARSERS[name]
    check(data.draw(strategy))


# --- alarm service requests -----------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)


GENERIC = "The alarm service could not do that."
COMMANDS = [
    "raise_alarm",
    "acknowledge",
    "reset",
    "start_drill",
    "stop_drill",
    "request_status",
    "reload_config",
]


@st.composite
def requests(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(hostile({"cmd": "reset", "user": "ann", "reason": "x", "room_checked": True}))
    message = draw(
        st.dictionaries(
            st.sampled_from(["user", "reason", "seconds", "source", "room_checked"]),
            json_values,
            max_size=5,
        )
    )
    message["cmd"] = draw(st.sampled_from(COMMANDS) | json_values)
    return json.dumps(message).encode()


@pytest.fixture
def alarm_service(tmp_path: Path) -> Iterator[Any]:
    from tests.tjdesk.alarm.servicekit import DriverShop, LineSink
    from tjdesk.alarm.service import AlarmService

    service = AlarmService(
        tmp_path / "alarm", devices=["sim:"], driver_factory=DriverShop(), out=LineSink()
    )
    service.start()
    yield service
    service.stop()


def _check_request(service: Any, raw: bytes, caplog: pytest.LogCaptureFixture) -> None:
    if b"stop_service" in raw:
        return  # would end the service under test; its user check is tested elsewhere
    session = _Recorder()
    caplog.clear()
    service._handle(session, raw)  # noqa: SLF001 - the request parser, without a socket
    errors = [m for m in session.sent if m.get("event") == "error"]
    assert all(m["text"] != GENERIC for m in errors), errors  # only expected refusals
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@SHORT
@given(raw=requests())
def test_alarm_requests_get_a_clear_answer(
    alarm_service: Any, caplog: pytest.LogCaptureFixture, raw: bytes
) -> None:
    _check_request(alarm_service, raw, caplog)


@pytest.mark.slow
@LONG
@given(raw=requests())
def test_alarm_requests_under_a_long_run(
    alarm_service: Any, caplog: pytest.LogCaptureFixture, raw: bytes
) -> None:
    _check_request(alarm_service, raw, caplog)

"""Crafted key files, head files and alarm files: one clear sentence and an exit code.

Each found by the security review (issue 16): deep nesting made RecursionError tracebacks
(`tjdesk doctor`, sign-in, `audit verify --head`), a missing folder made FileNotFoundError
(`audit head --out /missing/dir/h.json`).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk.alarm import journal as alarm_journal
from tjdesk.alarm.config import load_config
from tjdesk.errors import InvalidInput
from tjdesk.paths import keyslot_path
from ui.cli import main

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"format": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault")
    yield made
    made.close()


def _main(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("content", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
def test_doctor_names_a_deeply_nested_key_file(
    made: MadeVault, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    made.close()
    keyslot_path(made.folder).write_bytes(content)
    assert main(["--vault", str(made.folder), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "state: key file damaged" in out and "recovery key" in out


def test_signing_in_with_a_deeply_nested_key_file_is_one_clear_line(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made.close()
    keyslot_path(made.folder).write_bytes(DEEP)
    before = snapshot(made.folder)
    argv = ["audit", "verify", "--vault", str(made.folder), "--user", "admin"]
    code = _main([*argv, "--password-stdin"], monkeypatch, f"{DEFAULT_PASSWORD}\n")
    assert code == 1
    assert "key file is damaged" in _one_line(capsys.readouterr().err)
    assert snapshot(made.folder) == before


@pytest.mark.parametrize(
    "content",
    [
        DEEP,
        json.dumps({"format": "tjdesk-audit-head", "vault_id": "x", "seq": "7", "hash": "a"}),
        json.dumps({"format": "tjdesk-audit-head", "vault_id": "x", "seq": True, "hash": "a"}),
        json.dumps({"format": "tjdesk-audit-head", "vault_id": ["x"], "seq": 1, "hash": "a"}),
        "[1, 2]",
    ],
    ids=["deep", "seq-text", "seq-bool", "vault-id-list", "a-list"],
)
def test_a_crafted_head_file_is_one_clear_line(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes | str,
) -> None:
    head = tmp_path / "head.json"
    head.write_bytes(content if isinstance(content, bytes) else content.encode())
    argv = ["audit", "verify", "--head", str(head), "--vault", str(made.folder), "--user", "admin"]
    code = _main([*argv, "--password-stdin"], monkeypatch, f"{DEFAULT_PASSWORD}\n")
    assert code == 1
    assert "This is not an audit head file" in _one_line(capsys.readouterr().err)


def test_a_head_into_a_missing_folder_is_one_clear_line(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "missing" / "dir" / "h.json"
    argv = ["audit", "head", "--out", str(out), "--vault", str(made.folder), "--user", "admin"]
    code = _main([*argv, "--password-stdin"], monkeypatch, f"{DEFAULT_PASSWORD}\n")
    assert code == 1
    err = _one_line(capsys.readouterr().err)
    assert "does not exist; nothing was written" in err and str(out.parent) in err
    assert not out.parent.exists()


def test_a_deeply_nested_journal_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    good = json.dumps({"seq": 1, "event": "ready"}).encode()
    path.write_bytes(DEEP + b"\n" + good + b"\n" + b'{"seq": NaN}\n')
    assert list(alarm_journal.read_entries(path)) == [{"seq": 1, "event": "ready"}]


def test_a_deeply_nested_alarm_settings_file_is_one_clear_message(tmp_path: Path) -> None:
    (tmp_path / "alarm.json").write_bytes(DEEP)
    with pytest.raises(InvalidInput) as caught:
        load_config(tmp_path)
    assert "The alarm settings file is not valid JSON" in str(caught.value)

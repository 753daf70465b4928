"""Bad input to every command: a clear message, a non-zero exit, and nothing on disk changed.

Each case runs the real `tjdesk` entry point in a child process (as an administrator or a
script would), with hostile arguments or files: empty, huge, wrong type, SQL metacharacters,
control characters, very long Thai text, invalid UTF-8.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role

ROOT = Path(__file__).resolve().parents[2]
LONG_THAI = "ห้ามถ่ายภาพผู้พักอาศัย" * 1000  # ~66 KB: under the 128 KB limit of one argv string
SQL = "x'; DROP TABLE users; --"
CONTROL = "ann\x1b[2J\x07\x00"


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "signin-backoff.json"  # the one record a failure may write
    }


@pytest.fixture(scope="module")
def vault_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vault")
    made = make_vault(folder, users=[("ann", Role.COUNSELOR)])
    made.close()
    return made.folder


def run_cli(args: list[str], stdin: bytes = b"", cwd: Path | None = None) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TJDESK")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )
    return done.returncode, done.stderr.decode("utf-8", "replace")


def bad_files(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "invalid-utf8": b"\xff\xfe\xfa not text \xc3\x28 \x80",
        "random": os.urandom(5000),
        "huge-line": b"A" * 2_000_000,
    }
    out = {}
    for name, data in files.items():
        path = tmp / f"{name}.bin"
        path.write_bytes(data)
        out[name] = path
    return out


def cases(vault: Path, tmp: Path) -> list[tuple[str, list[str], bytes]]:
    v = ["--vault", str(vault)]
    pw = (DEFAULT_PASSWORD + "\n").encode()
    files = bad_files(tmp)
    result: list[tuple[str, list[str], bytes]] = [
        ("unknown command", ["frobnicate"], b""),
        ("init over an existing vault", ["init", *v, "--admin", "x", "--password-stdin"], pw),
        (
            "user list, wrong password",
            ["user", "list", *v, "--user", "admin", "--password-stdin"],
            b"wrong\n",
        ),
        (
            "user list, empty password",
            ["user", "list", *v, "--user", "admin", "--password-stdin"],
            b"\n",
        ),
        ("user list, SQL in the name", ["user", "list", *v, "--user", SQL, "--password-stdin"], pw),
        (
            "user list, control characters",
            ["user", "list", *v, "--user", CONTROL[:-1], "--password-stdin"],
            pw,
        ),
        (
            "user list, very long Thai name",
            ["user", "list", *v, "--user", LONG_THAI, "--password-stdin"],
            pw,
        ),
        (
            "user list, invalid UTF-8 password",
            ["user", "list", *v, "--user", "admin", "--password-stdin"],
            b"\xff\xfe\n",
        ),
        (
            "vault folder that does not exist",
            ["user", "list", "--vault", str(tmp / "nope"), "--user", "admin", "--password-stdin"],
            pw,
        ),
        (
            "vault folder is a file",
            [
                "user",
                "list",
                "--vault",
                str(files["random"]),
                "--user",
                "admin",
                "--password-stdin",
            ],
            pw,
        ),
        (
            "audit head file is invalid UTF-8",
            [
                "audit",
                "verify",
                *v,
                "--head",
                str(files["invalid-utf8"]),
                "--user",
                "admin",
                "--password-stdin",
            ],
            pw,
        ),
        (
            "audit head file is huge",
            [
                "audit",
                "verify",
                *v,
                "--head",
                str(files["huge-line"]),
                "--user",
                "admin",
                "--password-stdin",
            ],
            pw,
        ),
        ("alarm with an unknown driver", ["alarm", "test", "--device", "bogus:COM3"], b""),
        ("alarm with no port", ["alarm", "test", "--device", "lcus:"], b""),
        (
            "alarm with a bad option",
            ["alarm", "test", "--device", "lcus:/dev/ttyUSB0?channel=99"],
            b"",
        ),
        (
            "sheet in an unknown language",
            ["sheet", "--lang", "xx", "--out", str(tmp / "s.pdf")],
            b"",
        ),
        ("sheet into a missing folder", ["sheet", "--out", str(tmp / "no" / "dir" / "s.pdf")], b""),
        (
            "sheet with a date that is not one",
            ["sheet", "--date", "2026-13-45", "--out", str(tmp / "s.pdf")],
            b"",
        ),
    ]
    for name, path in files.items():
        result.append(
            (
                f"restore from a {name} file",
                [
                    "restore",
                    str(path),
                    "--into",
                    str(tmp / f"into-{name}"),
                    "--user",
                    "admin",
                    "--password-stdin",
                ],
                pw,
            )
        )
    return result


def test_every_command_refuses_bad_input_clearly(vault_folder: Path, tmp_path: Path) -> None:
    before = tree_hashes(vault_folder)
    problems = []
    for name, args, stdin in cases(vault_folder, tmp_path):
        code, err = run_cli(args, stdin)
        lines = [line for line in err.splitlines() if line.strip()]
        if code == 0:
            problems.append(f"{name}: exit 0")
        elif "Traceback" in err:
            problems.append(f"{name}: traceback\n{err[-800:]}")
        elif not lines:
            problems.append(f"{name}: no message")
        elif LONG_THAI in err or "\x1b" in err:
            problems.append(f"{name}: echoed the hostile input back")
        if tree_hashes(vault_folder) != before:
            problems.append(f"{name}: changed the vault's files")
            before = tree_hashes(vault_folder)
    assert not (tmp_path / "s.pdf").exists()
    assert not list(tmp_path.glob("into-*"))  # no restore left a folder behind
    assert not problems, "\n".join(problems)

"""`make mutate`: mutation testing (mutmut 3) over the modules that protect people.

Each module is mutated against its own fast tests only, one mutant at a time on one process
(the machine is shared). For every module this prints the score (killed / all mutants, in %)
and the survivors, and merges ``{"name": "mutation score: tjdesk/audit.py", "unit": "%", ...}``
into benchmarks/results.json (other figures there are kept).

    python -m benchmarks.mutation                  # every module, smallest first
    python -m benchmarks.mutation policy audit     # only these (names from MODULES)
    python -m benchmarks.mutation --list           # the modules and their tests
    python -m benchmarks.mutation --children=2 X   # two mutants at a time (a quiet machine)

Each module gets its own work folder, build/mutate/<name>/ (a copy of the sources and tests, and
mutmut's ``mutants/`` tree), made afresh on every run; ``--diffs`` prints each survivor's diff.
A mutant counts as killed when a test failed or timed out; "no tests" (no fast test reaches
that function) and "survived" count against the score. mutmut mutates functions and methods
only, and code that runs at import time is beyond its reach: the policy table itself
(tjdesk/policy.py's ``_grant`` calls) is guarded by tests/tjdesk/cases/test_access_matrix.py,
whose expectations are written out independently.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / "build" / "mutate"
RESULTS = HERE / "results.json"
COPIED = ("tjdesk", "hardware", "ui", "tests", "pyproject.toml")
KILLED = {"killed", "timeout", "segfault", "caught by type check"}
NOT_COUNTED = {"skipped"}


@dataclass(frozen=True)
class Module:
    name: str  # short name on the command line
    path: str  # the file or folder mutated, as named in the results
    tests: tuple[str, ...]
    only: tuple[str, ...] = field(default=())  # globs; default: the path itself

    @property
    def globs(self) -> list[str]:
        if self.only:
            return list(self.only)
        return [self.path + "*"] if self.path.endswith("/") else [self.path]


CASE_TESTS = (
    "tests/tjdesk/cases/test_access_matrix.py",
    "tests/tjdesk/cases/test_team_changes.py",
    "tests/tjdesk/cases/test_areas.py",
    "tests/tjdesk/cases/test_refusals.py",
)

# Smallest first, so an interrupted run still has the cheap scores.
MODULES = (
    Module("policy", "tjdesk/policy.py", CASE_TESTS),
    Module(
        "audit",
        "tjdesk/audit.py",
        (
            "tests/tjdesk/vault_core/test_connection_and_audit.py",
            "tests/ui/commands/test_audit_command.py",
            "tests/ui/commands/test_audit_every_column.py",
            "tests/tjdesk/vault_core/test_audit_verdicts.py",
            "tests/tjdesk/test_known_answers.py",
            "tests/verify/test_insider_recovery_key_notice.py",
            # the signatures: what a signed-in colleague tries on the trail, and 0.1's entries
            "tests/verify/test_insider_signing.py",
            "tests/tjdesk/vault/test_signing_migration.py",
            "tests/tjdesk/vault/test_audit_signatures.py",
            "tests/tjdesk/vault/test_audit_verify_report.py",
        ),
    ),
    Module(
        "pbl1",
        "hardware/pbl1/",
        (
            "tests/hardware/test_pbl1_frame.py",
            "tests/hardware/test_pbl1_edges.py",
            "tests/verify/test_pbl1_noise.py",
            "tests/tjdesk/test_known_answers.py",
        ),
    ),
    Module(
        "access",
        "tjdesk/cases/access.py",
        (*CASE_TESTS, "tests/tjdesk/cases/test_sessions_and_notes.py"),
    ),
    Module(
        "panicbox",
        "hardware/panicbox/",
        (
            "tests/hardware/test_panicbox_protocol.py",
            "tests/hardware/test_panicbox_driver.py",
            "tests/hardware/test_panicbox_defaults.py",
            "tests/hardware/test_panicbox_session.py",
        ),
    ),
    Module(
        "engine",
        "tjdesk/alarm/engine.py",
        (
            "tests/tjdesk/alarm/test_engine.py",
            "tests/tjdesk/alarm/test_engine_machine.py",
            "tests/tjdesk/alarm/test_engine_on_screen.py",
            "tests/tjdesk/alarm/test_engine_status.py",
            "tests/tjdesk/alarm/test_engine_restart.py",
            "tests/tjdesk/alarm/test_engine_refusals.py",
            "tests/tjdesk/alarm/test_engine_journal.py",
            "tests/tjdesk/alarm/test_engine_outputs.py",
            "tests/test_pinned_numbers.py",
        ),
    ),
    Module(
        "vault-connection",
        "tjdesk/vault/connection.py",
        (
            "tests/tjdesk/vault_core/test_connection_and_audit.py",
            "tests/tjdesk/vault_core/test_connection_settings.py",
            "tests/tjdesk/vault/test_private_files.py",
            "tests/tjdesk/vault/test_bad_vaults.py",
            "tests/tjdesk/vault/test_unlock.py",
        ),
    ),
    Module(
        "vault-check",
        "tjdesk/vault/check.py",
        (
            "tests/verify/test_tamper.py",
            "tests/verify/test_tamper_every_page.py",
            "tests/tjdesk/vault/test_backup_damage.py",
        ),
    ),
    Module(
        "vault-kdf",
        "tjdesk/vault/kdf.py",
        (
            "tests/tjdesk/vault/test_kdf_and_keyslots.py",
            "tests/tjdesk/test_known_answers.py",
            "tests/test_pinned_numbers.py",
            "tests/verify/test_insider_signing.py",
        ),
    ),
    Module(
        "vault-backoff",
        "tjdesk/vault/backoff.py",
        (
            "tests/tjdesk/vault/test_backoff.py",
            "tests/tjdesk/vault/test_backoff_tampering.py",
            "tests/tjdesk/vault/test_unlock.py",
            "tests/tjdesk/vault/test_audit_actions.py",
            "tests/verify/test_guessing.py",
            "tests/test_pinned_numbers.py",
        ),
    ),
    Module(
        "vault-keyslots",
        "tjdesk/vault/keyslots.py",
        (
            "tests/tjdesk/vault/test_kdf_and_keyslots.py",
            "tests/tjdesk/test_known_answers.py",
            "tests/tjdesk/vault/test_signed_in.py",
            "tests/tjdesk/vault/test_disabled_user.py",
            "tests/tjdesk/vault/test_users.py",
            "tests/verify/test_key_file_downgrade.py",
        ),
    ),
    Module(
        "vault-migrations",
        "tjdesk/vault/migrations.py",
        (
            "tests/tjdesk/vault_core/test_connection_and_audit.py",
            "tests/tjdesk/vault/test_bad_vaults.py",
            "tests/tjdesk/vault/test_signing_migration.py",
            "tests/tjdesk/vault/test_seal_migration.py",
        ),
    ),
    Module(
        "vault-rotate",
        "tjdesk/vault/rotate.py+recovery_key_notice.py",
        (
            "tests/tjdesk/vault/test_rotate.py",
            "tests/tjdesk/vault/test_audit_actions.py",
            "tests/tjdesk/vault/test_rotation_cut_short.py",
            "tests/verify/test_insider_recovery_key_notice.py",
            "tests/ui/commands/test_rotate_command.py",
        ),
        only=("tjdesk/vault/rotate.py", "tjdesk/vault/recovery_key_notice.py"),
    ),
    Module(
        "vault",
        "tjdesk/vault/vault.py",
        (
            "tests/tjdesk/vault/test_vault_words.py",
            "tests/tjdesk/vault/test_unlock.py",
            "tests/tjdesk/vault/test_bad_vaults.py",
            "tests/tjdesk/vault/test_users.py",
            "tests/tjdesk/vault/test_disabled_user.py",
            "tests/tjdesk/vault/test_private_files.py",
            "tests/tjdesk/vault/test_backoff.py",
            "tests/tjdesk/vault/test_backoff_tampering.py",
            "tests/tjdesk/vault/test_rotate.py",
            "tests/tjdesk/vault/test_rotation_cut_short.py",
            "tests/tjdesk/vault/test_signed_in.py",
            "tests/tjdesk/vault/test_signing_migration.py",
            "tests/verify/test_insider_signing.py",
            "tests/ui/commands/test_init_and_user.py",
        ),
    ),
    # Sealed sections and signing (issues 13 and 14): each against the tests that exercise it,
    # the insider attempts included.
    Module(
        "sealing",
        "tjdesk/vault/sealing.py",
        (
            "tests/tjdesk/cases/test_resealing.py",
            "tests/tjdesk/vault/test_sealing_age.py",
            "tests/verify/test_insider.py",
            "tests/verify/test_insider_sealing.py",
        ),
    ),
    Module(
        "signing",
        "tjdesk/vault/signing.py",
        (
            "tests/tjdesk/vault/test_signed_in.py",
            "tests/tjdesk/vault/test_signing_migration.py",
            "tests/verify/test_insider_signing.py",
            "tests/tjdesk/vault/test_users.py",
            "tests/tjdesk/vault/test_disabled_user.py",
            "tests/tjdesk/vault/test_unlock.py",
        ),
    ),
    Module(
        "certified-keys",
        "tjdesk/vault/certified_keys.py",
        (
            "tests/tjdesk/vault/test_certified_keys.py",
            "tests/verify/test_insider_sealing.py",
            "tests/verify/test_insider_team.py",
        ),
    ),
    Module(
        "team-records",
        "tjdesk/vault/team_records.py",
        (
            "tests/tjdesk/vault/test_team_adoption.py",
            "tests/verify/test_insider_team.py",
            "tests/verify/test_insider_sealing.py",
            "tests/tjdesk/cases/test_resealing.py",
        ),
    ),
    # Whose signing and sealing key is whose: every entry's signature and every team's seal
    # are checked against this roster.
    Module(
        "vault-roster",
        "tjdesk/vault/roster.py",
        (
            "tests/tjdesk/vault/test_certified_keys.py",
            "tests/verify/test_insider_signing.py",
            "tests/tjdesk/vault/test_signing_migration.py",
            "tests/tjdesk/vault/test_audit_signatures.py",
            "tests/tjdesk/vault/test_audit_verify_report.py",
            "tests/verify/test_insider_team.py",
            "tests/verify/test_insider_roster.py",
            "tests/verify/test_alarm_commands.py",
            "tests/tjdesk/test_known_answers.py",
        ),
    ),
    # What stops a changed vault and a borrowed session: the schema guard, the signed-in
    # person's keys, the password rules, the back-off record.
    Module(
        "vault-guards",
        "tjdesk/vault/schema_guard.py+signed_in.py+passwords.py+backoff_tally.py",
        (
            "tests/tjdesk/vault/test_bad_vaults.py",
            "tests/tjdesk/vault/test_signed_in.py",
            "tests/verify/test_insider_signing.py",
            "tests/tjdesk/vault/test_backoff_tampering.py",
            "tests/tjdesk/vault/test_vault_words.py",
            "tests/tjdesk/vault/test_structure_guard.py",
        ),
        only=(
            "tjdesk/vault/schema_guard.py",
            "tjdesk/vault/signed_in.py",
            "tjdesk/vault/passwords.py",
            "tjdesk/vault/backoff_tally.py",
        ),
    ),
    # The age side of sealing: the recovery identity, the envelope's recipients, the keys,
    # and sealing a 0.1 vault's sections.
    Module(
        "vault-age",
        "tjdesk/vault/recovery.py+age_format.py+age_keys.py+seal_migration.py",
        (
            "tests/tjdesk/vault/test_sealing_age.py",
            "tests/tjdesk/vault/test_recovery_identity.py",
            "tests/tjdesk/vault/test_seal_migration.py",
            "tests/tjdesk/vault/test_certified_keys.py",
            "tests/tjdesk/vault/test_team_adoption.py",
            "tests/verify/test_insider_team.py",
            "tests/ui/commands/test_recovery_identity_command.py",
            "tests/ui/admin/test_sealing_panel.py",
        ),
        only=(
            "tjdesk/vault/recovery.py",
            "tjdesk/vault/age_format.py",
            "tjdesk/vault/age_keys.py",
            "tjdesk/vault/seal_migration.py",
        ),
    ),
    # The plumbing every vault call goes through: the connection wrapper, the worker thread,
    # files written whole and private, the errors people read.
    Module(
        "vault-plumbing",
        "tjdesk/vault/database.py+worker.py+atomic_file.py+private_files.py+errors.py",
        (
            "tests/tjdesk/vault_core/test_connection_and_audit.py",
            "tests/tjdesk/vault_core/test_connection_settings.py",
            "tests/tjdesk/vault/test_private_files.py",
            "tests/tjdesk/vault/test_bad_vaults.py",
            "tests/tjdesk/vault/test_vault_words.py",
            "tests/tjdesk/vault/test_unlock.py",
            "tests/tjdesk/vault/test_vault_error_words.py",
            "tests/tjdesk/vault/test_worker.py",
            "tests/tjdesk/vault/test_atomic_file.py",
            "tests/tjdesk/vault/test_database_rows.py",
            "tests/tjdesk/cases/test_sessions_and_notes.py",
        ),
        only=(
            "tjdesk/vault/database.py",
            "tjdesk/vault/worker.py",
            "tjdesk/vault/atomic_file.py",
            "tjdesk/vault/private_files.py",
            "tjdesk/vault/errors.py",
        ),
    ),
    Module(
        "acting",
        "tjdesk/acting.py",
        ("tests/tjdesk/test_acting.py", "tests/verify/test_forged_actor.py"),
    ),
    # The alarm network (PROTOCOL-ALARMNET.md), one concern each: what arrives from the wire,
    # what a desk knows of the other rooms, the connection, the setup.
    Module(
        "network-payloads",
        "tjdesk/alarm/network/payloads.py+names.py",
        (
            "tests/tjdesk/alarm/network/test_wire_payloads.py",
            "tests/tjdesk/alarm/network/test_wire_board.py",
            "tests/tjdesk/alarm/network/test_setup.py",
        ),
        only=("tjdesk/alarm/network/payloads.py", "tjdesk/alarm/network/names.py"),
    ),
    Module(
        "network-board",
        "tjdesk/alarm/network/board.py+seen_file.py",
        (
            "tests/tjdesk/alarm/network/test_wire_board.py",
            "tests/tjdesk/alarm/network/test_seen_file.py",
            "tests/tjdesk/alarm/network/test_wire_payloads.py",
            "tests/tjdesk/alarm/network/test_wire_bridge.py",
        ),
        only=("tjdesk/alarm/network/board.py", "tjdesk/alarm/network/seen_file.py"),
    ),
    Module(
        "network-bridge",
        "tjdesk/alarm/network/bridge.py",
        (
            "tests/tjdesk/alarm/network/test_wire_bridge.py",
            "tests/tjdesk/alarm/network/test_wire_payloads.py",
            "tests/tjdesk/alarm/network/test_wire_board.py",
        ),
    ),
    # paho's side: only a real Mosquitto exercises it (each mutant starts one: slow).
    Module(
        "network-link",
        "tjdesk/alarm/network/link.py",
        ("tests/tjdesk/alarm/network/test_link.py", "tests/tjdesk/alarm/network/test_network.py"),
    ),
    Module(
        "network-setup",
        "tjdesk/alarm/network/pki.py+site.py+identity.py+checks.py",
        (
            "tests/tjdesk/alarm/network/test_setup.py",
            "tests/tjdesk/alarm/network/test_setup_files.py",
            "tests/tjdesk/alarm/network/test_setup_doctor.py",
        ),
        only=(
            "tjdesk/alarm/network/pki.py",
            "tjdesk/alarm/network/site.py",
            "tjdesk/alarm/network/identity.py",
            "tjdesk/alarm/network/checks.py",
        ),
    ),
)


@dataclass
class Score:
    module: Module
    statuses: dict[str, str]
    seconds: float

    @property
    def counted(self) -> dict[str, str]:
        return {k: v for k, v in self.statuses.items() if v not in NOT_COUNTED}

    @property
    def killed(self) -> int:
        return sum(1 for v in self.counted.values() if v in KILLED)

    @property
    def percent(self) -> float | None:
        total = len(self.counted)
        return None if total == 0 else 100.0 * self.killed / total

    @property
    def survivors(self) -> list[tuple[str, str]]:
        return sorted((k, v) for k, v in self.counted.items() if v not in KILLED)


# A translation context on a line of its own, the first argument of a QT_TRANSLATE_NOOP that
# ruff split over lines. Only `pyside6-lupdate` reads it; at run time QT_TRANSLATE_NOOP returns
# its text and drops the context (tjdesk/i18n.py), and the ui translates with the exception's or
# the screen's own context. Every mutant of it (None, "XXcliXX", "CLI") is equivalent, so it is
# not mutated; a context on the same line as its text still is (and is listed as a survivor).
# The vault's refusals (tjdesk/vault/errors.py, roster.py) are written with the context on a
# line of its own, a trailing comma keeping ruff from joining it back: their text is still
# mutated, and killed by the word-for-word tests.
TRANSLATION_CONTEXT_LINE = (
    r'^\s*"(AlarmNetwork|AuditReport|CaseCodes|Role|alarm|cli|errors|vault)",\s*$'
)

# A line that is only SQL text: a string literal with an upper-case keyword and no quoted value
# in it. mutmut's string mutants of it change only the case of keywords and names, which SQLite
# ignores (and sqlite3.Row looks columns up case-blind): every one is equivalent, so the line is
# not mutated. Its "XX" mutant, which makes the SQL invalid, fails every test that runs it.
# A query written on the same line as its call keeps all its mutants; SQL used on one line is
# given a name at module level (import-time code is not mutated), as audit.py's _LAST_ENTRY.
SQL_TEXT_LINE = (
    r'^\s*"(?=[^"\'\\]*\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|ORDER BY)\b)'
    r'[^"\'\\]*",?\s*$'
)


def _mutmut_section(module: Module) -> str:
    top = [module.path.split("/")[0]]
    others = [d + "/" for d in ("tjdesk", "hardware", "ui") if d not in top]
    return "\n".join(
        [
            "",
            "[tool.mutmut]",
            f"source_paths = {json.dumps([t + '/' for t in top])}",
            f"only_mutate = {json.dumps(module.globs)}",
            f"also_copy = {json.dumps(others)}",
            f"do_not_mutate_patterns = {json.dumps([TRANSLATION_CONTEXT_LINE, SQL_TEXT_LINE])}",
            'pytest_add_cli_args = ["-p", "no:cacheprovider", "-m", "not slow", "-q", "-x"]',
            f"pytest_add_cli_args_test_selection = {json.dumps(list(module.tests))}",
            "",
        ]
    )


def _prepare(module: Module) -> Path:
    work = WORK / module.name
    # A fresh run every time: mutmut would otherwise keep an earlier "survived" even after a
    # new test was added that kills it.
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in COPIED:
        source, target = ROOT / name, work / name
        if source.is_dir():
            shutil.copytree(
                source,
                target,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )
        else:
            shutil.copy2(source, target)
    pyproject = work / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + _mutmut_section(module))
    return work


def _mutmut(work: Path, *args: str, log: Path | None = None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "mutmut", *args]
    if log is None:
        return subprocess.run(
            command, cwd=work, env=env, capture_output=True, text=True, check=True
        ).stdout
    with log.open("w", encoding="utf-8") as out:
        subprocess.run(command, cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT, check=True)
    return ""


_RESULT_LINE = re.compile(r"^\s*(\S+): (.+)$")


def run_module(module: Module, children: int = 1) -> Score:
    missing = [t for t in module.tests if not (ROOT / t).exists()]
    if missing:
        raise SystemExit(f"{module.name}: test files missing: {missing}")
    work = _prepare(module)
    started = time.monotonic()
    _mutmut(work, "run", "--max-children", str(children), log=work / "mutmut-run.log")
    statuses: dict[str, str] = {}
    for line in _mutmut(work, "results", "--all", "true").splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            statuses[match.group(1)] = match.group(2).strip()
    return Score(module, statuses, time.monotonic() - started)


def survivor_diff(module: Module, mutant: str) -> str:
    return _mutmut(WORK / module.name, "show", mutant)


def merge_results(scores: list[Score]) -> None:
    try:
        existing = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        existing = []
    fresh = [
        {
            "name": f"mutation score: {s.module.path}",
            "unit": "%",
            "value": None if s.percent is None else round(s.percent, 1),
            "baseline": None,
            "baseline_value": None,
            "ratio": None,
            "target": ">= 90 %",
            "met": None if s.percent is None else s.percent >= 90.0,
            "note": f"{s.killed} of {len(s.counted)} mutants killed (mutmut 3)",
        }
        for s in scores
    ]
    names = {row["name"] for row in fresh}
    kept = [row for row in existing if isinstance(row, dict) and row.get("name") not in names]
    RESULTS.write_text(json.dumps(kept + fresh, indent=2, ensure_ascii=False) + "\n", "utf-8")


def main(argv: list[str]) -> int:
    if "--list" in argv:
        for module in MODULES:
            print(f"{module.name:18} {module.path:28} {' '.join(module.tests)}")
        return 0
    show_diffs = "--diffs" in argv
    children = 1
    for arg in argv:
        if arg.startswith("--children="):
            value = arg.split("=", 1)[1]
            if not value.isdigit() or int(value) < 1:
                print("--children needs a whole number of at least 1", file=sys.stderr)
                return 2
            children = int(value)
    wanted = [a for a in argv if not a.startswith("--")]
    unknown = set(wanted) - {m.name for m in MODULES}
    if unknown:
        print(f"unknown module(s): {', '.join(sorted(unknown))}; see --list", file=sys.stderr)
        return 2
    chosen = [m for m in MODULES if not wanted or m.name in wanted]
    scores: list[Score] = []
    for module in chosen:
        print(f"mutating {module.path} ...", file=sys.stderr, flush=True)
        score = run_module(module, children)
        scores.append(score)
        merge_results([score])  # after each module, so an interrupted run keeps its scores
        percent = "-" if score.percent is None else f"{score.percent:.1f} %"
        print(
            f"mutation score: {module.path}: {percent}"
            f" ({score.killed}/{len(score.counted)} killed, {score.seconds:.0f} s)",
            flush=True,
        )
        for name, status in score.survivors:
            print(f"    {status}: {name}")
            if show_diffs:
                print(survivor_diff(module, name))
    failing = [s for s in scores if s.percent is None or s.percent < 90.0]
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Shared test set-up. Qt runs offscreen: no display, printer or hardware is needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt must never read or write the tester's real settings or data folders.
os.environ.setdefault(
    "XDG_CONFIG_HOME", os.path.join(os.environ.get("TMPDIR", "/tmp"), "tjdesk-test-config")
)

# Test vaults use Argon2's minimum parameters (tests/helpers/vaults.py TEST_KDF) so hundreds of
# them stay fast; a real key-slot file asking for less than the tuned floor is refused
# (tjdesk/vault/kdf.py). Inherited by the subprocesses tests start.
os.environ.setdefault("TJDESK_INSECURE_TEST_KDF", "1")

# Fixtures every test may use without importing them: `db`, `vault_worker`.
pytest_plugins = ["tests.helpers.db"]

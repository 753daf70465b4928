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

# Fixtures every test may use without importing them: `db`, `vault_worker`, `language`.
pytest_plugins = ["tests.helpers.db", "tests.helpers.languages"]


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    """Under mutmut (`make mutate`), run a module's tests in the order its entry lists them.

    mutmut hands each mutant the ids of the tests that reach the mutated function as a set, so
    in no useful order, and stops at the first failure (-x): a mutant that only the module's
    own direct tests can kill would otherwise wait behind a hundred slower ones. The order
    comes from ``pytest_add_cli_args_test_selection`` (benchmarks/mutation.py's tests tuple,
    written into the work folder's pyproject.toml); within a file, they run in the order written.
    Outside mutmut nothing changes. Which tests run, and what counts as killed, is unchanged.
    """
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    import tomllib
    from pathlib import Path

    try:
        with open(Path(str(config.rootpath)) / "pyproject.toml", "rb") as handle:
            listed = tomllib.load(handle)["tool"]["mutmut"]["pytest_add_cli_args_test_selection"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return
    rank = {str(path): index for index, path in enumerate(listed)}
    items.sort(key=lambda item: (rank.get(item.location[0], len(rank)), item.location[1] or 0))

"""What a test needs from outside the virtual environment (a Debian package, root).

`make test` on a developer's machine without it skips the test and says why; CI (`CI=true`,
where `.ci/run` installs what Debian has and runs as root) never skips it: a missing tool there
is a failure, so a green CI cannot hide a test that did not run."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI") == "true"


def missing(reason: str) -> None:
    """Skip the test with ``reason``, or fail it in CI."""
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it: see .ci/run)")
    pytest.skip(reason)

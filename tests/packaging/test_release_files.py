"""The release checklist's promises that a test can keep: one version, a changelog for it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import tjdesk

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_the_same_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == tjdesk.__version__


def test_the_changelog_has_a_section_for_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(tjdesk.__version__)}\]", text, re.MULTILINE)
    assert "## [Unreleased]" in text


def test_install_guide_pictures_exist() -> None:
    guide = (ROOT / "docs" / "INSTALL.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
    assert pictures, "the install guide has no screenshots"
    for picture in pictures:
        assert (ROOT / "docs" / picture).is_file(), picture


def _requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")


def test_the_license_is_an_spdx_expression() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "GPL-3.0-or-later"  # not the deprecated table


def test_the_packaged_build_installs_from_a_hashed_lock_of_every_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = (ROOT / "packaging" / "requirements.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", lock, re.MULTILINE))
    pinned = {name.lower().replace("_", "-") for name in pins}
    wanted = project["dependencies"] + project["optional-dependencies"]["package"]
    assert {_requirement_name(spec) for spec in wanted} <= pinned
    # Each pin carries at least one hash, and the lock names no machine's own wheel folder.
    blocks = re.split(r"^(?=[A-Za-z0-9_.-]+==)", lock, flags=re.MULTILINE)[1:]
    assert len(blocks) == len(pins) and all("--hash=sha256:" in block for block in blocks)
    assert "--find-links" not in lock and "file://" not in lock
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r packaging/requirements.lock" in makefile

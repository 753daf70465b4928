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

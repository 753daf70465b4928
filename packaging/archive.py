"""Pack the built bundle (dist/tjdesk/) into the file a shelter downloads, with its checksum.

    python packaging/archive.py [--dist DIR]

Linux: dist/tjdesk-<version>-linux-<machine>.tar.gz holding one folder with the program
(tjdesk/), install.sh, the desktop entries, the USB rule, the icon and INSTALL.md, so that
"unpack, then ./install.sh" is the whole installation. Windows: the Inno Setup script makes
the installer instead (packaging/windows/tjdesk.iss); this writes a plain .zip of the bundle.
Beside the archive: <archive>.sha256 in the `sha256sum -c` format.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRMWARE = ROOT / "hardware" / "firmware" / "panicbox"
# What a person copies to the Raspberry Pi Pico (see its README); the rest is test scaffolding.
FIRMWARE_FILES = ["main.py", "logic.py", "board_pico.py", "README.md"]
LINUX_FILES = [
    "install.sh",
    "tjdesk.desktop",
    "tjdesk-alarm.desktop",
    "99-tjdesk.rules",
    "tjdesk.svg",
]


def app_version() -> str:
    # The version the program itself reports, read without importing the app.
    source = (ROOT / "tjdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", source, re.MULTILINE)
    if match is None:
        raise SystemExit("archive: no __version__ in tjdesk/__init__.py")
    return match.group(1)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(archive: Path) -> Path:
    checksum = archive.with_name(archive.name + ".sha256")
    checksum.write_text(f"{sha256_of(archive)}  {archive.name}\n", encoding="ascii")
    return checksum


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Reproducible ownership: nobody's user name from the build machine inside the archive.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def build_linux_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    machine = platform.machine().lower() or "unknown"
    top = f"tjdesk-{version}-linux-{machine}"
    archive = out_dir / f"{top}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{top}/tjdesk", filter=_tar_filter)
        for name in LINUX_FILES:
            tar.add(
                ROOT / "packaging" / "linux" / name, arcname=f"{top}/{name}", filter=_tar_filter
            )
        tar.add(ROOT / "docs" / "INSTALL.md", arcname=f"{top}/INSTALL.md", filter=_tar_filter)
        for name in FIRMWARE_FILES:
            if (FIRMWARE / name).exists():
                arcname = f"{top}/firmware/panicbox/{name}"
                tar.add(FIRMWARE / name, arcname=arcname, filter=_tar_filter)
        if (ROOT / "docs" / "img").is_dir():
            tar.add(ROOT / "docs" / "img", arcname=f"{top}/img", filter=_tar_filter)
    return archive


def build_zip(bundle: Path, out_dir: Path, version: str) -> Path:
    archive = out_dir / f"tjdesk-{version}-windows-{platform.machine().lower()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(bundle.rglob("*")):
            zf.write(path, Path("tjdesk") / path.relative_to(bundle))
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where dist/tjdesk is")
    args = parser.parse_args(argv)
    bundle = args.dist / "tjdesk"
    if not (bundle / ("tjdesk.exe" if sys.platform == "win32" else "tjdesk")).exists():
        print(f"archive: no bundle in {bundle}; run 'make package' first", file=sys.stderr)
        return 1
    version = app_version()
    if sys.platform == "win32":
        archive = build_zip(bundle, args.dist, version)
    else:
        archive = build_linux_tarball(bundle, args.dist, version)
    checksum = write_checksum(archive)
    size_mb = archive.stat().st_size / 1e6
    print(f"{archive} ({size_mb:.0f} MB)")
    print(checksum.read_text(encoding="ascii").strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())

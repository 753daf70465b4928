"""Every page of a SQLCipher 4 vault (and its WAL) decrypted with the raw database key, the
way an insider with a stock AES library reads the file: for scans that must find no text."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4's default page size
RESERVE = 80  # IV (16) + HMAC-SHA512 (64) at the end of every page


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    raw = db_file.read_bytes()
    pages = [
        _decrypt_page(raw[i : i + PAGE], key, i == 0) for i in range(0, len(raw) - PAGE + 1, PAGE)
    ]
    wal = Path(f"{db_file}-wal")
    if wal.exists():
        data = wal.read_bytes()
        for offset in range(32, len(data) - 24 - PAGE + 1, 24 + PAGE):
            number = int.from_bytes(data[offset : offset + 4], "big")
            page = data[offset + 24 : offset + 24 + PAGE]
            pages.append(_decrypt_page(page, key, number == 1))
    return b"".join(pages)

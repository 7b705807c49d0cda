"""Content-addressed file storage: bytes are kept at `<blob_dir>/<ab>/<sha256>`.

Applicant-chosen filenames never reach the file system. Writing is idempotent and atomic
(temporary file + rename), so a process killed mid-write leaves either nothing or the whole
file, and writing the same content twice is free. Resumes and raw mail are personal data:
directories are made 0700 and files 0600, whatever the umask.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def private_dir(path: Path, *, tighten: bool = False) -> None:
    """Make `path` and any missing parents, each readable by this user only (0700). With
    `tighten`, an existing `path` loses its group and other permissions too: for grantbox's
    own directories, made 0755 by earlier versions."""
    missing = []
    for p in (path, *path.parents):
        if p.exists():
            break
        missing.append(p)
    for p in reversed(missing):
        p.mkdir(mode=0o700, exist_ok=True)  # exist_ok: another process may be making it too
    if tighten and not missing:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            # Not ours (a shared mount): its owner decides.
            with contextlib.suppress(PermissionError):
                path.chmod(mode & 0o700)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes, sha256: str | None = None) -> str:
        digest = sha256 or hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists():
            return digest
        if not target.parent.is_dir():
            private_dir(self.root, tighten=True)
            private_dir(target.parent)
        # mkstemp makes the file 0600, and the rename keeps that.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

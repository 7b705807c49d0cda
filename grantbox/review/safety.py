"""Pure helpers that keep applicant-supplied files and links inert in the reviewer's browser."""

from __future__ import annotations

import re
from urllib.parse import quote

from grantbox.mailtemplates import oneline

# Types a download may be labelled with; anything else is application/octet-stream. Only the
# type sniffed from the bytes counts, never what the sender declared.
SAFE_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/rtf",
        "image/png",
        "image/jpeg",
    }
)
_FALLBACK_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()+-]")


def safe_content_type(sniffed: str | None) -> str:
    kind = (sniffed or "").split(";", 1)[0].strip().lower()
    if kind == "text/plain":
        return "text/plain; charset=utf-8"
    return kind if kind in SAFE_TYPES else "application/octet-stream"


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the RFC 6266/5987 UTF-8 name; no quote,
    backslash, path or line break of the applicant's name survives into the header."""
    name = oneline(filename).replace("/", "_").replace("\\", "_").strip(" .") or "attachment"
    name = name[:200]
    fallback = _FALLBACK_UNSAFE.sub("_", name)[:150] or "attachment"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a local path only (no //host, no scheme, no backslash)."""
    if (
        not target
        or not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or any(ord(c) < 32 for c in target)
    ):
        return "/"
    return target

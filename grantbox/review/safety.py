"""Pure helpers that keep applicant-supplied files and links inert in the reviewer's browser."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

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
# How the bytes of each safe type begin: a type is only given to bytes that look like it (a
# sniffer fooled into "application/pdf" by an HTML file does not make the label true).
_MAGIC = {
    "application/pdf": (b"%PDF-",),
    "application/msword": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b"PK\x03\x04",),
    "application/rtf": (b"{\\rtf",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
# Characters `safe_next` leaves as they are; anything else (spaces, non-ASCII) is %-encoded.
_PATH_SAFE = "/?#&=%:@!$'()*+,;~.-_[]"


def safe_content_type(sniffed: str | None, data: bytes | None = None) -> str:
    """The type a download is served with: the sniffed type if it is on the safe list (and,
    given `data`, the bytes begin as that type's do), else application/octet-stream."""
    kind = (sniffed or "").split(";", 1)[0].strip().lower()
    if kind == "text/plain":
        return "text/plain; charset=utf-8"
    if kind not in SAFE_TYPES:
        return "application/octet-stream"
    if data is not None and not data.startswith(_MAGIC.get(kind, (b"",))):
        return "application/octet-stream"
    return kind


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the RFC 6266/5987 UTF-8 name; no quote,
    backslash, path or line break of the applicant's name survives into the header."""
    name = oneline(filename).replace("/", "_").replace("\\", "_").strip(" .") or "attachment"
    name = name[:200]
    fallback = _FALLBACK_UNSAFE.sub("_", name)[:150] or "attachment"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a local path only (no //host, no scheme, no backslash,
    no control character), with anything but plain ASCII %-encoded, so that no browser can
    read it as another host ("/\u3000/evil", "/ /evil")."""
    if (
        not target
        or len(target) > 2000
        or not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or any(ord(c) < 32 or ord(c) == 127 for c in target)
    ):
        return "/"
    local = quote(target, safe=_PATH_SAFE)
    parts = urlsplit(local)
    if parts.scheme or parts.netloc or not local.startswith("/") or local.startswith("//"):
        return "/"
    return local

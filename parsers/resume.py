"""Resume files to text and to a structured profile: the public face of the resume parsers.

`read_resume` turns an attachment's bytes into a `ResumeDocument` (text, pages, and flags for
what went wrong); `parse_resume` / `profile_from_document` go on to a `ResumeProfile`;
`looks_like_resume` decides whether an email body is a pasted resume. Everything is pure and
never raises on bad input: a broken file is a flag and a human-readable `problem`, because the
applicant must be told what to resend, and intake must go on.
"""

from __future__ import annotations

import logging
import re
import zipfile
from datetime import date

from parsers.models import ResumeDocument, ResumeSource
from parsers.resume_extract import build_profile
from parsers.resume_formats import (
    MAX_TEXT_CHARS,
    DocumentTooLarge,
    decode_text,
    docx_pages,
    docx_text,
    odt_text,
    open_zip,
    read_member,
    rtf_text,
)
from parsers.resume_pdf import CID_RE as _CID
from parsers.resume_pdf import extract_pdf_text, meaningful_chars, normalise_text
from parsers.resume_profile import ResumeProfile
from parsers.resume_text import looks_like_resume

__all__ = [
    "ResumeProfile",
    "document_from_body",
    "looks_like_resume",
    "parse_resume",
    "profile_from_document",
    "read_resume",
    "sniff_type",
]

log = logging.getLogger(__name__)

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
DOC = "application/msword"
RTF = "application/rtf"
TEXT = "text/plain"
HTML = "text/html"
ZIP = "application/zip"
EXE = "application/x-executable"
OCTET = "application/octet-stream"
EMPTY = "application/x-empty"

# Below this many letters/digits per page a PDF has no usable text layer (a scan, or text
# drawn as curves); the issue sets ~50 a page.
MIN_CHARS_PER_PAGE = 50

# Magic numbers of formats that are certainly not a resume we can read.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", EXE),  # Windows PE
    (b"\x7fELF", EXE),
    (b"\xcf\xfa\xed\xfe", EXE),  # Mach-O 64
    (b"\xfe\xed\xfa\xce", EXE),
    (b"#!", "text/x-shellscript"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", DOC),  # OLE2: Word 97-2003 .doc (or .xls, .msg)
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!", "application/x-rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
)


def sniff_type(data: bytes) -> str:
    """The MIME type of `data` by its content (magic numbers), never by a name or a claim."""
    if not data:
        return EMPTY
    head = data[:1024]
    # Some generators put junk (a BOM, whitespace, an HTTP header) before %PDF-; readers
    # accept it within the first kilobyte, so do we.
    if b"%PDF-" in head:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, mime in _BINARY_MAGIC:
        if head.startswith(magic):
            return mime
    text = _as_text(data[:65536])
    if text is None:
        return OCTET
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html", "<?xml")) or re.match(
        r"<(head|body|meta|div|table|p)\b", lowered
    ):
        return HTML if "html" in lowered[:2000] or not lowered.startswith("<?xml") else "text/xml"
    return TEXT


def _sniff_zip(data: bytes) -> str:
    # This runs in the main process (intake sniffs before choosing a worker): the archive's
    # directory is size-checked first and `mimetype` is read under a small cap.
    try:
        with open_zip(data) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "mimetype" in names and read_member(zf, "mimetype", 256).strip() == ODT.encode():
                return ODT
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
        pass
    return ZIP


def _as_text(data: bytes) -> str | None:
    """Decoded text when `data` plausibly is text (few control characters), else None."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    text = decode_text(data)
    if not text:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return text if controls <= max(2, len(text) // 100) else None


def read_resume(data: bytes, *, declared_type: str = "", filename: str = "") -> ResumeDocument:
    """Extract the text of a resume file. Never raises: problems become flags and `problem`.

    `declared_type` and `filename` only colour the message shown to people (the sender's
    claims are not trusted for anything else)."""
    sniffed = sniff_type(data)
    label = f"The file {filename!r}" if filename else "The file"
    if sniffed == EMPTY:
        return ResumeDocument(
            sniffed_type=sniffed, flags=["empty"], problem=f"{label} is empty (0 bytes)."
        )
    try:
        if sniffed == PDF:
            return _read_pdf(data, label)
        if sniffed == DOCX:
            doc = _text_document(ResumeSource.docx, sniffed, docx_text(data), label)
            doc.pages = docx_pages(data) or doc.pages
            return doc
        if sniffed == ODT:
            # Not one of the ResumeSource kinds in models.py; it is a word-processor file
            # like DOCX, so it is recorded as such.
            return _text_document(ResumeSource.docx, sniffed, odt_text(data), label)
        if sniffed == RTF:
            return _text_document(ResumeSource.rtf, sniffed, rtf_text(data), label)
        if sniffed == TEXT:
            # Decoding a 25 MB file whole is cheap; only what is kept is cut.
            text = decode_text(data[: MAX_TEXT_CHARS * 4 + 4])
            return _text_document(ResumeSource.text, sniffed, text, label)
    except DocumentTooLarge as exc:
        log.info("resume file refused (%s): %s", sniffed, exc)
        return ResumeDocument(
            source=_SOURCES.get(sniffed),
            sniffed_type=sniffed,
            flags=["too_large"],
            problem=f"{label} is {_describe(sniffed)} too large to read: {exc}. Please send "
            "a PDF exported from your editor.",
        )
    except MemoryError:
        # Not the file's fault alone: the limit is the caller's (the extraction pool records
        # it and restarts the worker). A file within the limits above never gets here.
        raise
    except Exception as exc:  # any library failure on hostile bytes is the file's fault
        log.info("resume file unreadable (%s): %s", sniffed, type(exc).__name__)
        return ResumeDocument(
            source=_SOURCES.get(sniffed),
            sniffed_type=sniffed,
            flags=["corrupt"],
            problem=f"{label} looks like {_describe(sniffed)} but is damaged and cannot be "
            f"read ({type(exc).__name__}).",
        )
    claimed = f" (sent as {declared_type})" if declared_type else ""
    return _not_document(
        sniffed, f"{label}{claimed} is {_describe(sniffed)}, not a resume document."
    )


_SOURCES = {
    PDF: ResumeSource.pdf,
    DOCX: ResumeSource.docx,
    ODT: ResumeSource.docx,
    RTF: ResumeSource.rtf,
    TEXT: ResumeSource.text,
}


def document_from_body(text: str) -> ResumeDocument:
    """A `ResumeDocument` for a resume pasted into the email body."""
    return ResumeDocument(source=ResumeSource.body, sniffed_type=TEXT, text=text.strip())


def _describe(mime: str) -> str:
    return {
        PDF: "a PDF",
        DOCX: "a Word document",
        ODT: "an OpenDocument text",
        DOC: "an old-format Word (.doc) file, which cannot be read (please send PDF or DOCX)",
        RTF: "an RTF document",
        TEXT: "plain text",
        HTML: "a web page (HTML)",
        ZIP: "a zip archive",
        EXE: "a program",
        OCTET: "binary data",
    }.get(mime, f"a file of type {mime}")


def _not_document(sniffed: str, problem: str) -> ResumeDocument:
    return ResumeDocument(sniffed_type=sniffed, flags=["not_a_document"], problem=problem)


def _text_document(
    source: ResumeSource, sniffed: str, text: str, label: str = "The file"
) -> ResumeDocument:
    text, flags, problem = _cut(text[: MAX_TEXT_CHARS + 1], label)
    text = normalise_text(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if meaningful_chars(text) == 0:
        flags.append("no_text")
        problem = "The document contains no text."
    return ResumeDocument(
        source=source, sniffed_type=sniffed, text=text, pages=1, flags=flags, problem=problem
    )


def _cut(text: str, label: str) -> tuple[str, list[str], str | None]:
    """Text longer than any resume is cut to MAX_TEXT_CHARS and flagged: a reviewer's page
    and the search index must not carry megabytes from one file."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, [], None
    return (
        text[:MAX_TEXT_CHARS],
        ["text_truncated"],
        f"{label} has more text than a resume; only its first {MAX_TEXT_CHARS:,} characters "
        "were read.",
    )


def _read_pdf(data: bytes, label: str) -> ResumeDocument:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = extract_pdf_text(data)
    except PDFPasswordIncorrect:
        return ResumeDocument(
            source=ResumeSource.pdf,
            sniffed_type=PDF,
            flags=["encrypted"],
            problem=f"{label} is a password-protected PDF; please send it without a password.",
        )
    except PDFEncryptionError as exc:
        return ResumeDocument(
            source=ResumeSource.pdf,
            sniffed_type=PDF,
            flags=["encrypted"],
            problem=f"{label} is an encrypted PDF that cannot be opened ({exc}); please send "
            "it without a password.",
        )
    raw, flags, problem = _cut(pdf.text, label)
    text = normalise_text(raw)
    pages = max(pdf.pages, 1)
    if pdf.pages == 0:
        return ResumeDocument(
            source=ResumeSource.pdf,
            sniffed_type=PDF,
            flags=["corrupt"],
            problem=f"{label} is a PDF without any pages.",
        )
    read_pages = max(len(pdf.page_texts), 1)
    if meaningful_chars(text) < MIN_CHARS_PER_PAGE * read_pages:
        # Keep only what is real text (a scanner's "Page 1" stamp, say) for the reviewer; the
        # flag stops the profile step from guessing anything from it.
        return ResumeDocument(
            source=ResumeSource.pdf,
            sniffed_type=PDF,
            text=_CID.sub("", text).strip(),
            pages=pages,
            flags=["no_text_layer"],
            problem=f"{label} is a PDF without a text layer (a scan or an image); please "
            "send a PDF exported from your editor, or a DOCX.",
        )
    cids = len(_CID.findall(text))
    if cids and cids * 4 > meaningful_chars(text):
        flags.append("garbled_text")
        problem = f"{label} has text in a font that cannot be decoded; parts may be missing."
    return ResumeDocument(
        source=ResumeSource.pdf,
        sniffed_type=PDF,
        text=text,
        pages=pages,
        flags=flags,
        problem=problem,
    )


def parse_resume(data: bytes, content_type: str = "") -> ResumeProfile:
    """The profile of a resume file's bytes (`content_type` is only a hint for messages)."""
    return profile_from_document(read_resume(data, declared_type=content_type))


def profile_from_document(doc: ResumeDocument, *, today: date | None = None) -> ResumeProfile:
    """The profile of an already-extracted document; empty (with the flags) when the
    document has no usable text. `today` resolves "present" in dates (default: today)."""
    return build_profile(doc, today=today)

"""Hostile emails for the parser, built by code (no big files in the repository).

Each generator returns the raw bytes of one email that once made `parse_message` slow, huge or
dangerous (issue 16). `CASES` maps a case name to its zero-argument generator; importing this
module builds nothing.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable

__all__ = ["CASES", "QUOTED_VICTIMS", "TNEF_FILLER_OBJECTS"]

_HEAD = "Message-ID: <hostile@example.org>\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n"


def _mail(headers: str, body: str | bytes = "hello\r\n") -> bytes:
    data = body.encode("ascii") if isinstance(body, str) else body
    return (_HEAD + headers.replace("\n", "\r\n").strip("\r\n") + "\r\n\r\n").encode() + data


def subject_encoded_words() -> bytes:
    """A 1 MB Subject of 60,000 RFC 2047 words: the stdlib's decode_header is quadratic."""
    words = " ".join(f"=?utf-8?q?w{i % 10}x?=" for i in range(60_000))
    return _mail(f"From: Ann <ann@example.org>\nSubject: {words}")


def subject_plain_megabyte() -> bytes:
    """A 1 MB Subject of plain words, folded into 20,000 lines."""
    subject = "\n ".join("word " * 10 for _ in range(20_000))
    return _mail(f"From: Ann <ann@example.org>\nSubject: {subject}")


def from_without_address() -> bytes:
    """A 30 KB From without an @ (under the header cap): the search for a loose address
    backtracked once per position, quadratic."""
    return _mail(f"From: {'a' * 30_000}\nSubject: no address")


def from_megabyte() -> bytes:
    """A 1 MB From of letters."""
    return _mail(f"From: {'a' * 1_000_000}\nSubject: no address")


def from_many_encoded_words() -> bytes:
    """A display name of 60,000 encoded words (decoded by the address header parsers)."""
    words = " ".join("=?utf-8?b?QW5u?=" for _ in range(60_000))
    return _mail(f"From: {words} <ann@example.org>\nSubject: long name")


def to_many_addresses() -> bytes:
    """A To header of 60,000 addresses (1.3 MB)."""
    rcpts = ",\n ".join(f"r{i}@example.org" for i in range(60_000))
    return _mail(f"From: ann@example.org\nTo: {rcpts}\nSubject: many recipients")


def many_address_headers() -> bytes:
    """300 To fields of 1,000 addresses each (9 MB): mail-parser reads every one of them."""
    rcpts = ", ".join(f"r{i}@example.org" for i in range(1000))
    fields = "\n".join(f"To: {rcpts}" for _ in range(300))
    return _mail(f"From: ann@example.org\n{fields}\nSubject: many fields")


def many_headers() -> bytes:
    """50,000 distinct header names."""
    extra = "\n".join(f"X-H{i}: v" for i in range(50_000))
    return _mail(f"From: ann@example.org\nSubject: many headers\n{extra}")


def content_type_many_params() -> bytes:
    """A multipart Content-Type with 200,000 parameters: the stdlib's parameter parser copies
    the rest of the value per parameter (read by the feed parser for the boundary)."""
    params = "; ".join(f"p{i}=v" for i in range(200_000))
    return _mail(
        "From: ann@example.org\nSubject: params\n"
        f'Content-Type: multipart/mixed; {params}; boundary="b"',
        "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n",
    )


def filename_encoded_words() -> bytes:
    """An attachment whose name is 1 MB of encoded words."""
    name = "".join(f"=?utf-8?q?n{i % 10}?=" for i in range(80_000))
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\ncv attached\r\n"
        "--b\r\nContent-Type: application/pdf\r\n"
        f'Content-Disposition: attachment; filename="{name}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n"
    )
    return _mail(
        'From: ann@example.org\nSubject: long name\nContent-Type: multipart/mixed; boundary="b"',
        body,
    )


def many_parts() -> bytes:
    """20,000 MIME parts, each a tiny attachment (each would become a row and a blob)."""
    parts = "".join(
        f"--b\r\nContent-Type: application/octet-stream\r\n"
        f'Content-Disposition: attachment; filename="f{i}.bin"\r\n\r\nx{i}\r\n'
        for i in range(20_000)
    )
    return _mail(
        'From: ann@example.org\nSubject: parts\nContent-Type: multipart/mixed; boundary="b"',
        parts + "--b--\r\n",
    )


def deep_nesting_with_body() -> bytes:
    """800 nested multiparts (under Python's recursion limit) around a 2 MB text body: the
    feed parser checks every line against every open boundary."""
    opening = "".join(
        f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n' for i in range(800)
    )
    text = "line of text\r\n" * 150_000
    return _mail(
        'From: ann@example.org\nSubject: deep\nContent-Type: multipart/mixed; boundary="b0"',
        opening + "--b800\r\nContent-Type: text/plain\r\n\r\n" + text,
    )


def html_unclosed_comment() -> bytes:
    """An HTML body that opens a comment and never closes it, 2 MB."""
    html = "<html><body><p>hi</p><!--" + "<a>x</a> " * 230_000
    return _mail(
        "From: ann@example.org\nSubject: html\nContent-Type: text/html; charset=utf-8", html
    )


# TNEF (MS-OXTNEF): signature, key, then objects of level u8, id u16, type u16, length u32,
# data, checksum u16.
_TNEF_SIGNATURE = 0x223E9F78
TNEF_FILLER_OBJECTS = 312_000  # 12 bytes each: 3.75 MB


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def _tnef_mail(tnef: bytes) -> bytes:
    encoded = base64.encodebytes(tnef).decode("ascii").replace("\n", "\r\n")
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        "--b\r\nContent-Type: application/ms-tnef\r\n"
        'Content-Disposition: attachment; filename="winmail.dat"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}--b--\r\n"
    )
    return _mail(
        'From: ann@example.org\nSubject: tnef\nContent-Type: multipart/mixed; boundary="b"', body
    )


def _tnef_with_file(extra: bytes) -> bytes:
    return (
        struct.pack("<IH", _TNEF_SIGNATURE, 0)
        + _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))  # TNEF version
        + _tnef_object(2, 0x9002, 0x0006, b"\x00" * 14)  # attachment rendering: a new file
        + _tnef_object(2, 0x8010, 0x0001, b"cv.txt\x00")  # its title
        + _tnef_object(2, 0x800F, 0x0006, b"Ann Lee, welder\n")  # its bytes
        + extra
    )


def tnef_many_objects() -> bytes:
    """A winmail.dat of one file and 312,000 one-byte objects: tnefparse copies the rest of
    the container for every object it reads."""
    filler = _tnef_object(1, 0x0000, 0x0000, b"\x00") * TNEF_FILLER_OBJECTS
    return _tnef_mail(_tnef_with_file(filler))


def tnef_mapi_count() -> bytes:
    """A winmail.dat whose MAPI property block is a count of 4 billion and nothing else:
    tnefparse loops (and logs a warning) once per promised property."""
    props = _tnef_object(1, 0x9003, 0x0006, struct.pack("<I", 0xFFFFFFFF))
    return _tnef_mail(_tnef_with_file(props))


def tnef_mapi_values() -> bytes:
    """A winmail.dat with one multi-valued short property of 4 billion values in 16 bytes:
    tnefparse makes an object for each."""
    props = _tnef_object(1, 0x9003, 0x0006, struct.pack("<IHHI", 1, 0x1002, 0x0001, 0xFFFFFFFF))
    return _tnef_mail(_tnef_with_file(props))


def poison_from_trailing_dot() -> bytes:
    """A domain with a trailing dot: composing the reply raised HeaderParseError."""
    return _mail("From: Poison <p@x.localhost.>\nSubject: apply")


def poison_from_double_dot() -> bytes:
    """An empty domain label: no reply can ever be addressed there."""
    return _mail("From: Poison <x@y..localhost>\nSubject: apply")


# Twelve spellings of one mailbox: SMTP delivers every one of them to victim@example.org.
QUOTED_VICTIMS: tuple[str, ...] = (
    r'"\victim"@example.org',
    r'"v\ictim"@example.org',
    r'"vi\ctim"@example.org',
    r'"vic\tim"@example.org',
    r'"vict\im"@example.org',
    r'"victi\m"@example.org',
    r'"victim"@example.org',
    r'"\v\i\c\t\i\m"@example.org',
    r'"VICTIM"@Example.Org',
    r"Victim@EXAMPLE.ORG",
    r"victim@example.org.",
    r'"Vi\cTim"@example.org.',
)


def _quoted_victim(index: int) -> Callable[[], bytes]:
    def build() -> bytes:
        return _mail(
            f"From: Victim <{QUOTED_VICTIMS[index]}>\nReply-To: {QUOTED_VICTIMS[index]}\n"
            f"Cc: {QUOTED_VICTIMS[index - 1]}\nSubject: application {index}"
        )

    build.__doc__ = f"The spoofed sender spelled {QUOTED_VICTIMS[index]}"
    return build


CASES: dict[str, Callable[[], bytes]] = {
    "subject_encoded_words": subject_encoded_words,
    "subject_plain_megabyte": subject_plain_megabyte,
    "from_without_address": from_without_address,
    "from_megabyte": from_megabyte,
    "from_many_encoded_words": from_many_encoded_words,
    "to_many_addresses": to_many_addresses,
    "many_address_headers": many_address_headers,
    "many_headers": many_headers,
    "content_type_many_params": content_type_many_params,
    "filename_encoded_words": filename_encoded_words,
    "many_parts": many_parts,
    "deep_nesting_with_body": deep_nesting_with_body,
    "html_unclosed_comment": html_unclosed_comment,
    "tnef_many_objects": tnef_many_objects,
    "tnef_mapi_count": tnef_mapi_count,
    "tnef_mapi_values": tnef_mapi_values,
    "poison_from_trailing_dot": poison_from_trailing_dot,
    "poison_from_double_dot": poison_from_double_dot,
    **{f"quoted_victim_{i:02d}": _quoted_victim(i) for i in range(len(QUOTED_VICTIMS))},
}

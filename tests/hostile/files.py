"""Hostile resume files, made by code at test time (nothing big is checked in).

Each case is a zero-arg function returning (filename, bytes). They reproduce the findings of
issue 16: small attachments that make a naive reader use gigabytes or minutes. Importing
this module builds nothing; building a case costs well under a second and a few MB (the
compressed bombs are made by repeating one flushed deflate block, never by compressing
gigabytes).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODT_MIME = b"application/vnd.oasis.opendocument.text"

_ADLER_BASE = 65521


def _adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """zlib's adler32_combine: the checksum of A+B from those of A and B (and B's length)."""
    rem = len2 % _ADLER_BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % _ADLER_BASE
    sum1 += (adler2 & 0xFFFF) + _ADLER_BASE - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + _ADLER_BASE - rem
    sum1 %= _ADLER_BASE
    sum2 %= _ADLER_BASE
    return sum1 | (sum2 << 16)


def deflate_repeated(
    prefix: bytes, chunk: bytes, copies: int, suffix: bytes, *, raw: bool
) -> bytes:
    """A deflate stream of prefix + chunk * copies + suffix, made without compressing it all.

    After a full flush the compressor forgets its window, so every further copy of `chunk`
    compresses to the same bytes: compress it twice, repeat the second block. `raw` is
    deflate without the zlib header and checksum (as zip stores it)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    assert block == again  # the trick holds
    body = head + block * copies + c.compress(suffix) + c.flush(zlib.Z_FINISH)
    if raw:
        return body
    # compressobj's adler32 saw prefix, chunk twice and suffix: put in the whole data's.
    adler = zlib.adler32(prefix)
    chunk_adler = zlib.adler32(chunk)
    for _ in range(copies):
        adler = _adler32_combine(adler, chunk_adler, len(chunk))
    adler = _adler32_combine(adler, zlib.adler32(suffix), len(suffix))
    return body[:-4] + struct.pack(">I", adler)


# A zip member that lies: (raw deflate stream, the first bytes it inflates to). Its headers
# claim it is len(first bytes) long, with their CRC, so a reader that stops there finds it good.
Lie = tuple[bytes, bytes]


def build_zip(members: list[tuple[str, bytes]], *, lie: dict[str, Lie]) -> bytes:
    """A zip of deflated `members`; a name in `lie` gets that lying stream instead."""
    out = bytearray()
    central = bytearray()
    for name, data in members:
        encoded = name.encode()
        if name in lie:
            stream, first = lie[name]
            declared = len(first)
            crc = zlib.crc32(first)
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            stream = c.compress(data) + c.flush()
            declared = len(data)
            crc = zlib.crc32(data)
        offset = len(out)
        fields = (20, 0, 8, 0, 0, crc, len(stream), declared, len(encoded), 0)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *fields) + encoded + stream
        central += (
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(stream),
                declared,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    eocd = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0
    )
    return bytes(out + central + eocd)


_DOCX_PREFIX = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'
).encode()
_ODT_PREFIX = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
    b"<office:text><text:p>"
)


def lying_member(prefix: bytes, gib: float) -> Lie:
    """`prefix` then `gib` GiB of "A": 2 MB of deflate per GiB, claiming 1,000 bytes."""
    stream = deflate_repeated(prefix, b"A" * (1 << 20), int(gib * 1024), b"", raw=True)
    return stream, (prefix + b"A" * 1000)[:1000]


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def minimal_docx(document_xml: bytes) -> bytes:
    """The smallest package python-docx opens: content types, one relationship, the body."""
    return build_zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("word/document.xml", document_xml),
        ],
        lie={},
    )


def _docx_body(inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        f"{inner}</w:body></w:document>"
    ).encode()


def docx_nested_tables() -> tuple[str, bytes]:
    """17 tables, each in a cell of the one above, beside a second cell: ~1 KB. A reader that
    takes every descendant row of a table at every level reads the deepest text 2^17 times."""
    inner = "<w:p><w:r><w:t>end</w:t></w:r></w:p>"
    for level in range(17):
        text = f"<w:p><w:r><w:t>L{level}</w:t></w:r></w:p>"
        inner = f"<w:tbl><w:tr><w:tc>{text}{inner}</w:tc><w:tc>{text}</w:tc></w:tr></w:tbl>"
    return "nested-tables.docx", minimal_docx(_docx_body(inner + "<w:p/>"))


def docx_nested_text_boxes() -> tuple[str, bytes]:
    """Text boxes in text boxes, 17 deep: each level's reader also reads every box below."""
    inner = "<w:p><w:r><w:t>end</w:t></w:r></w:p>"
    for level in range(17):
        box = f"<w:r><w:pict><w:txbxContent>{inner}</w:txbxContent></w:pict></w:r>"
        inner = f"<w:p><w:r><w:t>B{level}</w:t></w:r>{box}</w:p>"
    return "nested-boxes.docx", minimal_docx(_docx_body(inner))


def _odt(content: bytes, *, lie: dict[str, Lie] | None = None) -> bytes:
    return build_zip([("mimetype", ODT_MIME), ("content.xml", content)], lie=lie or {})


def odt_nested_paragraphs() -> tuple[str, bytes]:
    """200 levels of <text:p>, each with 25 KB of text: 5 MB of XML (a ~25 KB file). Reading
    each paragraph's whole subtree gives 200 × 100/2 levels of text: ~500 MB."""
    words = "lorem ipsum " * 2_100
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        b"<office:body><office:text>"
        + f"<text:p>{words}".encode() * 200
        + b"</text:p>" * 200
        + b"</office:text></office:body></office:document-content>"
    )
    return "nested.odt", _odt(xml)


def docx_lying_sizes() -> tuple[str, bytes]:
    """A DOCX whose word/document.xml inflates to 2.1 GB but whose headers say 1,000 bytes."""
    name = "word/document.xml"
    data = build_zip(
        [("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS), (name, b"")],
        lie={name: lying_member(_DOCX_PREFIX, 2.1)},
    )
    return "lying.docx", data


def odt_lying_sizes() -> tuple[str, bytes]:
    """The same lie in an OpenDocument text's content.xml."""
    return "lying.odt", _odt(b"", lie={"content.xml": lying_member(_ODT_PREFIX, 2.1)})


def zip_lying_mimetype() -> tuple[str, bytes]:
    """The `mimetype` member, which the sniffer reads to tell ODT from a zip, is the bomb: the
    sniffer runs in the main process."""
    content = _ODT_PREFIX + b"x</text:p></office:text></office:body></office:document-content>"
    return "mimetype.odt", _odt(content, lie={"mimetype": lying_member(ODT_MIME, 2.1)})


def pdf_flate_bomb() -> tuple[str, bytes]:
    """A one-page PDF whose content stream is 2 MB of FlateDecode that inflates to 2 GiB of
    spaces (with a correct checksum, so it is a valid PDF)."""
    stream = deflate_repeated(
        b"BT /F1 12 Tf 72 720 Td (Jane Roe) Tj ET\n", b" " * (1 << 20), 2048, b"\n", raw=False
    )
    return "bomb.pdf", pdf_with_content(stream, flate=True)


def pdf_with_content(content: bytes, *, flate: bool) -> bytes:
    """A valid one-page PDF (Helvetica, an xref table) with `content` as the page's stream."""
    filters = " /Filter /FlateDecode" if flate else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)}{filters} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def rtf_braces() -> tuple[str, bytes]:
    """20 MB of nested braces: a reader that keeps a stack entry per open group holds 10 M."""
    half = 10 * 1024 * 1024
    return "braces.rtf", b"{\\rtf1 " + b"{" * half + b"x" + b"}" * half + b"}"


def rtf_flat_groups() -> tuple[str, bytes]:
    """20 MB of empty groups side by side: never deep, but 20 M tokens to walk."""
    return "groups.rtf", b"{\\rtf1 " + b"{}" * (10 * 1024 * 1024) + b"}"


# XML with a DOCTYPE of its own (DOCX and ODT are zips of XML): an external entity that names
# a file on the reading machine (XXE), and entities that expand to 10^9 "lol"s.
SECRET_FILE = "/etc/passwd"
SECRET_MARK = "root:x:0:0"
_XXE = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{SECRET_FILE}">]>'
_LAUGHS = (
    '<!DOCTYPE d [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def _docx_with_doctype(doctype: str, entity: str) -> bytes:
    return minimal_docx(
        (
            f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document xmlns:w="{W_NS}">'
            f"<w:body><w:p><w:r><w:t>Ada &{entity};</w:t></w:r></w:p></w:body></w:document>"
        ).encode()
    )


def _odt_with_doctype(doctype: str, entity: str) -> bytes:
    return _odt(
        (
            f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
            f"<office:body><office:text><text:p>Ada &{entity};</text:p></office:text>"
            "</office:body></office:document-content>"
        ).encode()
    )


def docx_xxe() -> tuple[str, bytes]:
    return "xxe.docx", _docx_with_doctype(_XXE, "xxe")


def odt_xxe() -> tuple[str, bytes]:
    return "xxe.odt", _odt_with_doctype(_XXE, "xxe")


def docx_billion_laughs() -> tuple[str, bytes]:
    return "laughs.docx", _docx_with_doctype(_LAUGHS, "lol9")


def odt_billion_laughs() -> tuple[str, bytes]:
    return "laughs.odt", _odt_with_doctype(_LAUGHS, "lol9")


def text_huge() -> tuple[str, bytes]:
    """A 24 MB plain-text 'resume' (the attachment limit is 25 MiB)."""
    line = b"Experience: engineer at Acme, 2019 - 2021, built things.\n"
    return "cv.txt", line * (24 * 1024 * 1024 // len(line))


CASES: dict[str, Callable[[], tuple[str, bytes]]] = {
    "odt_nested_paragraphs": odt_nested_paragraphs,
    "pdf_flate_bomb": pdf_flate_bomb,
    "docx_lying_sizes": docx_lying_sizes,
    "odt_lying_sizes": odt_lying_sizes,
    "zip_lying_mimetype": zip_lying_mimetype,
    "rtf_braces": rtf_braces,
    "rtf_flat_groups": rtf_flat_groups,
    "docx_nested_tables": docx_nested_tables,
    "docx_nested_text_boxes": docx_nested_text_boxes,
    "text_huge": text_huge,
    "docx_xxe": docx_xxe,
    "odt_xxe": odt_xxe,
    "docx_billion_laughs": docx_billion_laughs,
    "odt_billion_laughs": odt_billion_laughs,
}

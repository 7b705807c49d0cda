"""Hand-written PDFs (no library): text layers with control characters and per-glyph placement.

Written for this set (CC0). Each page uses Helvetica (a standard font, not embedded) with a
/ToUnicode CMap that maps every byte to the same code point, plus a few bytes remapped to
U+FEFF (BOM), U+00AD (soft hyphen) and U+200B (zero-width space), so the extracted text holds
exactly the control characters written here, as some real generators' text layers do.

    python3 make_rawpdf.py OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

SPECIAL = {0x01: 0xFEFF, 0x02: 0x00AD, 0x03: 0x200B}


def tounicode() -> bytes:
    ranges = []
    code = 0
    while code < 256:
        if code in SPECIAL:
            ranges.append(f"<{code:02X}> <{code:02X}> <{SPECIAL[code]:04X}>")
            code += 1
            continue
        end = code
        while end + 1 < 256 and end + 1 not in SPECIAL:
            end += 1
        ranges.append(f"<{code:02X}> <{end:02X}> <{code:04X}>")
        code = end + 1
    body = "\n".join(ranges)
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{len(ranges)} beginbfrange\n{body}\nendbfrange\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("latin-1")


def pdf_string(text: bytes) -> bytes:
    out = bytearray(b"(")
    for b in text:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += f"\\{b:03o}".encode()
        else:
            out.append(b)
    return bytes(out + b")")


def build(ops: list[tuple[str, float, float, float, bytes]]) -> bytes:
    """ops: (font resource F1/F2, size, x, y, bytes) drawn in this order."""
    stream = bytearray()
    for font, size, x, y, text in ops:
        stream += (
            f"BT /{font} {size} Tf {x:.1f} {y:.1f} Td ".encode() + pdf_string(text) + b" Tj ET\n"
        )
    cmap = tounicode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def body_lines(lines: list[tuple[str, float, str]], top: float) -> list:
    ops = []
    y = top
    for font, size, text in lines:
        if text:
            ops.append((font, size, 56.0, y, text.encode("latin-1")))
        y -= size + 6
    return ops


def jemison() -> bytes:
    # The text layer starts with NUL, NUL, form feed and vertical tab before the name.
    ops = [("F1", 1, 56.0, 800.0, b"\x00\x00\x0c\x0b")]
    ops += [("F2", 22, 56.0, 770.0, b"Mae C. Jemison")]
    ops += body_lines(
        [
            ("F1", 11, "Physician \xb7 Engineer \xb7 Astronaut"),
            ("F1", 10, "Houston, TX  |  mae.jemison@example.com  |  +1 713 000 0000"),
            ("F1", 10, ""),
            ("F2", 13, "EXPERIENCE"),
            ("F1", 10, "1987 - 1993   Astronaut, NASA Johnson Space Center, Houston, TX"),
            ("F1", 10, "1983 - 1985   Medical Officer, Peace Corps, Sierra Leone and Liberia"),
            (
                "F1",
                10,
                "1982 - 1983   General practitioner, INA/Ross Loos Medical Group, Los Angeles",
            ),
            ("F1", 10, ""),
            ("F2", 13, "EDUCATION"),
            ("F1", 10, "1981   Doctor of Medicine, Cornell University Medical College"),
            (
                "F1",
                10,
                "1977   B.S. Chemical Engineering; B.A. African and African-American Studies, Stanford",  # noqa: E501
            ),
        ],
        740.0,
    )
    return build(ops)


def chandrasekhar() -> bytes:
    # BOM and DEL/backspace first; a soft hyphen inside the surname, a zero-width space
    # between the given name and the surname's line break opportunity.
    name = b"Subrahmanyan\x03 Chandra\x02sekhar"
    ops = [("F1", 9, 56.0, 806.0, b"\x01\x7f\x08 Curriculum vitae \xb7 2025")]
    ops += [("F2", 20, 56.0, 776.0, name)]
    ops += body_lines(
        [
            (
                "F1",
                11,
                "Morton D. Hull Distinguished Service Professor of Theoretical Astrophysics",
            ),
            ("F1", 10, "University of Chicago, Chicago, IL 60637  |  chandra@example.edu"),
            ("F1", 10, ""),
            ("F2", 13, "Education"),
            ("F1", 10, "Ph.D. Trinity College, Cambridge, 1933"),
            ("F1", 10, "B.Sc. (Hons.) Physics, Presidency College, Madras, 1930"),
            ("F1", 10, ""),
            ("F2", 13, "Appointments"),
            ("F1", 10, "University of Chicago, Yerkes Observatory  1937 - 1995"),
            ("F1", 10, "Fellow, Trinity College, Cambridge  1933 - 1937"),
        ],
        748.0,
    )
    return build(ops)


def yalow() -> bytes:
    # The name is drawn last, glyph by glyph with wide tracking, at the top of the page:
    # the content stream's order is not the reading order.
    body = body_lines(
        [
            ("F1", 11, "Medical Physicist"),
            ("F1", 10, "Bronx, NY  |  rosalyn.yalow@example.org"),
            ("F1", 10, ""),
            ("F2", 12, "PROFESSIONAL EXPERIENCE"),
            (
                "F1",
                10,
                "Senior Medical Investigator, Veterans Administration Hospital, Bronx   1972 - 1992",  # noqa: E501
            ),
            (
                "F1",
                10,
                "Physicist and Assistant Chief, Radioisotope Service, VA Hospital, Bronx   1950 - 1970",  # noqa: E501
            ),
            ("F1", 10, ""),
            ("F2", 12, "EDUCATION"),
            ("F1", 10, "Ph.D. Nuclear Physics, University of Illinois at Urbana-Champaign   1945"),
            ("F1", 10, "A.B. Physics and Chemistry, Hunter College   1941"),
        ],
        760.0,
    )
    glyphs = []
    x = 56.0
    for ch in "ROSALYN YALOW":
        if ch == " ":
            x += 22.0
            continue
        glyphs.append(("F2", 20, x, 790.0, ch.encode()))
        x += 22.0
    return build(body + glyphs)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    (out / "jemison-rawpdf-controlchars.pdf").write_bytes(jemison())
    (out / "chandrasekhar-rawpdf-bom-softhyphen.pdf").write_bytes(chandrasekhar())
    (out / "yalow-rawpdf-tracked-lastdrawn.pdf").write_bytes(yalow())

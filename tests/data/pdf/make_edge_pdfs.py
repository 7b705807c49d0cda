"""Regenerate the hand-made edge-case PDFs in this folder (run from anywhere; stdlib only).

- cid-garbage.pdf: a page of text in a Type0/Identity-H font with no ToUnicode map, so text
  extractors can only return `(cid:N)` placeholders (what copy-protected or broken-subset
  PDFs give).
- truncated.pdf: crazyones.pdf cut to its first 40% (an interrupted download/upload).
- garbage-after-header.pdf: a `%PDF-` header followed by random bytes.
- html-named.pdf: an HTML page saved under a .pdf name (what "Save as" from a browser gives).
- zip-named.pdf: a zip archive (not a DOCX) under a .pdf name.
"""

import io
import pathlib
import random
import zipfile

HERE = pathlib.Path(__file__).parent


def build_pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def cid_garbage() -> bytes:
    lines = []
    rng = random.Random(3)
    for row in range(30):
        glyphs = "".join("%04X" % rng.randint(3, 90) for _ in range(40))
        lines.append(b"BT /F1 10 Tf 50 %d Td <%s> Tj ET" % (780 - row * 22, glyphs.encode()))
    content = b"\n".join(lines)
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SomeSans /Encoding /Identity-H"
            b" /DescendantFonts [6 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SomeSans"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            b" /DW 500 >>",
        ]
    )


def main() -> None:
    (HERE / "cid-garbage.pdf").write_bytes(cid_garbage())
    data = (HERE / "crazyones.pdf").read_bytes()
    (HERE / "truncated.pdf").write_bytes(data[: int(len(data) * 0.4)])
    rng = random.Random(7)
    (HERE / "garbage-after-header.pdf").write_bytes(
        b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4000))
    )
    (HERE / "html-named.pdf").write_bytes(
        b"<!DOCTYPE html>\n<html><head><title>My resume</title></head>\n<body><h1>Jane Roe</h1>"
        b"<p>Experience: software engineer at Example Corp, 2018-2023.</p></body></html>\n"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("resume.txt", "Jane Roe\nExperience\n")
    (HERE / "zip-named.pdf").write_bytes(buf.getvalue())


if __name__ == "__main__":
    main()

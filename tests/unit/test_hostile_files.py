"""Hostile resume files (tests/hostile/files.py) give a clear flag, fast, in little memory.

Each bomb is read by `read_resume` in a child process under RLIMIT_AS and a timeout, so a
regression fails the test instead of taking the machine down. Before the fix these cases took
up to 96 s or 4 GB each (see issue 16).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from parsers.resume import read_resume
from parsers.resume_formats import (
    MAX_TABLE_DEPTH,
    MAX_TEXT_CHARS,
    DocumentTooLarge,
    open_zip,
    read_member,
)
from tests.hostile.files import (
    CASES,
    SECRET_MARK,
    W_NS,
    build_zip,
    lying_member,
    minimal_docx,
    pdf_with_content,
)

ROOT = Path(__file__).parents[2]
# Per case, in the child: the limits issue 16 sets (< 2 s, < 300 MB), with slack for a loaded
# CI machine on time. The address-space limit is above the 300 MB target (a Python process
# with the parsers imported maps ~70 MB) and the RSS is checked against the target.
SECONDS = 2.0
ADDRESS_SPACE = 1024**3
PEAK_RSS_MB = 300

CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from tests.hostile.files import CASES
from parsers.resume import read_resume
name, data = CASES[sys.argv[1]]()
started = time.perf_counter()
doc = read_resume(data, filename=name)
seconds = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries the parent's peak across fork and exec into the latter.
with open("/proc/self/status") as f:
    peak_kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
print(json.dumps({
    "flags": doc.flags, "problem": doc.problem, "chars": len(doc.text), "seconds": seconds,
    "peak_rss_mb": peak_kb / 1024,
}))
"""

EXPECTED = {
    # case: (flag, words in the problem); None: the file reads, with nothing duplicated
    "odt_nested_paragraphs": ("text_truncated", "first 1,000,000 characters"),
    "pdf_flate_bomb": ("too_large", "decompress to more than 32 MB"),
    # The member's headers claim 1,000 bytes: that much is read, and it is not whole XML.
    "docx_lying_sizes": ("corrupt", "damaged"),
    "odt_lying_sizes": ("corrupt", "damaged"),
    "zip_lying_mimetype": ("not_a_document", "zip archive"),
    # 20 M braces: refused by counting them, before walking any.
    "rtf_braces": ("too_large", "more than 1,000,000 RTF control words"),
    "rtf_flat_groups": ("too_large", "more than 1,000,000 RTF control words"),
    "docx_nested_tables": None,
    "docx_nested_text_boxes": None,
    "text_huge": ("text_truncated", "first 1,000,000 characters"),
    # An external entity is never read: the file reads, without it (checked below too).
    "docx_xxe": None,
    "odt_xxe": None,
    # Entities that would expand to 10^9 words: refused by the XML parser, not expanded.
    "docx_billion_laughs": ("corrupt", "damaged"),
    "odt_billion_laughs": ("corrupt", "damaged"),
}


def test_every_case_has_an_expectation() -> None:
    assert set(EXPECTED) == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_bomb_is_refused_fast_in_little_memory(case: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, case, str(ADDRESS_SPACE)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["seconds"] < SECONDS, out
    assert out["peak_rss_mb"] < PEAK_RSS_MB, out
    expected = EXPECTED[case]
    if expected is None:
        assert out["flags"] == [] and out["chars"] < 1000, out
    else:
        flag, words = expected
        assert flag in out["flags"], out
        assert words in out["problem"], out
        assert out["chars"] <= MAX_TEXT_CHARS


def test_nested_tables_are_read_once_each() -> None:
    _name, data = CASES["docx_nested_tables"]()
    lines = read_resume(data).text.split("\n")
    # Every level's two cells, and the innermost text, each exactly once.
    words = [w for line in lines for w in line.split("\t")]
    assert sorted(words) == sorted(["end"] + [f"L{n}" for n in range(17)] * 2)


def test_nested_tables_keep_rows_up_to_the_depth_cap() -> None:
    def table(inner: str, depth: int) -> str:
        if depth == 0:
            return inner
        row = f"<w:tr><w:tc><w:p><w:r><w:t>a{depth}</w:t></w:r></w:p></w:tc><w:tc>"
        row += f"<w:p><w:r><w:t>b{depth}</w:t></w:r></w:p></w:tc></w:tr>"
        return f"<w:tbl>{row}<w:tr><w:tc>{table(inner, depth - 1)}</w:tc></w:tr></w:tbl>"

    body = table("<w:p><w:r><w:t>deep</w:t></w:r></w:p>", MAX_TABLE_DEPTH + 2)
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    lines = read_resume(minimal_docx(xml.encode())).text.split("\n")
    # Within the cap a row of short cells is one line; below it, paragraphs one by one.
    top = MAX_TABLE_DEPTH + 2
    assert lines[0] == f"a{top}\tb{top}"
    assert lines[-3:] == ["a1", "b1", "deep"]
    assert len(lines) == len(set(lines))


def test_odt_paragraph_inside_a_paragraph_is_its_own_line() -> None:
    content = (
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        b"<text:p>Engineer<text:note><text:note-body><text:p>a note</text:p></text:note-body>"
        b"</text:note> at Acme<text:tab/>2020</text:p></office:text></office:body>"
        b"</office:document-content>"
    )
    data = build_zip(
        [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content)],
        lie={},
    )
    assert read_resume(data).text == "Engineer at Acme\t2020\na note"


def test_rtf_groups_nested_past_the_cap_are_refused() -> None:
    data = b"{\\rtf1 " + b"{" * 600 + b"deep" + b"}" * 600 + b"}"
    doc = read_resume(data, filename="deep.rtf")
    assert doc.flags == ["too_large"]
    assert doc.problem is not None and "nest more than 500 deep" in doc.problem
    shallow = b"{\\rtf1 " + b"{" * 50 + b"Jane Roe" + b"}" * 50 + b"}"
    assert read_resume(shallow).text == "Jane Roe"


def test_read_member_counts_the_real_bytes_not_the_declared_size() -> None:
    # The headers claim 1,000 bytes; zipfile stops there, so the lie costs nothing.
    data = build_zip([("a.xml", b"")], lie={"a.xml": lying_member(b"<a>", 0.05)})
    with open_zip(data) as zf:
        assert zf.getinfo("a.xml").file_size == 1000
        assert len(read_member(zf, "a.xml", 10_000)) == 1000
    # A member whose headers are honest but large is refused at the cap, a chunk past it.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.xml", b"A" * 5_000_000)
    with open_zip(buf.getvalue()) as zf, pytest.raises(DocumentTooLarge, match="more than"):
        read_member(zf, "big.xml", 1_000_000)


def test_zip_with_too_many_members_is_refused_before_parsing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
        for n in range(2_100):
            zf.writestr(f"m{n}", b"")
    doc = read_resume(buf.getvalue(), filename="many.docx")
    assert doc.sniffed_type == "application/zip"
    assert doc.flags == ["not_a_document"]


def test_docx_images_are_not_inflated() -> None:
    # A 30 MB "image" in a real DOCX does not count against the XML cap (it is not read).
    document = docx.Document()
    document.add_paragraph("Jane Roe, engineer")
    buf = io.BytesIO()
    document.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/image1.png", b"\0" * 30_000_000)
    doc = read_resume(out.getvalue())
    assert doc.flags == [] and doc.text == "Jane Roe, engineer"


def test_pdf_under_the_decode_budget_reads_normally() -> None:
    line = "Jane Roe, data engineer at Acme since 2019: Python, SQL and Airflow pipelines"
    text = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    for content, flate in ((text, False), (zlib.compress(text), True)):
        doc = read_resume(pdf_with_content(content, flate=flate))
        assert doc.flags == [] and doc.text == line, doc


@pytest.mark.parametrize("case", ["docx_xxe", "odt_xxe"])
def test_an_external_entity_is_never_read(case: str) -> None:
    _name, data = CASES[case]()
    doc = read_resume(data)
    assert SECRET_MARK not in doc.text and "Ada" in doc.text, doc

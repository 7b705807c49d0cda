"""read_resume / sniff_type / looks_like_resume on real edge-case files and small hand-made ones."""

from __future__ import annotations

import io
import pathlib
import time
import zipfile

import docx
import pytest

from grantbox.models import ResumeSource
from parsers.resume import looks_like_resume, read_resume, sniff_type

PDF_DIR = pathlib.Path(__file__).parents[1] / "data" / "pdf"


def pdf(name: str) -> bytes:
    return (PDF_DIR / name).read_bytes()


def make_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Roe · jane@example.org"
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["ML Engineer", "Acme", "2019–2021"]):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["Analyst", "Bank", "2016–2019"]):
        cell.text = value
    document.add_heading("Education", level=1)
    document.add_paragraph("BSc Mathematics, University of Leeds, 2016")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- sniffing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"%PDF-1.7\n...", "application/pdf"),
        (b"\xef\xbb\xbf%PDF-1.4\n", "application/pdf"),
        (b"{\\rtf1\\ansi hello}", "application/rtf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "text/html"),
        (b"  <html lang=en><p>cv</p></html>", "text/html"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "application/x-executable"),
        (b"\x7fELF\x02\x01\x01", "application/x-executable"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "application/msword"),
        (b"Jane Roe\nExperience\n", "text/plain"),
        ("Zoë Ålund, Göteborg".encode("cp1252"), "text/plain"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b"", "application/x-empty"),
    ],
)
def test_sniff_type_by_magic(data: bytes, mime: str) -> None:
    assert sniff_type(data) == mime


def test_sniff_type_zip_docx_vs_plain_zip() -> None:
    assert sniff_type(make_docx()).endswith("wordprocessingml.document")
    assert sniff_type(pdf("zip-named.pdf")) == "application/zip"


def test_declared_type_and_filename_are_not_trusted() -> None:
    doc = read_resume(pdf("html-named.pdf"), declared_type="application/pdf", filename="cv.pdf")
    assert doc.sniffed_type == "text/html"
    assert doc.flags == ["not_a_document"]
    assert doc.source is None
    assert "cv.pdf" in (doc.problem or "")


# --- PDF ------------------------------------------------------------------------------------


def test_plain_pdf_reads_text_and_pages() -> None:
    doc = read_resume(pdf("crazyones.pdf"))
    assert doc.source == ResumeSource.pdf
    assert doc.pages == 1
    assert doc.flags == []
    assert "The Crazy Ones" in doc.text
    assert doc.problem is None


@pytest.mark.parametrize(
    "name",
    [
        "r3-user-password.pdf",
        "r4-aes-user-password.pdf",
        "r6-both-passwords.pdf",
        "crazyones-encrypted-256.pdf",
        "libreoffice-writer-password.pdf",
        "encrypted-file.pdf",
    ],
)
def test_pdf_needing_a_password_is_flagged_encrypted(name: str) -> None:
    doc = read_resume(pdf(name), filename=name)
    assert doc.flags == ["encrypted"]
    assert doc.text == ""
    assert "password" in (doc.problem or "")


@pytest.mark.parametrize(
    "name",
    [
        "r2-empty-password.pdf",
        "r6-empty-password.pdf",
        "r4-owner-password.pdf",
        "r5-owner-password.pdf",
        # Upstream names it "user-password", but its user password is empty (qpdf
        # --show-encryption agrees), so every reader opens it without asking.
        "r5-user-password.pdf",
    ],
)
def test_pdf_with_empty_user_password_just_opens(name: str) -> None:
    doc = read_resume(pdf(name))
    assert "encrypted" not in doc.flags
    assert doc.pages == 1
    assert "pdf encryption test" in doc.text
    # One short line of text on the page: correctly reported as no usable text layer.
    assert doc.flags == ["no_text_layer"]


@pytest.mark.parametrize("name", ["truncated.pdf", "garbage-after-header.pdf"])
def test_corrupt_pdf_is_flagged_never_raises(name: str) -> None:
    doc = read_resume(pdf(name))
    assert doc.flags == ["corrupt"]
    assert doc.sniffed_type == "application/pdf"
    assert doc.problem


@pytest.mark.parametrize("name", ["jpeg.pdf", "imagemagick-CCITTFaxDecode.pdf", "cid-garbage.pdf"])
def test_image_only_and_cid_garbage_pdf_has_no_text_layer_fast(name: str) -> None:
    start = time.perf_counter()
    doc = read_resume(pdf(name))
    assert time.perf_counter() - start < 10  # a hang guard; it takes well under a second
    assert doc.flags == ["no_text_layer"]
    assert "(cid:" not in doc.text
    assert doc.pages == 1


def test_scanned_pages_with_ocr_layer_keep_their_text() -> None:
    doc = read_resume(pdf("Seige_of_Vicksburg_Sample_OCR.pdf"))
    assert doc.flags == []
    assert doc.pages == 6
    assert "VICKSBURG" in doc.text


@pytest.mark.parametrize("cut", [0, 10, 100, 1000, 5000])
def test_any_truncation_of_a_pdf_never_raises(cut: int) -> None:
    doc = read_resume(pdf("crazyones.pdf")[:cut])
    assert doc.flags  # empty, corrupt, or too little text: never a silent success
    assert doc.problem


# --- other formats --------------------------------------------------------------------------


def test_docx_reads_header_paragraphs_and_tables_in_order() -> None:
    doc = read_resume(make_docx())
    assert doc.source == ResumeSource.docx
    lines = doc.text.splitlines()
    assert lines[0] == "Jane Roe · jane@example.org"
    assert lines[1:4] == ["Experience", "ML Engineer\tAcme\t2019–2021", "Analyst\tBank\t2016–2019"]
    assert lines[-1] == "BSc Mathematics, University of Leeds, 2016"


def test_docx_without_document_xml_is_not_a_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/other.xml", "<x/>")
    doc = read_resume(buf.getvalue())
    assert doc.flags == ["not_a_document"]


def test_broken_docx_is_corrupt() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<not-closed")
    doc = read_resume(buf.getvalue())
    assert doc.flags == ["corrupt"]
    assert doc.source == ResumeSource.docx


def test_rtf_control_words_are_stripped() -> None:
    data = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\*\generator Writer;}"
        rb"\f0\fs24 Jos\'e9 Garc\u237?a\par Experience\tab 2019\endash 2021\par}"
    )
    doc = read_resume(data)
    assert doc.source == ResumeSource.rtf
    assert doc.text == "José García\nExperience\t2019–2021"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Zoë Ålund\nExperience".encode(), "Zoë Ålund\nExperience"),
        ("Zoë Ålund\r\nExperience".encode("cp1252"), "Zoë Ålund\nExperience"),
        ("\ufeffŁukasz".encode(), "Łukasz"),
        ("Émile".encode("utf-16"), "Émile"),
    ],
)
def test_text_decodes_utf8_then_cp1252(raw: bytes, text: str) -> None:
    doc = read_resume(raw)
    assert doc.source == ResumeSource.text
    assert doc.text == text


@pytest.mark.parametrize(
    "data", [b"MZ\x90\x00" + b"\x00" * 64, b"\x7fELF\x02\x01\x01" + b"\x00" * 64]
)
def test_executables_are_not_documents(data: bytes) -> None:
    doc = read_resume(data, filename="resume.pdf")
    assert doc.flags == ["not_a_document"]
    assert doc.source is None


def test_empty_file() -> None:
    doc = read_resume(b"")
    assert doc.flags == ["empty"]
    assert doc.problem


# --- pasted resumes -------------------------------------------------------------------------

PASTED = """Jane Roe
jane.roe@example.org | +44 20 7946 0000

Experience
Data Analyst, Northwind Bank, London          2019 – present
- Built credit-risk models in Python and SQL
Junior Analyst, Contoso Insurance             2016 – 2019
- Pricing models for home insurance

Education
BSc Mathematics, University of Leeds, 2012 – 2016

Skills
Python, SQL, R, statistics, linear algebra
"""

LETTER = """Dear grant committee,

I am writing to apply for the retraining stipend. I have worked as an analyst for several years
and would love to move into machine learning research. My resume is attached as a PDF; please
let me know if you need anything else from me, or if the file does not open on your side.

Thank you for considering my application,
Jane
"""


def test_looks_like_resume() -> None:
    assert looks_like_resume(PASTED)
    assert not looks_like_resume(LETTER)
    assert not looks_like_resume("")
    assert not looks_like_resume("Experience\nEducation\n")


def test_odt_paragraphs_and_headings() -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>Jane Roe</text:h><text:p>Engineer<text:tab/>2019 – 2021</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    doc = read_resume(buf.getvalue())
    assert doc.sniffed_type == "application/vnd.oasis.opendocument.text"
    assert doc.text == "Jane Roe\nEngineer\t2019 – 2021"


def test_docx_hyperlinks_and_list_bullets() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    para = document.add_paragraph("Contact: ")
    r_id = para.part.relate_to(
        "https://www.linkedin.com/in/jane-roe", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "LinkedIn"
    run.append(text)
    link.append(run)
    para._p.append(link)
    document.add_paragraph("Shipped the thing", style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    doc = read_resume(buf.getvalue())
    assert doc.text.splitlines() == [
        "Contact: LinkedIn\t<https://www.linkedin.com/in/jane-roe>",
        "• Shipped the thing",
    ]

"""Text of the non-PDF resume formats: DOCX (python-docx), RTF, OpenDocument text, plain text.

Pure functions from bytes to text. DOCX is read in document order through its XML, so that
paragraphs, tables and text boxes (where Word resume templates put the sidebar) all appear
once and where they stand; the page header (where the name often sits) comes first.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

# Hostile files are small files that grow: a zip whose members inflate to gigabytes (its
# headers may lie about the sizes), XML that repeats text per nesting level, RTF groups nested
# millions deep. Every reader below counts what it really produces and gives up past these.

# The XML of a word-processor file, inflated: a resume's is tens of kilobytes (a DOCX with
# many styles a few MB). lxml needs several times this in memory.
MAX_UNCOMPRESSED = 16 * 1024 * 1024
# zipfile reads the whole central directory up front; resumes have tens of members.
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_DIRECTORY = 1024 * 1024
# Text kept from one resume: more is not a resume (callers cut at this and flag it). Readers
# may stop soon after it, so this is also the most text any of them builds.
MAX_TEXT_CHARS = 1_000_000
# Tables in tables: resume templates nest two or three for layout. Deeper ones are read as
# plain paragraphs.
MAX_TABLE_DEPTH = 4
# RTF groups open at once (Word writes a few dozen), and tokens walked in all (a 1 MB RTF
# resume has ~100,000; pictures are hex runs of ~130 bytes a token).
MAX_RTF_DEPTH = 500
MAX_RTF_TOKENS = 1_000_000


class DocumentTooLarge(ValueError):
    """The file would expand past a limit when read; the message says which, for people."""


def open_zip(data: bytes) -> zipfile.ZipFile:
    """A ZipFile, after checking (from the end-of-directory record, without parsing it) that
    its central directory is of a resume's size."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if eocd >= 0 and len(data) >= eocd + 22:
        entries, directory = struct.unpack_from("<HI", data, eocd + 10)
        # zipfile parses `directory` bytes of entries whatever `entries` says. A ZIP64
        # locator before the record would replace both: no resume needs one.
        zip64 = data[max(0, eocd - 20) : eocd - 16] == b"PK\x06\x07"
        if zip64 or entries > MAX_ZIP_MEMBERS or directory > MAX_ZIP_DIRECTORY:
            raise DocumentTooLarge(f"it is an archive of more than {MAX_ZIP_MEMBERS} files")
    return zipfile.ZipFile(io.BytesIO(data))


def read_member(zf: zipfile.ZipFile, name: str | zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, inflated a chunk at a time and counted: the sizes in the headers
    are the sender's claim (zipfile would inflate up to 2 GiB in one call before comparing),
    and only stored or deflated members are read (bzip2 and LZMA members inflate unbounded
    per chunk)."""
    info = name if isinstance(name, zipfile.ZipInfo) else zf.getinfo(name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise DocumentTooLarge(f"{info.filename} is compressed in a way Word never uses")
    out = bytearray()
    with zf.open(info) as member:
        while chunk := member.read(64 * 1024):
            out += chunk
            if len(out) > limit:
                raise DocumentTooLarge(
                    f"{info.filename} inflates to more than {limit // (1024 * 1024)} MB"
                )
    return bytes(out)


def _is_xml_part(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _docx_package(data: bytes) -> bytes:
    """The DOCX rebuilt with every XML part read under the cap and every other part (images,
    fonts, embedded files: no text in them) emptied, for python-docx to open: it reads each
    part with zipfile's unbounded `read()`."""
    out = io.BytesIO()
    budget = MAX_UNCOMPRESSED
    seen: set[str] = set()
    with open_zip(data) as zf, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as clean:
        for info in zf.infolist():
            if info.filename in seen or info.is_dir():
                continue
            seen.add(info.filename)
            content = b""
            if _is_xml_part(info.filename):
                try:
                    content = read_member(zf, info, budget)
                except DocumentTooLarge:
                    raise DocumentTooLarge(
                        f"its text parts inflate to more than {MAX_UNCOMPRESSED // 2**20} MB"
                    ) from None
                budget -= len(content)
            clean.writestr(info.filename, content)
    return out.getvalue()


R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _link_targets(part: Any) -> dict[str, str]:
    """Relationship id -> URL of a part's external hyperlinks."""
    targets: dict[str, str] = {}
    try:
        for rid, rel in part.rels.items():
            if rel.is_external and "hyperlink" in rel.reltype:
                targets[rid] = rel.target_ref
    except (AttributeError, KeyError, ValueError):
        pass
    return targets


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(_docx_package(data)))
    parts: list[str] = []
    seen_headers: set[str] = set()  # headers and footers repeat from section to section
    for section in document.sections:
        for part in (section.first_page_header, section.header):
            try:
                if part.is_linked_to_previous:
                    continue
                links = _link_targets(part.part)
                text = "\n".join(_block_lines(part._element, links))
            except (AttributeError, ValueError, KeyError):
                continue
            if text.strip() and text not in seen_headers:
                seen_headers.add(text)
                parts.append(text)
    links = _link_targets(document.part)
    parts.append("\n".join(_block_lines(document.element.body, links)))
    # Page footers last: where some templates put the contact line (the e-mail address).
    for section in document.sections:
        for footer in (section.first_page_footer, section.footer):
            try:
                if footer.is_linked_to_previous:
                    continue
                text = "\n".join(_block_lines(footer._element, _link_targets(footer.part)))
            except (AttributeError, ValueError, KeyError):
                continue
            if text.strip() and text not in seen_headers:
                seen_headers.add(text)
                parts.append(text)
    return "\n".join(p for p in parts if p.strip())


def _paragraph_text(p: Any, links: dict[str, str] | None = None) -> str:
    out: list[str] = []
    hidden: list[str] = []
    for node in p.iter():
        if _in_fallback(node, p):
            continue
        tag = node.tag
        if tag == _W + "t":
            out.append(node.text or "")
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _W + "txbxContent":
            # Text boxes nested in a paragraph are emitted as their own lines by
            # _block_lines; skip them here so they are not read twice.
            break
        elif tag == _W + "hyperlink" and links and node.get(R_ID) in links:
            hidden.append(links[node.get(R_ID)])
    text = "".join(out).strip()
    # A link shown as "LinkedIn" keeps its address only in the relationship: add it, in
    # angle brackets as the PDF reader does, unless the text already shows it.
    shown = text.lower()
    for url in hidden:
        bare = re.sub(r"^(https?://)?(www\.)?|/$", "", url.lower().removeprefix("mailto:"))
        if bare and bare not in shown:
            text += f"\t<{url}>"
            shown += " " + bare
    if text and _is_list_item(p):
        # Word keeps list bullets in numbering definitions, not in the text.
        text = "• " + text
    return text


def _is_list_item(p: Any) -> bool:
    ppr = p.find(_W + "pPr")
    if ppr is None:
        return False
    if ppr.find(_W + "numPr") is not None:
        return True
    style = ppr.find(_W + "pStyle")
    return style is not None and "list" in (style.get(_W + "val") or "").lower()


def _in_fallback(node: Any, stop: Any) -> bool:
    # mc:AlternateContent carries the same text box twice (Choice for new Word, Fallback as
    # VML for old); read only the Choice.
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{{{MC}}}Fallback":
            return True
        parent = parent.getparent()
    return False


def _block_lines(
    element: Any, links: dict[str, str] | None = None, depth: int = 0
) -> Iterator[str]:
    """Lines of a body, cell or text box in document order. `depth` counts the tables and
    text boxes this one sits in: past MAX_TABLE_DEPTH the rest is read as flat paragraphs,
    so nesting costs nothing more (each paragraph is read once, whatever its depth)."""
    if depth > MAX_TABLE_DEPTH:
        yield from _flat_lines(element, links)
        return
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            text = _paragraph_text(child, links)
            if text:
                yield text
            for box in _outer_boxes(child):
                yield from _block_lines(box, links, depth + 1)
        elif tag == _W + "tbl":
            yield from _table_lines(child, links, depth + 1)
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _block_lines(content, links, depth)


def _outer_boxes(p: Any) -> Iterator[Any]:
    """The text boxes of a paragraph, not those inside them (each box reads its own)."""
    for box in p.iter(_W + "txbxContent"):
        if _in_fallback(box, p):
            continue
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag != _W + "txbxContent":
            parent = parent.getparent()
        if parent is p or parent is None:
            yield box


def _flat_lines(element: Any, links: dict[str, str] | None) -> Iterator[str]:
    for p in element.iter(_W + "p"):
        if not _in_fallback(p, element):
            text = _paragraph_text(p, links)
            if text:
                yield text


def _table_rows(tbl: Any) -> Iterator[Any]:
    """This table's own rows (also those in row-level content controls), not the rows of
    the tables in its cells: those are read with their cell."""
    for child in tbl.iterchildren():
        if child.tag == _W + "tr":
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _table_rows(content)


def _table_lines(tbl: Any, links: dict[str, str] | None = None, depth: int = 1) -> Iterator[str]:
    for tr in _table_rows(tbl):
        cells = [tc for tc in tr.iterchildren(_W + "tc")]
        cell_lines = [list(_block_lines(tc, links, depth)) for tc in cells]
        if all(len(lines) <= 1 for lines in cell_lines):
            # One line per cell: a row such as "Engineer | Acme | 2019–2021".
            row = "\t".join(lines[0] for lines in cell_lines if lines)
            if row:
                yield row
        else:
            # Layout tables (a sidebar cell and a main cell): read each cell in turn.
            for lines in cell_lines:
                yield from lines


def docx_pages(data: bytes) -> int:
    """The page count Word saved in docProps/app.xml (0 when absent: python-docx and
    LibreOffice do not always write it)."""
    try:
        with open_zip(data) as zf:
            xml = read_member(zf, "docProps/app.xml", 1024 * 1024).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError, DocumentTooLarge):
        return 0
    m = re.search(r"<(?:\w+:)?Pages>(\d+)</", xml)
    return int(m.group(1)) if m else 0


_ODT_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODT_LINES = (_ODT_TEXT + "p", _ODT_TEXT + "h")


def odt_text(data: bytes) -> str:
    """Paragraphs and headings of an OpenDocument text's content.xml."""
    with open_zip(data) as zf:
        xml = read_member(zf, "content.xml", MAX_UNCOMPRESSED)
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    lines: list[str] = []
    size = 0
    for node in root.iter(*_ODT_LINES):
        text = "".join(_odt_own_text(node)).strip()
        if text:
            lines.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
    return "\n".join(lines)


def _odt_own_text(node: Any) -> Iterator[str]:
    """A paragraph's text without the paragraphs inside it (notes, frames, or a hostile
    nesting): those are lines of their own, so each piece of text is read once."""
    if node.text:
        yield node.text
    for child in node:
        if child.tag == _ODT_TEXT + "tab":
            yield "\t"
        elif child.tag == _ODT_TEXT + "line-break":
            yield "\n"
        elif child.tag not in _ODT_LINES and isinstance(child.tag, str):
            yield from _odt_own_text(child)
        if child.tail:
            yield child.tail


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# RTF destinations whose text is not document text (fonts, styles, metadata, pictures).
_RTF_SKIP = frozenset(
    [
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "header",
        "footer",
        "headerl",
        "headerr",
        "footerl",
        "footerr",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "xmlnstbl",
        "fldinst",
        "filetbl",
        "revtbl",
        "pgdsctbl",
        "mmathPr",
        "shppict",
        "nonshppict",
    ]
)
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)


def rtf_text(data: bytes) -> str:
    """A small RTF reader: control words become text where they mean text (\\par, \\tab,
    \\uN, \\'hh), ignorable destinations are skipped, the rest is dropped."""
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skip = False
    uc = 1  # characters to skip after \uN (the ANSI fallback)
    pending_skip = 0
    codepage = "cp1252"
    size = 0
    # Every brace is a token, and every token holds at most two backslashes: counted at C
    # speed, this refuses most token floods before the (slower) walk below.
    if data.count(b"{") + data.count(b"}") + data.count(b"\\") // 2 > MAX_RTF_TOKENS:
        raise DocumentTooLarge(f"it has more than {MAX_RTF_TOKENS:,} RTF control words")
    for tokens, m in enumerate(_RTF_TOKEN.finditer(data)):
        if tokens > MAX_RTF_TOKENS:
            raise DocumentTooLarge(f"it has more than {MAX_RTF_TOKENS:,} RTF control words")
        if size > MAX_TEXT_CHARS:
            break
        word, arg, hexbyte, sym, brace, plain = m.groups()
        if brace == b"{":
            if len(stack) >= MAX_RTF_DEPTH:
                raise DocumentTooLarge(f"its groups nest more than {MAX_RTF_DEPTH} deep")
            stack.append((skip, uc))
            continue
        if brace == b"}":
            if stack:
                skip, uc = stack.pop()
            continue
        if word is not None:
            name = word.decode("ascii")
            if name in _RTF_SKIP:
                skip = True
            elif name == "uc" and arg is not None:
                uc = int(arg)
            elif skip:
                continue
            elif name in ("par", "line", "sect", "page", "row"):
                size += 1
                out.append("\n")
            elif name in ("tab", "cell"):
                out.append("\t")
            elif name == "u" and arg is not None:
                value = int(arg)
                out.append(chr(value + 65536 if value < 0 else value))
                pending_skip = uc
            elif name in ("emdash", "endash"):
                out.append("—" if name == "emdash" else "–")
            elif name in ("bullet",):
                out.append("•")
            elif name in ("lquote", "rquote"):
                out.append("'")
            elif name in ("ldblquote", "rdblquote"):
                out.append('"')
            elif name == "ansicpg" and arg is not None:
                codepage = f"cp{int(arg)}"
            continue
        if sym is not None:
            if sym == b"*":
                skip = True
            elif not skip:
                if sym in (b"\\", b"{", b"}"):
                    out.append(sym.decode())
                elif sym == b"~":
                    out.append(" ")
                elif sym == b"-":
                    pass
                elif sym == b"_":
                    out.append("-")
            continue
        if skip:
            continue
        if hexbyte is not None:
            if pending_skip:
                pending_skip -= 1
                continue
            try:
                out.append(bytes([int(hexbyte, 16)]).decode(codepage))
            except (UnicodeDecodeError, LookupError):
                out.append(bytes([int(hexbyte, 16)]).decode("latin-1"))
            continue
        if plain is not None:
            text = plain.decode("latin-1")
            if pending_skip:
                drop = min(pending_skip, len(text))
                text = text[drop:]
                pending_skip -= drop
            out.append(text)
    text = "".join(out)
    return "\n".join(line.strip() for line in text.splitlines()).strip()

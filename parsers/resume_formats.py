"""Text of the non-PDF resume formats: DOCX (python-docx), RTF, OpenDocument text, plain text.

Pure functions from bytes to text. DOCX is read in document order through its XML, so that
paragraphs, tables and text boxes (where Word resume templates put the sidebar) all appear
once and where they stand; the page header (where the name often sits) comes first.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

# A resume's XML is tens of kilobytes; refuse archives that would inflate past this (a zip
# bomb must not take intake down).
MAX_UNCOMPRESSED = 40 * 1024 * 1024


def zip_too_large(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return sum(info.file_size for info in zf.infolist()) > MAX_UNCOMPRESSED


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
    document = docx.Document(io.BytesIO(data))
    parts: list[str] = []
    seen_headers: set[str] = set()
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


def _block_lines(element: Any, links: dict[str, str] | None = None) -> Iterator[str]:
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            text = _paragraph_text(child, links)
            if text:
                yield text
            for box in child.iter(_W + "txbxContent"):
                if not _in_fallback(box, child):
                    yield from _block_lines(box, links)
        elif tag == _W + "tbl":
            yield from _table_lines(child, links)
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _block_lines(content, links)


def _table_lines(tbl: Any, links: dict[str, str] | None = None) -> Iterator[str]:
    for tr in tbl.iter(_W + "tr"):
        if tr.getparent() is not tbl and tr.getparent().tag != _W + "tbl":
            continue
        cells = [tc for tc in tr.iterchildren(_W + "tc")]
        cell_lines = [list(_block_lines(tc, links)) for tc in cells]
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
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return 0
    m = re.search(r"<(?:\w+:)?Pages>(\d+)</", xml)
    return int(m.group(1)) if m else 0


def odt_text(data: bytes) -> str:
    """Paragraphs and headings of an OpenDocument text's content.xml."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("content.xml")
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    ns_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    lines: list[str] = []
    for node in root.iter(f"{{{ns_text}}}p", f"{{{ns_text}}}h"):
        # Tabs and line breaks are empty elements; give them text so itertext() keeps them.
        for sub in node.iter(f"{{{ns_text}}}tab", f"{{{ns_text}}}line-break"):
            sub.text = "\t" if sub.tag.endswith("tab") else "\n"
        text = "".join(node.itertext()).strip()
        if text:
            lines.append(text)
    return "\n".join(lines)


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
    for m in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, sym, brace, plain = m.groups()
        if brace == b"{":
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

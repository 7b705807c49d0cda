"""Text of a PDF resume in reading order, with pdfminer.six's layout analysis.

Flat text extraction interleaves the two columns of an Awesome-CV or Deedy resume line by line;
here each page's text lines (with coordinates) are grouped into visual rows, and a page whose
rows leave a clear vertical gutter is read column by column (an XY cut). Pure: bytes in, a
`PdfText` out; every pdfminer exception is turned into a flag by the caller.
"""

from __future__ import annotations

import contextvars
import io
import itertools
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pdfminer.pdftypes
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTComponent,
    LTPage,
    LTTextBox,
    LTTextLineHorizontal,
)
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1

from parsers.resume_formats import DocumentTooLarge

# A resume is a few pages; a 300-page PDF is something else and must not stall intake. Pages
# beyond this are counted but not read.
MAX_PAGES_READ = 12

# `(cid:123)` is what pdfminer emits for glyphs whose font has no Unicode map: it looks like
# text but carries none (a font-subset problem, or a PDF made to resist copying).
CID_RE = re.compile(r"\(cid:\d+\)")

# Separator for text pieces on one visual row that are far apart (a title left, its dates
# right-aligned): the profile step splits fields on it.
GAP = "\t"


@dataclass
class PdfText:
    pages: int
    text: str
    page_texts: list[str] = field(default_factory=list)


@dataclass
class _Line:
    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    uris: list[str] = field(default_factory=list)
    # Letter pitch of display type set with wide tracking ("R O S A L Y N"), whose letters
    # `_line_text` joined back into words; 0 for ordinary text.
    pitch: float = 0.0

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


# Bytes that all of a PDF's streams may decode to (content, fonts, object streams). The
# 46 PDFs of tests/data decode to at most 0.4 MB (an embedded CJK font may be 20 MB); a 2 MB
# flate bomb decodes to 2 GB.
MAX_DECODED_BYTES = 32 * 1024 * 1024


class _DecodeBudget:
    def __init__(self, limit: int) -> None:
        self.remaining = limit
        self.exceeded = False

    def refuse(self) -> DocumentTooLarge:
        # Remembered as well as raised: pdfminer swallows some exceptions while parsing.
        self.exceeded = True
        self.remaining = 0
        return DocumentTooLarge(
            f"its streams decompress to more than {MAX_DECODED_BYTES // 2**20} MB"
        )


_budget: contextvars.ContextVar[_DecodeBudget | None] = contextvars.ContextVar(
    "pdf_decode_budget", default=None
)


def _current_budget() -> _DecodeBudget:
    # Outside extract_pdf_text (pdfminer used directly) each stream gets the whole limit.
    return _budget.get() or _DecodeBudget(MAX_DECODED_BYTES)


class _BoundedZlib:
    """Stands in for the `zlib` module inside pdfminer.pdftypes, whose PDFStream.decode calls
    `zlib.decompress(data)`: that inflates a stream whole, 1,000× its size for a bomb."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes) -> bytes:
        budget = _current_budget()
        try:
            inflater = zlib.decompressobj()
            out = inflater.decompress(data, budget.remaining + 1)
        except zlib.error:
            # A bad checksum, most often. pdfminer would retry a byte at a time, copying the
            # whole output per byte (quadratic); raw inflate skips the header and checksum.
            inflater = zlib.decompressobj(-15)
            out = inflater.decompress(data[2:], budget.remaining + 1)
        if len(out) > budget.remaining:
            raise budget.refuse()
        return out

    @staticmethod
    def decompressobj(*_args: Any) -> Any:
        # Only pdfminer's byte-at-a-time fallback asks for one, after decompress() above
        # failed both ways: the stream is broken, and pdfminer reads it as empty.
        raise zlib.error("broken deflate stream")


def _bounded_lzwdecode(data: bytes) -> bytes:
    budget = _current_budget()
    out = bytearray()
    pieces: Iterator[bytes] = LZWDecoder(io.BytesIO(data)).run()
    for piece in pieces:
        out += piece
        if len(out) > budget.remaining:
            raise budget.refuse()
    return bytes(out)


_pdfminer_decode = PDFStream.decode


def _counted_decode(self: PDFStream) -> None:
    """Every decoded stream (any filter: run-length and predictors grow data too) is
    charged to the document's budget."""
    budget = _current_budget()
    if budget.exceeded:
        raise budget.refuse()
    _pdfminer_decode(self)
    used = len(self.data or b"")
    if used > budget.remaining:
        raise budget.refuse()
    budget.remaining -= used


# Installed on import, in every process that reads PDFs through this module: the bounds only
# refuse what no resume needs, so pdfminer elsewhere in the process is no worse for them.
setattr(pdfminer.pdftypes, "zlib", _BoundedZlib)  # noqa: B010 (mypy: a module attribute)
setattr(pdfminer.pdftypes, "lzwdecode", _bounded_lzwdecode)  # noqa: B010
setattr(PDFStream, "decode", _counted_decode)  # noqa: B010


def meaningful_chars(text: str) -> int:
    """Letters and digits that are real text: `(cid:N)` placeholders and the replacement
    character count as nothing."""
    cleaned = CID_RE.sub("", text)
    return sum(1 for ch in cleaned if ch.isalnum() and ch != "\ufffd")


def extract_pdf_text(data: bytes) -> PdfText:
    """Open the PDF with the empty user password (so owner-only protection just works) and
    return its text in reading order. Raises pdfminer's exceptions unchanged, and
    DocumentTooLarge when its streams decode past MAX_DECODED_BYTES."""
    budget = _DecodeBudget(MAX_DECODED_BYTES)
    token = _budget.set(budget)
    try:
        result = _extract(data)
    finally:
        _budget.reset(token)
    if budget.exceeded:
        raise budget.refuse()
    return result


def _extract(data: bytes) -> PdfText:
    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser, password="")
    manager = PDFResourceManager(caching=True)
    # Defaults, but boxes_flow=None: we order lines ourselves, pdfminer's box ordering is what
    # interleaves columns.
    laparams = LAParams(boxes_flow=None)
    device = PDFPageAggregator(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)
    page_texts: list[str] = []
    count = 0
    for page in PDFPage.create_pages(document):
        count += 1
        if count > MAX_PAGES_READ:
            continue
        interpreter.process_page(page)
        layout = device.get_result()
        page_texts.append(_page_text(layout, _page_links(page)))
    text = "\n\n".join(t for t in _drop_running_lines(page_texts) if t)
    return PdfText(pages=count, text=text, page_texts=page_texts)


_PAGE_NUMBER = re.compile(r"^\W*(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?\W*$", re.IGNORECASE)


def _drop_running_lines(page_texts: list[str]) -> list[str]:
    """Remove running headers and footers ("Jane Roe · Résumé   2", "Page 1 of 3"): in the
    middle of the text they split an entry in two. The first page's top is kept, since a
    running header there is often the only place the name appears."""
    pages = [t.split("\n") for t in page_texts]
    edge = 3

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line).strip().lower()

    counts: dict[str, int] = {}
    for lines in pages:
        for k in {key(ln) for ln in lines[:edge] + lines[-edge:]}:
            counts[k] = counts.get(k, 0) + 1
    out: list[str] = []
    footer_names: list[str] = []
    for p, lines in enumerate(pages):
        kept: list[str] = []
        for i, line in enumerate(lines):
            at_edge = i < edge or i >= len(lines) - edge
            keep_top = p == 0 and i < edge
            repeated = len(pages) > 1 and counts.get(key(line), 0) >= 2
            if at_edge and not keep_top and (repeated or _PAGE_NUMBER.match(line)):
                if p == 0 and repeated and i >= edge and _RESUME_FOOTER.search(line):
                    footer_names.append(line.strip())
                continue
            kept.append(line)
        out.append("\n".join(kept))
    if (
        out
        and footer_names
        and not any(key(f) in _top_keys(pages, edge, key) for f in footer_names)
    ):
        # "Priya Raman · CV   page 1 of 2": a running footer that names the CV is often the
        # only place the name appears. It moves to the top, where the header is read.
        out[0] = "\n".join([*footer_names[:1], out[0]])
    return out


# A running line that says whose CV this is: "Jane Roe · CV", "Résumé of Jane Roe".
_RESUME_FOOTER = re.compile(r"(?i)\b(?:cv|r[ée]sum[ée]|curriculum\s++vitae|lebenslauf)\b")


def _top_keys(pages: list[list[str]], edge: int, key: Callable[[str], str]) -> set[str]:
    """The running lines of the first page's top (kept there already)."""
    return {key(line) for line in pages[0][:edge]} if pages else set()


def _page_links(page: PDFPage) -> list[tuple[tuple[float, float, float, float], str]]:
    """URI link annotations: (rect, uri). Resume templates show "LinkedIn" or an icon and
    keep the address only here."""
    links: list[tuple[tuple[float, float, float, float], str]] = []
    try:
        annots = resolve1(page.annots) or []
        for ref in annots[:200]:
            annot = resolve1(ref)
            if not isinstance(annot, dict):
                continue
            action = resolve1(annot.get("A"))
            if not isinstance(action, dict):
                continue
            uri = resolve1(action.get("URI"))
            rect = resolve1(annot.get("Rect"))
            if isinstance(uri, bytes):
                uri = uri.decode("latin-1")
            if not isinstance(uri, str) or not isinstance(rect, list) or len(rect) != 4:
                continue
            x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
            links.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri.strip()))
    except Exception:  # a broken annotation must not cost the text
        return links
    return links


def _attach_links(
    lines: list[_Line], links: list[tuple[tuple[float, float, float, float], str]]
) -> None:
    for (x0, y0, x1, y1), uri in links:
        if not re.match(r"(https?://|mailto:|www\.)", uri, re.IGNORECASE) or len(uri) > 300:
            continue
        best: tuple[float, _Line] | None = None
        for line in lines:
            w = min(x1, line.x1) - max(x0, line.x0)
            h = min(y1, line.y1) - max(y0, line.y0)
            if w > 0 and h > 0 and (best is None or w * h > best[0]):
                best = (w * h, line)
        if best is not None and uri not in best[1].uris:
            best[1].uris.append(uri)


def _iter_lines(layout: LTPage) -> list[_Line]:
    lines: list[_Line] = []

    def walk(obj: LTComponent) -> None:
        if isinstance(obj, LTTextLineHorizontal):
            text, pitch = _line_text(obj)
            text = text.strip()
            if text:
                lines.append(_Line(obj.x0, obj.x1, obj.y0, obj.y1, text, pitch=pitch))
            return
        if isinstance(obj, LTTextBox) or hasattr(obj, "__iter__"):
            for child in obj:
                walk(child)

    for element in layout:
        walk(element)
    return lines


# A line of display type set letter by letter: single characters between single spaces.
_SPACED_LETTERS = re.compile(r"\S(?: \S){3,}")


def _line_text(line: LTTextLineHorizontal) -> tuple[str, float]:
    """The text of one pdfminer line, with three repairs pdfminer's own spacing misses:
    an invisible (zero-width) soft hyphen inside a word is dropped; a word boundary where a
    light given name meets a bold surname ("William" + "Ting" at 80 pt, a few points apart)
    gets its space; and letter-spaced display type ("H e d y  L a m a r r") is read as words,
    breaking where the gap between letters is clearly wider than the tracking."""
    parts: list[str] = []
    chars: list[LTChar] = []
    prev: LTChar | None = None
    for item in line:
        if not isinstance(item, LTChar):
            parts.append(item.get_text())
            prev = None
            continue
        ch = item.get_text()
        if ch == "\u00ad" and item.width <= 0.05 * item.size:
            continue
        if (
            prev is not None
            and prev.get_text()[-1:].islower()
            and ch[:1].isupper()
            and prev.fontname != item.fontname
            and item.x0 - prev.x1 > 0.02 * item.size
        ):
            parts.append(" ")
        parts.append(ch)
        chars.append(item)
        prev = item
    text = "".join(parts)
    body = text.strip()
    if len(chars) < 4 or not _SPACED_LETTERS.fullmatch(body) or len(body) != 2 * len(chars) - 1:
        return text, 0.0
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(chars)]
    tracking = sorted(gaps)[len(gaps) // 2]
    size = max(c.size for c in chars)
    if tracking < 0.05 * size:
        return text, 0.0  # spaces between ordinary letters: words of one letter, not tracking
    words = [chars[0].get_text()]
    for gap, char in zip(gaps, chars[1:], strict=True):
        if gap > max(1.6 * tracking, tracking + 0.2 * size):
            words.append("")
        words[-1] += char.get_text()
    pitch = (chars[-1].x1 - chars[0].x0) / len(chars)
    return " ".join(words), pitch


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """Group lines whose vertical extents overlap by half the smaller height into visual rows,
    top to bottom (PDF y grows upwards)."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        placed = False
        for row in rows[-3:]:
            top = max(ln.y1 for ln in row)
            bottom = min(ln.y0 for ln in row)
            overlap = min(top, line.y1) - max(bottom, line.y0)
            if overlap >= 0.5 * min(line.height, top - bottom):
                row.append(line)
                placed = True
                break
        if not placed:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
    return rows


def _row_text(row: list[_Line]) -> str:
    parts = [row[0].text]
    for prev, cur in itertools.pairwise(row):
        gap = cur.x0 - prev.x1
        # Chars closer than about two widths were already merged by pdfminer; anything
        # further apart is a separate field (a date column, a location). Two words of
        # letter-spaced display type are one field when their gap is a few letters wide.
        spaced = prev.pitch and cur.pitch and gap < 2.5 * max(prev.pitch, cur.pitch)
        parts.append(GAP if gap > 0.8 * min(prev.height, cur.height) and not spaced else " ")
        parts.append(cur.text)
    text = "".join(parts)
    # Hidden link targets go at the end of their row, in angle brackets, unless the row
    # already shows them: the reviewer sees them, and the profile step reads them in place.
    shown = _link_key(text)
    for line in row:
        for uri in line.uris:
            key = _link_key(uri.removeprefix("mailto:"))
            if key and key not in shown:
                text += f"{GAP}<{uri}>"
                shown += " " + key
    return text


def _link_key(text: str) -> str:
    text = text.lower()
    text = re.sub(r"https?://(www\.)?|www\.", "", text)
    return text.rstrip("/")


def _find_gutter(lines: list[_Line], x_min: float, x_max: float) -> float | None:
    """An x position that no line crosses, with a real amount of text on each side: the
    boundary between a sidebar and the main column. None for single-column text."""
    if len(lines) < 6:
        return None
    width = x_max - x_min
    if width <= 0:
        return None
    buckets = 200
    cover = [0] * buckets
    for line in lines:
        a = int((line.x0 - x_min) / width * (buckets - 1))
        b = int((line.x1 - x_min) / width * (buckets - 1))
        for i in range(max(a, 0), min(b, buckets - 1) + 1):
            cover[i] += 1
    total_chars = sum(len(ln.text) for ln in lines)
    # A name or a summary line at the top may run across the gutter; the caller checks
    # how many rows cross it.
    allowed = max(2, len(lines) // 20)
    best: tuple[int, float] | None = None
    i = int(buckets * 0.15)
    while i < int(buckets * 0.85):
        if cover[i] > allowed:
            i += 1
            continue
        j = i
        while j < buckets and cover[j] <= allowed:
            j += 1
        x = x_min + (i + j) / 2 / (buckets - 1) * width
        left = sum(len(ln.text) for ln in lines if ln.x1 <= x)
        right = sum(len(ln.text) for ln in lines if ln.x0 >= x)
        left_rows = sum(1 for ln in lines if ln.x1 <= x)
        right_rows = sum(1 for ln in lines if ln.x0 >= x)
        # Both sides must be columns of text, not a right-aligned date column: require
        # several lines and a share of the characters on each side.
        if (
            min(left, right) >= 0.12 * total_chars
            and min(left_rows, right_rows) >= 4
            and (best is None or j - i > best[0])
        ):
            best = (j - i, x)
        i = j
    return None if best is None else best[1]


def _is_metadata_column(lines: list[_Line]) -> bool:
    if not lines:
        return False
    short = sum(1 for ln in lines if len(ln.text.split()) <= 5)
    return short >= 0.85 * len(lines) and _date_like_share(lines) >= 0.3


def _date_like_share(lines: list[_Line]) -> float:
    dated = sum(1 for ln in lines if re.search(r"\b(19|20)\d\d\b|present|current", ln.text, re.I))
    return dated / max(len(lines), 1)


def _page_text(
    layout: LTPage, links: list[tuple[tuple[float, float, float, float], str]] | None = None
) -> str:
    lines = _iter_lines(layout)
    if not lines:
        return ""
    if links:
        _attach_links(lines, links)
    return "\n".join(_region_text(lines, depth=0))


def _region_text(lines: list[_Line], depth: int) -> list[str]:
    """XY cut: split the region into bands at rows that span the gutter, and read each band's
    columns left then right. One level of columns is enough for resumes."""
    rows = _rows(lines)
    if depth == 0:
        x_min = min(ln.x0 for ln in lines)
        x_max = max(ln.x1 for ln in lines)
        # A gutter crossed by only a few full-width rows (a name header, a footer) still
        # counts: find it among the lines that are not wider than 60% of the page.
        narrow = [ln for ln in lines if (ln.x1 - ln.x0) < 0.6 * (x_max - x_min)]
        gutter = _find_gutter(narrow, x_min, x_max)
        if gutter is not None:
            # In a one-column resume full-width bullet lines cross any "gutter" that the
            # right-aligned dates and places leave; columns are only real when almost nothing
            # but a header or footer crosses it.
            crossing = sum(1 for row in rows if any(_crosses(ln, gutter) for ln in row))
            if crossing > max(2, 0.15 * len(rows)):
                gutter = None
        if gutter is not None:
            left = [ln for ln in narrow if _on_left(ln, gutter)]
            right = [ln for ln in narrow if not _on_left(ln, gutter) and not _crosses(ln, gutter)]
            # A side made of short lines, many of them dates, is the date-and-place column of
            # a one-column resume ("Munich" / "Jan 2019 – Present"), not a column of text.
            if _is_metadata_column(right) or _is_metadata_column(left):
                gutter = None
        if gutter is not None:
            return _columns_text(lines, gutter)
    return [_row_text(row) for row in rows]


def _on_left(line: _Line, gutter: float) -> bool:
    """Left of the gutter, or overhanging it by a sliver: a big name in a sidebar ("Sofia" /
    "Kovalevskaya" at 24 pt) may run a few points past the column it belongs to."""
    return line.x1 <= gutter or (line.x0 < gutter and gutter - line.x0 >= 0.9 * (line.x1 - line.x0))


def _crosses(line: _Line, gutter: float) -> bool:
    """A row spanning both columns (a name header, a footer), not a sidebar line's overhang."""
    return line.x0 < gutter < line.x1 and not _on_left(line, gutter)


def _columns_text(lines: list[_Line], gutter: float) -> list[str]:
    out: list[str] = []
    band: list[_Line] = []

    def flush() -> None:
        if not band:
            return
        left = [ln for ln in band if _on_left(ln, gutter)]
        right = [ln for ln in band if not _on_left(ln, gutter)]
        first, second = left, right
        # The column that carries the biggest type (the name) is read first: a left
        # sidebar of contact details comes after the name and summary beside it.
        if right and left and max(ln.height for ln in right) > 1.3 * max(ln.height for ln in left):
            first, second = right, left
        out.extend(_row_text(r) for r in _rows(first))
        out.extend(_row_text(r) for r in _rows(second))
        band.clear()

    for row in _rows(lines):
        if any(_crosses(ln, gutter) for ln in row):
            flush()
            out.append(_row_text(row))
        else:
            band.extend(row)
    flush()
    return out


_COMBINING = re.compile("[\u0300-\u036f]")
# The lookbehind starts a match only at a run's first blank (else each blank restarts it).
_LOOSE_ACCENT = re.compile(r"(?<![ \t])[ \t]++([\u0300-\u036f]{1,3})([^\W\d_])")


# A word broken at a line end after a lower-case letter ("SQL-" / "based" stays): its first
# part, then the hyphen and the newline.
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{0,29}[a-z])-\n(?=[a-z]+\b)")
# First parts that end a hyphenated compound, not a syllable: "self-organizing", "well-known".
_HYPHENATED_FIRST_PARTS = frozenset({
    "self", "non", "well", "cross", "multi", "semi", "anti", "state", "real", "long", "short",
    "high", "low", "full", "part", "open", "peer", "data", "world", "cutting", "cost", "time",
    "end",
})  # fmt: skip


def _join_broken_word(m: re.Match[str]) -> str:
    word = m.group(1)
    return f"{word}-" if word.lower() in _HYPHENATED_FIRST_PARTS else word


def normalise_text(text: str) -> str:
    """NFKC folds ligatures (ﬁ → fi) and full-width forms; soft hyphens and zero-width
    characters are layout residue."""
    text = unicodedata.normalize("NFKC", text)
    # pdfLaTeX's OT1 fonts draw an accent as a glyph of its own before the letter ("Bo ˙zena",
    # "Gda ´nsk"), which NFKC makes a space and a combining mark: put it back on the letter.
    if _COMBINING.search(text) and _LOOSE_ACCENT.search(text):
        text = unicodedata.normalize("NFC", _LOOSE_ACCENT.sub(r"\2\1", text))
    # TeX fonts map both the hyphen and the en dash of "2019 – 2021" to U+00AD (soft hyphen);
    # at the end of a line before a lower-case letter it is a hyphenation break, elsewhere
    # it is a visible dash.
    text = re.sub("(?<=[^\\W\\d_])\u00ad\n(?=[a-z])", "", text)
    text = text.replace("\u00ad", "-")
    # "Massachusetts Institute of Tech-" / "nology": a word broken at the line end; but
    # "self-" / "organizing" is a hyphenated word that happened to end a line.
    text = _BROKEN_WORD.sub(_join_broken_word, text)
    return re.sub("[\u200b\u200c\u200d\ufeff]", "", text)

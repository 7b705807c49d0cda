"""The vocabulary of resume text: lines, section headings, and dates.

Shared by the profile extractors in `parsers.resume_extract`. A `Line` keeps its 1-based
number in the document text (the evidence shown to reviewers), whether it is a bullet, and its
fields: the pieces that layout put apart (tabs from the PDF reader, runs of spaces, `|` and
`•` separators). Dates are parsed into (year, month) with "present" as a flag. Pure.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

BULLETS = "•◦▪▫●○■□►▸‣⁃∙·*-–—➢➤✓✔❖◆◇❯›»✦★➔→"
_BULLET_RE = re.compile(rf"^\s*([{re.escape(BULLETS)}]|\d{{1,2}}[.)]|\[\d+\])\s+")
# Field separators a layout leaves in a line: a tab (far-apart text in the PDF), three or more
# spaces (aligned plain text), a pipe, or a bullet-like dot between spaces.
# The whitespace before a pipe or dot is bounded: unbounded, every character of a long run of
# mixed spaces and tabs started a scan to the run's end (quadratic).
_FIELD_SPLIT = re.compile(r"\t+| {3,}|\s{1,64}[|•·◦⋄♦∙]\s+|\s{1,64}\|\s*|\s{0,64}\|\s+")


_ICONS = re.compile("[\ue000-\uf8ff\U000f0000-\U000fffff\U0001f000-\U0001faff\u2600-\u27bf]+")


# Letter-spaced capitals, a pair or three of letters here and there where the font kerns them
# ("K WA M E   M E N S A H", "WA N J I R U", "VA RGA S"), maybe after a monogram of the
# initials ("KM"). Three in four pieces must be single letters ("Li Na Wu" is a name).
_SPACED = r"(?P<spaced>(?:\w{1,3} ){2,}\w{1,3}(?: {2,}(?:\w{1,3} ){1,}\w{1,3})*)"
_LETTER_SPACED = re.compile(_SPACED)
_MONOGRAM_SPACED = re.compile(r"(?P<mono>[A-Z]{2,3}) " + _SPACED)


def letter_spaced(text: str) -> str:
    """ "J A N E   R O E" -> "JANE ROE"; the text as it was when it is not letter-spaced."""
    m = _MONOGRAM_SPACED.fullmatch(text)
    if m:
        joined = _joined(m.group("spaced"))
        if joined and m.group("mono") == "".join(w[0] for w in joined.split()):
            return joined  # "KM K WA M E   M E N S A H": the monogram is not the name
    m = _LETTER_SPACED.fullmatch(text)
    return (_joined(m.group("spaced")) if m else None) or text


def _joined(spaced: str) -> str | None:
    letters = spaced.split()
    singles = sum(len(t) == 1 for t in letters)
    # "PA R K": in capitals, two single letters of three pieces are enough.
    capitals = spaced.isupper() and singles >= 2 and 2 * singles >= len(letters)
    if singles < 0.75 * len(letters) and not capitals:
        return None  # "Li Na Wu": short names, not spaced letters
    return " ".join(w.replace(" ", "") for w in re.split(r" {2,}", spaced))


@dataclass
class Line:
    number: int  # 1-based, in the document text
    raw: str
    text: str  # without the bullet, whitespace collapsed within fields
    bullet: bool
    fields: list[str]
    section: str = "header"

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_fields(text: str) -> list[str]:
    parts = [re.sub(r"\s+", " ", p).strip(" ,;") for p in _FIELD_SPLIT.split(text)]
    return [p for p in parts if p]


_MARKDOWN = re.compile(r"^#{1,6}\s+|(?<!\w)(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)(?!\w)")


def make_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        # Markdown resumes (pasted bodies, .md files): "## Experience", "**Acme**".
        stripped = _MARKDOWN.sub("", raw.strip()).strip()
        if not stripped:
            continue
        match = _BULLET_RE.match(stripped)
        bullet = bool(match)
        body = stripped[match.end() :] if match else stripped
        # Icon-font glyphs (private-use code points) and pictographs (📱, ✉) stand between
        # contact fields: they separate like a tab.
        body = _ICONS.sub("\t", body)
        # "J A N E   R O E", "E X P E R I E N C E", "WA N J I R U": display type, spaced out.
        body = letter_spaced(body)
        fields = split_fields(body)
        lines.append(
            Line(
                number=number,
                raw=raw,
                text=" ".join(fields) if fields else body,
                bullet=bullet,
                fields=fields,
            )
        )
    _stitch_wrapped_dates(lines)
    return [ln for ln in lines if ln.fields or ln.text]


_DANGLING = re.compile(
    r"(?:^|[\s–—-])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$"
    r"|[-–—]\s*$",
    re.IGNORECASE,
)


def _stitch_wrapped_dates(lines: list[Line]) -> None:
    """Rejoin a date that a narrow date column wrapped: "Sep 2014–Feb" over "2018", or
    "Mar" over "2018–Present", each followed by the entry's text in another field."""
    for a, b in itertools.pairwise(lines):
        if not a.fields or not b.fields or b.number != a.number + 1:
            continue
        head = a.fields[0]
        if not _DANGLING.search(head) or not re.search(r"\d|[a-z]{3}", head, re.IGNORECASE):
            continue
        tail = b.fields[0]
        if not re.fullmatch(
            rf"(?:{_POINT}|{_PRESENT})(?:{_SEP}(?:{_POINT}|{_PRESENT}))?", tail, re.IGNORECASE
        ):
            continue
        a.fields[0] = f"{head} {tail}"
        b.fields = b.fields[1:]
        if b.fields:
            match = _BULLET_RE.match(b.fields[0])
            if match:
                b.bullet = True
                b.fields[0] = b.fields[0][match.end() :]
        a.text = " ".join(a.fields)
        a.raw = "\t".join(a.fields)
        b.text = " ".join(b.fields)
        b.raw = "\t".join(b.fields)


# --- section headings ---------------------------------------------------------------------

# Canonical section -> words that name it. Matched against a short line, so "Professional
# Experience", "WORK HISTORY" and "Education & Training" all land in the right place.
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience",
        "experiences",
        "employment",
        "work history",
        "career history",
        "career",
        "professional background",
        "positions",
        "appointments",
        "work",
        "professional history",
        "industry",
        "internships",
        "internship",
        "jobs",
    ),
    "education": (
        "education",
        "academic background",
        "academic history",
        "academics",
        "studies",
        "degrees",
        "qualifications",
        "academic qualifications",
        "educational background",
        "training",
    ),
    "skills": (
        "skills",
        "technical skills",
        "competencies",
        "technologies",
        "tools",
        "expertise",
        "technical expertise",
        "programming",
        "toolbox",
        "tech stack",
        "strengths",
    ),
    "projects": ("projects", "project", "portfolio", "open source", "side projects"),
    "publications": (
        "publications",
        "papers",
        "preprints",
        "research papers",
        "bibliography",
        "articles",
        "peer-reviewed",
        "working papers",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "achievements",
        "scholarships",
        "fellowships",
        "grants",
        "prizes",
        "distinctions",
    ),
    "summary": ("summary", "profile", "objective", "about me", "about", "overview", "statement"),
    "certifications": ("certifications", "certificates", "licenses", "certification"),
    "courses": ("courses", "coursework", "relevant coursework", "online courses", "mooc"),
    "languages": ("languages", "spoken languages", "language skills"),
    "interests": ("interests", "hobbies"),
    "references": ("references", "referees"),
    "activities": (
        "activities",
        "activity",
        "extracurricular",
        "volunteering",
        "volunteer",
        "leadership",
        "service",
        "community",
        "affiliations",
        "memberships",
        "committees",
    ),
    "talks": ("talks", "presentations", "presentation", "conferences", "invited talks"),
    "teaching": ("teaching",),
    "contact": ("contact", "contact information", "personal details", "personal information"),
}

# Modifier words allowed around a section word in a heading ("Selected Publications").
_HEADING_FILLER = {
    "selected",
    "professional",
    "relevant",
    "work",
    "research",
    "working",
    "industry",
    "academic",
    "technical",
    "other",
    "additional",
    "key",
    "recent",
    "and",
    "&",
    "my",
    "employment",
    "history",
    "experience",
    "program",
    "programming",
    "teaching",
    "leadership",
    "personal",
    "core",
    "software",
    "engineering",
    "full",
    "list",
    "of",
    "extracurricular",
    "computer",
    "languages",
    "achievements",
    "skills",
    "training",
    "certifications",
    "awards",
    "honors",
    "honours",
    "interests",
    "activities",
    "projects",
    "publications",
    "education",
    "summary",
    "profile",
    "courses",
    "coursework",
    "volunteer",
    "volunteering",
    "invited",
    "talks",
    "open",
    "source",
    "side",
    "career",
}


def _letters_only(text: str) -> str:
    text = text.strip().strip(":").strip()
    # Letter-spaced headings ("E X P E R I E N C E") come out of some PDF themes.
    if re.fullmatch(r"(\w ){3,}\w", text):
        text = text.replace(" ", "")
    return re.sub(r"[^\w&/ -]+", " ", text).replace("/", " ").strip().lower()


def heading_section(line: Line) -> str | None:
    """The canonical section a line opens, or None when it is not a heading."""
    if line.bullet or len(line.fields) > 1 or line.words > 5 or len(line.text) > 45:
        return None
    if re.search(r"\d", line.text) or line.text.rstrip().endswith((".", ",")):
        return None
    words = _letters_only(line.text)
    if not words:
        return None
    # Headings are capitalised ("Work Experience", "EDUCATION"): "experience with Python" is
    # not one.
    first = line.text.strip()[0]
    if first.isalpha() and not first.isupper():
        return None
    tokens = words.replace("&", " & ").split()
    if any(t not in _HEADING_FILLER and not _is_section_word(t) for t in tokens):
        # Allow a multi-word section name ("work history", "about me").
        for section, names in SECTION_WORDS.items():
            if words in names:
                return section
        return None
    for section, names in SECTION_WORDS.items():
        if words in names:
            return _special(section, words)
    # Several section words: the one that matters most to a reviewer wins ("Research
    # Experience" is experience, "Education & Training" education, "Languages &
    # Technologies" skills, not spoken languages).
    present = {
        section for token in tokens for section, names in SECTION_WORDS.items() if token in names
    }
    for section in _PRIORITY:
        if section in present:
            return _special(section, words)
    return next(iter(sorted(present)), None)


_PRIORITY = ("experience", "education", "publications", "skills", "projects", "awards")


def _special(section: str, words: str) -> str:
    if "teaching" in words and section in ("experience", "teaching"):
        return "experience"
    return section


def _is_section_word(token: str) -> bool:
    return any(token in names for names in SECTION_WORDS.values())


def assign_sections(lines: list[Line]) -> list[tuple[str, str, int]]:
    """Set each line's `section`; return the headings found as (section, heading, line)."""
    found: list[tuple[str, str, int]] = []
    current = "header"
    for line in lines:
        section = heading_section(line)
        if section is not None:
            current = section
            found.append((section, line.text, line.number))
            line.section = "heading"
            continue
        line.section = current
    if not found:
        for line in lines:
            line.section = "body"
    return found


# --- dates --------------------------------------------------------------------------------

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Seasons, as academics write them: the month the season starts.
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"spring|summer|fall|autumn|winter)\.?"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# Possessive `\s*+` wherever the next piece cannot start with a space: the same dates, without
# trying every split of a run of spaces ("May" + 20 KB of spaces took seconds per line).
_POINT = (
    rf"(?:{_MONTH}\s*+,?\s*+(?:\d{{1,2}},?\s+)?'?{_YEAR}"  # Mar 2019, March 3, 2019, Sept. 2018
    rf"|\d{{1,2}}\s*+[/.]\s*+\d{{1,2}}\s*+[/.]\s*+{_YEAR}"  # 01/03/2015 (Europass: day first)
    rf"|(?:0?[1-9]|1[0-2])\s*+[/.]\s*+{_YEAR}"  # 03/2019, 3.2019
    rf"|{_YEAR}\s*+[-/.]\s*+(?:0[1-9]|1[0-2])(?!\d)"  # 2019-03, 2019/03
    rf"|{_YEAR})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|date|to date|till date)"
_SEP = r"\s*+(?:-|–|—|−|~|to|until|till|→|->)\s*+"
DATE_RANGE = re.compile(
    rf"(?<![\w/.-])(?P<start>{_POINT}){_SEP}(?:(?:exp\.?|expected)\s*+)?"
    rf"(?P<end>{_POINT}|{_PRESENT}|(?<=[-–—])\d\d)(?![\w/]|\.\d)",
    re.IGNORECASE,
)
# Not inside identifiers: "neurips.2023.1234" (a DOI) and "v2019.1" are not dates.
DATE_POINT = re.compile(rf"(?<![\w/.])(?P<point>{_POINT})(?![\w/]|\.\d)", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(expected|anticipated|exp\.|est\.)", re.IGNORECASE)


@dataclass
class YearMonth:
    year: int
    month: int | None = None

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def as_months(self, *, end: bool) -> int:
        # A bare year counts from its middle: "2019 – 2021" is two years, not one or three.
        month = self.month if self.month else (7 if not end else 6)
        return self.year * 12 + month - 1


@dataclass
class DateRange:
    start: YearMonth | None
    end: YearMonth | None
    present: bool
    span: tuple[int, int]  # character span in the text searched
    text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def months(self, today: date) -> int | None:
        if self.start is None:
            return None
        if self.present:
            end = today.year * 12 + today.month - 1
        elif self.end is not None:
            end = self.end.as_months(end=True)
        else:
            return None
        # Inclusive of the last month: Jan–Dec is 12 months.
        return max(end - self.start.as_months(end=False) + 1, 0)


def parse_point(text: str) -> YearMonth | None:
    text = text.strip().lower().rstrip(".")
    year_match = re.search(_YEAR, text)
    if not year_match:
        return None
    year = int(year_match.group(0))
    month_word = re.match(r"[a-z]+", text)
    if month_word:
        key = month_word.group(0)[:3] if month_word.group(0)[:3] in MONTHS else month_word.group(0)
        return YearMonth(year, MONTHS.get(key))
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    others = [n for n in numbers if n != year]
    if len(others) >= 2:
        # Day and month: day first (Europass and most of the world) unless impossible.
        day, month = others[0], others[1]
        if month > 12 and day <= 12:
            day, month = month, day
        return YearMonth(year, month if 1 <= month <= 12 else None)
    if others and 1 <= others[0] <= 12:
        return YearMonth(year, others[0])
    return YearMonth(year)


# A link target the PDF reader appends to its text: "<https://…>".
_LINK_TARGET = re.compile(r"<[^<>\s]+>")


def find_ranges(text: str) -> list[DateRange]:
    """Date ranges in `text`, plus single dates standing for a whole period ("May 2023",
    "Expected 2026") when there is no range. Link targets (`<https://…>`) are not read."""
    return list(_find_ranges(text))


@functools.lru_cache(maxsize=8192)
def _find_ranges(text: str) -> tuple[DateRange, ...]:
    # `[^<>\s]`, not `[^>\s]`: a line of "<" made every "<" scan to the line's end.
    text = _LINK_TARGET.sub(lambda m: " " * len(m.group(0)), text)
    found: list[DateRange] = []
    for m in DATE_RANGE.finditer(text):
        start = parse_point(m.group("start"))
        end_text = m.group("end")
        present = re.fullmatch(_PRESENT, end_text.strip(), re.IGNORECASE) is not None
        if re.fullmatch(r"\d\d", end_text) and start is not None:
            # "2019–21": the century of the start.
            end_text = str(start.year // 100 * 100 + int(end_text))
        end = None if present else parse_point(end_text)
        if start and end and (end.year, end.month or 12) < (start.year, start.month or 1):
            continue  # "2021 - 2019" is not a range (phone numbers, ids)
        if start and end and end.year - start.year > 50:
            continue
        found.append(DateRange(start, end, present, m.span(), m.group(0)))
    if found:
        return tuple(found)
    for m in DATE_POINT.finditer(text):
        point = parse_point(m.group("point"))
        if point is None:
            continue
        expected = bool(_EXPECTED.search(text[max(0, m.start() - 20) : m.start()]))
        found.append(DateRange(None, point, False, m.span(), m.group(0), {"single": "1"}))
        if expected:
            found[-1].extra["expected"] = "1"
    return tuple(found)


def clear_caches() -> None:
    _find_ranges.cache_clear()
    strip_dates.cache_clear()


@functools.lru_cache(maxsize=8192)
def strip_dates(text: str) -> str:
    """The text without its dates (and without words that only introduced them)."""
    text = DATE_RANGE.sub(" ", text)
    text = DATE_POINT.sub(" ", text)
    text = re.sub(r"\b(expected|since|from|graduated|graduation)\b:?", " ", text, flags=re.I)
    text = re.sub(r"\(\s*+[,;–—-]?\s*+\)", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:|–—-")
    # A bracket left alone by a removed date: "(Jan 2019 – " / ")".
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1]
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:]
    return text.strip(" ,;:|–—-")


# --- is it a resume? ---------------------------------------------------------------------

# Headings that open the sections of a resume, in the words people really use.
# `[^\w\n]`, not `\W`, around the heading: `^\W*` ran from every line start across all the
# blank lines below it ("Re:" and 12,000 CRLFs took 28 s). A heading still matches from the
# start of its own line.
_RESUME_HEADINGS = re.compile(
    r"^[^\w\n]*+(work\s+|professional\s+|relevant\s+|research\s+|employment\s+)?"
    r"(experience|employment(\s+history)?|work\s+history|career(\s+history)?|education|"
    r"academic\s+background|qualifications|skills|technical\s+skills|projects|publications|"
    r"certifications|languages|awards|summary|profile|objective|interests)[^\w\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A pasted resume shows what it is within its first pages; the rest is not read.
MAX_RESUME_CHECK_CHARS = 200_000
_YEAR_RE = re.compile(r"\b(19[6-9]\d|20[0-4]\d)\b")


def looks_like_resume(text: str) -> bool:
    """Whether an email body is a pasted resume rather than a letter about one: resume section
    headings, dated entries, and enough length."""
    stripped = text[:MAX_RESUME_CHECK_CHARS].strip()
    if len(stripped) < 300:
        return False
    headings = {m.group(2).lower().split()[0] for m in _RESUME_HEADINGS.finditer(stripped)}
    years = len(_YEAR_RE.findall(stripped))
    ranges = len(DATE_RANGE.findall(stripped))
    if {"experience", "employment", "work", "career"} & headings and "education" in headings:
        return years >= 2
    if len(headings) >= 3:
        return years >= 2
    if len(headings) >= 2 and ranges >= 2:
        return True
    lines = [ln for ln in stripped.splitlines() if ln.strip()]
    return ranges >= 3 and len(lines) >= 8

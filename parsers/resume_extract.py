"""From a resume's extracted text to a `ResumeProfile`: the step after text extraction.

Works on lines (see `parsers.resume_text`): headings split the text into sections; the top of
the document (before the first heading) holds the name and contact details; entries in the
experience and education sections are anchored on their dates and institutions, and their
title and organisation are told apart by the words job titles and organisations use. Nothing
is filled in without a line to show for it, and a document without usable text gives an
empty profile that keeps the document's flags. Pure and fast (a few ms per resume).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from grantbox.models import ResumeDocument
from parsers.resume_profile import (
    DEGREE_RANK,
    DegreeLevel,
    EducationEntry,
    Evidence,
    ExperienceEntry,
    Link,
    LinkKind,
    MathLevel,
    Publications,
    ResumeProfile,
    Section,
    Signals,
    Skill,
    SkillCategory,
    TextValue,
    WorkKind,
)
from parsers.resume_text import (
    DATE_POINT,
    DATE_RANGE,
    DateRange,
    Line,
    assign_sections,
    find_ranges,
    make_lines,
    split_fields,
    strip_dates,
)

# Document flags after which the text must not be read for facts (see read_resume).
UNUSABLE_FLAGS = {"no_text_layer", "encrypted", "corrupt", "not_a_document", "empty", "no_text"}
MIN_MEANINGFUL_CHARS = 50


def build_profile(doc: ResumeDocument, *, today: date | None = None) -> ResumeProfile:
    """The profile of `doc`. `today` resolves "present" (defaults to the current date)."""
    profile = ResumeProfile(
        source=doc.source.value if doc.source else None,
        sniffed_type=doc.sniffed_type,
        pages=doc.pages,
        text_chars=doc.text_chars,
        flags=list(doc.flags),
        problem=doc.problem,
    )
    text = doc.text
    if set(doc.flags) & UNUSABLE_FLAGS or _meaningful(text) < MIN_MEANINGFUL_CHARS:
        return profile
    today = today or date.today()
    # Lines of undecodable glyphs are dropped rather than guessed from.
    text = "\n".join("" if "(cid:" in line else line for line in text.split("\n"))
    lines = make_lines(text)
    headings = assign_sections(lines)
    profile.sections = [Section(name=s, heading=h, line=n) for s, h, n in headings]
    head = _header_lines(lines)

    profile.emails = _emails(lines)
    profile.links = _links(lines, head)
    profile.phones = _phones(lines, head)
    profile.name = _name(head, profile.emails)
    profile.location = _location(head, profile.name)
    profile.education = _education([ln for ln in lines if ln.section == "education"])
    exp_lines = [ln for ln in lines if ln.section == "experience"]
    if not exp_lines and not headings:
        exp_lines = lines
    profile.experience = _experience(exp_lines, today, strict=not headings)
    profile.publications = _publications([ln for ln in lines if ln.section == "publications"])
    profile.skills = _skills(lines)
    profile.signals = _signals(profile, lines, today)
    return profile


def _meaningful(text: str) -> int:
    return sum(1 for ch in re.sub(r"\(cid:\d+\)", "", text) if ch.isalnum())


def ev(line: Line) -> Evidence:
    return Evidence(section=line.section, line=line.number, text=line.raw.strip()[:200])


def _header_lines(lines: list[Line]) -> list[Line]:
    head = [ln for ln in lines if ln.section in ("header", "contact")]
    if not head:
        head = lines[:10]
    return head[:15]


# --- contact ------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                      r"\.[A-Za-z]{2,}(?![\w-])")


def _emails(lines: list[Line]) -> list[TextValue]:
    out: list[TextValue] = []
    seen: set[str] = set()
    for line in lines:
        if line.section == "references":
            continue  # referees' addresses are not the applicant's
        for m in EMAIL_RE.finditer(line.raw):
            value = m.group(0).lower().rstrip(".")
            if value not in seen and not value.endswith((".png", ".jpg")):
                seen.add(value)
                out.append(TextValue(value=value, evidence=ev(line)))
    return out


_TLDS = (
    "com|org|net|io|dev|ai|me|co|uk|de|fr|info|xyz|app|page|site|tech|ca|au|in|nl|ch|se|es|"
    "it|eu|us|edu|pl|pt|br|kr|jp|cn|ie|nz|za|be|at|dk|no|fi|cz|gr|tr|il|sg|hk|ru|ua|blog"
)
URL_RE = re.compile(
    r"(?:(?:https?://|www\.)[^\s<>()\"'|,;]+)"
    rf"|(?<![@\w.\-/])(?:[a-z0-9][a-z0-9-]*\.)+(?:{_TLDS})(?:/[^\s<>()\"'|,;]*)?(?![\w@.-]*@)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_PLATFORMS = {
    "github.com": LinkKind.github,
    "gitlab.com": LinkKind.gitlab,
    "linkedin.com": LinkKind.linkedin,
    "arxiv.org": LinkKind.arxiv,
}
# Known hosts that are not somebody's own site.
_OTHER_HOSTS = (
    "twitter.com", "x.com", "medium.com", "kaggle.com", "orcid.org", "huggingface.co",
    "stackoverflow.com", "youtube.com", "facebook.com", "instagram.com", "doi.org",
    "researchgate.net", "leetcode.com", "behance.net", "dribbble.com", "bitbucket.org",
    "example.com", "google.com", "semanticscholar.org", "dblp.org", "substack.com",
)


def classify_url(url: str) -> tuple[str, LinkKind | None]:
    """(normalised url, kind); kind None for links that are not worth listing (a bare
    platform home page, an e-mail)."""
    url = url.strip().rstrip(".,;:)]>}'\"")
    if url.lower().startswith("mailto:"):
        return url, None
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "https://" + url
    m = re.match(r"(https?://)([^/?#]+)(.*)", url, re.IGNORECASE)
    if not m:
        return url, None
    host = m.group(2).lower()
    path = m.group(3).rstrip("/")
    url = f"{m.group(1).lower()}{host}{path}"
    bare = host[4:] if host.startswith("www.") else host
    if bare.startswith("scholar.google."):
        return url, LinkKind.scholar
    for platform, kind in _PLATFORMS.items():
        if bare == platform or bare.endswith("." + platform):
            useful = len(path.strip("/")) > 0 and not path.startswith("/in/?")
            return url, kind if useful else None
    if bare.endswith(("github.io", "gitlab.io")):
        return url, LinkKind.personal
    if any(bare == h or bare.endswith("." + h) for h in _OTHER_HOSTS):
        return url, LinkKind.other
    return url, LinkKind.personal


def link_key(url: str) -> str:
    """How two spellings of one link compare: no scheme, no www., no trailing slash."""
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = url[4:] if url.startswith("www.") else url
    return url.rstrip("/")


def _links(lines: list[Line], head: list[Line]) -> list[Link]:
    head_numbers = {ln.number for ln in head}
    out: list[Link] = []
    seen: set[str] = set()
    for line in lines:
        email_spans = [m.span() for m in EMAIL_RE.finditer(line.raw)]
        found = [
            m.group(0)
            for m in URL_RE.finditer(line.raw)
            if not any(a <= m.start() < b for a, b in email_spans)
        ]
        if line.number in head_numbers:
            found += _handle_links(line)
        for raw_url in found:
            url, kind = classify_url(raw_url)
            if kind is None:
                continue
            in_head = line.number in head_numbers
            # Outside the contact block only profile links are the applicant's own; company
            # sites, DOIs and tool home pages are not.
            if not in_head and kind in (LinkKind.personal, LinkKind.other):
                continue
            key = link_key(url)
            if key in seen or _looks_like_file(key):
                continue
            seen.add(key)
            out.append(Link(url=url, kind=kind, evidence=ev(line)))
    return out


# "GitHub: jdoe", "LINKEDIN jdoe" (an icon font's glyph name leaking into the text), "gh/jdoe".
_HANDLE = re.compile(
    r"\b(github|gitlab|linkedin)(?:[-_ ](?:square|alt|in|box))?\s*[:/|]?\s*@?"
    r"([A-Za-z0-9][A-Za-z0-9_-]{1,38})(?![\w.@/-])",
    re.IGNORECASE,
)
_HANDLE_URL = {
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
    "linkedin": "https://linkedin.com/in/{}",
}


def _handle_links(line: Line) -> list[str]:
    urls = []
    for m in _HANDLE.finditer(line.raw):
        site, handle = m.group(1).lower(), m.group(2)
        if handle.lower() in ("com", "profile", "square", "alt", "in", "www", "https", "http"):
            continue
        urls.append(_HANDLE_URL[site].format(handle))
    return urls


def _looks_like_file(key: str) -> bool:
    return bool(re.search(r"\.(pdf|png|jpe?g|docx?|py|js|txt)$", key)) and "/" not in key


PHONE_RE = re.compile(
    r"(?<![\w/])(?:\+|00)?(?:\(\+?\d{1,4}\)|\d{1,4})(?:[\s.\-]?(?:\(\d{1,5}\)|\d{1,5})){1,6}(?![\w/])"
)
_PHONE_LABEL = re.compile(r"\b(phone|tel|mobile|cell|telephone)\b|📱|☎|✆", re.IGNORECASE)


def _phones(lines: list[Line], head: list[Line]) -> list[TextValue]:
    head_numbers = {ln.number for ln in head}
    out: list[TextValue] = []
    seen: set[str] = set()
    for line in lines:
        if line.number not in head_numbers and not _PHONE_LABEL.search(line.raw):
            continue
        if line.section == "references":
            continue
        for m in PHONE_RE.finditer(line.raw):
            value = m.group(0).strip(" .-")
            digits = re.sub(r"\D", "", value)
            if not 8 <= len(digits) <= 15:
                continue
            if DATE_RANGE.fullmatch(value) or re.fullmatch(r"[\d\s]+", value) and " " in value \
                    and all(len(p) == 4 for p in value.split()):
                continue  # "2019 2021", a date range
            if re.fullmatch(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d", value):
                continue
            if digits in seen:
                continue
            seen.add(digits)
            out.append(TextValue(value=value, evidence=ev(line)))
    return out


_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin",
              "binti", "al", "el", "y", "e", "dos", "das", "du", "ter", "ten", "zu", "ibn", "ní",
              "nic", "mac", "st."}
_NOT_NAME_WORDS = {
    "resume", "résumé", "cv", "curriculum", "vitae", "updated", "page", "contact", "email",
    "phone", "address", "profile", "summary", "portfolio", "welcome", "university",
    "institute", "college", "school", "street", "road", "avenue", "linkedin", "github",
    "objective", "personal", "information", "details", "mobile", "website", "homepage",
}


def _name(head: list[Line], emails: list[TextValue]) -> TextValue | None:
    for line in head[:8]:
        label = re.match(r"^\s*(full\s+)?name\s*[:\-]\s*(.+)$", line.text, re.IGNORECASE)
        if label:
            candidate = _name_candidate(label.group(2))
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
    for line in head[:8]:
        for part in line.fields[:2]:
            candidate = _name_candidate(part)
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
    return None


def _name_candidate(text: str) -> str | None:
    text = text.strip().strip(",;:|")
    if re.fullmatch(r"(\w ){3,}\w( {2,}(\w ){2,}\w)*", text):
        # Letter-spaced display names: "J A N E   R O E".
        text = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", text))
    if re.search(r"[\d@/:,()|•]", text):
        return None
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return None
    capitalised = 0
    for token in tokens:
        bare = token.strip(".")
        if token.lower() in _NOT_NAME_WORDS or bare.lower() in _TITLE_WORDS:
            return None
        if token.lower() in _PARTICLES:
            continue
        if not re.fullmatch(r"[^\W\d_][^\W\d_'’\-.]*(?:[-'’][^\W\d_]+)*\.?", token):
            return None
        if not token[0].isupper():
            return None
        capitalised += 1
    if capitalised < 2:
        return None
    if text.isupper():
        text = " ".join(t.capitalize() if t.lower() not in _PARTICLES else t.lower()
                        for t in tokens)
    return text


_COUNTRIES = {
    "usa", "us", "u.s.", "uk", "u.k.", "united states", "united kingdom", "canada", "germany",
    "france", "spain", "italy", "india", "china", "japan", "korea", "south korea", "s.korea",
    "republic of korea", "brazil", "mexico", "netherlands", "switzerland", "sweden", "norway",
    "denmark", "finland", "poland", "portugal", "ireland", "australia", "new zealand",
    "singapore", "israel", "turkey", "türkiye", "nigeria", "kenya", "south africa", "egypt",
    "argentina", "chile", "colombia", "peru", "vietnam", "viet nam", "indonesia", "pakistan",
    "bangladesh", "philippines", "greece", "austria", "belgium", "czech republic", "czechia",
    "romania", "hungary", "ukraine", "russia", "uae", "united arab emirates", "saudi arabia",
    "ghana", "ethiopia", "morocco", "taiwan", "hong kong", "thailand", "malaysia", "iran",
    "scotland", "england", "wales", "estonia", "latvia", "lithuania", "slovakia", "slovenia",
    "croatia", "serbia", "bulgaria", "iceland", "luxembourg", "uruguay", "venezuela",
}
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB".split()
)


def looks_like_location(text: str) -> bool:
    text = text.strip().strip("()")
    if not text or re.search(r"[@/:]|\d{3,}.*\d{3,}", text) or len(text) > 60:
        return False
    if text.lower() in ("remote", "hybrid", "on-site", "onsite") or text.lower() in _COUNTRIES:
        return True
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or len(parts) > 4 or any(not p for p in parts):
        return False
    if any(w.lower().strip(".") in _TITLE_WORDS or w.lower().strip(".,") in _ORG_WORDS
           for w in text.split()):
        return False
    last = parts[-1]
    if last in _US_STATES or last.lower() in _COUNTRIES or last.lower().strip(".") in _COUNTRIES:
        return True
    # "Seoul, S.Korea", "Pune, Maharashtra": short capitalised words only.
    return all(len(p.split()) <= 3 and p[0].isupper() for p in parts) and len(text.split()) <= 6


def _location(head: list[Line], name: TextValue | None) -> TextValue | None:
    for line in head:
        label = re.match(r"^\s*(location|address|based in|city)\s*[:\-]\s*(.+)$", line.text, re.I)
        if label:
            return TextValue(value=label.group(2).strip(), evidence=ev(line))
    for line in head:
        if name and line.number == name.evidence.line and len(line.fields) == 1:
            continue
        for part in line.fields:
            part = re.sub(r"^[^\w(]+", "", part).strip()
            if EMAIL_RE.search(part) or URL_RE.fullmatch(part):
                continue
            if looks_like_location(part):
                return TextValue(value=part, evidence=ev(line))
    return None


# --- titles and organisations --------------------------------------------------------------

_TITLE_WORDS = {
    "engineer", "engineering", "developer", "scientist", "researcher", "research", "intern",
    "internship", "analyst", "manager", "founder", "co-founder", "cofounder", "cto", "ceo",
    "cfo", "coo", "director", "lead", "leader", "consultant", "assistant", "associate",
    "professor", "lecturer", "postdoc", "postdoctoral", "fellow", "teacher", "tutor",
    "architect", "officer", "head", "vp", "vice", "president", "specialist", "technician",
    "administrator", "designer", "programmer", "student", "coordinator", "trainee",
    "apprentice", "sre", "devops", "quant", "trader", "actuary", "economist", "statistician",
    "physicist", "chemist", "mathematician", "accountant", "editor", "writer", "nurse",
    "owner", "partner", "advisor", "adviser", "mentor", "instructor", "volunteer",
    "contractor", "freelance", "freelancer", "principal", "senior", "junior", "staff", "chief",
    "member", "representative", "supervisor", "operator", "clerk", "executive", "strategist",
    "biologist", "pharmacist", "physician", "surgeon", "musician", "chef", "driver",
    "mechanic", "electrician", "modeller", "modeler", "underwriter", "auditor", "planner",
    "product", "technologist", "candidate", "ta", "ra", "phd", "scholar", "cook", "barista",
    "sales", "marketing", "support", "agent", "inspector", "surveyor", "geologist",
    "programmer/analyst", "data", "software", "machine", "learning", "ml", "full-stack",
    "backend", "frontend", "back-end", "front-end", "hardware", "mechanical", "electrical",
    "civil", "chemical", "quantitative", "teaching", "graduate", "undergraduate", "visiting",
    "tech", "technical", "team", "site", "reliability", "infrastructure", "platform",
    "security", "qa", "test", "systems", "cloud", "lab", "laboratory",
}
# Words that only job titles use (not organisations): decide ties.
_STRONG_TITLE = {
    "engineer", "developer", "scientist", "researcher", "intern", "analyst", "manager",
    "founder", "co-founder", "cofounder", "cto", "ceo", "director", "consultant", "assistant",
    "professor", "lecturer", "postdoc", "fellow", "teacher", "tutor", "architect", "officer",
    "specialist", "technician", "administrator", "designer", "programmer", "student",
    "coordinator", "trainee", "apprentice", "sre", "trader", "actuary", "economist",
    "statistician", "physicist", "chemist", "mathematician", "accountant", "editor", "nurse",
    "advisor", "instructor", "contractor", "freelancer", "lead", "head", "vp", "president",
    "associate", "member", "owner", "partner", "modeller", "modeler", "underwriter",
    "auditor", "planner", "biologist", "pharmacist", "musician", "chef", "strategist",
    "supervisor", "representative", "technologist", "geologist", "inspector", "surveyor",
    "internship", "postdoctoral", "clerk", "executive", "writer", "mentor", "volunteer",
}
_ORG_WORDS = {
    "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "corp", "corp.", "corporation", "gmbh",
    "ag", "sa", "s.a.", "bv", "b.v.", "co", "co.", "company", "university", "universität",
    "université", "universidad", "universidade", "università", "college", "institute",
    "institut", "school", "labs", "laboratories", "laboratory", "technologies", "technology",
    "systems", "solutions", "group", "bank", "capital", "partners", "foundation", "agency",
    "hospital", "clinic", "studio", "studios", "ventures", "network", "services", "consulting",
    "ai", "research", "council", "ministry", "department", "centre", "center", "insurance",
    "holdings", "industries", "international", "associates", "analytics", "software",
    "pharmaceuticals", "therapeutics", "bio", "health", "media", "games", "energy", "motors",
    "airlines", "trust", "fund", "securities", "investments", "academy", "polytechnic",
    "observatory", "nhs", "cern", "government", "office", "society", "press", "limited",
    "s.r.l.", "srl", "oy", "ab", "as", "kk", "pty", "pvt", "private", "public", "cooperative",
    "google", "microsoft", "amazon", "apple", "meta", "facebook", "nvidia", "ibm", "intel",
    "deepmind", "openai", "anthropic", "netflix", "uber", "spotify", "shopify", "stripe",
    "siemens", "bosch", "accenture", "deloitte", "kpmg", "pwc", "mckinsey", "jpmorgan",
    "goldman", "barclays", "hsbc", "nasa", "esa", "airbus", "boeing", "tesla", "samsung",
    "huawei", "alibaba", "tencent", "baidu", "oracle", "sap", "cisco", "adobe", "salesforce",
}


def title_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    strong = sum(1 for w in words if w in _STRONG_TITLE)
    weak = sum(1 for w in words if w in _TITLE_WORDS and w not in _STRONG_TITLE)
    org = sum(1 for w in words if w in _ORG_WORDS)
    score = 2.0 * strong + 0.5 * weak - 1.5 * org
    # "Research Intern" vs "NVIDIA Research": a title usually ends with its strong word.
    if words[-1] in _STRONG_TITLE:
        score += 1.0
    if re.search(r"\b(of|at)\b", text) and strong:
        score += 0.5  # "Head of Data", "Professor of Physics"
    return score


def org_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    org = sum(1 for w in words if w in _ORG_WORDS)
    strong = sum(1 for w in words if w in _STRONG_TITLE)
    score = 2.0 * org - 1.5 * strong
    # Acronyms and brand-like capitalisation ("NVIDIA", "KarrotPay") read as organisations.
    if any(re.fullmatch(r"[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z]\w*", w.strip(".,()"))
           for w in text.split()):
        score += 0.5
    return score


# --- experience ---------------------------------------------------------------------------

_INTERN = re.compile(
    r"\b(intern|internship|trainee|working student|werkstudent|summer (associate|analyst)|"
    r"co-?op|placement|apprentice)\b",
    re.IGNORECASE,
)
_SOFTWARE = re.compile(
    r"\b(software|developer|programmer|devops|sre|site reliability|full[- ]?stack|back[- ]?end|"
    r"front[- ]?end|web|mobile|ml engineer|machine learning engineer|data engineer|platform|"
    r"infrastructure|cloud|architect|cto|tech(nical)? lead|engineering manager|"
    r"member of (the )?technical staff|swe|ios|android|game|applications? engineer|"
    r"systems engineer|security engineer|qa|test automation|coder|it)\b",
    re.IGNORECASE,
)
_RESEARCH = re.compile(
    r"\b(research|researcher|scientist|postdoc|postdoctoral|ph\.?d|doctoral|fellow|professor|"
    r"lecturer|scholar)\b",
    re.IGNORECASE,
)
_QUANT = re.compile(
    r"\b(analyst|quant|quantitative|actuar\w*|statistician|economist|data scientist|trader|"
    r"risk|engineer|physicist|mathematician|modell?er|econometrician|operations research|"
    r"accountant|financial|finance|biostatistician|strategist|underwriter|geophysicist)\b",
    re.IGNORECASE,
)
_TEACHING = re.compile(r"\b(teacher|tutor|instructor|teaching)\b", re.IGNORECASE)


def work_kind(title: str) -> WorkKind:
    if _SOFTWARE.search(title) and not re.search(r"\bweb (designer|editor)\b", title, re.I):
        return WorkKind.software
    if _RESEARCH.search(title):
        return WorkKind.research
    if _TEACHING.search(title):
        return WorkKind.teaching
    if _QUANT.search(title):
        return WorkKind.quantitative
    return WorkKind.other


@dataclass
class _Anchor:
    index: int  # into the section's lines
    dates: DateRange


def _is_header_like(line: Line) -> bool:
    if line.bullet:
        return False
    text = strip_dates(line.text)
    if not text:
        return True
    if len(text.split()) > 14:
        return False
    first = text.lstrip("(\"'“")[:1]
    return not (first.isalpha() and first.islower())


def _experience(lines: list[Line], today: date, *, strict: bool) -> list[ExperienceEntry]:
    anchors: list[_Anchor] = []
    for i, line in enumerate(lines):
        ranges = [r for r in find_ranges(line.raw) if "single" not in r.extra]
        if not ranges:
            # A single date can stand for a short role ("Summer 2019"), but only on a
            # header-like line, not in a bullet about a result.
            singles = [r for r in find_ranges(line.raw) if "single" in r.extra]
            if singles and not line.bullet and _is_header_like(line) and _entry_words(line):
                anchors.append(_Anchor(i, singles[0]))
            continue
        anchors.append(_Anchor(i, ranges[0]))
    entries: list[ExperienceEntry] = []
    used: set[int] = set()
    previous_anchor = -1
    for n, anchor in enumerate(anchors):
        next_anchor = anchors[n + 1].index if n + 1 < len(anchors) else len(lines)
        header = _entry_header(lines, anchor.index, previous_anchor, next_anchor, used)
        previous_anchor = anchor.index
        fields = _header_fields(header)
        title, organisation = _title_and_org(fields)
        if strict and not title:
            continue  # without headings, only lines that clearly name a job count
        if not title and not organisation:
            continue
        entry = _make_entry(title, organisation, anchor.dates, header or [lines[anchor.index]],
                            today)
        entries.append(entry)
    return _merge_same_role(entries)


def _entry_words(line: Line) -> bool:
    text = strip_dates(line.text)
    return title_score(text) > 0 or org_score(text) > 0


def _entry_header(
    lines: list[Line], index: int, previous_anchor: int, next_anchor: int, used: set[int]
) -> list[Line]:
    """The lines naming the entry whose dates are on lines[index]: the date line itself when
    it is not a bullet, and the header-like lines just above it (not past the previous
    entry's bullets); failing those, the lines just below."""
    header: list[Line] = []
    anchor_line = lines[index]
    if not anchor_line.bullet and strip_dates(anchor_line.text):
        header.append(anchor_line)
    j = index - 1
    taken = 0
    while j > previous_anchor and j >= 0 and taken < 2:
        line = lines[j]
        if line.bullet or j in used or not _is_header_like(line):
            break
        after_bullet = j > 0 and lines[j - 1].bullet
        # A short line right after a bullet is that bullet's wrapped tail, not a header.
        if after_bullet and taken == 0 and line.words <= 2 and not _entry_words(line):
            break
        if after_bullet and len(line.text) > 0 and line.text[0].islower():
            break
        header.insert(0, line)
        taken += 1
        j -= 1
        if after_bullet:
            break
    # The title or organisation may sit on the line below the dates ("Acme – City  2019 –
    # 2021" then "Data Analyst"): read on while the entry still lacks one of them.
    k = index + 1
    while k < min(next_anchor, index + 3):
        if header:
            title, org = _title_and_org(_header_fields(header))
            if title and org:
                break
        line = lines[k]
        if line.bullet or not _is_header_like(line) or k in used or line.words > 8:
            break
        if line.text.rstrip().endswith(".") or find_ranges(line.raw):
            break
        header.append(line)
        k += 1
    for line in header:
        used.add(lines.index(line))
    return header


def _header_fields(header: list[Line]) -> list[str]:
    fields: list[str] = []
    for line in header:
        for part in line.fields:
            part = strip_dates(part)
            part = re.sub(r"\(\s*\d+\s*(years?|yrs?|months?|mos?)[^)]*\)", "", part, flags=re.I)
            part = re.sub(r"^\d+\s*(years?|yrs?)(\s*\d+\s*months?)?$", "", part, flags=re.I)
            part = part.strip(" ,;:–—-")
            if not part:
                continue
            # Split "Title, Organisation – City, ST" into its pieces.
            for piece in re.split(r"\s+[–—-]\s+|\s+@\s+|\s+at\s+(?=[A-Z])", part):
                piece = piece.strip(" ,;:")
                if not piece or looks_like_location(piece) or piece.startswith("<"):
                    continue
                fields.append(piece)
    out: list[str] = []
    for f in fields:
        if "," in f and not looks_like_location(f):
            pieces = [p.strip() for p in f.split(",") if p.strip()]
            # Keep "Acme, Inc." together.
            merged: list[str] = []
            for p in pieces:
                if merged and p.lower().strip(".") in {"inc", "ltd", "llc", "co", "corp",
                                                        "gmbh", "plc", "s.a", "sa", "ag"}:
                    merged[-1] = f"{merged[-1]}, {p}"
                elif not looks_like_location(p) and p not in _US_STATES and \
                        p.lower() not in _COUNTRIES:
                    merged.append(p)
            out.extend(merged)
        else:
            out.append(f)
    return [_balance(f) for f in out if re.search(r"[^\W\d_]", f) and not f.startswith("<")]


def _balance(text: str) -> str:
    """Close a bracket the splitting cut off: "Acme Pay (KarrotPay" → "Acme Pay (KarrotPay)"."""
    text = text.strip()
    if text.count("(") > text.count(")"):
        text += ")"
    elif text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip()
    return text


def _title_and_org(fields: list[str]) -> tuple[str, str]:
    if not fields:
        return "", ""
    if len(fields) == 1:
        only = fields[0]
        return (only, "") if title_score(only) > org_score(only) else ("", only)
    best: tuple[float, str, str] | None = None
    for i, t in enumerate(fields[:4]):
        for j, o in enumerate(fields[:4]):
            if i == j:
                continue
            score = title_score(t) + org_score(o) - 0.01 * (i + j)
            # Layouts put the title first slightly more often; break ties that way.
            score += 0.05 if i < j else 0
            if best is None or score > best[0]:
                best = (score, t, o)
    assert best is not None
    return best[1], best[2]


def _make_entry(
    title: str, organisation: str, dates: DateRange, header: list[Line], today: date
) -> ExperienceEntry:
    start = dates.start.iso() if dates.start else None
    end = dates.end.iso() if dates.end else None
    if "single" in dates.extra:
        start = end
    return ExperienceEntry(
        title=title,
        organisation=organisation,
        start=start,
        end=None if dates.present else end,
        present=dates.present,
        months=dates.months(today) if "single" not in dates.extra else None,
        kind=work_kind(title),
        internship=bool(_INTERN.search(title)),
        evidence=ev(header[0]),
    )


def _merge_same_role(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    out: list[ExperienceEntry] = []
    for e in entries:
        if out and (e.title, e.organisation, e.start) == (
            out[-1].title,
            out[-1].organisation,
            out[-1].start,
        ):
            continue
        out.append(e)
    return out


# --- education ----------------------------------------------------------------------------

_INSTITUTION = re.compile(
    r"\b(universit(y|é|ä|à|at|e|ad|ade|eit|ät)|college|institut(e|o)?|school|academy|"
    r"polytechnic|politecnico|polytechnique|hochschule|conservatory|conservatoire|"
    r"ETH|EPFL|MIT|Caltech|KAIST|POSTECH|UCL|LSE|NYU|UCLA|CMU|IIT|IISc|TU \w+|"
    r"[ée]cole|lyc[ée]e|gymnasium|seminary|kolej|uniwersytet)\b",
    re.IGNORECASE,
)
_DEGREES: list[tuple[str, DegreeLevel]] = [
    (r"ph\.?\s?d\.?|d\.?phil|doctor(ate)?( of [a-z ]+)?|dr\. rer\. nat\.|sc\.?d\.?", DegreeLevel.doctorate),
    (r"m\.?\s?sc\.?|m\.?\s?s\.?|m\.?\s?eng\.?|m\.?\s?a\.?|m\.?\s?phil\.?|m\.?\s?res\.?|"
     r"mba|m\.?\s?tech\.?|master'?s?( of [a-z ]+)?|meng|mmath|msci|ll\.?m\.?|diplom|"
     r"m\.?\s?stat\.?|mfa|mpp|mpa|mph",
     DegreeLevel.master),
    (r"b\.?\s?sc\.?|b\.?\s?s\.?|b\.?\s?eng\.?|b\.?\s?a\.?|b\.?\s?tech\.?|b\.?\s?e\.?|"
     r"bachelor'?s?( of [a-z ]+)?|licen[cs]e|licenciatura|laurea|beng|bba|bcom|b\.?\s?com\.?|"
     r"ll\.?b\.?|a\.?b\.?|s\.?b\.?|bfa|bmus|b\.?\s?math",
     DegreeLevel.bachelor),
    (r"associate'?s?( degree| of [a-z ]+)?|a\.?\s?a\.?s\.?|hnd|foundation degree", DegreeLevel.associate),
    (r"high school( diploma)?|a[- ]levels?|abitur|baccalaur[ée]at|secondary school|ged|"
     r"international baccalaureate|\bib diploma",
     DegreeLevel.secondary),
    (r"diploma|certificate|postgraduate certificate|pgce|nanodegree", DegreeLevel.other),
]
_DEGREE_RE = [
    (re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])", re.IGNORECASE), level)
    for pattern, level in _DEGREES
]
_FIELD_WORDS = re.compile(
    r"\b(science|sciences|engineering|mathematics|maths?|physics|statistics|economics|biology|"
    r"chemistry|computing|informatics|computer|finance|accounting|business|management|"
    r"psychology|philosophy|history|literature|english|linguistics|music|arts?|design|"
    r"medicine|law|education|geology|geography|astronomy|astrophysics|neuroscience|"
    r"bioinformatics|data|actuarial|operations|econometrics|electronics|electrical|mechanical|"
    r"civil|chemical|aerospace|materials|architecture|sociology|political|politics|studies|"
    r"nursing|pharmacy|biochemistry|genetics|ecology|humanities|journalism|theology|"
    r"robotics|mechatronics|statistical|applied|theoretical|quantitative|cognitive|"
    r"languages|french|german|spanish)\b",
    re.IGNORECASE,
)


@dataclass
class _Edu:
    lines: list[Line] = field(default_factory=list)
    institution: str = ""
    degree: str = ""
    level: DegreeLevel | None = None
    field_: str = ""
    dates: list[DateRange] = field(default_factory=list)


def find_degree(text: str) -> tuple[str, DegreeLevel, tuple[int, int]] | None:
    for regex, level in _DEGREE_RE:
        for m in regex.finditer(text):
            word = m.group(0)
            # Two-letter abbreviations need their capitals: "MS", "BA", "B.S." – not "ms",
            # "as" or "a.b." in prose.
            letters = re.sub(r"[^A-Za-z]", "", word)
            if len(letters) <= 3 and not re.search(r"[A-Z]", word[:1]):
                continue
            if len(letters) <= 2 and not (letters.isupper() or "." in word):
                continue
            if level is DegreeLevel.other and not re.search(r"diploma|certificate", text, re.I):
                continue
            return word.strip(), level, m.span()
    return None


def _education(lines: list[Line]) -> list[EducationEntry]:
    entries: list[_Edu] = []
    current: _Edu | None = None
    pending_dates: list[DateRange] = []
    for line in lines:
        text = line.text
        if line.bullet and not (_INSTITUTION.search(text) and find_degree(text)):
            # Bullets carry details (GPA, thesis); dates sometimes sit at their right.
            if current is not None and not current.dates:
                current.dates.extend(r for r in find_ranges(line.raw) if r.start or r.end)
            continue
        inst = _find_institution(line)
        degree = find_degree(strip_dates(text))
        dates = find_ranges(line.raw)
        starts_new = current is None or (
            (inst and current.institution) or (degree and current.degree and not inst)
        )
        if not inst and not degree:
            if dates and current is not None and not current.dates:
                current.dates.extend(dates)
            elif dates and not strip_dates(text):
                pending_dates = dates  # a date line above the entry it belongs to
            continue
        if starts_new:
            current = _Edu()
            entries.append(current)
            if pending_dates:
                current.dates.extend(pending_dates)
                pending_dates = []
        assert current is not None
        current.lines.append(line)
        if inst and not current.institution:
            current.institution = inst
        if degree and not current.degree:
            current.degree, current.level = degree[0], degree[1]
            current.field_ = _field_of_study(line, degree[2], inst)
        if dates and not current.dates:
            current.dates.extend(dates)
    out: list[EducationEntry] = []
    for e in entries:
        if not e.institution:
            e.institution = _fallback_institution(e)
        if not (e.institution or e.degree):
            continue
        start, end = _years(e.dates)
        out.append(
            EducationEntry(
                institution=e.institution,
                degree=e.degree,
                level=e.level,
                field=e.field_,
                start_year=start,
                end_year=end,
                evidence=ev(e.lines[0]),
            )
        )
    return out


def _find_institution(line: Line) -> str:
    for part in line.fields:
        part = strip_dates(part)
        for piece in re.split(r"\s+[–—-]\s+|,\s+(?=[A-Z])", part):
            if _INSTITUTION.search(piece) and not find_degree_only(piece):
                degree = find_degree(piece)
                if degree and degree[2][0] == 0:
                    # "PhD Princeton University" (a degree column run into the name).
                    piece = piece[degree[2][1] :]
                return _balance(piece.strip(" ,;:"))
    return ""


def find_degree_only(piece: str) -> bool:
    """True when the piece is only a degree ("BSc in Physics"), not an institution."""
    degree = find_degree(piece)
    if not degree:
        return False
    rest = piece[: degree[2][0]] + " " + piece[degree[2][1] :]
    return not _INSTITUTION.search(rest)


def _field_of_study(line: Line, span: tuple[int, int], institution: str) -> str:
    text = strip_dates(line.text)
    for regex, _level in _DEGREE_RE:
        for degree_match in regex.finditer(text):
            after = text[degree_match.end() :]
            after = re.sub(
                r"^\s*(\(hons?\.?\)|\(honours\)|hons\.?|with honou?rs)\s*", " ", after,
                flags=re.I,
            )
            m = re.match(
                r"^\s*(?:of\s+(?:science|arts|engineering)\s+)?(?:in|of|,|:|–|-)?\s*"
                r"([^,;|()\t]+)",
                after,
                re.IGNORECASE,
            )
            candidate = m.group(1).strip() if m else ""
            if institution and institution in candidate:
                candidate = candidate.split(institution)[0].strip(" ,–-")
            candidate = re.split(r"\s+[–—-]\s+|\s+at\s+|\s+from\s+|,", candidate)[0].strip()
            if candidate and _FIELD_WORDS.search(candidate) and not _INSTITUTION.search(candidate):
                return candidate[:80]
    # "Princeton University, Computer Science": the field after the institution.
    for part in line.fields:
        for piece in re.split(r",\s*|\s+[–—-]\s+", strip_dates(part)):
            piece = piece.strip()
            if piece and _FIELD_WORDS.search(piece) and not _INSTITUTION.search(piece) \
                    and not find_degree(piece) and not looks_like_location(piece):
                return piece[:80]
    return ""


def _fallback_institution(e: _Edu) -> str:
    for line in e.lines:
        for part in line.fields:
            part = strip_dates(part).strip()
            if not part or find_degree(part) or looks_like_location(part):
                continue
            if org_score(part) >= 0 and part[0].isupper() and len(part.split()) <= 8:
                return part
    return ""


def _years(dates: list[DateRange]) -> tuple[int | None, int | None]:
    if not dates:
        return None, None
    d = dates[0]
    start = d.start.year if d.start else None
    end = d.end.year if d.end else None
    return start, end


# --- publications ---------------------------------------------------------------------------


def _publications(lines: list[Line]) -> Publications:
    if not lines:
        return Publications()
    # An entry starts at a bullet or number, or at a title line with a date at its right.
    starts = [ln for ln in lines if ln.bullet]
    if not starts:
        starts = [
            ln
            for ln in lines
            if len([f for f in ln.fields if not f.startswith("<")]) >= 2
            and find_ranges([f for f in ln.fields if not f.startswith("<")][-1])
        ]
    if not starts:
        starts = [ln for ln in lines if DATE_POINT.search(ln.raw) and ln.words >= 4]
    titles: list[TextValue] = []
    for ln in starts:
        title = _publication_title(ln)
        if title:
            titles.append(TextValue(value=title, evidence=ev(ln)))
    return Publications(count=len(starts), titles=titles)


def _publication_title(line: Line) -> str:
    quoted = re.search(r"[“\"]([^”\"]{8,200})[”\"]", line.text)
    if quoted:
        return quoted.group(1).strip(" .,")
    first = line.fields[0] if line.fields else line.text
    sentences = [s.strip() for s in re.split(r"(?<=[a-z0-9\)])\.\s+", first) if s.strip()]
    # "Doe, J., Roe, A. (2021). Title. Venue." – skip the author list.
    if len(sentences) >= 2 and re.search(r"\b[A-Z]\.\s*,|et al|\(\d{4}\)", sentences[0]):
        return strip_dates(sentences[1])[:200]
    return strip_dates(first)[:200]


# --- skills -------------------------------------------------------------------------------


@dataclass
class _Vocabulary:
    regex: re.Pattern[str]
    ambiguous: re.Pattern[str] | None
    canonical: dict[str, tuple[str, SkillCategory]]
    ambiguous_canonical: dict[str, tuple[str, SkillCategory]]


@functools.cache
def vocabulary() -> _Vocabulary:
    data = tomllib.loads(
        resources.files("parsers").joinpath("data/skills.toml").read_text(encoding="utf-8")
    )
    canonical: dict[str, tuple[str, SkillCategory]] = {}
    ambiguous: dict[str, tuple[str, SkillCategory]] = {}
    for category, skills in data.items():
        cat = SkillCategory(category)
        for name, aliases in skills.items():
            items = aliases if isinstance(aliases, list) else [aliases]
            for alias in items:
                if isinstance(alias, dict):
                    for word in alias.get("ambiguous", []):
                        ambiguous[word] = (name, cat)
                else:
                    canonical[alias.lower()] = (name, cat)
    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    regex = re.compile(rf"(?<![\w+#.-])(?:{alternation(list(canonical))})(?![\w+#-])",
                       re.IGNORECASE)
    amb = (
        re.compile(rf"(?<![\w+#.-])(?:{alternation(list(ambiguous))})(?![\w+#-])")
        if ambiguous
        else None
    )
    return _Vocabulary(regex, amb, canonical, ambiguous)


def _skills(lines: list[Line]) -> list[Skill]:
    vocab = vocabulary()
    found: dict[str, Skill] = {}
    for line in lines:
        if line.section in ("references",):
            continue
        for m in vocab.regex.finditer(line.raw):
            name, cat = vocab.canonical[m.group(0).lower()]
            if name not in found:
                found[name] = Skill(name=name, category=cat, evidence=ev(line))
        if vocab.ambiguous is not None and line.section in ("skills", "summary"):
            # Skills lines are lists: "Languages: Python, R, Go". A lone capital R in prose
            # is not the language R.
            if "," not in line.raw and ":" not in line.raw and "\t" not in line.raw:
                continue
            for m in vocab.ambiguous.finditer(line.raw):
                name, cat = vocab.ambiguous_canonical[m.group(0)]
                if name not in found:
                    found[name] = Skill(name=name, category=cat, evidence=ev(line))
    return list(found.values())


# --- signals ------------------------------------------------------------------------------

_MATH_FIELDS = re.compile(
    r"\b(math\w*|physics|statistic\w*|actuarial|operations research|econometrics|"
    r"applied math\w*|theoretical computer science|quantitative|astrophysics|astronomy)\b",
    re.IGNORECASE,
)
_STEM_FIELDS = re.compile(
    r"\b(engineering|computer|computing|informatics|economics|electrical|electronics|"
    r"mechanical|aerospace|chemistry|data|finance|robotics|mechatronics|neuroscience|"
    r"bioinformatics|science)\b",
    re.IGNORECASE,
)
def _years_of(entries: list[ExperienceEntry], today: date) -> float | None:
    intervals: list[tuple[int, int]] = []
    for e in entries:
        if e.start is None or (e.end is None and not e.present):
            continue
        start = _month_index(e.start, end=False)
        end = today.year * 12 + today.month - 1 if e.present else _month_index(e.end or "", end=True)
        if end >= start:
            intervals.append((start, end))
    if not intervals:
        return 0.0
    intervals.sort()
    total = 0
    cur_start, cur_end = intervals[0]
    for s, e in intervals[1:]:
        if s <= cur_end + 1:
            cur_end = max(cur_end, e)
        else:
            total += cur_end - cur_start + 1
            cur_start, cur_end = s, e
    total += cur_end - cur_start + 1
    return round(total / 12, 1)


def _month_index(value: str, *, end: bool) -> int:
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (6 if end else 7)
    return year * 12 + month - 1


def _signals(profile: ResumeProfile, lines: list[Line], today: date) -> Signals:
    signals = Signals()
    evidence: dict[str, list[Evidence]] = {}
    professional = [e for e in profile.experience if not e.internship]
    signals.years_professional = _years_of(professional, today)
    evidence["years_professional"] = [e.evidence for e in professional]
    software = [e for e in professional if e.kind is WorkKind.software]
    signals.years_software = _years_of(software, today) if profile.experience else None
    evidence["years_software"] = [e.evidence for e in software]
    quant = [e for e in professional if e.kind in (WorkKind.research, WorkKind.quantitative)]
    signals.years_quantitative = _years_of(quant, today) if profile.experience else None
    evidence["years_quantitative"] = [e.evidence for e in quant]

    ranked = [e for e in profile.education if e.level is not None]
    if ranked:
        best = max(ranked, key=lambda e: DEGREE_RANK[e.level or DegreeLevel.other])
        signals.highest_degree = best.level
        signals.highest_degree_field = best.field
        evidence["highest_degree"] = [best.evidence]

    ml_skills = [s for s in profile.skills if s.category in (SkillCategory.ml,
                                                             SkillCategory.ml_framework)
                 and s.name not in ("NumPy", "pandas")]
    rl_skills = [s for s in profile.skills if s.category is SkillCategory.rl]
    signals.ml_exposure = bool(ml_skills or rl_skills)
    evidence["ml_exposure"] = [s.evidence for s in ml_skills + rl_skills][:6]
    signals.deep_rl_exposure = bool(rl_skills)
    evidence["deep_rl_exposure"] = [s.evidence for s in rl_skills][:6]

    math_skills = [s for s in profile.skills if s.category is SkillCategory.math]
    math_degrees = [e for e in profile.education if _MATH_FIELDS.search(e.field or e.degree)]
    stem_degrees = [
        e
        for e in profile.education
        if e.level in (DegreeLevel.bachelor, DegreeLevel.master, DegreeLevel.doctorate)
        and _STEM_FIELDS.search(e.field or e.degree)
    ]
    quant_research = [e for e in profile.experience if e.kind is WorkKind.quantitative]
    if math_degrees or len(math_skills) >= 3 or (stem_degrees and math_skills):
        signals.math_background = MathLevel.strong
    elif math_skills or stem_degrees or quant_research:
        signals.math_background = MathLevel.some
    evidence["math_background"] = (
        [e.evidence for e in math_degrees + stem_degrees] + [s.evidence for s in math_skills]
    )[:6]
    signals.evidence = {k: v for k, v in evidence.items() if v}
    return signals

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
import itertools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from parsers.bounds import first_lines
from parsers.models import ResumeDocument
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
    SECTION_WORDS,
    DateRange,
    Line,
    assign_sections,
    find_ranges,
    looks_like_resume,
    make_lines,
    strip_dates,
)


def _data(name: str) -> dict[str, list[str]]:
    """A vocabulary file from parsers/data/ (operator-editable word lists)."""
    text = resources.files("parsers").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tomllib.loads(text)


_WORDS: dict[str, set[str]] = {key: set(values) for key, values in _data("words.toml").items()}
_PLACES = _data("places.toml")

# Document flags after which the text must not be read for facts (see read_resume).
UNUSABLE_FLAGS = {"no_text_layer", "encrypted", "corrupt", "not_a_document", "empty", "no_text"}
MIN_MEANINGFUL_CHARS = 50
# The profile reads this much of the text (whole lines): a long CV is about 30 KB; a larger
# "resume" is a dump, and reading all of it only lets hostile text buy time.
MAX_PROFILE_CHARS = 200_000


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
    text = first_lines(doc.text, MAX_PROFILE_CHARS)
    if set(doc.flags) & UNUSABLE_FLAGS or _meaningful(text) < MIN_MEANINGFUL_CHARS:
        return profile
    today = today or date.today()
    # `(cid:N)` placeholders of undecodable glyphs are dropped rather than guessed from.
    text = re.sub(r"\(cid:\d+\)", "", text)
    # Control characters are font or layout residue (a text layer may begin with a NUL).
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    text = _LETTER_SPACED_LINE.sub(_unspace, text)
    lines = make_lines(text)
    headings = assign_sections(lines)
    profile.sections = [Section(name=s, heading=h, line=n) for s, h, n in headings]
    head = _header_lines(lines)
    zone = _contact_zone(lines, head)

    profile.emails = _emails(lines)
    profile.links = _links(lines, zone)
    profile.phones = _phones(lines, zone)
    profile.name = _name(head, profile.emails, lines)
    profile.location = _location(zone, profile.name)
    edu_lines = [ln for ln in lines if ln.section == "education"]
    exp_lines = [ln for ln in lines if ln.section == "experience"]
    if not headings:
        # No headings to go by: lines naming a degree or a school are education, the
        # dated rest may be jobs.
        edu_lines = [ln for ln in lines if _INSTITUTION.search(ln.text) or find_degree(ln.text)]
        numbers = {ln.number for ln in edu_lines}
        exp_lines = [ln for ln in lines if ln.number not in numbers]
    profile.education = _education(edu_lines)
    profile.experience = _experience(exp_lines, today, strict=not headings)
    profile.publications = _publications([ln for ln in lines if ln.section == "publications"])
    profile.skills = _skills(lines)
    profile.signals = _signals(profile, lines, today)
    profile.looks_like_resume = looks_like_resume(doc.text)
    return profile


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# A whole line set in letter-spaced display type, punctuation and all:
# "m a r t a . k o w a l s k a @ e x a m p l e . p l" ("   " between words).
_LETTER_SPACED_LINE = re.compile(
    r"(?m)^[ \t]*(?:\S(?: \S){3,}|\S(?: \S)+(?: {2,}\S(?: \S)*)+)[ \t]*$"
)


def _unspace(match: re.Match[str]) -> str:
    return " ".join(w.replace(" ", "") for w in re.split(r" {2,}", match.group(0).strip()))


def _meaningful(text: str) -> int:
    # Only "enough or not" matters: look at the start of the text.
    return len(re.findall(r"[^\W_]", re.sub(r"\(cid:\d+\)", "", text[:4000])))


def ev(line: Line) -> Evidence:
    return Evidence(section=line.section, line=line.number, text=line.raw.strip()[:200])


def _header_lines(lines: list[Line]) -> list[Line]:
    """The contact block: the lines before the first heading (or a "Contact" section), up
    to the first sentence of prose, plus any of the first dozen lines that carry contact
    details (layouts put them beside the name, or under the first heading)."""
    head: list[Line] = []
    for ln in lines:
        if ln.section not in ("header", "contact", "body"):
            continue
        if _is_prose(ln):
            if ln.section == "contact":
                continue
            break
        head.append(ln)
        if len(head) >= 15:
            break
    numbers = {ln.number for ln in head}
    for ln in lines[:12]:
        if (
            ln.number not in numbers
            and not _is_prose(ln)
            and (EMAIL_RE.search(ln.raw) or _PHONE_LABEL.search(ln.raw) or "<http" in ln.raw)
        ):
            head.append(ln)
    return sorted(head, key=lambda ln: ln.number)


def _is_prose(line: Line) -> bool:
    fields = [f for f in line.fields if not f.startswith("<")]
    words = sum(len(f.split()) for f in fields)
    return words >= 9 and len(fields) == 1 and not EMAIL_RE.search(line.raw)


def _contact_zone(lines: list[Line], head: list[Line]) -> list[Line]:
    """Where contact details may be: the header, and the short lines among the first dozen
    (moderncv and others set them beside the name, below the first heading)."""
    numbers = {ln.number for ln in head}
    extra = [
        ln
        for ln in lines[:12]
        if ln.number not in numbers
        and ln.section not in ("heading", "experience", "education", "publications")
        and not _is_prose(ln)
        and ln.words <= 8
    ]
    return sorted(head + extra, key=lambda ln: ln.number)


# --- contact ------------------------------------------------------------------------------

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,}(?![\w-])"
)


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
    # "Not the domain of an e-mail address": the look-ahead for its "@" is bounded (a local part
    # is at most 64 characters); unbounded, it rescanned a long dotted token once per label.
    rf"|(?<![@\w.\-/])(?:[a-z0-9][a-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s<>()\"'|,;]*)?(?![\w@.-]{{0,254}}@)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_MAYBE_URL = re.compile(r"[^\W_]\.[a-z]{2,}|https?:|www\.", re.IGNORECASE)
_PLATFORMS = {
    "github.com": LinkKind.github,
    "gitlab.com": LinkKind.gitlab,
    "linkedin.com": LinkKind.linkedin,
    "arxiv.org": LinkKind.arxiv,
}
# Known hosts that are not somebody's own site.
_OTHER_HOSTS = _WORDS["other_hosts"]


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
        if not _MAYBE_URL.search(line.raw) and line.number not in head_numbers:
            continue  # cheap test first: the full URL pattern is slow on long text
        email_spans = [m.span() for m in EMAIL_RE.finditer(line.raw)] if "@" in line.raw else []
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
            if kind in (LinkKind.personal, LinkKind.other) and not _stands_alone(raw_url, line):
                continue  # "… through fast.ai." names a site, it is not the applicant's
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
    r"\b(github|gitlab|linkedin)(?:[-_ ](?:square|alt|in|box))?\s*+[:/|]?\s*+@?"
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


def _stands_alone(url: str, line: Line) -> bool:
    if re.match(r"(https?://|www\.)", url, re.IGNORECASE) or (url in line.raw and "<" in line.raw):
        return True
    return any(url in f and len(url) >= 0.6 * len(f.strip(" .,;")) for f in line.fields)


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
            if DATE_RANGE.fullmatch(value) or (
                re.fullmatch(r"[\d\s]+", value)
                and " " in value
                and all(len(p) == 4 for p in value.split())
            ):
                continue  # "2019 2021", a date range
            if re.fullmatch(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d", value):
                continue
            if digits in seen:
                continue
            seen.add(digits)
            out.append(TextValue(value=value, evidence=ev(line)))
    return out


_PARTICLES = _WORDS["particles"]
_NOT_NAME_WORDS = _WORDS["not_name_words"]


# "Name:", "Full name -", and the Europass forms "Name / Surname", "Surname(s) / First
# name(s)": a label, then the name (a colon is optional only after the Europass pair or when
# the label is a field of its own).
_NAME_PART = r"(?:(?:full|first|given|last|family)\s+)?(?:name|surname)(?:\(s\))?"
_NAME_LABEL = re.compile(
    rf"(?i)^\s*+{_NAME_PART}(?:\s*+/\s*+{_NAME_PART}(?:\s*+[:\-]\s*+|\s++)|\s*+[:\-]\s*+)"
    r"(?P<value>\S.*)$"
)
_NAME_LABEL_ALONE = re.compile(rf"(?i)^\s*+{_NAME_PART}(?:\s*+/\s*+{_NAME_PART})?\s*+:?\s*+$")
# A section label printed in front of the name on its line (Europass 2013: "PERSONAL
# INFORMATION   Katherine Johnson").
_LEADING_LABEL = re.compile(
    r"(?i)^\s*(?:personal\s+(?:information|details|data)|contact\s+(?:information|details))"
    r"(?:\s*+:\s*+|\s++)(?P<rest>\S.*)$"
)


def _labelled_name(value: str) -> str | None:
    """The name after a "Name" label; "Meitner, Lise" (surname first, as Europass asks) is
    read as "Lise Meitner"."""
    candidate = _name_candidate(value)
    if candidate:
        return candidate
    surname, comma, given = value.partition(",")
    if comma and "," not in given:
        return _name_candidate(f"{given.strip()} {surname.strip()}")
    return None


def _name(
    head: list[Line], emails: list[TextValue], lines: list[Line] | None = None
) -> TextValue | None:
    for line in head[:8]:
        label = _NAME_LABEL.match(line.text)
        if label:
            candidate = _labelled_name(label.group("value"))
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
        if len(line.fields) >= 2 and _NAME_LABEL_ALONE.match(line.fields[0]):
            candidate = _labelled_name(line.fields[1])
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
    top = head[:8]
    for i, line in enumerate(top):
        if i < 3 and line.number <= 6:
            # "王小明", "山田 花子", "김민수": a name in a script without capitals.
            cjk = _cjk_name(line)
            if cjk:
                return TextValue(value=cjk, evidence=ev(line))
        for part in line.fields[:2]:
            labelled = _LEADING_LABEL.match(part)
            if labelled:
                part = labelled.group("rest")
            candidate = _name_candidate(part) or (
                _name_before_extras(part) if i < 3 and emails else None
            )
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
        # A big name in a narrow column wraps: "Tomás" over "Herrera".
        nxt = head[i + 1] if i + 1 < len(head) else None
        if (
            nxt is not None
            and nxt.number == line.number + 1
            and len(line.fields) == 1
            and len(nxt.fields) == 1
            and line.words == 1
            and nxt.words == 1
        ):
            candidate = _name_candidate(f"{line.text} {nxt.text}")
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
    for a, b in itertools.pairwise(head):
        if len(a.fields) == 1 and len(b.fields) == 1 and a.words == 1 and b.words == 1:
            candidate = _name_candidate(f"{a.text} {b.text}")
            # Two one-word lines further down are as likely a sidebar's list of skills
            # ("SQLAlchemy" / "CodeIgniter", "Python" / "Haskell") as a wrapped name.
            if candidate and not any(_is_skill(w) for w in candidate.split()):
                return TextValue(value=candidate, evidence=ev(a))
    # Multi-column layouts put the name anywhere in the text order (a right-hand sidebar
    # comes after the main column's first lines, so no header is seen): there, a name only
    # counts when the applicant's own e-mail address spells it.
    locals_ = [_fold(e.value.split("@")[0]) for e in emails[:3]]
    if not locals_:
        return None
    for line in (lines or head)[:20]:
        for part in line.fields[:3]:
            candidate = _name_candidate(part) or _mononym(part, line, head)
            if candidate and _spelled_by(candidate, locals_):
                return TextValue(value=candidate, evidence=ev(line))
    return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_FOLD_EXTRA).replace("ß", "ss")


_FOLD_EXTRA = str.maketrans("ıłøđ", "ilod")


def _spelled_by(name: str, local_parts: list[str]) -> bool:
    """True when an e-mail local part spells the name: "david.kovacs" for "Dávid Kovács",
    "sukarni" for "Sukarni"; two of its words, or one of five letters or more."""
    words = [w for w in re.split(r"[^\w]+", _fold(name)) if len(w) >= 3]
    words = [w for w in words if w not in _PARTICLES]
    for local in local_parts:
        hits = [w for w in words if w in local]
        if len(hits) >= 2 or any(len(w) >= 5 for w in hits) or (hits and len(words) == 1):
            return True
    return False


def _mononym(text: str, line: Line, head: list[Line]) -> str | None:
    """A single-word name ("Sukarni"), alone on the first line of the header: only ever
    taken when the e-mail address spells it (see `_name`)."""
    if not head or line.number != head[0].number or len(line.fields) != 1:
        return None
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_]{3,20}", word) or not word[0].isupper():
        return None
    lower = word.lower()
    if lower in _NOT_NAME_WORDS or lower in _TITLE_WORDS or lower in _PARTICLES:
        return None
    if looks_like_location(word) or lower in _COUNTRIES:
        return None
    return word.capitalize() if word.isupper() else word


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff"
_CJK_NAME = re.compile(rf"[{_CJK}]{{2,4}}|[{_CJK}]{{1,3}} [{_CJK}]{{1,3}}")
# Characters of the words a CJK resume heads itself and its sections with (简历, 履歴書,
# 个人信息, 教育背景, 工作经历, 이력서 …), never of a name line alone.
_CJK_NOT_NAME = set(
    "简簡历歷歴履书書信息资資料育背景经經验驗职職业業技能联聯系繫项項目评評价價求个個人"
    "学學校院历基本况況方式简介自我紹介連絡先氏名年月日現在"
    "이력서자기소개학력경력"
)


def _cjk_name(line: Line) -> str | None:
    if len(line.fields) != 1:
        return None
    text = line.fields[0].strip()
    if not _CJK_NAME.fullmatch(text) or set(text) & _CJK_NOT_NAME:
        return None
    return text


# What may follow a name on its line, in one field: a separator, a degree, a year, a phone
# number or an e-mail address.
_AFTER_NAME = re.compile(r"\s+(?:[—–|·•]|-\s|\(|(?:19|20)\d\d\b|\+?\d|\S+@)|,\s")
_RESUME_WORD = r"(?:curriculum\s+vitae|r[ée]sum[ée]|cv)"
# "Curriculum Vitae – Jane Roe", "Resume of Jane Roe", "Jane Roe – CV", "Jane Roe's resume".
_RESUME_OF = re.compile(
    rf"(?i)^{_RESUME_WORD}\s*(?:of\b|[-–—:|])\s*(?P<a>.+)$"
    rf"|^(?P<b>.+?)(?:['’]s)?\s*(?:[-–—:|]\s*)?{_RESUME_WORD}$"
)


def _name_before_extras(text: str) -> str | None:
    """The name at the start of "Jane Roe — MSc Physics, 2019", "Jane Roe (she/her)",
    "Jane Roe 2024", "Jane Roe +44 20 7946 0958": cut at the first separator, bracket, year,
    phone number or address; or the name beside "Curriculum Vitae" / "Resume"."""
    titled = _RESUME_OF.match(text.strip())
    if titled:
        return _name_candidate(titled.group("a") or titled.group("b") or "")
    m = _AFTER_NAME.search(text)
    if not m or m.start() == 0:
        return None
    head, rest = text[: m.start()], text[m.start() :].strip(" ,")
    if re.search(r"(?:[:#]|\b\w{1,3}\.)$", head):
        return None  # "OMB Number: 4040-0004", "Agreement No. 010099": a label and a number
    phone = re.match(r"\+?[\d\s().-]{7,}", rest)
    if not (
        re.match(r"[—–|·•(\-]|(?:19|20)\d\d\b(?!-\d)|\S+@\S+\.\w", rest)
        or (phone and len(re.sub(r"\D", "", phone.group(0))) >= 7)
        or find_degree(rest)
    ):
        return None
    return _name_candidate(head)


_CREDENTIALS = re.compile(
    # Only from the start of a run of spaces: from inside it, each space rescanned the run.
    r",?(?<!\s)\s++(ph\.?\s?d\.?|m\.?sc\.?|mba|cfa|frm|fia|fsa|p\.?\s?eng\.?|pe|cpa|md|"
    r"m\.?d\.|b\.?sc\.?|msc|jr\.?|sr\.?|ii|iii|"
    # "Dr.", and the German doctorates "Dr. rer. nat.", "Dr.-Ing.", "Dr. med. dent.".
    r"dr\.?(?:[ -](?:rer|phil|med|ing|jur|nat|pol|oec|soc|dent|vet|sc|techn)\b\.?){0,3})\.?\s*$",
    re.IGNORECASE,
)
# Section words that are also surnames or given names stay possible in a name.
_NAME_LIKE_SECTION_WORDS = {"stack", "side", "open", "source", "service", "online", "tech", "jobs"}
_SECTION_TOKENS = {
    w for names in SECTION_WORDS.values() for n in names for w in n.split()
} - _NAME_LIKE_SECTION_WORDS
# Personal-data labels that head a line of their own ("Nationality American").
_DATA_LABELS = {
    "nationality", "citizenship", "gender", "born", "birth", "birthday", "marital", "religion",
    "telephone", "tel", "fax", "dob", "age", "visa", "driving",
}  # fmt: skip


def _is_skill(word: str) -> bool:
    return " ".join(_skill_tokens(word.lower())) in vocabulary().canonical


def _camel_case(token: str) -> bool:
    """A product name, not a person's: "SQLAlchemy", "CodeIgniter", "JavaScript". Names keep
    their inner capitals after a short prefix ("McDonald", "MacArthur", "DeShawn",
    "FitzGerald")."""
    return bool(re.search(r"[A-Z]{2}[a-z]|[a-z]{3}[A-Z]", token.removeprefix("Fitz")))


def _name_candidate(text: str) -> str | None:
    text = text.strip().strip(",;:|")
    # "Jane Doe, PhD", "Jane Doe, CFA": letters after the name are not the name.
    for _ in range(2):
        text = _CREDENTIALS.sub("", text)
    text = re.sub(r"^(dr|prof)\.?\s+", "", text, flags=re.IGNORECASE)
    if re.fullmatch(r"(\w ){3,}\w( {2,}(\w ){2,}\w)*", text):
        # Letter-spaced display names: "J A N E   R O E".
        text = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", text))
    if re.search(r"[\d@/:,()|•]", text):
        return None
    tokens = text.split()
    # Up to five words, and the lower-case particles of "María José García de la Fuente".
    if not 2 <= len(tokens) <= 7 or sum(t.lower() not in _PARTICLES for t in tokens) > 5:
        return None
    capitalised = 0
    if tokens[0].lower() in _DATA_LABELS:
        return None
    for token in tokens:
        bare = token.strip(".")
        if bare.lower() in _ORG_WORDS:
            return None  # "Acme Corp", "Kilimo Fresh Ltd": an organisation
        if bare.lower() in _SECTION_TOKENS or _camel_case(bare):
            return None  # "Kovalevskaya Positions": a heading beside a sidebar's name
        if bare.lower() in ("name", "surname"):
            return None  # "First Name", "Last Name": a form's labels
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
    if looks_like_location(text) or any(t.lower() in _COUNTRIES for t in tokens):
        return None  # "New York", "Berlin Germany": a place above the name
    if text.isupper():
        text = " ".join(
            t.capitalize() if t.lower() not in _PARTICLES else t.lower() for t in tokens
        )
    return text


_ORG_WORDS = {
    "inc", "ltd", "llc", "llp", "corp", "corporation", "gmbh", "ag", "plc", "co", "company",
    "group", "bank", "labs", "lab", "technologies", "solutions", "systems", "consulting",
    "services", "foundation", "ministry", "department", "hospital", "agency", "studio",
}  # fmt: skip
_COUNTRIES = set(_PLACES["countries"])
_US_STATES = set(_PLACES["us_states"])
_STATE_NAMES = set(_PLACES["us_state_names"])
_CITIES = set(_PLACES["cities"])


def looks_like_location(text: str, *, loose: bool = False) -> bool:
    """A place: "San Francisco, CA", "Göteborg, Sweden", "Remote". With `loose` (a field
    standing apart at the right of an entry's line, where layouts put the place) any short
    "Town, Region" counts too."""
    text = text.strip().strip("()")
    if not text or re.search(r"[@/:]|\d{3,}.*\d{3,}", text) or len(text) > 60:
        return False
    lowered = text.lower()
    if lowered in ("remote", "hybrid", "on-site", "onsite") or lowered in _COUNTRIES:
        return True
    if lowered in _CITIES or (lowered.split(",")[0].strip() in _CITIES and "," in lowered):
        return not any(w in _ORG_WORDS for w in lowered.replace(",", " ").split())
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or len(parts) > 4 or any(not p for p in parts):
        return False
    bare_words = [w.lower().strip(".,;:()") for w in text.split()]
    if any(w in _TITLE_WORDS or w in _ORG_WORDS or _strong_title_word(w) for w in bare_words):
        return False
    last = parts[-1]
    if last in _US_STATES or last.lower() in _COUNTRIES or last.lower().strip(".") in _COUNTRIES:
        return True
    # "Pune, Maharashtra": short capitalised words only, and only where a place is expected.
    return (
        loose
        and all(len(p.split()) <= 3 and p[0].isupper() for p in parts)
        and len(text.split()) <= 6
    )


def _address_place(text: str) -> str | None:
    """The town of a postal address: "123 Main St, Springfield, IL 62704" -> "Springfield,
    IL"; "Via Roma 12, 20121 Milano (Italy)" -> "Milano (Italy)"."""
    us = _US_TOWN_STATE_ZIP.search(text)
    if us and us.group(2) in _US_STATES:
        return f"{us.group(1).strip()}, {us.group(2)}"
    if not re.search(r"\d", text):
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2:
        last = re.sub(r"\b\d[\d -]{2,}\b", "", parts[-1]).strip()
        country = _trailing_parenthesis(last)
        if (country is not None and country.lower() in _COUNTRIES) or last.lower() in _COUNTRIES:
            return last
    return None


# The town is bounded: unbounded, `[A-Z][A-Za-z .'-]+,` ran from every capital letter of a
# long line to its end (a 100 KB one-line resume took 64 s). Towns are far shorter.
_US_TOWN_STATE_ZIP = re.compile(r"([A-Z][A-Za-z .'-]{1,80}),\s*+([A-Z]{2})\s+\d{5}(?:-\d{4})?\b")


def _trailing_parenthesis(text: str) -> str | None:
    r"""What the parenthesis closing `text` holds ("Milano (Italy)" -> "Italy"), as the regex
    `\(([^)]*)\)$` found it, without its scan from every "(" to the end."""
    if not text.endswith(")"):
        return None
    body = text[:-1]
    opening = body.find("(", body.rfind(")") + 1)
    return body[opening + 1 :] if opening >= 0 else None


def _location(head: list[Line], name: TextValue | None) -> TextValue | None:
    for line in head:
        label = re.match(r"^\s*(location|address|based in|city)\s*[:\-]\s*(.+)$", line.text, re.I)
        if label:
            return TextValue(value=label.group(2).strip(), evidence=ev(line))
    for line in head:
        for part in line.fields:
            place = _address_place(part)
            if place:
                return TextValue(value=place, evidence=ev(line))
    for line in head:
        if name and line.number == name.evidence.line and len(line.fields) == 1:
            continue
        for part in line.fields:
            part = re.sub(r"^[^\w(]+", "", part).strip()
            if EMAIL_RE.search(part) or URL_RE.fullmatch(part):
                continue
            if looks_like_location(part, loose=True):
                return TextValue(value=part, evidence=ev(line))
    return None


# --- titles and organisations --------------------------------------------------------------

_TITLE_WORDS = _WORDS["title_words"]
# Words that only job titles use (not organisations): decide ties.
_STRONG_TITLE = _WORDS["strong_title"]
_ORG_WORDS = _WORDS["org_words"]


def _strong_title_word(word: str) -> bool:
    # Professions named by suffix: geophysicist, statistician, technologist, librarian.
    return word in _STRONG_TITLE or (
        len(word) >= 7 and word.endswith(("ist", "ician", "ologist", "arian"))
    )


@functools.lru_cache(maxsize=4096)
def title_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    strong = sum(1 for w in words if _strong_title_word(w))
    weak = sum(1 for w in words if w in _TITLE_WORDS and not _strong_title_word(w))
    org = sum(1 for w in words if w in _ORG_WORDS)
    score = 2.0 * strong + 0.5 * weak - 1.5 * org
    # "Research Intern" vs "NVIDIA Research": a title usually ends with its strong word.
    if _strong_title_word(words[-1]):
        score += 1.0
    if re.search(r"\b(of|at)\b", text) and strong:
        score += 0.5  # "Head of Data", "Professor of Physics"
    return score


@functools.lru_cache(maxsize=4096)
def org_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    org = sum(1 for w in words if w in _ORG_WORDS)
    strong = sum(1 for w in words if _strong_title_word(w))
    score = 2.0 * org - 1.5 * strong
    # Acronyms and brand-like capitalisation ("NVIDIA", "KarrotPay") read as organisations.
    if any(
        re.fullmatch(r"[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z]\w*", w.strip(".,()"))
        for w in text.split()
    ):
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
    if re.search(r"\bdata scien", title, re.IGNORECASE):
        return WorkKind.quantitative
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
    if text.rstrip().endswith(".") and len(text.split()) >= 6:
        return False  # a sentence of description, not a title or a name
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
    group_org = ""
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
        if title and not organisation and group_org:
            # Several roles under one employer line ("ACME CORP" / "Senior Engineer, 2018 –"
            # / "Engineer, 2015 – 2017"): later roles belong to the same employer.
            organisation = group_org
        entry = _make_entry(
            title, organisation, anchor.dates, header or [lines[anchor.index]], today
        )
        entries.append(entry)
        # An organisation named on a line of its own, above the dated title line, heads a
        # group of roles.
        org_lines = [ln for ln in header if ln.number != lines[anchor.index].number]
        if organisation and any(organisation in ln.text for ln in org_lines):
            group_org = organisation
        elif organisation:
            group_org = ""
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
    taken_at: list[int] = []  # indices of the header's lines, marked used at the end
    anchor_line = lines[index]
    if not anchor_line.bullet and strip_dates(anchor_line.text):
        header.append(anchor_line)
        taken_at.append(index)
    j = index - 1
    taken = 0
    while j > previous_anchor and j >= 0 and taken < 2:
        line = lines[j]
        if line.bullet or j in used or not _is_header_like(line):
            break
        if header and lines[j + 1].number - line.number > 1:
            break  # a blank line above a complete header ends the entry
        after_bullet = j > 0 and lines[j - 1].bullet
        # A short line right after a bullet is that bullet's wrapped tail, not a header.
        if after_bullet and taken == 0 and line.words <= 2 and not _entry_words(line):
            break
        if after_bullet and len(line.text) > 0 and line.text[0].islower():
            break
        header.insert(0, line)
        taken_at.append(j)
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
        taken_at.append(k)
        k += 1
    # The indices are known here: a map of every line rebuilt per dated line was quadratic
    # (36,000 dated lines took 100 s).
    used.update(taken_at)
    return header


_TABLE_HEADER_WORDS = _WORDS["table_header_words"]
# "(2 years 3 months)": the rest of the bracket is bounded, or every "(1 year" of a long line
# without a ")" scanned to the line's end.
_DURATION = re.compile(
    r"\(\s*\d+\s*(years?|yrs?|months?|mos?)[^)]{0,200}\)|^\d+\s*(years?|yrs?)(\s*\d+\s*months?)?$"
    r"|^\d+\s*months?$",
    re.IGNORECASE,
)


def _place_like(text: str) -> bool:
    """A town or region standing alone: "Milan", "Santa Clara, CA", "Remote"."""
    if looks_like_location(text, loose=True):
        return True
    words = text.split()
    if not 1 <= len(words) <= 3 or re.search(r"[\d&@/()]", text):
        return False
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in _ORG_WORDS or w in _TITLE_WORDS or _strong_title_word(w) for w in lowered):
        return False
    return all(w[:1].isupper() for w in words)


def _split_comma(piece: str) -> list[str]:
    """ "Title, Organisation, City, ST" into its parts; an organisation's own comma ("Acme,
    Inc.", "R.O.K Cyber Command, MND") stays."""
    parts = [p.strip() for p in piece.split(",") if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and part.lower().strip(".") in _CORPORATE_SUFFIXES:
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    # Trailing places go: "Groupon, Chicago, IL" -> "Groupon", "UniCredit S.p.A., Milan
    # (Italy)" -> "UniCredit S.p.A.".
    popped_region = False
    while len(merged) > 1:
        last = re.sub(r"\s*\(([^)]*)\)$", "", merged[-1]).strip()
        country_in_parens = re.search(r"\(([^)]*)\)$", merged[-1])
        region = (
            last in _US_STATES
            or last.lower().strip(".") in _COUNTRIES
            or bool(country_in_parens and country_in_parens.group(1).lower() in _COUNTRIES)
        )
        if region:
            popped_region = True  # the part before a state or country is its town
            merged.pop()
            continue
        if last.lower() in _CITIES or (
            popped_region and _place_like(last) and len(last.split()) <= 2
        ):
            popped_region = False
            merged.pop()
            continue
        break
    if len(merged) == 1:
        return merged
    titled = [
        m for m in merged if any(_strong_title_word(w.lower().strip(".()")) for w in m.split())
    ]
    if titled and len(titled) < len(merged):
        return merged
    return [", ".join(merged)]


_CORPORATE_SUFFIXES = _WORDS["corporate_suffixes"]


def _header_fields(header: list[Line]) -> list[tuple[str, bool]]:
    """The named pieces of an entry's header lines, without dates, durations and places:
    (text, placeish) where placeish marks a piece standing where layouts put the place."""
    fields: list[tuple[str, bool]] = []
    for line in header:
        words = re.findall(r"[a-z]+", line.text.lower())
        if words and all(w in _TABLE_HEADER_WORDS for w in words):
            continue  # a table's column headings
        date_seen = False
        for index, part in enumerate(line.fields):
            if part.startswith("<"):
                continue
            had_date = bool(DATE_RANGE.search(part) or DATE_POINT.search(part))
            after_date = date_seen
            date_seen = date_seen or had_date
            text = _DURATION.sub("", strip_dates(part)).strip(" ,;:–—-·|")
            if not text:
                continue
            right = index > 0 and (index == len(line.fields) - 1 or after_date)
            if right and looks_like_location(text, loose=True):
                continue
            pieces = re.split(r"\s+[–—-]\s+|\s+@\s+|\s+·\s+|\s+at\s+(?=[A-Z])", text)
            for n, piece in enumerate(pieces):
                piece = piece.strip(" ,;:")
                if not piece or not re.search(r"[^\W\d_]", piece):
                    continue
                last_piece = n > 0 and n == len(pieces) - 1
                if last_piece and looks_like_location(piece, loose=True):
                    continue
                placeish = (right or last_piece or (had_date and n > 0)) and _place_like(piece)
                for k, sub in enumerate(_split_comma(piece)):
                    sub_place = placeish or (k > 0 and _place_like(sub)) or looks_like_location(sub)
                    fields.append((_balance(sub), sub_place))
    return fields


def _balance(text: str) -> str:
    """Close a bracket the splitting cut off: "Acme Pay (KarrotPay" → "Acme Pay (KarrotPay)"."""
    text = text.strip()
    if text.count("(") > text.count(")"):
        text += ")"
    elif text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip()
    return text


def _title_and_org(fields: list[tuple[str, bool]]) -> tuple[str, str]:
    if not fields:
        return "", ""
    if len(fields) == 1:
        only, placeish = fields[0]
        if title_score(only) > org_score(only):
            return only, ""
        return ("", "") if placeish else ("", only)
    best: tuple[float, str, str] | None = None
    for i, (t, t_place) in enumerate(fields[:5]):
        for j, (o, o_place) in enumerate(fields[:5]):
            if i == j:
                continue
            score = title_score(t) + org_score(o) - 0.01 * (i + j)
            # A piece where the place usually stands is a poor organisation or title.
            score -= 1.5 * o_place + 3.0 * t_place
            # Layouts put the title first slightly more often; break ties that way.
            score += 0.005 if i < j else 0
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
    r"\b(universi\w*|univ\.|uniwersytet|üniversitesi|college|institut\w*|school|academy|"
    r"polytechnic|politecnico|polytechnique|hochschule|conservat\w+|"
    r"ETH|EPFL|MIT|Caltech|KAIST|POSTECH|UCL|LSE|NYU|UCLA|UCSD|CMU|IIT|IISc|TU \w+|"
    r"[ée]cole|lyc[ée]e|gymnasium|seminary|kolej|bootcamp|coursera|edx|udacity)\b",
    re.IGNORECASE,
)
_OF_SUBJECT = (
    r"(?: of (?:science|arts|engineering|technology|business administration|laws|law|"
    r"education|fine arts|music|philosophy|commerce|applied science|computer science|"
    r"mathematics|medicine|pharmacy|public health|public policy|economics))?"
)
_DEGREES: list[tuple[str, DegreeLevel]] = [
    (
        rf"ph\.?\s?d\.?|d\.?\s?phil\.?|doctor(?:ate)?{_OF_SUBJECT}|dr\. rer\. nat\.|"
        r"sc\.?d\.?|pharm\.?\s?d\.?|m\.d\.|md|j\.d\.|ed\.?d\.?|psy\.?d\.?|dvm|dds",
        DegreeLevel.doctorate,
    ),
    (
        rf"m\.?\s?sc\.?|m\.?\s?s\.?|m\.?\s?eng\.?|m\.?\s?a\.?|m\.?\s?phil\.?|m\.?\s?res\.?|"
        rf"mba|m\.?\s?tech\.?|master'?s?{_OF_SUBJECT}|meng|mmath|msci|ll\.?m\.?|diplom|"
        r"m\.?\s?stat\.?|mfa|mpp|mpa|mph|m\.?\s?ed\.?|pme|laurea magistrale|"
        r"magist(?:er|ra|ère)|m\.?\s?comp\.?",
        DegreeLevel.master,
    ),
    (
        rf"b\.?\s?sc\.?|b\.?\s?s\.?|b\.?\s?eng\.?|b\.?\s?a\.?|b\.?\s?tech\.?|b\.?\s?e\.?|"
        rf"bachelor'?s?{_OF_SUBJECT}|licen[cs]e|licenciatura|laurea|beng|bba|bcom|"
        r"b\.?\s?com\.?|ll\.?b\.?|a\.?b\.?|s\.?b\.?|bfa|bmus|b\.?\s?math|b\.?\s?comp\.?",
        DegreeLevel.bachelor,
    ),
    (
        r"associate'?s?(?: degree| of [a-z]+)?|a\.?\s?a\.?s\.?|hnd|foundation degree",
        DegreeLevel.associate,
    ),
    (
        r"high school(?: diploma)?|a[- ]levels?|abitur|baccalaur[ée]at|secondary school|ged|"
        r"international baccalaureate|ib diploma",
        DegreeLevel.secondary,
    ),
    (
        r"diploma|certificate|postgraduate certificate|pgce|nanodegree|specialization",
        DegreeLevel.other,
    ),
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
    for i, line in enumerate(lines):
        text = line.text
        if line.bullet and not (_INSTITUTION.search(text) and find_degree(text)):
            # Bullets carry details (GPA, thesis); dates sometimes sit at their right.
            if current is not None and not current.dates:
                current.dates.extend(r for r in find_ranges(line.raw) if r.start or r.end)
            continue
        inst = _find_institution(line, lines[i + 1] if i + 1 < len(lines) else None)
        degree = find_degree(strip_dates(text))
        dates = find_ranges(line.raw)
        if not inst and not degree and dates and current is not None and current.dates:
            # "Coursera    2023" / "Hack Reactor - Certificate": an institution the
            # vocabulary does not know, on a dated line of its own.
            inst = _unknown_institution(line)
        starts_new = current is None or bool(
            (inst and current.institution)
            or (degree and current.degree and not inst)
            # Two dated lines are two entries, whatever the first one lacked.
            or (inst and dates and current.dates)
        )
        if not inst and not degree:
            if dates and current is not None and not current.dates:
                current.dates.extend(dates)
            elif dates and not strip_dates(text):
                pending_dates = dates  # a date line above the entry it belongs to
            elif dates and current is None:
                inst = _unknown_institution(line)
                if not inst:
                    continue
            else:
                continue
            if not inst:
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


def _unknown_institution(line: Line) -> str:
    first = strip_dates(line.fields[0] if line.fields else line.text)
    first = re.split(r"\s+[–—-]\s+", first)[0].strip(" ,;:")
    if not first or len(first.split()) > 6 or not first[0].isupper() or _place_like(first):
        return ""
    if title_score(first) > 0 or find_degree(first):
        return ""
    return first


def _find_institution(line: Line, following: Line | None = None) -> str:
    for part in line.fields:
        part = strip_dates(part)
        pieces = [p for p in re.split(r"\s+[–—-]\s+|,\s+(?=[A-Z])", part) if p.strip()]
        for n, piece in enumerate(pieces):
            if not _INSTITUTION.search(piece) or find_degree_only(piece):
                continue
            degree = find_degree(piece)
            if degree and degree[2][0] == 0:
                # "PhD Princeton University" (a degree column run into the name).
                piece = piece[degree[2][1] :]
            name = piece.strip(" ,;:")
            # "University of California, San Diego": a campus after the comma is part of
            # the name (a field of study or a degree is not).
            state = re.match(r"(?i)univ\w*\s+of\s+(.+)$", name)
            if state and state.group(1).lower() in _STATE_NAMES and n + 1 < len(pieces):
                nxt = pieces[n + 1].strip(" ,;:()")
                if _place_like(nxt) and not _FIELD_WORDS.search(nxt) and not find_degree(nxt):
                    name = f"{name}, {nxt}"
            # A name wrapped in a narrow column: "Pontificia Universidad Católica" / "de
            # Chile".
            if (
                following is not None
                and name == part.strip(" ,;:")
                and len(following.fields) == 1
                and re.match(r"(de|of|du|di|del|der|für|and|&)\s+\w", following.text)
                and following.words <= 4
            ):
                name = f"{name} {following.text}"
            return _balance(name)
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
                r"^\s*(\(hons?\.?\)|\(honours\)|hons\.?|with honou?rs)\s*",
                " ",
                after,
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
            candidate = re.split(r"\s+[–—-]\s*|\s+at\s+|\s+from\s+|,", candidate)[0].strip()
            if candidate and _FIELD_WORDS.search(candidate) and not _INSTITUTION.search(candidate):
                return candidate[:80]
    # "Princeton University, Computer Science": the field after the institution.
    for part in line.fields:
        for piece in re.split(r",\s*|\s+[–—-]\s+", strip_dates(part)):
            piece = piece.strip()
            if (
                piece
                and _FIELD_WORDS.search(piece)
                and not _INSTITUTION.search(piece)
                and not find_degree(piece)
                and not looks_like_location(piece)
            ):
                return piece[:80]
    return ""


def _fallback_institution(e: _Edu) -> str:
    """The institution of an entry whose name has no telltale word ("Fundação Getulio
    Vargas", "Hack Reactor"): the piece of its lines that is not the degree, the field, a
    date or a place."""
    for line in e.lines:
        for part in line.fields:
            for piece in re.split(r"\s+[–—-]\s+|,\s+|\s+\|\s+", strip_dates(part)):
                piece = piece.strip(" ,;:()")
                if not piece or find_degree(piece) or looks_like_location(piece):
                    continue
                if (e.field_ and piece in e.field_) or (
                    _FIELD_WORDS.search(piece)
                    and not re.search(r"[A-Z]{2,}|\b(of|de|do|da|di)\b", piece)
                ):
                    continue
                if org_score(piece) >= 0 and piece[0].isupper() and len(piece.split()) <= 8:
                    return _balance(piece)
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
        starts = [ln for ln in lines if _dated_title_line(ln)]
    titles: list[TextValue] = []
    for ln in starts:
        title = _publication_title(ln)
        if title:
            titles.append(TextValue(value=title, evidence=ev(ln)))
    return Publications(count=len(starts), titles=titles)


def _dated_title_line(line: Line) -> bool:
    """A line that opens or closes with a date and has words besides: "July 2023 Title of
    the paper", "Title of the paper, 2021" – not "… (NeurIPS 2023)", a venue."""
    text = " ".join(f for f in line.fields if not f.startswith("<"))
    if len(strip_dates(text).split()) < 4:
        return False
    m_start = DATE_POINT.match(text)
    m_end = re.search(rf"(?:{DATE_POINT.pattern})\W*$", text, re.IGNORECASE)
    if m_end and "(" in text[max(0, m_end.start() - 15) : m_end.start()]:
        m_end = None
    return bool(m_start or m_end)


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
    canonical: dict[str, tuple[str, SkillCategory]]  # lower-case alias -> skill
    ambiguous: dict[str, tuple[str, SkillCategory]]  # exact-case alias -> skill
    longest: dict[str, int]  # first word of an alias -> words in its longest alias


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
                    canonical[" ".join(_skill_tokens(alias.lower()))] = (name, cat)
    longest: dict[str, int] = {}
    for key in canonical:
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return _Vocabulary(canonical, ambiguous, longest)


_LABELLED_LIST = re.compile(r"^\s*[A-Z][\w &/-]{1,30}:\s*\S+(,\s*\S+){2,}")
_SKILL_TOKEN = re.compile(r"[^\W_][\w+#./-]*[\w+#]|[^\W_]")


def _skill_tokens(text: str) -> list[str]:
    # Words as skills are written: "C++", "C#", "node.js", "ci/cd", "scikit-learn".
    return _SKILL_TOKEN.findall(text)


def _skills(lines: list[Line]) -> list[Skill]:
    """Skills named in the resume, by looking up each run of up to a few words in the
    vocabulary (a dictionary lookup: a regex of hundreds of alternatives is too slow)."""
    vocab = vocabulary()
    found: dict[str, Skill] = {}
    for line in lines:
        if line.section in ("references", "heading"):
            continue
        text = re.sub(r"<[^<>\s]+>", " ", line.raw)  # link targets; `<` inside is never one
        tokens = _skill_tokens(text.lower())
        for i, token in enumerate(tokens):
            span = vocab.longest.get(token)
            if span is None:
                continue
            for n in range(min(span, len(tokens) - i), 0, -1):
                hit = vocab.canonical.get(" ".join(tokens[i : i + n]))
                if hit and hit[0] not in found:
                    found[hit[0]] = Skill(name=hit[0], category=hit[1], evidence=ev(line))
                    break
        if (line.section == "skills" and re.search(r"[,:\t;|/]", text)) or _LABELLED_LIST.match(
            text
        ):
            # Skills lines are lists: "Languages: Python, R, Go". A lone capital R in prose
            # is not the language R.
            for token in re.split(r"[\s,:;|/()]+", text):
                hit = vocab.ambiguous.get(token.strip("."))
                if hit and hit[0] not in found:
                    found[hit[0]] = Skill(name=hit[0], category=hit[1], evidence=ev(line))
    return list(found.values())


def clear_caches() -> None:
    """Forget memoised scores (benchmarks time each resume cold)."""
    title_score.cache_clear()
    org_score.cache_clear()
    from parsers import resume_text

    resume_text.clear_caches()


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
        end = (
            today.year * 12 + today.month - 1 if e.present else _month_index(e.end or "", end=True)
        )
        if end >= start:
            intervals.append((start, end))
    if not intervals:
        return 0.0
    intervals.sort()
    total = 0
    cur_start, cur_end = intervals[0]
    for lo, hi in intervals[1:]:
        if lo <= cur_end + 1:
            cur_end = max(cur_end, hi)
        else:
            total += cur_end - cur_start + 1
            cur_start, cur_end = lo, hi
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
    software = [e for e in professional if e.kind is WorkKind.software]
    quant = [e for e in professional if e.kind in (WorkKind.research, WorkKind.quantitative)]
    # Doctoral study is research work: its years count as quantitative/research years.
    for edu in profile.education:
        if edu.level is DegreeLevel.doctorate and edu.start_year and edu.end_year:
            ongoing = edu.end_year > today.year
            quant.append(
                ExperienceEntry(
                    title=f"Doctoral research ({edu.degree})",
                    organisation=edu.institution,
                    start=str(edu.start_year),
                    end=None if ongoing else str(edu.end_year),
                    present=ongoing,
                    kind=WorkKind.research,
                    evidence=edu.evidence,
                )
            )
    # No entries found is "unknown", not "zero years".
    if profile.experience:
        signals.years_professional = _years_of(professional, today)
        signals.years_software = _years_of(software, today)
    if profile.experience or quant:
        signals.years_quantitative = _years_of(quant, today)
    evidence["years_professional"] = [e.evidence for e in professional]
    evidence["years_software"] = [e.evidence for e in software]
    evidence["years_quantitative"] = [e.evidence for e in quant]

    ranked = [e for e in profile.education if e.level is not None]
    if ranked:
        best = max(ranked, key=lambda e: DEGREE_RANK[e.level or DegreeLevel.other])
        signals.highest_degree = best.level
        signals.highest_degree_field = best.field
        evidence["highest_degree"] = [best.evidence]

    ml_skills = [
        s
        for s in profile.skills
        if s.category in (SkillCategory.ml, SkillCategory.ml_framework)
        and s.name not in ("NumPy", "pandas")
    ]
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

"""Who a resume is about: the name, emails, links, phones and location at the top of it.

The name is the most guarded fact: a candidate line must read as a person's name (not a
heading, a title, a place, a skill list, a label), and where none does the profile has no
name rather than a wrong one (issue 11: never a wrong name where "none" is possible). Every
fact keeps the line it was read from."""

from __future__ import annotations

import itertools
import re
import unicodedata

from parsers.resume_history import find_degree
from parsers.resume_profile import (
    Link,
    LinkKind,
    TextValue,
)
from parsers.resume_text import (
    DATE_RANGE,
    SECTION_WORDS,
    Line,
    letter_spaced,
)
from parsers.resume_words import (
    CITIES,
    COUNTRIES,
    ORG_WORDS,
    STATE_NAMES,
    TITLE_WORDS,
    US_STATES,
    WORDS,
    ev,
    looks_like_location,
    skill_tokens,
    title_score,
    vocabulary,
)

# --- contact ------------------------------------------------------------------------------

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,}(?![\w-])"
)


def find_emails(lines: list[Line]) -> list[TextValue]:
    out: list[TextValue] = []
    seen: set[str] = set()
    for k, line in enumerate(lines):
        if line.section == "references":
            continue  # referees' addresses are not the applicant's
        for m in EMAIL_RE.finditer(line.raw):
            value = m.group(0).lower().rstrip(".")
            if m.start() == len(line.raw) - len(line.raw.lstrip()) and k:
                value = _wrapped_at_hyphen(lines[k - 1], line) + value
            if value not in seen and not value.endswith((".png", ".jpg")):
                seen.add(value)
                out.append(TextValue(value=value, evidence=ev(line)))
    return out


# The start of an address a narrow column broke at a hyphen: "… Reply via: c17-" over
# "w48@screening.example".
_ADDRESS_HEAD = re.compile(r"(?:^|\s)([a-z0-9][a-z0-9._+]*-)$", re.IGNORECASE)


def _wrapped_at_hyphen(prev: Line, line: Line) -> str:
    """What the line before adds to an address that opens `line`: "c17-", or nothing."""
    if prev.number != line.number - 1:
        return ""
    m = _ADDRESS_HEAD.search(prev.raw.rstrip())
    return m.group(1).lower() if m else ""


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
_OTHER_HOSTS = WORDS["other_hosts"]


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


def find_links(lines: list[Line], head: list[Line]) -> list[Link]:
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


PHONE_LABEL = re.compile(r"\b(phone|tel|mobile|cell|telephone)\b|📱|☎|✆", re.IGNORECASE)


def find_phones(lines: list[Line], head: list[Line]) -> list[TextValue]:
    head_numbers = {ln.number for ln in head}
    out: list[TextValue] = []
    seen: set[str] = set()
    for line in lines:
        if line.number not in head_numbers and not PHONE_LABEL.search(line.raw):
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


_PARTICLES = WORDS["particles"]
_NOT_NAME_WORDS = WORDS["not_name_words"]
_JOB_TITLES_ABROAD = frozenset(WORDS["job_titles_abroad"])


# "Name:", "Full name -", and the Europass forms "Name / Surname", "Surname(s) / First
# name(s)": a label, then the name (a colon is optional only after the Europass pair or when
# the label is a field of its own).
_NAME_PART = r"(?:(?:full|first|given|last|family)\s+)?(?:name|surname)(?:\(s\))?"
NAME_LABEL = re.compile(
    rf"(?i)^\s*+{_NAME_PART}(?:\s*+/\s*+{_NAME_PART}(?:\s*+[:\-]\s*+|\s++)|\s*+[:\-]\s*+)"
    r"(?P<value>\S.*)$"
)


_NAME_LABEL_ALONE = re.compile(rf"(?i)^\s*+{_NAME_PART}(?:\s*+/\s*+{_NAME_PART})?\s*+:?\s*+$")


# A section label printed in front of the name on its line (Europass 2013: "PERSONAL
# INFORMATION   Katherine Johnson").
_LEADING_LABEL = re.compile(
    r"(?i)^\s*(?:personal\s+(?:information|details|data)|contact\s+(?:information|details)|"
    # Europass's logo word before the name ("europass Dmitrii Volkov").
    r"europass|"
    # A greeting that introduces the name: "Hi, I'm …", "Hello, I am …", "Olá, eu sou …".
    r"(?:(?:hi|hello|hey|hallo|bonjour|hola|olá|ola|ciao)\b[,!]?\s*+)?"
    r"(?:i['’]m|i\s+am|my\s+name\s+is|ich\s+bin|je\s+suis|eu\s+sou|soy|mi\s+chiamo|me\s+llamo))"
    r"(?:\s*+:\s*+|\s++)(?P<rest>\S.*)$"
)


# "(مريم سعيد النعيمي)" after the Latin name: brackets holding no Latin letter.
_OWN_SCRIPT_AFTER = re.compile(r"(?<!\s)\s*+\((?=[^()]*[^\x00-\u036f])[^()A-Za-z]{2,60}\)\s*+$")


# What stands in a "Name" field of an anonymised document.
_WITHHELD = re.compile(
    r"\W*+(?:withheld|redacted|anonymi[sz]ed|hidden|removed|blinded|not\s+(?:shown|disclosed|"
    r"given)|confidential|x{3,}|\*{3,}|█+)",
    re.IGNORECASE,
)


def _labelled_name(value: str) -> str | None:
    """The name after a "Name" label; "Meitner, Lise" (surname first, as Europass asks) is
    read as "Lise Meitner"; "Mariam Al Nuaimi (مريم النعيمي)" as the Latin name."""
    value = _OWN_SCRIPT_AFTER.sub("", value)
    candidate = _name_candidate(value)
    if candidate:
        return candidate
    surname, comma, given = value.partition(",")
    if comma and "," not in given:
        return _name_candidate(f"{given.strip()} {surname.strip()}")
    return None


def find_name(
    head: list[Line], emails: list[TextValue], lines: list[Line] | None = None
) -> TextValue | None:
    """The applicant's name: the first of the header's lines that reads as one; but when the
    applicant's own address spells another name in the first lines and not that one (a job
    title, a heading or a greeting in a language the word lists miss), the spelled one."""
    found = _first_name(head, emails, lines)
    if found is not None:
        found = _in_full(found, head)
    locals_ = [_fold(e.value.split("@")[0]) for e in emails[:3]]
    if found is None or not locals_ or _spelled_by(found.value, locals_):
        return found
    if not re.search(r"[A-Za-z]", found.value):
        return found  # "山田 花子": no address spells a name in its own script
    seen = {ln.number for ln in head}
    for line in [*head, *(ln for ln in (lines or [])[:25] if ln.number not in seen)]:
        for part in line.fields[:3]:
            candidate = _name_candidate(part)
            if candidate and _spelled_by(candidate, locals_):
                return TextValue(value=candidate, evidence=ev(line))
    return None if _contradicted(found.value, locals_[0]) else found


_INITIAL = re.compile(r"[^\W\d_]\.")


def _in_full(found: TextValue, head: list[Line]) -> TextValue:
    """ "Y. Benali" from a running header, where the page below says "Dr Yacine Benali": the
    name as the header writes it in full, the same surname without initials."""
    tokens = found.value.split()
    if not any(_INITIAL.fullmatch(t) for t in tokens):
        return found
    surname = _fold(tokens[-1])
    for line in head[:10]:
        for part in line.fields[:2]:
            full = _name_candidate(part)
            words = full.split() if full else []
            if (
                full
                and len(words) >= 2
                and _fold(words[-1]) == surname
                and not any(_INITIAL.fullmatch(w) for w in words)
            ):
                return TextValue(value=full, evidence=ev(line))
    return found


def _contradicted(name: str, local: str) -> bool:
    """The applicant's address reads as a name ("camila.vargas.r": two words of three letters
    or more) and the name found shares no word with it ("Va Rga S", a heading, a firm): a
    wrong name is worse than none."""
    parts = [p for p in re.split(r"[^a-z]+", local) if len(p) >= 3 and p not in _NOT_NAME_PARTS]
    words = [w for w in re.split(r"[^\w]+", _fold(name)) if len(w) >= 3]
    if len(parts) < 2 or not words:
        return False
    return not any(_shares(w, p) for w in words for p in parts)


def _shares(word: str, part: str) -> bool:
    """ "vargas" in "camila.vargas.r", "melo" in "jvmelo", "ana" at the start of "anabel"."""
    if part.startswith(word) or word.startswith(part):
        return True
    return (len(word) >= 4 and word in part) or (len(part) >= 4 and part in word)


# Words of addresses that are no one's name ("placeholder.mail", "jobs.apply", "hello.dev").
_NOT_NAME_PARTS = {
    "placeholder", "mail", "email", "info", "contact", "hello", "dev", "work", "resume", "apply",
    "jobs", "job", "career", "careers", "office", "admin", "the", "and", "official", "personal",
    "private", "business", "pro", "mobile", "main", "home", "inbox", "post", "name", "example",
}  # fmt: skip


def _first_name(
    head: list[Line], emails: list[TextValue], lines: list[Line] | None = None
) -> TextValue | None:
    for line in head[:8]:
        fields = [f.strip() for f in line.fields if f.strip()]
        value = re.split(r"[(（]", fields[1], maxsplit=1)[0].strip() if len(fields) >= 2 else ""
        if value and _CJK_NAME_LABEL.fullmatch(fields[0]) and _CJK_NAME.fullmatch(value):
            # 简历: "姓  名 | 王佳琪", "姓  名 | 陈思远（Siyuan Chen）"
            return TextValue(value=value, evidence=ev(line))
        label = NAME_LABEL.match(line.text)
        alone = len(line.fields) >= 2 and _NAME_LABEL_ALONE.match(line.fields[0])
        value = label.group("value") if label else line.fields[1] if alone else ""
        if _WITHHELD.match(value):
            return None  # "Name: withheld for blind review": the document says it has none
        if value:
            candidate = _labelled_name(value)
            if candidate:
                return TextValue(value=candidate, evidence=ev(line))
    fielded = _name_from_fields(head[:10], emails)
    if fielded:
        return fielded
    top = head[:8]
    locals_ = [_fold(e.value.split("@")[0]) for e in emails[:3]]
    for i, line in enumerate(top):
        if i < 3 and line.number <= 6:
            # "王小明", "山田 花子", "김민수": a name in a script without capitals.
            cjk = _cjk_name(line)
            if cjk:
                return TextValue(value=cjk, evidence=ev(line))
        # Letter-spaced capitals come in fields of their own ("K WA M E", "M E N S A H").
        whole = "   ".join(f.strip() for f in line.fields)
        spaced = letter_spaced(whole)
        parts = [spaced] if spaced != whole else line.fields[:2]
        if len(parts) == 2 and title_score(parts[0]) >= 2:
            # "Quantitative Researcher · Statistical Arbitrage": a headline, not a name beside.
            parts = parts[:1]
        for part in parts:
            labelled = _LEADING_LABEL.match(part)
            if labelled:
                part = labelled.group("rest")
            candidate = _name_candidate(part)
            if candidate is None and locals_:
                # "Jordan Paris", "Georgia Lincoln": places too, but the address spells them.
                placed = _name_candidate(part, places_ok=True)
                candidate = placed if placed and _spelled_by(placed, locals_) else None
            if candidate is None and i < 3 and emails:
                candidate = _name_before_extras(part)
            if candidate is None and i < 3:
                candidate = _surname_first(part) or _romanised(part)
            if candidate is None and part.endswith("-"):
                candidate = _hyphen_wrapped(part, line, head)
            if candidate:
                return TextValue(value=_completed(candidate, i, head, locals_), evidence=ev(line))
        # A big name in a narrow column wraps: "Tomás" over "Herrera", or "AMÉLIE" over
        # "DUBOIS-" over "LAURENT".
        wrapped = _wrapped_name(head, i, locals_)
        if wrapped:
            return TextValue(value=wrapped, evidence=ev(line))
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
    if not locals_:
        return None
    split = _given_over_family(head, locals_)
    if split:
        return split
    for line in (lines or head)[:20]:
        for part in line.fields[:3]:
            candidate = _name_candidate(part, places_ok=True) or _mononym(part, line, head)
            if candidate and _spelled_by(candidate, locals_):
                return TextValue(value=candidate, evidence=ev(line))
    return None


# Labels of a personal-data form, in the languages CVs arrive in: the given name, the family
# name, or the whole name. German "Name" beside "Vorname" is the family name.
_GIVEN_LABELS = {
    "first name", "first names", "given name", "given names", "forename", "forenames",
    "prenom", "prenoms", "vorname", "vornamen", "voornaam", "voornamen", "imie", "imiona",
}  # fmt: skip
_FAMILY_LABELS = {
    "surname", "last name", "family name", "nom", "nom de famille", "nachname", "familienname",
    "achternaam", "apellido", "apellidos", "sobrenome", "cognome", "nazwisko",
}  # fmt: skip
_WHOLE_LABELS = {
    "name", "full name", "nama", "nama lengkap", "nome", "nome completo", "nombre",
    "nombre completo", "nom complet", "naam", "volledige naam", "vollstandiger name",
}  # fmt: skip
# "Label : value" in one field (a colon, then the value), or the label alone in a field.
_FIELD_LABEL = re.compile(
    r"^\s*+(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*+:\s*+(?P<value>.*)$"
)


def is_name_field(line: Line) -> bool:
    """ "Nom : EL AMRANI", "Prénom :" | "Fatima Zahra", "Vorname: Klaus": a form's name field."""
    m = _FIELD_LABEL.match(line.fields[0][:60]) if line.fields else None
    label = _fold(m.group("label")).strip() if m else ""
    return label in _GIVEN_LABELS or label in _FAMILY_LABELS or label in _WHOLE_LABELS


def _form_fields(head: list[Line]) -> dict[str, tuple[str, Line]]:
    """{folded label: (value, line)} for the form-like lines "Nom : LEFÈVRE", ["Vorname:",
    "Klaus-Peter"] of the header."""
    out: dict[str, tuple[str, Line]] = {}
    for line in head:
        fields = [f.strip() for f in line.fields if f.strip()]
        if not fields:
            continue
        m = _FIELD_LABEL.match(fields[0][:60])
        if not m:
            continue
        value = m.group("value").strip() or (fields[1] if len(fields) > 1 else "")
        label = _fold(m.group("label")).strip()
        if value and label not in out:
            out[label] = (value, line)
    return out


def _name_from_fields(head: list[Line], emails: list[TextValue]) -> TextValue | None:
    """A name given as form fields: "Nom : LEFÈVRE" / "Prénom : Élodie", "Name: Schäfer" /
    "Vorname: Klaus-Peter", "Nama: Suharti" (one word: only when the e-mail spells it)."""
    fields = _form_fields(head)
    if not fields:
        return None
    given = next((fields[k] for k in fields if k in _GIVEN_LABELS), None)
    family = next((fields[k] for k in fields if k in _FAMILY_LABELS), None)
    if given and family is None and "name" in fields:
        family = fields["name"]
    if given and family:
        surname = family[0]
        if surname.isupper():
            surname = _capitalised(surname)
        candidate = _name_candidate(f"{given[0]} {surname}")
        line = min((given[1], family[1]), key=lambda ln: ln.number)
        return TextValue(value=candidate, evidence=ev(line)) if candidate else None
    whole = next((fields[k] for k in fields if k in _WHOLE_LABELS), None)
    if whole is None or given or family:
        return None
    value, line = whole
    candidate = _labelled_name(value)
    if candidate is None and re.fullmatch(r"[^\W\d_]{3,20}", value) and value[0].isupper():
        word = value.capitalize() if value.isupper() else value
        locals_ = [_fold(e.value.split("@")[0]) for e in emails[:3]]
        if _fold(word) not in _NOT_NAME_WORDS and _spelled_by(word, locals_):
            candidate = word
    return TextValue(value=candidate, evidence=ev(line)) if candidate else None


# "ABUBAKAR, Hauwa Ladi (Mrs.)", "de Jong, Pieter-Jan": the surname first, then a comma. Only
# a surname in capitals, or one led by a particle, says so; "Paris, Texas" does not.
_SURNAME_FIRST = re.compile(
    r"^(?P<family>(?:[a-z]{1,3} ){0,2}[^\W\d_][^\W\d_'’\-]*(?:[-'’ ][^\W\d_]+){0,2}),\s*+"
    r"(?P<given>[^\W\d_][^,()]{1,60}?)\s*+(?:\((?:mrs|mr|ms|miss|dr|prof)\.?\))?$",
    re.IGNORECASE,
)


_PLACE_WORDS = {"state", "province", "county", "region", "district", "city", "territory"}


def _capitalised(words: str) -> str:
    """ "O'NEILL" -> "O'Neill", "MÜLLER-LÜDENSCHEID" -> "Müller-Lüdenscheid", "VAN DER" kept
    lower."""
    return " ".join(
        w.lower()
        if w.lower() in _PARTICLES
        else re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w)
        for w in words.split()
    )


def _surname_first(text: str) -> str | None:
    m = _SURNAME_FIRST.match(text.strip()[:120])
    if not m:
        return None
    family, given = m.group("family"), m.group("given").strip()
    words = family.split()
    led_by_particle = words[0] in _PARTICLES and len(words) > 1
    if not (family.isupper() and len(family) >= 3) and not led_by_particle:
        return None
    if family.isupper():
        family = _capitalised(family)
    if not any(len(w.strip(".")) >= 2 for w in given.split()) or given.isupper():
        return None  # "SMITH, J.": initials only; "NEW YORK, NY": a place
    words = [w.lower() for w in re.split(r"[\s-]+", f"{family} {given}") if w]
    if (
        looks_like_location(text)
        or len(given.split()) > 3
        or looks_like_location(family.lower().title())
        or any(w in CITIES or w in STATE_NAMES or w in COUNTRIES or _is_skill(w) for w in words)
        or any(w in _PLACE_WORDS for w in words)
        or {given.lower(), family.lower()} & (CITIES | STATE_NAMES)
    ):
        return None  # "AUSTIN, Texas", "TORONTO, Ontario", "PYTHON, Java"
    return _name_candidate(f"{given} {family}")


def _hyphen_wrapped(part: str, line: Line, head: list[Line]) -> str | None:
    """A double-barrelled surname broken at its hyphen: "Anne-Sophie Müller-" over
    "Lüdenscheid" (the next line's first field, one capitalised word)."""
    nxt = next((ln for ln in head if ln.number == line.number + 1), None)
    if nxt is None or not nxt.fields:
        return None
    word = nxt.fields[0].strip()
    if not re.fullmatch(r"[^\W\d_]{2,30}", word) or not word[0].isupper():
        return None
    return _name_candidate(part + word)


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
    taken when the e-mail address spells it (see `find_name`)."""
    if not head or line.number != head[0].number or len(line.fields) != 1:
        return None
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_]{3,20}", word) or not word[0].isupper():
        return None
    lower = word.lower()
    if lower in _NOT_NAME_WORDS or lower in TITLE_WORDS or lower in _PARTICLES:
        return None
    if looks_like_location(word) or lower in COUNTRIES:
        return None
    return word.capitalize() if word.isupper() else word


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff"
_CJK_NAME_LABEL = re.compile(r"姓\s*+名\s*+[:：]?|이\s*+름\s*+[:：]?|氏\s*+名\s*+[:：]?")
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


def _wrapped_name(head: list[Line], i: int, locals_: list[str]) -> str | None:
    """A name of one-word lines from head[i]: two, or three when the middle one ends in a
    hyphen (a double surname broken at it). The second may have contact details beside it
    ("Henrik" over "Åberg | henrik.aberg@…") when the applicant's address spells it. A name
    set in capitals may have a side column's contact lines between its lines ("AMARA" …
    "OKONKWO- | Peckham, London SE15" / "BELL")."""
    top, *top_beside = head[i].fields or [""]
    tokens = top.split()
    # One word, or a name that ends in a particle ("Siobhán Ní" over "Bhriain"); an address
    # beside it in a second column ("Ingrid | Kongens gate 21", moderncv).
    if not all(_contact_field(f) for f in top_beside) or not (
        len(tokens) == 1 or tokens[-1].lower() in _PARTICLES
    ):
        return None
    capitals = top.isupper()
    run = [head[i]]
    expected = head[i].number + 1  # the line number the next piece of the name is on
    for nxt in head[i + 1 : i + 1 + _MAX_WRAPPED_LINES]:
        first, *beside = nxt.fields or [""]
        if capitals and all(_contact_field(f) for f in nxt.fields):
            expected = nxt.number + 1
            continue
        contacts_beside = bool(beside) and all(_contact_field(f) for f in beside)
        spelled_beside = (
            len(run) == 1
            and contacts_beside
            and 1 <= len(first.split()) <= 3
            and any(_in_address(w, locals_) for w in first.split())
        )
        capitals_beside = capitals and contacts_beside and first.isupper() and " " not in first
        if nxt.number != expected or not (
            (len(nxt.fields) == 1 and nxt.words == 1) or spelled_beside or capitals_beside
        ):
            break
        if len(run) == 2 and not run[-1].fields[0].rstrip().endswith("-"):
            break  # a third line only after a hyphen
        run.append(nxt)
        expected = nxt.number + 1
        if len(run) == 3:
            break
    if len(run) < 2:
        return None
    text = top.strip()
    for line in run[1:]:
        word = line.fields[0].strip()
        text += word if text.endswith("-") else f" {word}"
    return _name_candidate(text)


_MAX_WRAPPED_LINES = 5  # lines read below a name's first line for the rest of it


def _given_over_family(head: list[Line], locals_: list[str]) -> TextValue | None:
    """moderncv's header: the given name and the family name each first on its own line, the
    address column beside them ("Xiaoyu | Department of …" over "Zhang 张晓雨 | xiaoyu.zhang@…"),
    taken when the applicant's address spells both."""
    for a, b in itertools.pairwise(head[:6]):
        if b.number != a.number + 1 or not a.fields or not b.fields:
            continue
        given = a.fields[0].strip()
        family = _OWN_SCRIPT_TAIL.sub("", b.fields[0]).strip()
        words = (given, family)
        if not all(re.fullmatch(r"[^\W\d_]{2,25}", w) and w[0].isupper() for w in words):
            continue
        if all(any(_fold(w) in local for local in locals_) for w in words):
            candidate = _name_candidate(f"{given} {family}")
            if candidate:
                return TextValue(value=candidate, evidence=ev(a))
    return None


# "Zhang 张晓雨": the family name, then the name in its own script.
_OWN_SCRIPT_TAIL = re.compile(r"\s++[^\x00-\u036f\s][^\x00-\u036f]*+$")


def _contact_field(field: str) -> bool:
    return bool(_CONTACTISH.search(field) or URL_RE.search(field))


def _in_address(word: str, locals_: list[str]) -> bool:
    """A word of three letters or more that one of the applicant's addresses spells."""
    folded = _fold(word)
    return len(folded) >= 3 and any(folded in local for local in locals_)


def _without_latin(text: str) -> bool:
    """ "박지우", "陈思远": no letter of the Latin (or Greek) block, spaces aside."""
    return not any(ord(c) < 0x370 and not c.isspace() for c in text)


# "박지우 (PARK Ji-woo)", "Дмитрий Волков (Dmitrii Volkov)": the name in its own script, then
# in Latin letters in brackets.
_ROMANISED = re.compile(
    r"^(?P<own>[^\x00-\x7f()]{2,40}?)\s*+(?:\((?P<bracketed>[^()]{3,60})\)|(?P<latin>[A-Za-z].{2,60}))$"
)


# "Yuchen Zhang 张雨辰", "Siyuan Chen (陈思远)": the Latin name first, then its own script.
_OWN_SCRIPT_SECOND = re.compile(
    r"^(?P<latin>[A-Za-z][^()]{2,60}?)\s*+(?:[/|·]\s*+)?(?:\((?P<bracketed>[^()]{2,40})\)|"
    r"(?P<own>[^\x00-\x7f()]{2,40}))$"
)


def _romanised(text: str) -> str | None:
    """ "박지우 (PARK Ji-woo)", "刘雨桐  Yutong (Tina) Liu": a name in its own script (no Latin
    letter in it), then in Latin letters; or the Latin name first ("Yuchen Zhang 张雨辰")."""
    text = text.strip()
    m = _ROMANISED.match(text)
    if m and _without_latin(m.group("own")):
        return _name_candidate(m.group("bracketed") or m.group("latin"))
    m = _OWN_SCRIPT_SECOND.match(text)
    own = m and (m.group("bracketed") or m.group("own"))
    if not m or not own or not _without_latin(own):
        return None
    return _name_candidate(m.group("latin"))


def _completed(name: str, i: int, head: list[Line], locals_: list[str]) -> str:
    """A name wrapped in a narrow column goes on below: "Mateus Oliveira" over "da Costa"
    (particles), "María Fernanda" over "García Márquez", "Omar Khaled" two lines above
    "Haddad", "Lukas Tobias" over "Bauer" beside a phone number (a surname the applicant's
    address spells). Never across scripts ("Анастасия Петрова" over "Anastasia Petrova")."""
    have = set(_fold(name).split())
    latin = bool(re.search(r"[A-Za-z]", name))
    # Beside the name only its own script or contact details ("Omar Khaled | عمر خالد",
    # "Lukas Tobias | Hauptstraße 7"): a wrapped name. Beside a job title, the line is a
    # header's, and the next line stands on its own.
    title_beside = [
        f
        for f in head[i].fields
        if re.search(r"[A-Za-z]", f) and _fold(name) not in _fold(f) and not _CONTACTISH.search(f)
    ]
    for k, nxt in enumerate(head[i + 1 : i + 3]):
        first, *rest = [f.strip() for f in nxt.fields if f.strip()] or [""]
        if rest and not all(_contact_field(f) for f in rest):
            continue
        tokens = first.split()
        if not 1 <= len(tokens) <= 4 or bool(re.search(r"[A-Za-z]", first)) != latin:
            continue
        if have & set(_fold(first).split()):
            continue  # "Dr Yacine Benali" under "Y. Benali": the name again, not its rest
        joined = _name_candidate(f"{name} {first}")
        if joined is None:
            continue
        particles = k == 0 and nxt.number == head[i].number + 1 and tokens[0] in _PARTICLES
        spelled = any(
            _fold(w) not in have and _in_address(w, locals_)
            for w in first.replace("-", " ").split()
        )
        if particles or (spelled and not title_beside):
            return joined
    return name


_CONTACTISH = re.compile(r"\d|@")


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
        or title_score(rest) >= 2  # "Priyanka Raghavendra, Product Manager"
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
    "telephone", "tel", "fax", "dob", "age", "visa", "driving", "sex",
}  # fmt: skip


# The headings of CVs in other languages (folded: no accents), which the section reader
# does not know: a line of them is never a name. Only words that are nobody's name.
_HEADINGS_ABROAD = {
    # French
    "experience", "experiences", "professionnelle", "professionnelles", "formation",
    "formations", "competences", "langues", "loisirs", "interets", "centres", "parcours",
    # German
    "lebenslauf", "werdegang", "beruflicher", "berufserfahrung", "berufliche", "ausbildung",
    "kenntnisse", "sprachen", "referenzen", "personliche", "angaben", "daten", "studium",
    "schulbildung", "praktika",
    # Spanish, Portuguese, Italian
    "curriculum", "curriculo", "vitae", "experiencia", "profesional", "profissional",
    "formacion", "formacao", "academica", "idiomas", "habilidades", "referencias",
    "datos", "personales", "pessoais", "dados", "esperienza", "lavorativa",
    "istruzione", "lingue",
    # Dutch, Indonesian/Malay, Polish
    "werkervaring", "opleiding", "opleidingen", "vaardigheden", "referenties", "persoonlijke",
    "gegevens", "daftar", "riwayat", "hidup", "pengalaman", "kerja", "pendidikan",
    "keahlian", "ringkasan", "rujukan", "doswiadczenie", "zawodowe", "wyksztalcenie",
    "umiejetnosci", "jezyki",
}  # fmt: skip


def _is_skill(word: str) -> bool:
    return " ".join(skill_tokens(word.lower())) in vocabulary().canonical


def _camel_case(token: str) -> bool:
    """A product name, not a person's: "SQLAlchemy", "CodeIgniter", "JavaScript". Names keep
    their inner capitals after a short prefix ("McDonald", "MacArthur", "DeShawn",
    "FitzGerald")."""
    return bool(re.search(r"[A-Z]{2}[a-z]|[a-z]{3}[A-Z]", token.removeprefix("Fitz")))


_NICKNAME = re.compile(r"(?<=\s)[“\"'‘(][^\W\d_][^\s“”\"'‘’()]{1,20}[”\"'’)](?=\s)")
_MAX_NAME_CHARS = 120
# Titles before a name: "Dr.", "Prof. Dr.", the Dutch "dr. ir.", the Czech "Ing.", "Mgr.".
_ACADEMIC_TITLES = re.compile(
    r"^(?:(?:dr|prof|ir|ing|mgr|bc|mudr|judr|rndr|phdr|dipl\.-ing|engr?)\.?\s+){1,3}", re.I
)
_SPLIT_AFTER_ACCENT = re.compile(r"([\u0300-\u036f]) ([a-z\u00df-\u00ff])")
_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")


def _name_candidate(text: str, *, places_ok: bool = False, nicknames: bool = True) -> str | None:
    """`text` as a person's name, or None. `places_ok`: a name whose words are also places
    ("Jordan Paris", "Georgia Lincoln") may stand; only when an e-mail address spells it."""
    text = text.strip().strip(",;:|")
    if len(text) > _MAX_NAME_CHARS:
        return None  # a sentence or a flood, not a name
    # "Jane Doe, PhD", "Jane Doe, CFA": letters after the name are not the name.
    for _ in range(2):
        text = _CREDENTIALS.sub("", text)
    text = _ACADEMIC_TITLES.sub("", text)
    text = letter_spaced(text)
    # "Tọ́ lá Oyèlárán": a PDF split the word after a stacked accent (a combining mark).
    text = _SPLIT_AFTER_ACCENT.sub(r"\1\2", text)
    # A nickname in quotes or brackets stays as written: "Jose Maria “Jomar” B. Villanueva".
    nickname = _NICKNAME.search(text) if nicknames else None
    core = text[: nickname.start()] + " " + text[nickname.end() :] if nickname else text
    if nickname and _name_candidate(core, places_ok=places_ok, nicknames=False) is not None:
        return text if not text.isupper() else _capitalised(text)
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
        if bare.lower() in ORG_WORDS:
            return None  # "Acme Corp", "Kilimo Fresh Ltd": an organisation
        if bare.lower() in _SECTION_TOKENS or _camel_case(bare):
            return None  # "Kovalevskaya Positions": a heading beside a sidebar's name
        folded = _fold(bare)
        if (
            folded in _HEADINGS_ABROAD
            or folded in _SECTION_TOKENS
            or folded in _NOT_NAME_WORDS
            or folded in _JOB_TITLES_ABROAD
        ):
            return None  # "EXPÉRIENCE PROFESSIONNELLE", "Currículum Vítae", "Lebenslauf"
        if bare.lower() in ("name", "surname"):
            return None  # "First Name", "Last Name": a form's labels
        if token.lower() in _NOT_NAME_WORDS or bare.lower() in TITLE_WORDS:
            return None
        if token.lower() in _PARTICLES:
            continue
        # Combining marks count as part of their letter ("Tọ́lá": ọ with an acute on top).
        marked = _COMBINING_MARKS.sub("", token)
        if not re.fullmatch(r"[^\W\d_][^\W\d_'’\-.]*(?:[-'’][^\W\d_]+)*\.?", marked):
            return None
        if not token[0].isupper():
            return None
        capitalised += 1
    bare_letters = sum(len(t) == 1 for t in tokens)
    if capitalised < 2 or (bare_letters >= 2 and not any(len(t) >= 3 for t in tokens)):
        return None  # "Km K Wa M e": the letters of a spaced name read as words
    if not places_ok and (looks_like_location(text) or any(t.lower() in COUNTRIES for t in tokens)):
        return None  # "New York", "Berlin Germany": a place above the name
    if text.isupper():
        text = _capitalised(text)  # "DUBOIS-LAURENT" -> "Dubois-Laurent", "O'NEILL" -> "O'Neill"
    return text


def _address_place(text: str) -> str | None:
    """The town of a postal address: "123 Main St, Springfield, IL 62704" -> "Springfield,
    IL"; "Via Roma 12, 20121 Milano (Italy)" -> "Milano (Italy)"."""
    us = _US_TOWN_STATE_ZIP.search(text)
    if us and us.group(2) in US_STATES:
        return f"{us.group(1).strip()}, {us.group(2)}"
    if not re.search(r"\d", text):
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2:
        last = re.sub(r"\b\d[\d -]{2,}\b", "", parts[-1]).strip()
        country = _trailing_parenthesis(last)
        if (country is not None and country.lower() in COUNTRIES) or last.lower() in COUNTRIES:
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


def find_location(head: list[Line], name: TextValue | None) -> TextValue | None:
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

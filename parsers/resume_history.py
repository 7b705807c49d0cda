"""What a resume's author did: experience, education and publications.

Entries are anchored on their dates and institutions; job titles and organisations are told
apart by the words they use (parsers/resume_words.py). Nothing is filled in without a line to
show for it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from parsers.resume_profile import (
    DegreeLevel,
    EducationEntry,
    ExperienceEntry,
    Publications,
    TextValue,
    WorkKind,
)
from parsers.resume_text import (
    DATE_POINT,
    DATE_RANGE,
    DateRange,
    Line,
    find_ranges,
    strip_dates,
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
    org_score,
    strong_title_word,
    title_score,
)

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


def read_experience(lines: list[Line], today: date, *, strict: bool) -> list[ExperienceEntry]:
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


_TABLE_HEADER_WORDS = WORDS["table_header_words"]


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
    if any(w in ORG_WORDS or w in TITLE_WORDS or strong_title_word(w) for w in lowered):
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
            last in US_STATES
            or last.lower().strip(".") in COUNTRIES
            or bool(country_in_parens and country_in_parens.group(1).lower() in COUNTRIES)
        )
        if region:
            popped_region = True  # the part before a state or country is its town
            merged.pop()
            continue
        if last.lower() in CITIES or (
            popped_region and _place_like(last) and len(last.split()) <= 2
        ):
            popped_region = False
            merged.pop()
            continue
        break
    if len(merged) == 1:
        return merged
    titled = [
        m for m in merged if any(strong_title_word(w.lower().strip(".()")) for w in m.split())
    ]
    if titled and len(titled) < len(merged):
        return merged
    return [", ".join(merged)]


_CORPORATE_SUFFIXES = WORDS["corporate_suffixes"]


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

INSTITUTION = re.compile(
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


def read_education(lines: list[Line]) -> list[EducationEntry]:
    entries: list[_Edu] = []
    current: _Edu | None = None
    pending_dates: list[DateRange] = []
    for i, line in enumerate(lines):
        text = line.text
        if line.bullet and not (INSTITUTION.search(text) and find_degree(text)):
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
            if not INSTITUTION.search(piece) or find_degree_only(piece):
                continue
            degree = find_degree(piece)
            if degree and degree[2][0] == 0:
                # "PhD Princeton University" (a degree column run into the name).
                piece = piece[degree[2][1] :]
            name = piece.strip(" ,;:")
            # "University of California, San Diego": a campus after the comma is part of
            # the name (a field of study or a degree is not).
            state = re.match(r"(?i)univ\w*\s+of\s+(.+)$", name)
            if state and state.group(1).lower() in STATE_NAMES and n + 1 < len(pieces):
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
    return not INSTITUTION.search(rest)


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
            if candidate and _FIELD_WORDS.search(candidate) and not INSTITUTION.search(candidate):
                return candidate[:80]
    # "Princeton University, Computer Science": the field after the institution.
    for part in line.fields:
        for piece in re.split(r",\s*|\s+[–—-]\s+", strip_dates(part)):
            piece = piece.strip()
            if (
                piece
                and _FIELD_WORDS.search(piece)
                and not INSTITUTION.search(piece)
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


def read_publications(lines: list[Line]) -> Publications:
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

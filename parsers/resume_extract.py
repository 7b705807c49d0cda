"""From a resume's extracted text to a `ResumeProfile`: the step after text extraction.

Works on lines (see `parsers.resume_text`): headings split the text into sections; the top of
the document (before the first heading) holds the name and contact details; entries in the
experience and education sections are anchored on their dates and institutions, and their
title and organisation are told apart by the words job titles and organisations use. Nothing
is filled in without a line to show for it, and a document without usable text gives an
empty profile that keeps the document's flags. Pure and fast (a few ms per resume).
"""

from __future__ import annotations

import re
from datetime import date

from parsers.bounds import first_lines
from parsers.models import ResumeDocument
from parsers.resume_history import (
    INSTITUTION,
    find_degree,
    read_education,
    read_experience,
    read_publications,
)
from parsers.resume_person import (
    EMAIL_RE,
    NAME_LABEL,
    PHONE_LABEL,
    find_emails,
    find_links,
    find_location,
    find_name,
    find_phones,
    is_name_field,
)
from parsers.resume_profile import (
    DEGREE_RANK,
    DegreeLevel,
    Evidence,
    ExperienceEntry,
    MathLevel,
    ResumeProfile,
    Section,
    Signals,
    Skill,
    SkillCategory,
    WorkKind,
)
from parsers.resume_text import (
    Line,
    assign_sections,
    looks_like_resume,
    make_lines,
)
from parsers.resume_words import ev, org_score, skill_tokens, title_score, vocabulary

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

    profile.emails = find_emails(lines)
    profile.links = find_links(lines, zone)
    profile.phones = find_phones(lines, zone)
    profile.name = find_name(head, profile.emails, lines)
    profile.location = find_location(zone, profile.name)
    edu_lines = [ln for ln in lines if ln.section == "education"]
    exp_lines = [ln for ln in lines if ln.section == "experience"]
    if not headings:
        # No headings to go by: lines naming a degree or a school are education, the
        # dated rest may be jobs.
        edu_lines = [ln for ln in lines if INSTITUTION.search(ln.text) or find_degree(ln.text)]
        numbers = {ln.number for ln in edu_lines}
        exp_lines = [ln for ln in lines if ln.number not in numbers]
    profile.education = read_education(edu_lines)
    profile.experience = read_experience(exp_lines, today, strict=not headings)
    profile.publications = read_publications([ln for ln in lines if ln.section == "publications"])
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


def _header_lines(lines: list[Line]) -> list[Line]:
    """The contact block: the lines before the first heading (or a "Contact" section), up
    to the first sentence of prose, plus any of the first dozen lines that carry contact
    details or a name field ("Name:", "Nom :", "Vorname:"; layouts put them beside the name,
    or under the first heading; a CV pasted under a note starts below the note's prose)."""
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
            and (
                EMAIL_RE.search(ln.raw)
                or PHONE_LABEL.search(ln.raw)
                or "<http" in ln.raw
                or NAME_LABEL.match(ln.text)
                or is_name_field(ln)
            )
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


# --- skills -------------------------------------------------------------------------------

_LABELLED_LIST = re.compile(r"^\s*[A-Z][\w &/-]{1,30}:\s*\S+(,\s*\S+){2,}")


def _skills(lines: list[Line]) -> list[Skill]:
    """Skills named in the resume, by looking up each run of up to a few words in the
    vocabulary (a dictionary lookup: a regex of hundreds of alternatives is too slow)."""
    vocab = vocabulary()
    found: dict[str, Skill] = {}
    for line in lines:
        if line.section in ("references", "heading"):
            continue
        text = re.sub(r"<[^<>\s]+>", " ", line.raw)  # link targets; `<` inside is never one
        tokens = skill_tokens(text.lower())
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

"""The words a resume's facts are told by: the vocabularies under parsers/data/ (job-title,
organisation, place and skill words), the scores a line gets as a job title or an
organisation, and whether a text names a place. Shared by the parts that read who the resume
is about (parsers/resume_person.py) and what they did (parsers/resume_history.py)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from parsers.resume_profile import (
    Evidence,
    SkillCategory,
)
from parsers.resume_text import (
    Line,
)


def _data(name: str) -> dict[str, list[str]]:
    """A vocabulary file from parsers/data/ (operator-editable word lists)."""
    text = resources.files("parsers").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tomllib.loads(text)


WORDS: dict[str, set[str]] = {key: set(values) for key, values in _data("words.toml").items()}
_PLACES = _data("places.toml")


def ev(line: Line) -> Evidence:
    return Evidence(section=line.section, line=line.number, text=line.raw.strip()[:200])


COUNTRIES = set(_PLACES["countries"])
US_STATES = set(_PLACES["us_states"])
STATE_NAMES = set(_PLACES["us_state_names"])
CITIES = set(_PLACES["cities"])


def looks_like_location(text: str, *, loose: bool = False) -> bool:
    """A place: "San Francisco, CA", "Göteborg, Sweden", "Remote". With `loose` (a field
    standing apart at the right of an entry's line, where layouts put the place) any short
    "Town, Region" counts too."""
    text = text.strip().strip("()")
    if not text or re.search(r"[@/:]|\d{3,}.*\d{3,}", text) or len(text) > 60:
        return False
    lowered = text.lower()
    if lowered in ("remote", "hybrid", "on-site", "onsite") or lowered in COUNTRIES:
        return True
    if lowered in CITIES or (lowered.split(",")[0].strip() in CITIES and "," in lowered):
        return not any(w in ORG_WORDS for w in lowered.replace(",", " ").split())
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or len(parts) > 4 or any(not p for p in parts):
        return False
    bare_words = [w.lower().strip(".,;:()") for w in text.split()]
    if any(w in TITLE_WORDS or w in ORG_WORDS or strong_title_word(w) for w in bare_words):
        return False
    last = parts[-1]
    if last in US_STATES or last.lower() in COUNTRIES or last.lower().strip(".") in COUNTRIES:
        return True
    # "Pune, Maharashtra": short capitalised words only, and only where a place is expected.
    return (
        loose
        and all(len(p.split()) <= 3 and p[0].isupper() for p in parts)
        and len(text.split()) <= 6
    )


# --- titles and organisations --------------------------------------------------------------

TITLE_WORDS = WORDS["title_words"]


# Words that only job titles use (not organisations): decide ties.
_STRONG_TITLE = WORDS["strong_title"]
ORG_WORDS = WORDS["org_words"]


def strong_title_word(word: str) -> bool:
    # Professions named by suffix: geophysicist, statistician, technologist, librarian.
    return word in _STRONG_TITLE or (
        len(word) >= 7 and word.endswith(("ist", "ician", "ologist", "arian"))
    )


@functools.lru_cache(maxsize=4096)
def title_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    strong = sum(1 for w in words if strong_title_word(w))
    weak = sum(1 for w in words if w in TITLE_WORDS and not strong_title_word(w))
    org = sum(1 for w in words if w in ORG_WORDS)
    score = 2.0 * strong + 0.5 * weak - 1.5 * org
    # "Research Intern" vs "NVIDIA Research": a title usually ends with its strong word.
    if strong_title_word(words[-1]):
        score += 1.0
    if re.search(r"\b(of|at)\b", text) and strong:
        score += 0.5  # "Head of Data", "Professor of Physics"
    return score


@functools.lru_cache(maxsize=4096)
def org_score(text: str) -> float:
    words = [w.strip(".,()").lower() for w in re.split(r"[\s/&,]+", text) if w.strip(".,()")]
    if not words:
        return -5.0
    org = sum(1 for w in words if w in ORG_WORDS)
    strong = sum(1 for w in words if strong_title_word(w))
    score = 2.0 * org - 1.5 * strong
    # Acronyms and brand-like capitalisation ("NVIDIA", "KarrotPay") read as organisations.
    if any(
        re.fullmatch(r"[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z]\w*", w.strip(".,()"))
        for w in text.split()
    ):
        score += 0.5
    return score


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
                    canonical[" ".join(skill_tokens(alias.lower()))] = (name, cat)
    longest: dict[str, int] = {}
    for key in canonical:
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return _Vocabulary(canonical, ambiguous, longest)


_SKILL_TOKEN = re.compile(r"[^\W_][\w+#./-]*[\w+#]|[^\W_]")


def skill_tokens(text: str) -> list[str]:
    # Words as skills are written: "C++", "C#", "node.js", "ci/cd", "scikit-learn".
    return _SKILL_TOKEN.findall(text)

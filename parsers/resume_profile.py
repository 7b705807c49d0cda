"""The `ResumeProfile`: what a reviewer needs to know about an applicant's resume, on one screen.

Plain pydantic models, JSON-serialisable with `model_dump(mode="json")`. Every extracted value
carries `Evidence` (the section it was found in and the 1-based line of the document text), so
the review page can show where a claim came from; derived signals list the evidence they were
computed from. An unreadable document gives an empty profile that keeps the document's flags.
"""

from __future__ import annotations

import enum

from pydantic import BaseModel, Field

# Bumped when extraction changes, so `grantbox reparse` can tell stale profiles apart.
PARSER_VERSION = "resume-profile/1"


class Evidence(BaseModel):
    section: str  # "header", "experience", "education", … ("body" when there are no headings)
    line: int  # 1-based line number in the document text
    text: str = ""  # the line as it reads (shortened), for display


class TextValue(BaseModel):
    value: str
    evidence: Evidence


class LinkKind(enum.StrEnum):
    github = "github"
    gitlab = "gitlab"
    linkedin = "linkedin"
    scholar = "scholar"
    arxiv = "arxiv"
    personal = "personal"
    other = "other"


class Link(BaseModel):
    url: str  # normalised: scheme added, trailing punctuation removed
    kind: LinkKind
    evidence: Evidence


class DegreeLevel(enum.StrEnum):
    """Ordered from lowest to highest (see `DEGREE_RANK`)."""

    secondary = "secondary"
    associate = "associate"
    bachelor = "bachelor"
    master = "master"
    doctorate = "doctorate"
    other = "other"


DEGREE_RANK = {
    DegreeLevel.other: 0,
    DegreeLevel.secondary: 1,
    DegreeLevel.associate: 2,
    DegreeLevel.bachelor: 3,
    DegreeLevel.master: 4,
    DegreeLevel.doctorate: 5,
}


class EducationEntry(BaseModel):
    institution: str = ""
    degree: str = ""  # as written: "PhD", "B.Sc.", "Master of Science"
    level: DegreeLevel | None = None
    field: str = ""  # "Computer Science"
    start_year: int | None = None
    end_year: int | None = None  # expected graduation year included
    evidence: Evidence


class WorkKind(enum.StrEnum):
    software = "software"  # software / data / ML engineering
    research = "research"  # research, science, PhD-style work
    quantitative = "quantitative"  # analyst, actuary, quant, statistician, engineer (non-SW)
    teaching = "teaching"
    other = "other"


class ExperienceEntry(BaseModel):
    title: str = ""
    organisation: str = ""
    start: str | None = None  # "YYYY-MM", or "YYYY" when only a year is given
    end: str | None = None  # as start; None with present=True for ongoing roles
    present: bool = False
    months: int | None = None  # duration, when both ends are known (present = as of parsing)
    kind: WorkKind = WorkKind.other
    internship: bool = False
    evidence: Evidence


class Publications(BaseModel):
    count: int = 0
    titles: list[TextValue] = []


class SkillCategory(enum.StrEnum):
    language = "language"
    ml = "ml"  # methods: machine learning, deep learning, NLP, …
    ml_framework = "ml_framework"
    rl = "rl"
    math = "math"
    infra = "infra"
    data = "data"


class Skill(BaseModel):
    name: str  # the vocabulary's canonical name: "PyTorch", "Linear algebra"
    category: SkillCategory
    evidence: Evidence


class MathLevel(enum.StrEnum):
    none = "none"  # nothing in the resume shows it
    some = "some"  # math topics named in skills or coursework
    strong = "strong"  # a math/physics/statistics/… degree, or quantitative research


class Signals(BaseModel):
    """Answers to the reviewer's first questions, each with the evidence behind it."""

    years_professional: float | None = None  # non-internship work, overlaps merged
    years_software: float | None = None
    years_quantitative: float | None = None  # research + quantitative roles
    highest_degree: DegreeLevel | None = None
    highest_degree_field: str = ""
    ml_exposure: bool = False
    deep_rl_exposure: bool = False
    math_background: MathLevel = MathLevel.none
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class Section(BaseModel):
    name: str  # canonical: experience, education, skills, projects, publications, …
    heading: str  # as written
    line: int


class ResumeProfile(BaseModel):
    parser_version: str = PARSER_VERSION
    source: str | None = None  # ResumeSource value of the document
    sniffed_type: str = ""
    pages: int = 0
    text_chars: int = 0
    flags: list[str] = []
    problem: str | None = None

    # Whether the text reads as a resume (headings, dated entries) rather than, say, a cover
    # letter: the reviewer sees the attachment may be the wrong file.
    looks_like_resume: bool = False

    name: TextValue | None = None
    emails: list[TextValue] = []
    phones: list[TextValue] = []
    links: list[Link] = []
    location: TextValue | None = None
    education: list[EducationEntry] = []
    experience: list[ExperienceEntry] = []
    publications: Publications = Field(default_factory=Publications)
    skills: list[Skill] = []
    signals: Signals = Field(default_factory=Signals)
    sections: list[Section] = []

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.emails or self.education or self.experience)

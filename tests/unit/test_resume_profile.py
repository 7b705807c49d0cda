"""The profile step (`profile_from_document`) on small hand-made cases, one extractor at a time."""

from __future__ import annotations

import json
import pathlib
import statistics
import time
from datetime import date

import pytest

from grantbox.models import ResumeDocument, ResumeSource
from parsers.resume import document_from_body, parse_resume, profile_from_document, read_resume
from parsers.resume_history import work_kind
from parsers.resume_person import classify_url
from parsers.resume_profile import DegreeLevel, LinkKind, MathLevel, ResumeProfile, WorkKind
from parsers.resume_text import find_ranges, heading_section, make_lines
from parsers.resume_words import looks_like_location

TODAY = date(2026, 11, 1)
PDF_DIR = pathlib.Path(__file__).parents[1] / "data" / "pdf"


def profile(text: str) -> ResumeProfile:
    doc = ResumeDocument(source=ResumeSource.text, sniffed_type="text/plain", text=text)
    return profile_from_document(doc, today=TODAY)


PLAIN = """Jane Q. Roe
London, UK | +44 20 7946 0958 | jane.roe@example.org | github.com/janeroe

Experience
Senior Data Analyst, Northwind Bank                          Mar 2019 – Present
- Credit-risk models in Python and SQL; Bayesian hierarchical models.
Actuarial Analyst, Contoso Insurance, Leeds                  Sep 2015 – Feb 2019
- Pricing with generalised linear models.
Summer Intern, Fabrikam Ltd                                  Jun 2014 – Aug 2014

Education
University of Leeds — BSc in Mathematics                     2012 – 2015

Skills
Languages: Python, R, SQL
Math: linear algebra, probability, stochastic processes
"""


# --- refusing to guess -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["jpeg.pdf", "cid-garbage.pdf", "r3-user-password.pdf"])
def test_no_profile_from_unreadable_pdfs(name: str) -> None:
    prof = parse_resume((PDF_DIR / name).read_bytes(), "application/pdf")
    assert prof.flags
    assert prof.name is None
    assert prof.emails == prof.experience == prof.education == prof.skills == []
    assert prof.signals.years_professional is None


def test_no_profile_from_too_little_text() -> None:
    prof = profile("John Doe\n")
    assert prof.name is None
    assert prof.is_empty


def test_profile_is_json_serialisable_with_evidence() -> None:
    prof = profile(PLAIN)
    data = json.loads(json.dumps(prof.model_dump(mode="json")))
    assert data["name"]["value"] == "Jane Q. Roe"
    assert data["name"]["evidence"] == {"section": "header", "line": 1, "text": "Jane Q. Roe"}
    lines = PLAIN.split("\n")
    for entry in prof.experience + prof.education:
        # Every evidence line number points at the line it quotes.
        assert entry.evidence.text.strip() == lines[entry.evidence.line - 1].strip()
    assert prof.experience[0].evidence.section == "experience"


def test_plain_text_resume() -> None:
    prof = profile(PLAIN)
    assert prof.looks_like_resume
    assert [e.value for e in prof.emails] == ["jane.roe@example.org"]
    assert [p.value for p in prof.phones] == ["+44 20 7946 0958"]
    assert prof.location and prof.location.value == "London, UK"
    assert [(link.url, link.kind) for link in prof.links] == [
        ("https://github.com/janeroe", LinkKind.github)
    ]
    assert [(e.title, e.organisation, e.start, e.end, e.present) for e in prof.experience] == [
        ("Senior Data Analyst", "Northwind Bank", "2019-03", None, True),
        ("Actuarial Analyst", "Contoso Insurance", "2015-09", "2019-02", False),
        ("Summer Intern", "Fabrikam Ltd", "2014-06", "2014-08", False),
    ]
    assert prof.experience[2].internship
    (edu,) = prof.education
    assert (edu.institution, edu.degree, edu.level, edu.field) == (
        "University of Leeds",
        "BSc",
        DegreeLevel.bachelor,
        "Mathematics",
    )
    assert (edu.start_year, edu.end_year) == (2012, 2015)


# --- name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zoë Ålund\nStockholm, Sweden\n", "Zoë Ålund"),
        ("CURRICULUM VITAE\nMARÍA JOSÉ DE LA CRUZ\nmaria@example.org\n", "María José de la Cruz"),
        ("J A N E   R O E\njane@example.org\n", "Jane Roe"),
        ("Name: Nguyễn Thị Lan\nEmail: lan@example.org\n", "Nguyễn Thị Lan"),
        ("Tomás\nHerrera\ntomas@example.org\n", "Tomás Herrera"),
        ("Resume\nAhmed bin Rashid Al-Maktoum\n+971 50 123 4567\n", "Ahmed bin Rashid Al-Maktoum"),
    ],
)
def test_name(text: str, name: str) -> None:
    filler = "\nExperience\nData Analyst, Acme Corp   2019 - 2021\n" + "x " * 40
    prof = profile(text + filler)
    assert prof.name is not None
    assert prof.name.value == name


@pytest.mark.parametrize(
    "first_line",
    [
        "Software Engineer",
        "San Francisco, CA",
        "New York",
        "Last updated in March 2026",
        "Curriculum Vitae",
    ],
)
def test_not_a_name(first_line: str) -> None:
    prof = profile(first_line + "\nExperience\nData Analyst, Acme Corp   2019 - 2021\n" + "x " * 40)
    assert prof.name is None


# --- contact --------------------------------------------------------------------------------


def test_phones_are_not_dates_or_ids() -> None:
    prof = profile(
        "Ana Lima\nPhone: (11) 98765-4321 · 2019 - 2021 · ORCID 0000-0002-1825-0097\n"
        "Experience\nEngineer, Acme   2019 - 2021\n" + "x " * 40
    )
    assert [p.value for p in prof.phones] == ["(11) 98765-4321"]


def test_referees_are_not_the_applicant() -> None:
    prof = profile(
        "Ana Lima\nana@example.org\nExperience\nEngineer, Acme   2019 - 2021\n"
        + "x " * 30
        + "\nReferences\nDr. Paul Smith, paul.smith@uni.example.edu, +44 20 7946 0000\n"
    )
    assert [e.value for e in prof.emails] == ["ana@example.org"]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("github.com/jdoe", LinkKind.github),
        ("https://gitlab.com/jdoe/project", LinkKind.gitlab),
        ("www.linkedin.com/in/jdoe/", LinkKind.linkedin),
        ("https://scholar.google.co.uk/citations?user=abc", LinkKind.scholar),
        ("arxiv.org/abs/2101.00001", LinkKind.arxiv),
        ("jdoe.github.io", LinkKind.personal),
        ("https://janedoe.dev", LinkKind.personal),
        ("https://twitter.com/jdoe", LinkKind.other),
        ("https://github.com", None),
        ("mailto:jane@example.org", None),
    ],
)
def test_link_classes(url: str, kind: LinkKind | None) -> None:
    assert classify_url(url)[1] == kind


def test_links_hidden_behind_text_and_icon_handles() -> None:
    prof = profile(
        "Jane Roe\njane@example.org | LinkedIn\t<https://www.linkedin.com/in/jane-roe> | "
        "GITHUB janeroe\n"
        "Summary\nI learnt a lot from fast.ai and from papers on arxiv.org over the years now.\n"
        "Experience\nEngineer, Acme   2019 - 2021\n" + "x " * 30
    )
    assert [link.url for link in prof.links] == [
        "https://www.linkedin.com/in/jane-roe",
        "https://github.com/janeroe",
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Santa Clara, CA", True),
        ("Göteborg, Sweden", True),
        ("Remote", True),
        ("Tbilisi", True),
        ("Acme, Inc.", False),
        ("Data Scientist, Monzo", False),
        ("Princeton University", False),
    ],
)
def test_locations(text: str, place: bool) -> None:
    assert looks_like_location(text) is place


# --- sections and dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("EXPERIENCE", "experience"),
        ("Professional Experience", "experience"),
        ("Work History", "experience"),
        ("Employment", "experience"),
        ("Research Experience", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("Education & Training", "education"),
        ("Technical Skills", "skills"),
        ("Selected Publications", "publications"),
        ("Honors & Awards", "awards"),
        ("## Projects", "projects"),
        ("Work Experience & Internships", "experience"),
        ("Languages & Technologies", "skills"),
        ("Languages", "languages"),
        ("Experience:", "experience"),
        ("Experience with Python is required", None),
        ("Built a model.", None),
    ],
)
def test_headings(heading: str, section: str | None) -> None:
    (line,) = make_lines(heading)
    assert heading_section(line) == section


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("Jan 2019 – Present", "2019-01", None, True),
        ("Sept. 2018 - May 2023", "2018-09", "2023-05", False),
        ("03/2017 - 11/2020", "2017-03", "2020-11", False),
        ("2019-03 to 2021-07", "2019-03", "2021-07", False),
        ("2015 — 2019", "2015", "2019", False),
        ("Summer 2019 – Fall 2020", "2019-06", "2020-09", False),
        ("March 2016 - Exp. June 2017", "2016-03", "2017-06", False),
        ("since 2020 until now", "2020", None, True),
    ],
)
def test_date_ranges(text: str, start: str, end: str | None, present: bool) -> None:
    (found,) = find_ranges(text)
    assert found.start and found.start.iso() == start
    assert (found.end.iso() if found.end else None) == end
    assert found.present is present


def test_dois_and_versions_are_not_dates() -> None:
    assert find_ranges("10.1234/neurips.2023.1234") == []
    assert find_ranges("v2019.1") == []


def test_date_wrapped_in_a_narrow_column_is_rejoined() -> None:
    lines = make_lines("Sep 2014–Feb\tActuarial Analyst, Skandia\n2018\t• Mortality tables\n")
    assert lines[0].fields == ["Sep 2014–Feb 2018", "Actuarial Analyst, Skandia"]
    assert lines[1].bullet


# --- experience layouts -------------------------------------------------------------------

TAIL = "\nEducation\nBSc Physics, University of Bristol, 2010 - 2013\n"


@pytest.mark.parametrize(
    "block",
    [
        # Organisation line, then title with dates at the right (Awesome-CV).
        "Acme Robotics\tBerlin, Germany\nMachine Learning Engineer\tJan 2020 - Present\n"
        "• Trained policies with PPO.\n",
        # Dates first (moderncv).
        "Jan 2020 – Present\tMachine Learning Engineer, Acme Robotics, Berlin\n• PPO.\n",
        # "Title at Organisation (dates)".
        "Machine Learning Engineer at Acme Robotics (01/2020 - present)\n- PPO.\n",
        # Title | Organisation | dates (a table row).
        "Machine Learning Engineer | Acme Robotics | 2020-01 – now\n",
        # Organisation – place, dates; title below (Typst themes).
        "Acme Robotics – Berlin\tJan 2020 – present\nMachine Learning Engineer\n• PPO.\n",
    ],
)
def test_experience_layouts(block: str) -> None:
    prof = profile("Jane Roe\njane@example.org\nExperience\n" + block + TAIL)
    assert [(e.title, e.organisation, e.start, e.present) for e in prof.experience] == [
        ("Machine Learning Engineer", "Acme Robotics", "2020-01", True)
    ]
    assert prof.experience[0].kind is WorkKind.software


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Senior Software Engineer", WorkKind.software),
        ("Site Reliability Engineer", WorkKind.software),
        ("Postdoctoral Researcher", WorkKind.research),
        ("Quantitative Analyst", WorkKind.quantitative),
        ("Actuary", WorkKind.quantitative),
        ("Mathematics Teacher", WorkKind.teaching),
        ("Barista", WorkKind.other),
    ],
)
def test_work_kinds(title: str, kind: WorkKind) -> None:
    assert work_kind(title) is kind


def test_years_merge_overlaps_and_skip_internships() -> None:
    prof = profile(
        "Jane Roe\njane@example.org\nExperience\n"
        "Data Scientist, Acme Corp\tJan 2020 - Dec 2021\n"
        "Consultant, Freelance Ltd\tJan 2021 - Dec 2022\n"  # overlaps a year
        "Research Intern, Big Lab\tJun 2018 - Aug 2018\n"
        "Software Engineer, Initech Inc\tJan 2015 - Dec 2016\n" + TAIL
    )
    signals = prof.signals
    assert signals.years_professional == 5.0  # 2020–2022 (3) + 2015–2016 (2)
    assert signals.years_software == 2.0
    assert signals.years_quantitative == 2.0  # the data scientist years
    assert signals.evidence["years_professional"]


def test_present_counts_to_today() -> None:
    prof = profile(
        "Jane Roe\njane@example.org\nExperience\nAnalyst, Acme Corp\tNov 2024 - Present\n" + TAIL
    )
    assert prof.experience[0].months == 25
    assert prof.signals.years_professional == 2.1


def test_no_headings_pasted_body() -> None:
    body = (
        "Rahul Mehta\nrahul@example.in, +91 98200 12345\nPune, India\n\n"
        "Senior Structural Engineer, Tata Projects, Pune (April 2019 - present)\n"
        "Design lead for viaducts; finite element models in Python.\n\n"
        "Structural Engineer, Larsen & Toubro, Mumbai (July 2013 - March 2019)\n"
        "Steel and concrete design.\n\n"
        "B.Tech in Civil Engineering, College of Engineering Pune, 2009-2013\n"
    )
    prof = profile_from_document(document_from_body(body), today=TODAY)
    assert prof.source == "body"
    assert [(e.title, e.organisation) for e in prof.experience] == [
        ("Senior Structural Engineer", "Tata Projects"),
        ("Structural Engineer", "Larsen & Toubro"),
    ]
    assert [e.institution for e in prof.education] == ["College of Engineering Pune"]


# --- education ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "institution", "degree", "level", "field"),
    [
        (
            "PhD in Computer Science, Princeton University, 2018 – 2023",
            "Princeton University",
            "PhD",
            DegreeLevel.doctorate,
            "Computer Science",
        ),
        (
            "Master of Science in Statistics — ETH Zürich (2014–2016)",
            "ETH Zürich",
            "Master of Science",
            DegreeLevel.master,
            "Statistics",
        ),
        (
            "B.Sc. Mathematics, Universidade de São Paulo, 2010",
            "Universidade de São Paulo",
            "B.Sc.",
            DegreeLevel.bachelor,
            "Mathematics",
        ),
        (
            "University of California, Berkeley — BA Economics, 2012",
            "University of California, Berkeley",
            "BA",
            DegreeLevel.bachelor,
            "Economics",
        ),
        (
            "Politecnico di Milano\t2014\nLaurea Magistrale, Mathematical Engineering",
            "Politecnico di Milano",
            "Laurea Magistrale",
            DegreeLevel.master,
            "Mathematical Engineering",
        ),
    ],
)
def test_education(
    line: str, institution: str, degree: str, level: DegreeLevel, field: str
) -> None:
    prof = profile("Jane Roe\njane@example.org\nEducation\n" + line + "\n" + "x " * 30)
    (edu,) = prof.education
    assert (edu.institution, edu.degree, edu.level, edu.field) == (
        institution,
        degree,
        level,
        field,
    )


def test_highest_degree_and_math_background() -> None:
    prof = profile(
        "Jane Roe\njane@example.org\nEducation\nMSc Physics, University of Oslo, 2016\n"
        "BSc Chemistry, University of Bergen, 2014\n" + "x " * 30
    )
    assert prof.signals.highest_degree is DegreeLevel.master
    assert prof.signals.highest_degree_field == "Physics"
    assert prof.signals.math_background is MathLevel.strong


# --- publications and skills ----------------------------------------------------------------


def test_publications_counted_and_titled() -> None:
    prof = profile(
        "Jane Roe\njane@example.org\nPublications\n"
        "1. Roe, J., Doe, A. (2021). Sparse attention for long documents. ACL.\n"
        "2. J. Roe. “Learning to route with policy gradients.” ICML, 2022.\n"
        "Skills\nPython\n" + "x " * 30
    )
    assert prof.publications.count == 2
    assert [t.value for t in prof.publications.titles] == [
        "Sparse attention for long documents",
        "Learning to route with policy gradients",
    ]


def test_skills_are_normalised_and_ambiguous_words_need_a_skills_list() -> None:
    prof = profile(
        "Jane Roe\njane@example.org\nSummary\nI like to Go hiking and R is my initial letter "
        "of nothing; I used PyTorch and sklearn with reinforcement learning (PPO).\n"
        "Skills\nLanguages: R, Go, C++\nMath: multivariable calculus, probability theory\n"
    )
    names = {s.name for s in prof.skills}
    assert {
        "PyTorch",
        "scikit-learn",
        "Reinforcement learning",
        "PPO",
        "R",
        "Go",
        "C++",
        "Calculus",
        "Probability",
    } <= names
    go = next(s for s in prof.skills if s.name == "Go")
    assert go.evidence.section == "skills"
    assert prof.signals.ml_exposure and prof.signals.deep_rl_exposure
    assert prof.signals.math_background in (MathLevel.some, MathLevel.strong)


def test_no_ml_exposure_without_evidence() -> None:
    prof = profile(PLAIN.replace("Bayesian hierarchical models", "reports"))
    assert not prof.signals.deep_rl_exposure


# --- files end to end, and speed ----------------------------------------------------------


def test_parse_resume_from_docx_bytes() -> None:
    path = pathlib.Path(__file__).parents[1] / "data/resumes/generated/ivanov-docx-tables.docx"
    prof = parse_resume(path.read_bytes())
    assert prof.source == "docx"
    assert prof.name and prof.name.value == "Dmitri Ivanov"
    assert [e.organisation for e in prof.experience][:1] == ["Bolt"]


def test_profile_step_never_pathologically_slow() -> None:
    # A typical two-page resume (the 5-page Awesome-CV takes ~17 ms: fine, but too close to
    # the bound for a test on a shared machine).
    path = (
        pathlib.Path(__file__).parents[1]
        / "data/resumes/corpus/rendercv/John_Doe_ClassicTheme_CV.pdf"
    )
    doc = read_resume(path.read_bytes())
    timings = []
    for _ in range(7):
        start = time.perf_counter()
        profile_from_document(doc, today=TODAY)
        timings.append((time.perf_counter() - start) * 1000)
    # A guard against a pathological slowdown only; the figure (about 2 ms) is measured by
    # benchmarks/resume_accuracy.py, not asserted here on a shared machine.
    assert statistics.median(timings) < 500


# --- layouts outside the labelled set -----------------------------------------------------

US_GROUPED = """JOHN A. SMITH, PhD
123 Main St, Springfield, IL 62704 • (217) 555-0199 • jsmith@gmail.com • linkedin.com/in/jsmith

PROFESSIONAL EXPERIENCE
ACME CORPORATION, Springfield, IL
Senior Software Engineer, January 2018 – Present
• Led the payments platform team (Go, Kafka, PostgreSQL).
Software Engineer, June 2015 – December 2017
• Built the fraud scoring service in Python.
GLOBEX INC., Chicago, IL
Junior Developer, 2013 – 2015

EDUCATION
University of Illinois at Urbana-Champaign — Ph.D. Applied Mathematics, 2013
"""

EUROPASS = """Curriculum Vitae

PERSONAL INFORMATION
Maria Bianchi
Via Roma 12, 20121 Milano (Italy)
+39 02 1234 5678
maria.bianchi@example.it

WORK EXPERIENCE
01/03/2015–Present\tData Scientist
\tUniCredit S.p.A., Milan (Italy)
\t▪ Credit scoring models with gradient boosting
01/09/2011–28/02/2015\tResearch Fellow
\tUniversità degli Studi di Milano, Milan (Italy)

EDUCATION AND TRAINING
2007–2011\tPhD in Statistics
\tUniversità degli Studi di Milano-Bicocca
"""


def test_roles_grouped_under_one_employer() -> None:
    prof = profile(US_GROUPED)
    assert prof.name and prof.name.value == "John A. Smith"
    assert prof.location and prof.location.value == "Springfield, IL"
    assert [(e.title, e.organisation) for e in prof.experience] == [
        ("Senior Software Engineer", "ACME CORPORATION"),
        ("Software Engineer", "ACME CORPORATION"),
        ("Junior Developer", "GLOBEX INC."),
    ]
    assert prof.education[0].level is DegreeLevel.doctorate


def test_europass_day_month_year_dates() -> None:
    prof = profile(EUROPASS)
    assert prof.name and prof.name.value == "Maria Bianchi"
    assert [(e.title, e.organisation, e.start, e.end) for e in prof.experience] == [
        ("Data Scientist", "UniCredit S.p.A.", "2015-03", None),
        ("Research Fellow", "Università degli Studi di Milano", "2011-09", "2015-02"),
    ]
    assert prof.experience[0].kind is WorkKind.quantitative
    assert prof.education[0].institution == "Università degli Studi di Milano-Bicocca"


BODY = """
Experience
Data Engineer, Northwind Bank, Leeds                      2019 – present
Education
BSc Mathematics, University of Leeds, 2015
"""


@pytest.mark.parametrize(
    ("head", "name"),
    [
        # Issue 11: control characters, names beside a degree or a year, scripts without
        # capitals, long names with particles, letter-spaced display type.
        ("\x00Camille Moreau\ncamille@example.fr", "Camille Moreau"),
        ("Ana Lúcia Pereira\tPhD, Physics · 2024\nana@example.br", "Ana Lúcia Pereira"),
        ("Jane Roe — MSc Physics, 2019\njane@example.org", "Jane Roe"),
        ("Jane Roe 2024\njane@example.org", "Jane Roe"),
        ("王小明\nxiaoming.wang@example.cn", "王小明"),
        ("山田 花子\nHanako Yamada · hanako@example.jp", "山田 花子"),
        ("María José García de la Fuente\nmj@example.es", "María José García de la Fuente"),
        ("Milica\nPetrović\nmilica@example.rs\nNovi Sad", "Milica Petrović"),
        ("Curriculum Vitae – Jane Roe\njane@example.org", "Jane Roe"),
        ("Jane Roe +44 20 7946 0958\njane@example.org", "Jane Roe"),
        # A single name only when the address spells it.
        ("Sukarni\nsukarni@example.id · Yogyakarta", "Sukarni"),
        ("Sukarni\nbudi@example.id · Yogyakarta", None),
        # The name after the first column's text (a right-hand sidebar): spelled by the email.
        (
            "Profile\nData engineer in payments.\tDávid Kovács\ndavid.kovacs@example.hu",
            "Dávid Kovács",
        ),
        ("Profile\nData engineer in payments.\tDávid Kovács\ndk1987@example.hu", None),
        # Never a name where there is none.
        ("Curriculum Vitae\nCandidate reference 4821 · applicant-4821@example.org", None),
        ("简历\ncandidate@example.cn", None),
        ("Acme Corp — 2019\njobs@example.com", None),
        ("RESUME\nContact: jobs-7731@example.com", None),
        # heldout5 (blind): a Europass data row is never a name; the logo word, a greeting,
        # a job title after a comma, particles on the next line, a romanised name in brackets.
        ("Curriculum Vitae\nSex Male | Date of birth 14/03/1991\nd.v@example.ru", None),
        ("europass Dmitrii Volkov\nSex Male\nd.v@example.ru", "Dmitrii Volkov"),
        ("# Hi, I'm Anaïs Lefebvre-Moreau\nanais@example.fr", "Anaïs Lefebvre-Moreau"),
        ("Olá, eu sou\nMateus Oliveira\nda Costa\nmateus@example.br", "Mateus Oliveira da Costa"),
        ("Priyanka Raghavendra, Product Manager\np.r@example.in", "Priyanka Raghavendra"),
        ("박지우 (PARK Ji-woo)\njiwoo@example.kr", "PARK Ji-woo"),
        ("Jane Roe, Acme Corp\njane@example.org", None),
        # heldout6 (blind): a Dutch particle with an apostrophe, a job title in another
        # language, a double surname broken at its hyphen over three lines, a letter's greeting
        # above a pasted CV.
        (
            "Maarten 't Hart-Vermeulen\nProjectleider Waterbouw\nm@example.nl",
            "Maarten 't Hart-Vermeulen",
        ),
        ("Projectleider Waterbouw\nm@example.nl", None),
        ("C H A R G É E   D E   C O M M U N I C A T I O N\na@example.fr", None),
        ("AMÉLIE\nDUBOIS-\nLAURENT\na@example.fr", "Amélie Dubois-Laurent"),
        ("Dear Selection Committee,\n\nANANYA KAPOOR\nananya@example.in", "Ananya Kapoor"),
        # heldout7 (blind): a Turkish job title in capitals; a name wrapped over two lines and
        # one whose surname comes two lines down (both spelled by the address); a monogram
        # before a letter-spaced name; a nickname in quotes or brackets; a name after its own
        # script; a "Name:" field below a pasted note.
        ("KIDEMLİ VERİ ANALİSTİ\nEmre Can Özdemir\ne@example.tr", "Emre Can Özdemir"),
        (
            "María Fernanda\nGarcía Márquez\nmafer.garcia@example.mx",
            "María Fernanda García Márquez",
        ),
        ("María Fernanda\nGarcía Márquez\nmafer@example.mx", "María Fernanda"),
        ("Omar Khaled\nمهندس\nHaddad\nomar.haddad@example.jo", "Omar Khaled Haddad"),
        ("KM K WA M E   M E N S A H\nk.mensah@example.gh", "Kwame Mensah"),
        ("Jose Maria “Jomar” B. Villanueva\nj@example.ph", "Jose Maria “Jomar” B. Villanueva"),
        ("刘雨桐  Yutong (Tina) Liu\nyutong@example.cn", "Yutong (Tina) Liu"),
        ("Li Na Wu\nli@example.cn", "Li Na Wu"),
        # heldout8 (blind): a blind application's heading; a job title's second half beside
        # it, the name on the next line (the address spells it, not the title); 姓名 cell.
        ("Blind Application\nCandidate 0417\napplicant-0417@example.org", None),
        ("Anonymisierte Bewerbung\nbewerbung-0311@example.de", None),
        (
            "INVESTIGADOR POSDOCTORAL · ECOLOGÍA TROPICAL\nSebastián Orrego Villa\n"
            "s.orrego@example.co",
            "Sebastián Orrego Villa",
        ),
        ("个人简历\n姓  名\t王佳琪\t性  别\nwangjiaqi98@example.cn", "王佳琪"),
        # heldout9 (blind): Spanish particles "de los"; a name wrapped in a table cell beside
        # the address; never joined across scripts.
        (
            "CURRÍCULUM VÍTAE\nMaría de los Ángeles Fernández Ortega\nm@example.es",
            "María de los Ángeles Fernández Ortega",
        ),
        (
            "Lukas Tobias\tHauptstraße 7 69117 Heidelberg\nBauer\t+49 160 555 3321\n"
            "lukas.bauer@example.de",
            "Lukas Tobias Bauer",
        ),
        ("Анастасия Петрова\nAnastasia Petrova\nanastasia.petrova@example.ru", "Анастасия Петрова"),
        (
            "Please find my CV below; the upload failed.\n-----\nCURRICULUM VITAE\n"
            "Name: Mariam Saeed Al Nuaimi (مريم سعيد النعيمي)\nEmail: m@example.ae",
            "Mariam Saeed Al Nuaimi",
        ),
        # heldout10 (blind; fixed in a later session).
        ("Siobhán Ní\nBhriain\nsiobhan@example.ie", "Siobhán Ní Bhriain"),
        ("个人简历\n姓  名\t陈思远(Siyuan Chen)\t性  别\tsiyuan.chen@example.cn", "陈思远"),
        # Split after a stacked accent (ọ + combining acute) by the PDF's word spacing.
        ("t.oyelaran@example.com.ng\nHello\nTọ\u0301 lá Oyèlárán", "Tọ\u0301lá Oyèlárán"),
        # Capitals broken at the hyphen, a side column's contact lines between the pieces.
        (
            "AMARA\n+44 7700 900123\nhello.amara@example.co.uk\n"
            "OKONKWO-\tPeckham, London SE15\tamaradesigns.com\nBELL\nGRAPHIC DESIGNER",
            "Amara Okonkwo-Bell",
        ),
        # heldout11 (blind, a later session).
        # Kerned pairs in letter-spaced display type, a name over two such lines.
        ("WA N J I R U\nM WA N G I\nwanjiru.mwangi@example.co.ke", "Wanjiru Mwangi"),
        # The Latin name first, then its own script; a headline's second half is not a name.
        (
            "Yuchen Zhang 张雨辰\nQuantitative Researcher · Statistical Arbitrage\n"
            "yc.zhang.quant@example.cn",
            "Yuchen Zhang",
        ),
        ("Quantitative Researcher · Statistical Arbitrage\nq@example.cn", None),
        # The surname on the next line beside the contact column, spelled by the address.
        ("Henrik\nÅberg\thenrik.aberg@example.se\t+46 70 555 18 42", "Henrik Åberg"),
        # Not spelled by the address: nothing rather than a guess.
        ("Henrik\nÅberg\th.a@example.se\t+46 70 555 18 42", None),
        # heldout13 (blind).
        # A recruiter's reformatted CV: its own name at the top, the candidate's nowhere.
        (
            "NORTHBRIDGE TALENT  ·  Technology & Quant Recruitment\nCandidate Profile\n"
            "Contact\tsubmissions@northbridge-talent.example.co.uk",
            None,
        ),
        # Letter-spacing whose kerned pieces run to three letters.
        (
            "CA M I L A   A N D R E A   VA RGA S   R E ST R E P O\ncamila.vargas.r@example.co",
            "Camila Andrea Vargas Restrepo",
        ),
        # moderncv: the given name over the family name, the address column beside them.
        (
            "Xiaoyu\tDepartment of Computer Science Universität Tübingen\n"
            "Zhang 张晓雨\txiaoyu.zhang@example.de 72076 Tübingen +49 7071 29 84412",
            "Xiaoyu Zhang",
        ),
        (
            "Curriculum Vitae\ndr. ir. Pieter-Jan van den Berg\npj@example.nl",
            "Pieter-Jan van den Berg",
        ),
        # heldout15 (blind).
        (
            "JI-HOON\nPA R K\nM A C H I N E   L E A R N I N G\njihoon.park@example.kr",
            "Ji-Hoon Park",
        ),
        (
            "Ingénieure d'État en Informatique\nÉTAT CIVIL\nNom :\tEL AMRANI\n"
            "Prénom :\tFatima Zahra\nfz.elamrani@example.ma",
            "Fatima Zahra el Amrani",
        ),
        (
            "Ingrid\tKongens gate 21\nBjørnstad Haugen\tingrid.b.haugen@example.no 7013 "
            "Trondheim\nQuantitative Analyst",
            "Ingrid Bjørnstad Haugen",
        ),
        (
            "November 2026\tY. Benali – CV\nCurriculum Vitae\nDr Yacine Benali\n"
            "yacine.benali@example.fr",
            "Yacine Benali",
        ),
    ],
)
def test_name_in_hard_headers(head: str, name: str | None) -> None:
    found = profile(head + "\n" + BODY).name
    assert (found.value if found else None) == name


def test_letter_spaced_email_and_name() -> None:
    p = profile(
        "M A R T A   K O W A L S K A\nm a r t a . k o w a l s k a @ e x a m p l e . p l\n" + BODY
    )
    assert p.name is not None and p.name.value == "Marta Kowalska"
    assert [e.value for e in p.emails] == ["marta.kowalska@example.pl"]


def test_cid_placeholders_still_give_no_name() -> None:
    p = profile("(cid:12)(cid:34)(cid:56) (cid:7)(cid:8)\nroe@example.org\n" + BODY)
    assert p.name is None


def test_tex_accents_drawn_apart_are_put_back_on_their_letters() -> None:
    from parsers.resume_pdf import normalise_text

    # pdfLaTeX's OT1 accents: "Bo ˙zena", "Gda ´nsk" (NFKC makes the spacing accents a space
    # and a combining mark).
    assert (
        normalise_text("Bo \u02d9zena Wr\u00f3blewska, Gda  \u00b4nsk")
        == "Bożena Wróblewska, Gdańsk"
    )
    assert normalise_text("caf\u00e9 na\u00efve") == "café naïve"


def test_an_address_broken_at_its_hyphen() -> None:
    p = profile("Reply via: c17-\nw48@screening.example.net\n" + BODY)
    assert [e.value for e in p.emails] == ["c17-w48@screening.example.net"]


def test_a_name_the_address_contradicts_is_no_name() -> None:
    """Where the address reads as a name and shares no word with the one found, none is given
    rather than a wrong one (first runs of heldout11 and heldout13 gave "Statistical
    Arbitrage" and "Va Rga S")."""
    from parsers.resume_person import _contradicted

    assert _contradicted("Statistical Arbitrage", "yc.zhang.quant")
    assert _contradicted("Va Rga S", "camila.vargas.r")
    assert not _contradicted("João Vitor Albuquerque de Melo", "jvmelo.dev")
    assert not _contradicted("Christoph Koch", "placeholder.mail")  # no name in it
    assert not _contradicted("Anabel Ruiz", "ana.ruiz")
    found = profile(
        "Quantitative Researcher · Statistical Arbitrage\nyc.zhang.quant@example.cn\n" + BODY
    )
    assert found.name is None


def test_a_withheld_name_field_makes_the_document_nameless() -> None:
    for head in (
        "Retrain-ML Grant Programme 2027 · Applicant\tUTC\nName\twithheld for blind review\n"
        "Contact email (relay)\tc-7f3k22@relay.apply.example.com",
        "Jane Roe Consulting\nName: [REDACTED]\nc-1@relay.example.com",
    ):
        assert profile(head + "\n" + BODY).name is None, head


def test_filipino_particle() -> None:
    found = profile("Maria Kristina dela Cruz\nkristina.delacruz@example.edu\n" + BODY).name
    assert found is not None and found.value == "Maria Kristina dela Cruz"


def test_hostile_names_and_spaces_stay_fast() -> None:
    start = time.perf_counter()
    parse_resume(b"Jane Roe\na" + b" " * 100_000 + b"x\n", "text/plain")
    parse_resume(b"Jane " + b'"Ab" ' * 3000 + b"Roe\njane@example.com\n", "text/plain")
    assert time.perf_counter() - start < 2.0

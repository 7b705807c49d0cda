"""Accuracy and speed of the resume parser on the labelled set in tests/data/resumes/.

Every `<file>.expected.json` there names a resume (PDF, DOCX, text) and its hand-checked
fields. For each file this reads the document, builds the profile, and compares field by
field; it prints precision / recall / F1 per field and overall, the issue-3 targets with
PASS/FAIL, the profile step's median time, and text extraction time per page.

    python benchmarks/resume_accuracy.py            # report
    python benchmarks/resume_accuracy.py --check    # also exit 1 when a target is missed
    python benchmarks/resume_accuracy.py --details  # list each miss

It then reports names and emails on the held-out sets in tests/data/resumes/heldout/ to
heldout10/ (issue 11: documents the parser was not written against, `names.json` their ground
truth): names right, none found, and wrong (a name other than the
document's, or any name where it has none; must stay 0), with the profile step's median
time on those files.

First run on the held-out set (35 files, parser as of commit 7181986, before issue 11):
names right 24/32 (0.750), none 6, wrong 2 (a sidebar's "Novi Sad" for a name split over
two lines; the romanised "Hanako Yamada" for the "山田 花子" heading); 3/3 nameless files left
nameless; emails 34/35 (letter-spaced "m a r t a . k o w a l s k a @ …"); profile step median
1.27 ms. The old labelled set in the same run: name F1 1.000 (33/33), profile median 2.94 ms.
After issue 11's changes: 32/32 right, 0 none, 0 wrong, 3/3 nameless, emails 35/35; the old
set unchanged (every field as before); profile step median the same as the old code's in one
run over all 68 files (1.4 ms each).

A second held-out set, tests/data/resumes/heldout2/ (30 files, issue 11 again), was made after
those changes from sources the project had not used: real people's CVs published with LaTeX
templates under a licence (friggeri-cv, Jake's resume, sb2nov, AltaCV, Deedy), Typst's
basic-resume, the JSON Resume sample through two npm themes (printed by Chromium, converted by
LibreOffice), TeX Live CV classes (moderncv casual/oldstyle/fancy, europecv, europasscv,
currvita, simplecv), pandoc and LibreOffice documents, and hand-written PDFs whose text
layers start with control characters. First run, parser as of commit 846ec0a (before any
change for it): names right 20/28 (0.714), none 4, wrong 4 ("SQLAlchemy CodeIgniter" from a
sidebar's skill list where the name's thin and bold halves lost their space; "Nationality
American" beside a Europass name; "Kovalevskaya Positions", a sidebar name joined to the
heading beside it; "Chandra-sekhar" for an invisible soft hyphen); 2/2 nameless files left
nameless; emails 30/30; profile step median 1.51 ms. After: 28/28 right, 0 none, 0 wrong,
2/2 nameless, emails 30/30; the old labelled set and heldout/ unchanged (every figure as
before).

A third held-out set, tests/data/resumes/heldout3/ (23 files: 21 named, 2 nameless), was made
after those, from sources and layouts neither earlier set used: two Typst templates' own
sample CVs published under a licence (tomowang/typst-twentysecondcv, MIT; jskherman/imprecv,
Apache-2.0), the TeX Live classes curve and komacv, pdfLaTeX/XeLaTeX/LuaLaTeX articles,
Typst, HTML printed by Chromium, pandoc to RTF/ODT/DOCX, a LibreOffice DOCX, plain text and
Markdown; CVs in German, French, Spanish, Portuguese, Indonesian, Malay, Dutch, Polish and
Vietnamese; particles, hyphens, apostrophes, initials, a mononym, surname-first forms, a job
title above the name, a name only in a running footer, only in the PDF metadata. First run,
parser as of commit c528a08 (before any change for it): names right 12/21 (0.571), none 5,
wrong 4 (the headings "Expérience Professionnelle", "Currículum Vítae", "Daftar Riwayat
Hidup", "Beruflicher Werdegang" taken for names: the section reader knows English headings
only); 2/2 nameless files left nameless; emails 23/23; profile step median 1.63 ms. After:
20/21 right, 1 none (the name only in the PDF's /Title, which the document model does not
carry), 0 wrong, 2/2 nameless, emails 23/23; the labelled set, heldout/ and heldout2/
unchanged (every figure as before), and no other name changed on the 584 documents under
tests/data nor the 293 of the shared corpus.

A fourth held-out set, tests/data/resumes/heldout4/ (22 files: 20 named, 2 nameless), was made
blind: by a helper who had read neither the name-finding code nor the earlier held-out
sources, with names.json written before the first run. LibreOffice's own CV.ott and
Resume1page.ott templates filled in (one with "Your Name" left in), Google Docs-style DOCX
and PDF, Canva-like HTML designs printed by Chromium (icon sidebars, a two-colour name over
two lines, CSS letter-spaced capitals), LinkedIn's "Save to PDF" and the Europass 2020+
layouts, academic CVs with "Curriculum Vitae" below a centred name (one with "Prof. Dr."),
a LaTeX tech resume with Font Awesome icons, a scan under an invisible OCR text layer,
Arabic and Hebrew names beside their transliteration, diacritics (Đặng, Ørsted, Łukasz,
Šimon Dvořák), "MARCUS T. WHITFIELD", place names as names ("Jordan Paris", "Sydney Ford",
"Georgia Lincoln"), "RESUME" or a job title as the first line, the contact only in a page
footer. First run, name finder as of commit 79aad6e (HEAD 56c66e8), before any change for
it: names right 18/20 (0.900), none 2, wrong 0 ("Jordan Paris" and "Georgia Lincoln" not
found: both the first line, made of words the body uses as places); 2/2 nameless files left
nameless; emails 20/22 (a Canva sidebar's email alone on its line after "C O N TA C T" not
found; a DOCX footer, the only place of the email, not read); profile step median 1.63 ms.
The labelled set, heldout/, heldout2/ and heldout3/ in the same run: unchanged. After: 20/20,
0 none, 0 wrong, 2/2 nameless, emails 21/22 (a name that is also a place stands when the
applicant's address spells it; DOCX page footers are read, after the body); the profiles of
the other 269 documents under tests/data and ../shared/corpus are unchanged.

A fifth held-out set, tests/data/resumes/heldout5/ (25 files: 23 named, 2 nameless), was made
blind a second time (same rules as heldout4/), from public templates no earlier set used
(mcdowell-cv, jankapunkt/latexcv classic and sidebarleft, Typst modern-resume and
simple-technical-resume, alterae/resume-template, mnjul/html-resume) and layouts written as
applicants make them (Canva, LinkedIn "Save to PDF", classic Europass, Google Docs, a resume
builder, Word DOCX, LibreOffice PDF, text, a GitHub profile README). First run, name finder as
of commit 4f28b78 (unchanged since 46351fb), before any change for it: names right 18/23
(0.783), none 3, **wrong 2** ("Sex Male" from a Europass data row; "Mateus Oliveira" without
the "da Costa" wrapped onto the next line); 2/2 nameless files left nameless; emails 25/25;
profile step median 2.88 ms. The misses: "Priyanka Raghavendra, Product Manager", "박지우 (PARK
Ji-woo)" and "# Hi, I'm Anaïs Lefebvre-Moreau". After the changes they prompted (a "Sex" data
row is no name; Europass's logo word and a greeting before the name are skipped; a job title
after a comma ends the name; particles wrapped onto the next line are joined; a name in its own
script is followed by its romanisation in brackets): 23/23, 0 none, 0 wrong, 2/2, emails
25/25; the other 884 documents under tests/data and ../shared/corpus keep every name and email
they had.

A sixth held-out set, tests/data/resumes/heldout6/ (24 files: 22 named, 2 nameless), was made
blind a third time, leaning on what applicants most often send: Word and Google Docs files
(DOCX, and PDFs exported by LibreOffice), builder designs printed by Chromium (Zety, Canva,
Novoresume, Kickresume-like, LinkedIn), LaTeX (Smedzlatko/resume-tex, MIT), Typst
(vantage-cv, MIT), text and Markdown; CVs in eleven languages besides English. First run,
name finder as of commit 42a99ea (after heldout5's changes), before any change for it: names
right 18/22 (0.818), none 1, **wrong 3** (the job titles "Projectleider Waterbouw" and
"Chargée de Communication" above or instead of the name, "Dear Selection Committee" over a
pasted CV); 2/2 nameless; emails 24/24; profile step median 2.34 ms. The none: "Bo ˙zena
Wróblewska", pdfLaTeX drawing the accent apart. After the changes they prompted (job titles
in eleven languages and a letter's greetings are no names; the Dutch "'t"; a double surname
broken at its hyphen over three lines; TeX's loose accents put back on their letters): 22/22,
0 wrong, 2/2, emails 24/24; elsewhere only better names ("O. A. Adebayo-Cole" for
"Adebayo-cole"; no name for "Hi Omar" and "Hello World" in the texts of replies and PDFs).

A seventh held-out set, tests/data/resumes/heldout7/ (25 files: 22 named, 3 nameless), was
made blind a fourth time: Word DOCX and LibreOffice PDFs, builder designs printed by Chromium
(Canva, Zety, Kickresume, resume.io, Resume Genius, LinkedIn, Europass, Google Docs), LaTeX
(leonz/resume-template, MIT) and Typst (Lancern/resume-template, CC0), text and Markdown; in
Spanish, German, French, Portuguese, Turkish, Chinese, Arabic and Hindi-English. First run,
name finder as of commit 8bd7f73 (after heldout6's changes): names right 15/22 (0.682), none
2, **wrong 5** (a Turkish job title in capitals above the name; "María Fernanda" and "Omar
Khaled" without the surname wrapped below; "Km K Wa M e" from a monogram beside a
letter-spaced name; "Critical Care" from the title under a name with a quoted nickname);
3/3 nameless; emails 25/25; profile step median 6.50 ms (the machine busy with a CI run).
The none: "刘雨桐  Yutong (Tina) Liu" and a "Name:" field under a pasted note. After the
changes they prompted (Turkish job titles; a surname the address spells on one of the next
two lines; a monogram of the initials and letter pairs in spaced capitals; a nickname in
quotes or brackets; a name after its own script without brackets; "Name:" fields in the
first dozen lines; a bracketed own-script name after a labelled one): 22/22, 0 wrong, 3/3,
emails 25/25; elsewhere only "Ahmad Faiz bin" became "Ahmad Faiz bin Ibrahim".

An eighth held-out set, tests/data/resumes/heldout8/ (26 files: 23 named, 3 nameless), was
made blind a fifth time (builder PDFs, Word and LibreOffice, LaTeX, Typst, text; nine
languages). First run, name finder as of commit 282c49f (after heldout7's changes): names
right 20/23 (0.870), none 2, **wrong 3** (a job title's second half joined to the name on the
next line; "Blind Application" and "Anonymisierte Bewerbung" on two nameless files); 1/3
nameless left nameless; emails 25/26. After the changes they prompted (a blind application's
words are no name; a name is only completed from the next lines when nothing in Latin letters
stands beside it; a Chinese 姓名 cell; and a check that runs on every document: when the
applicant's address spells a name among the first lines and not the one found, that name is
taken): 22/23, 0 wrong, 3/3, emails 25/26 (left: a name wrapped inside the middle column of a
three-column header; an email in a sidebar read after the references); no other name changed
on the 985 documents under tests/data and ../shared/corpus.

A ninth held-out set, tests/data/resumes/heldout9/ (25 files: 22 named, 3 nameless), the last
blind round of stop 13: builder designs, Word and LibreOffice, LaTeX (treyhunner/resume, MIT),
Typst, text and Markdown in about eleven languages. First run, code of e6a0ee9 (after
heldout8's changes): names right 18/22 (0.818), none 1, **wrong 3**; 3/3 nameless; emails
25/25. Two of the wrong were a name shown in two scripts, where the writer expected the Latin
one and the finder took the first ("陈思远" over "Siyuan Chen"; Cyrillic over Latin, and that
one joined to the Latin line below it); heldout6's writer expected the first for the same
layout. Both forms are now accepted (`also` in names.json) and names are never joined across
scripts. The others: "María de los Ángeles Fernández Ortega" (the particles "los"/"las"), and
"Lukas Tobias" / "Bauer" in a table cell beside the address. After: 22/22, 0 wrong, 3/3,
emails 25/25; no other name changed on the 1016 documents under tests/data and the shared
corpus.

A tenth held-out set, tests/data/resumes/heldout10/ (21 files: 18 named, 3 nameless), was
written blind after all the changes above, to measure them: first run, code of 1cac656: names
right 14/18 (0.778), none 2, **wrong 2**; 3/3 nameless; emails 21/21. After two small changes
(a name ending in a particle wrapped onto the next line, "Siobhán Ní" / "Bhriain"; a 姓名 cell
with the romanisation in brackets): 16/18, none 1, **wrong 1** ("Amara" for "AMARA
OKONKWO-BELL", whose surname is broken at its hyphen between lines of a sidebar); the other
miss is a Yoruba name whose stacked accents split it into "Tọ́ lá". A later session fixed both
(combining marks belong to their letter in a name; a name in capitals may have a side column's
contact lines between its pieces): 18/18, 0 wrong.

An eleventh, tests/data/resumes/heldout11/ (25 files: 22 named, 3 nameless), was written blind in
a later session after all of that (Word DOCX with text boxes and page headers, Chromium-printed
builder designs, pdfLaTeX modelled on Jake's Resume, moderncv, Awesome-CV and AltaCV, text and
Markdown; 22 cultures): first run, code of 9fa27f3: names right 19/22 (0.864), none 1, **wrong
2** ("Statistical Arbitrage" from the headline "Quantitative Researcher · Statistical
Arbitrage" under "Yuchen Zhang 张雨辰"; "Henrik" over "Åberg" beside the contact column);
3/3 nameless; emails 24/25 (an address Chromium broke at its hyphen). What changed: letter-
spaced display type with kerned pairs ("WA N J I R U") is one word everywhere, a Latin name
followed by its own script, no name from beside a job title on a headline, a second one-word
line with contact details beside it when the address spells it, an address broken at a hyphen.
After: 22/22, 0 wrong, 3/3, emails 25/25; of the 1,190 documents under tests/data and the
shared corpus, no other name changed and one more email was found (heldout4's Canva
"Sydney Ford").

A twelfth, tests/data/resumes/heldout12/ (25 files: 23 named, 2 nameless), was written blind
after those changes by a writer who ran no project code; the lead scored it once with the code
of 81cdfcb: names right 23/23, 0 wrong, 2/2 nameless, emails 25/25 (Word text boxes and
tables, Chromium-printed builder designs, LaTeX looks, text and Markdown). No change was made
for it.

A thirteenth, tests/data/resumes/heldout13/ (24 files: 21 named, 3 nameless), written blind
the same way and scored once by the lead with the code of e20652d: names right 18/21 (0.857),
none 2, **wrong 2** (a recruiter's name atop its anonymised CV; "Va Rga S" from letter-spacing
with three-letter kerned pieces); 2/3 nameless; emails 24/24. What changed: recruiters' words
("talent", "recruitment", …) mark an organisation, kerned pieces of three letters, the Dutch
and Czech titles ("dr. ir.", "Ing.") before a name, and moderncv's given name over its family
name beside the address column when the address spells both. After: 21/21, 0 wrong, 3/3,
emails 24/24; the only other change on 1,274 documents: heldout4's "Prof. Dr. Hans-Jürgen
Köhler" now read without the "Dr." that used to stay.

A fourteenth, tests/data/resumes/heldout14/ (25 files: 22 named, 3 nameless), written blind the
same way and scored once by the lead with the code of b070302 (which also gives no name where
the applicant's name-like address shares no word with the one found): names right 22/22, none
0, **wrong 1** (a portal export's programme name, "Retrain-ML Grant Programme", on a document
whose "Name" field says "withheld for blind review"); 2/3 nameless; emails 24/24 (one redacted
CV has none). What changed: a "Name" field that says withheld, redacted or anonymised makes
the document nameless, and "programme"/"portal" mark an organisation. After: 22/22, 0 wrong,
3/3; nothing else changed on 1,334 documents.

A fifteenth, tests/data/resumes/heldout15/ (25 files: 22 named, 3 nameless), written blind the
same way and scored once by the lead with the code of 7d94976: names right 18/22 (0.818), none
2, **wrong 2** (a moderncv given name beside its address column left out; a running header's
"Y. Benali" joined to "Dr Yacine Benali" below it); 3/3 nameless; emails 24/24. What changed:
short letter-spaced capitals ("PA R K"), a form's "Nom : / Prénom :" fields read as the header,
a first name with an address beside it over a family name of up to three words, a name written
with initials replaced by its full form below, and a line repeating the name never joined to
it. After: 22/22, 0 wrong, 3/3; nothing else changed on 1,362 documents.

A sixteenth, tests/data/resumes/heldout16/ (25 files: 22 named, 3 nameless), written blind the
same way and scored once by the lead with the code of bc72165: names right 21/22 (0.955), none
1, **wrong 0**; 3/3 nameless; emails 23/23 (two nameless files have no address): the first of
these sets to meet the target as it came. The miss, "Maria Kristina dela Cruz", was the
Filipino particle "dela"; the particles now include it and a few more ("delos", "des", "degli",
"af", "zum", "ben", …). After: 22/22; nothing else changed on 1,405 documents.

"Present" is resolved at AS_OF so that the figures do not drift with the calendar.
`tests/unit/test_resume_accuracy.py` runs `evaluate()` and asserts the targets.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.resume import profile_from_document, read_resume  # noqa: E402
from parsers.resume_extract import clear_caches  # noqa: E402
from parsers.resume_person import link_key  # noqa: E402
from parsers.resume_profile import ResumeProfile  # noqa: E402

DATA = ROOT / "tests" / "data" / "resumes"
AS_OF = date(2026, 11, 1)

# field -> (metric, threshold): the targets of issue 3.
TARGETS: dict[str, tuple[str, float]] = {
    "name": ("f1", 0.95),
    "emails": ("f1", 1.0),
    "links": ("f1", 1.0),
    "education.institution": ("f1", 0.90),
    "experience.title+organisation": ("f1", 0.85),
    "years_experience ±1": ("accuracy", 0.85),
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (ok, total)
    misses: list[str] = field(default_factory=list)
    profile_ms: list[float] = field(default_factory=list)
    extract_ms_per_page: list[float] = field(default_factory=list)
    files: int = 0

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    def score(self, name: str, ok: bool) -> None:
        good, total = self.accuracy.get(name, (0, 0))
        self.accuracy[name] = (good + ok, total + 1)

    def value(self, name: str) -> float:
        metric, _ = TARGETS[name]
        if metric == "accuracy":
            good, total = self.accuracy.get(name, (0, 0))
            return good / total if total else 1.0
        return getattr(self.counts(name), metric)

    def failures(self) -> list[str]:
        return [
            f"{name}: {self.value(name):.3f} < {threshold}"
            for name, (_metric, threshold) in TARGETS.items()
            if self.value(name) + 1e-9 < threshold
        ]


def norm(text: str | None) -> str:
    # Accents do not count: a PDF font may encode "ı" as "i" (small caps do), and the
    # reviewer reads them the same.
    text = unicodedata.normalize("NFKD", text or "").casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"}))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(w for w in text.split() if w != "the")


def same(a: str | None, b: str | None) -> bool:
    """Equal after normalisation, or the same words but for a few (token Jaccard ≥ 0.75)."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    sx, sy = set(x.split()), set(y.split())
    return len(sx & sy) / len(sx | sy) >= 0.75


def match_sets(
    report: Report,
    name: str,
    expected: list,
    predicted: list,
    eq,
    label: str,
) -> None:
    counts = report.counts(name)
    remaining = list(predicted)
    for exp in expected:
        hit = next((p for p in remaining if eq(exp, p)), None)
        if hit is None:
            counts.fn += 1
            report.misses.append(f"{label}: {name} missed {exp!r}")
        else:
            counts.tp += 1
            remaining.remove(hit)
    for p in remaining:
        counts.fp += 1
        report.misses.append(f"{label}: {name} spurious {p!r}")


def months(value: str, *, end: bool) -> int:
    if value == "present":
        return AS_OF.year * 12 + AS_OF.month - 1
    parts = value.split("-")
    # A bare year counts from its middle (the parser's documented convention).
    month = int(parts[1]) if len(parts) > 1 else (6 if end else 7)
    return int(parts[0]) * 12 + month - 1


def expected_years(entries: list[dict]) -> float:
    spans = sorted(
        (months(e["start"], end=False), months(e["end"], end=True))
        for e in entries
        if not e.get("internship")
    )
    total, cur = 0, None
    for s, e in spans:
        if cur and s <= cur[1] + 1:
            cur = (cur[0], max(cur[1], e))
            continue
        if cur:
            total += cur[1] - cur[0] + 1
        cur = (s, e)
    if cur:
        total += cur[1] - cur[0] + 1
    return total / 12


def evaluate_one(report: Report, path: pathlib.Path, expected: dict, repeat: int = 5) -> None:
    label = str(path.relative_to(DATA))
    data = path.read_bytes()
    start = time.perf_counter()
    doc = read_resume(data, filename=path.name)
    extract_ms = (time.perf_counter() - start) * 1000
    report.extract_ms_per_page.append(extract_ms / max(doc.pages, 1))
    timings = []
    profile: ResumeProfile | None = None
    for _ in range(repeat):
        # Cold: the parser memoises per-string work, and a resume is parsed once.
        clear_caches()
        start = time.perf_counter()
        profile = profile_from_document(doc, today=AS_OF)
        timings.append((time.perf_counter() - start) * 1000)
    assert profile is not None
    report.profile_ms.append(statistics.median(timings))
    report.files += 1

    match_sets(
        report,
        "name",
        [expected["name"]] if expected.get("name") else [],
        [profile.name.value] if profile.name else [],
        same,
        label,
    )
    match_sets(
        report,
        "emails",
        [e.lower() for e in expected["emails"]],
        [e.value for e in profile.emails],
        lambda a, b: a == b,
        label,
    )
    match_sets(
        report,
        "phones",
        expected.get("phones", []),
        [p.value for p in profile.phones],
        lambda a, b: re.sub(r"\D", "", a) == re.sub(r"\D", "", b),
        label,
    )
    match_sets(
        report,
        "links",
        [link_key(u) for u in expected["links"]],
        [link_key(link.url) for link in profile.links],
        lambda a, b: a == b,
        label,
    )
    if expected.get("location"):
        match_sets(
            report,
            "location",
            [expected["location"]],
            [profile.location.value] if profile.location else [],
            same,
            label,
        )
    match_sets(
        report,
        "education.institution",
        [e["institution"] for e in expected["education"]],
        [e.institution for e in profile.education],
        same,
        label,
    )
    match_sets(
        report,
        "education.degree+years",
        [(e["degree"], e["end_year"]) for e in expected["education"] if e["degree"]],
        [(e.degree, e.end_year) for e in profile.education],
        lambda a, b: norm(a[0]).replace(" ", "") == norm(b[0]).replace(" ", "") and a[1] == b[1],
        label,
    )
    match_sets(
        report,
        "experience.title+organisation",
        [(e["title"], e["organisation"]) for e in expected["experience"]],
        [(e.title, e.organisation) for e in profile.experience],
        lambda a, b: same(a[0], b[0]) and same(a[1], b[1]),
        label,
    )
    match_sets(
        report,
        "experience.dates",
        [(e["start"], e["end"]) for e in expected["experience"]],
        [(e.start, "present" if e.present else e.end) for e in profile.experience],
        lambda a, b: a == b,
        label,
    )
    if expected.get("kind") == "resume":
        want = expected_years(expected["experience"])
        got = profile.signals.years_professional
        ok = got is not None and abs(got - want) <= 1.0
        report.score("years_experience ±1", ok)
        if not ok:
            report.misses.append(f"{label}: years {got} vs expected {want:.1f}")
        pubs_ok = profile.publications.count == expected.get("publications", 0)
        report.score("publications.count", pubs_ok)
        if not pubs_ok:
            report.misses.append(
                f"{label}: publications {profile.publications.count} vs "
                f"{expected.get('publications', 0)}"
            )
    is_resume = expected.get("kind") == "resume"
    report.score("is_resume", profile.looks_like_resume == is_resume)
    if profile.looks_like_resume != is_resume:
        report.misses.append(f"{label}: looks_like_resume {profile.looks_like_resume}")


def labelled_files() -> list[tuple[pathlib.Path, dict]]:
    out = []
    for exp_path in sorted(DATA.rglob("*.expected.json")):
        target = exp_path.with_name(exp_path.name.removesuffix(".expected.json"))
        out.append((target, json.loads(exp_path.read_text(encoding="utf-8"))))
    return out


def evaluate(repeat: int = 5) -> Report:
    report = Report()
    for path, expected in labelled_files():
        evaluate_one(report, path, expected, repeat=repeat)
    return report


HELDOUT = DATA / "heldout"


@dataclass
class NameReport:
    right: int = 0
    none: int = 0  # a named document, no name found
    wrong: int = 0  # a name other than the expected one, or a name where there is none
    nameless_ok: int = 0  # a nameless document left nameless
    named: int = 0
    nameless: int = 0
    emails_ok: int = 0
    files: int = 0
    profile_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def evaluate_names(folder: pathlib.Path = HELDOUT, repeat: int = 5) -> NameReport:
    """Names and emails on a held-out folder with a `names.json` manifest."""
    report = NameReport()
    manifest = json.loads((folder / "names.json").read_text(encoding="utf-8"))
    if isinstance(manifest, dict):  # heldout5 on: keyed by file ("_comment" says what it is)
        manifest = [{"file": f, **e} for f, e in manifest.items() if not f.startswith("_")]
    for entry in manifest:
        path = folder / entry["file"]
        doc = read_resume(path.read_bytes(), filename=path.name)
        timings = []
        profile: ResumeProfile | None = None
        for _ in range(repeat):
            clear_caches()
            start = time.perf_counter()
            profile = profile_from_document(doc, today=AS_OF)
            timings.append((time.perf_counter() - start) * 1000)
        assert profile is not None
        report.profile_ms.append(statistics.median(timings))
        report.files += 1
        got = profile.name.value if profile.name else None
        want = entry["name"]
        if want is None:
            report.nameless += 1
            if got is None:
                report.nameless_ok += 1
            else:
                report.wrong += 1
                report.misses.append(f"{entry['file']}: WRONG name {got!r} (none there)")
        else:
            report.named += 1
            if got is None:
                report.none += 1
                report.misses.append(f"{entry['file']}: no name (expected {want!r})")
            elif same(want, got) or any(same(also, got) for also in entry.get("also", [])):
                # "also": the same name as the document shows it in another script
                report.right += 1
            else:
                report.wrong += 1
                report.misses.append(f"{entry['file']}: WRONG name {got!r} vs {want!r}")
        emails = [e.value for e in profile.emails]
        if entry.get("email") and entry["email"].lower() in emails:
            report.emails_ok += 1
        elif entry.get("email"):
            report.misses.append(f"{entry['file']}: email {emails} vs {entry['email']!r}")
    return report


def render_names(report: NameReport, folder: pathlib.Path = HELDOUT) -> str:
    median = statistics.median(report.profile_ms)
    return "\n".join(
        [
            f"held-out names ({report.files} files in {folder.relative_to(ROOT)}/):",
            f"  names right {report.right}/{report.named} = "
            f"{report.right / max(report.named, 1):.3f} (target >= 0.95), "
            f"none {report.none}, wrong {report.wrong} (target 0)",
            f"  nameless files left nameless {report.nameless_ok}/{report.nameless}",
            f"  emails {report.emails_ok}/{report.files}",
            f"  profile step: median {median:.2f} ms, max {max(report.profile_ms):.2f} ms",
        ]
    )


def render(report: Report) -> str:
    lines = [f"resume accuracy on {report.files} labelled files (tests/data/resumes/)", ""]
    lines.append(
        f"{'field':32} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
    )
    overall = Counts()
    for name, c in report.fields.items():
        lines.append(
            f"{name:32} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f} {c.tp:4} {c.fp:4} {c.fn:4}"
        )
        overall.tp += c.tp
        overall.fp += c.fp
        overall.fn += c.fn
    lines.append(
        f"{'overall (micro)':32} {overall.precision:9.3f} {overall.recall:7.3f} "
        f"{overall.f1:6.3f} {overall.tp:4} {overall.fp:4} {overall.fn:4}"
    )
    lines.append("")
    for name, (good, total) in report.accuracy.items():
        lines.append(f"{name:32} {good}/{total} = {good / total if total else 1:.3f}")
    lines.append("")
    lines.append("targets (issue 3):")
    for name, (metric, threshold) in TARGETS.items():
        value = report.value(name)
        verdict = "PASS" if value + 1e-9 >= threshold else "FAIL"
        lines.append(f"  {name:32} {metric:8} {value:6.3f} >= {threshold:.2f}  {verdict}")
    lines.append("")
    profile_median = statistics.median(report.profile_ms)
    verdict = "PASS" if profile_median <= 20 else "FAIL"
    lines.append(
        f"profile step: median {profile_median:.2f} ms per resume, "
        f"max {max(report.profile_ms):.2f} ms (target <= 20 ms median: {verdict})"
    )
    lines.append(
        f"text extraction: median {statistics.median(report.extract_ms_per_page):.1f} "
        f"ms per page, max {max(report.extract_ms_per_page):.1f} ms per page"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args()
    report = evaluate()
    print(render(report))
    if args.details:
        print("\nmisses:")
        for miss in report.misses:
            print("  " + miss)
    failed = bool(report.failures() or statistics.median(report.profile_ms) > 20)
    for folder in sorted(DATA.glob("heldout*"), key=lambda f: int(f.name[7:] or 1)):
        names = evaluate_names(folder)
        print()
        print(render_names(names, folder))
        if args.details:
            for miss in names.misses:
                print("  " + miss)
        failed = failed or bool(names.wrong or names.right < 0.95 * names.named)
        failed = failed or statistics.median(names.profile_ms) > 20
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

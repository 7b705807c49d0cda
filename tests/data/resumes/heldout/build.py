"""Build the held-out resume set (names) in this folder, reproducibly.

Every person, name and layout here was written for this set (CC0); the tools that lay them
out are third-party: rendercv 2.3 (MIT, its own Typst themes), the Typst compiler (PyPI
`typst`, Apache-2.0), ReportLab (BSD) and python-docx (MIT). Run it with a Python that has
those four (not the project's .venv):

    python -m venv /tmp/rv
    /tmp/rv/bin/pip install "rendercv[full]==2.3" reportlab typst python-docx
    /tmp/rv/bin/python tests/data/resumes/heldout/build.py

rendercv 2.3 imports the Typst package `@preview/fontawesome:0.5.0` from the network; offline
this script puts a stub of it (icons render as blank boxes) in Typst's package cache first.

`names.json` is the ground truth: for each file its name as the document shows it (`null`
where no name is present), its email, and how it was made. The parser must never return a
name for a `null` file, and never a name other than the expected one.
"""

from __future__ import annotations

import json
import pathlib
import sys
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
MANIFEST: list[dict] = []
DEJAVU = pathlib.Path("/usr/share/fonts/truetype/dejavu")


def record(file: str, name: str | None, email: str | None, made: str, layout: str) -> None:
    MANIFEST.append(
        {"file": file, "name": name, "email": email, "made_with": made, "layout": layout}
    )


# --------------------------------------------------------------------------- rendercv

RENDERCV = [
    # (file stem, theme, name, email, headline, location)
    (
        "vanderberg-rendercv-classic",
        "classic",
        "Zoë van der Berg-Ångström",
        "zoe.vdberg@example.nl",
        None,
        "Utrecht, Netherlands",
    ),
    (
        "nguyen-rendercv-sb2nov",
        "sb2nov",
        "Nguyễn Thị Minh Khai",
        "minhkhai.nguyen@example.vn",
        None,
        "Hà Nội, Việt Nam",
    ),
    (
        "ndiaye-rendercv-moderncv",
        "moderncv",
        "Jean-Baptiste N'Diaye",
        "jb.ndiaye@example.sn",
        "Hydrologist",
        "Dakar, Senegal",
    ),
    (
        "obriain-rendercv-engineeringresumes",
        "engineeringresumes",
        "Siobhán Ó Briain",
        "siobhan.obriain@example.ie",
        None,
        "Galway, Ireland",
    ),
    (
        "zolkiewski-rendercv-engineeringclassic",
        "engineeringclassic",
        "Łukasz Żółkiewski",
        "lukasz.z@example.pl",
        "Embedded Systems Engineer",
        "Kraków, Poland",
    ),
    (
        "garcia-rendercv-classic-headline",
        "classic",
        "María José García de la Fuente",
        "mjgarcia@example.es",
        "PhD candidate in Computational Linguistics, 2025",
        "Salamanca, Spain",
    ),
    (
        "grimsson-rendercv-sb2nov",
        "sb2nov",
        "Ólafur Ragnar Grímsson",
        "olafur@example.is",
        None,
        "Reykjavík",
    ),
    (
        "oneill-rendercv-moderncv",
        "moderncv",
        "Mary-Kate O'Neill",
        "mk.oneill@example.com",
        "MSc Data Science (2021)",
        "Boston, MA",
    ),
]


def rendercv_yaml(theme: str, name: str, email: str, headline: str | None, loc: str) -> str:
    head = f'  label: "{headline}"\n' if headline and theme == "moderncv" else ""
    sections = """    education:
      - institution: University of Tromsø
        area: Environmental Science
        degree: MSc
        start_date: 2016-09
        end_date: 2018-06
      - institution: Universidade de Coimbra
        area: Biology
        degree: BSc
        start_date: 2013-09
        end_date: 2016-06
    experience:
      - company: Norsk Polarinstitutt
        position: Research Scientist
        start_date: 2019-01
        end_date: present
        location: Tromsø
        highlights:
          - Led the sea-ice sampling programme on three expeditions
          - Wrote the data pipeline for 14 years of buoy measurements
      - company: Coimbra Botanical Garden
        position: Field Assistant
        start_date: 2016-07
        end_date: 2018-12
        highlights:
          - Catalogued 2,300 herbarium sheets
    skills:
      - label: Languages
        details: Python, R, Fortran
"""
    if headline and theme != "moderncv":
        sections = f'    summary:\n      - "{headline}"\n' + sections
    return (
        f'cv:\n  name: "{name}"\n{head}  location: "{loc}"\n  email: {email}\n'
        f'  phone: "+47 412 34 567"\n  sections:\n{sections}design:\n  theme: {theme}\n'
    )


def stub_fontawesome() -> None:
    root = pathlib.Path.home() / ".cache/typst/packages/preview/fontawesome/0.5.0"
    if (root / "lib.typ").exists():
        return
    root.mkdir(parents=True, exist_ok=True)
    (root / "typst.toml").write_text(
        '[package]\nname = "fontawesome"\nversion = "0.5.0"\nentrypoint = "lib.typ"\n'
        'authors = ["stub"]\nlicense = "MIT"\ndescription = "offline stub"\n'
    )
    (root / "lib.typ").write_text("#let fa-icon(name, ..args) = box(width: 0.8em)[]\n")


def build_rendercv() -> None:
    from rendercv.api.functions import create_a_pdf_from_a_yaml_string

    stub_fontawesome()
    for stem, theme, name, email, headline, loc in RENDERCV:
        text = rendercv_yaml(theme, name, email, headline, loc)
        (HERE / f"{stem}.yaml").write_text(text, encoding="utf-8")
        create_a_pdf_from_a_yaml_string(text, HERE / f"{stem}.pdf")
        record(f"{stem}.pdf", name, email, f"rendercv 2.3, theme {theme}", "rendercv theme")


# --------------------------------------------------------------------------- Typst

BODY_TYP = """
== Experience
*Senior Analyst* #h(1fr) 2019 -- present \\
Banco do Nordeste, Fortaleza
- Built the credit-risk dashboards used by 40 branches

*Analyst* #h(1fr) 2016 -- 2019 \\
Itaú Unibanco, São Paulo

== Education
*MSc Economics* #h(1fr) 2016 \\
Universidade de São Paulo

== Skills
SQL, Python, Stata, Portuguese (native), English (C1)
"""

TYPST = {
    # Sidebar left (contact, skills), name at the top of the right column.
    "mensah-typst-sidebar": (
        "Kwame Mensah-Bonsu",
        "kwame.mb@example.gh",
        """
#set page(margin: 0pt)
#set text(font: "DejaVu Sans", size: 9.5pt)
#grid(columns: (6.2cm, 1fr),
  block(fill: luma(225), width: 100%, height: 100%, inset: 14pt)[
    *CONTACT* \\ kwame.mb\\@example.gh \\ +233 24 555 0101 \\ Accra, Ghana
    #v(8pt) *SKILLS* \\ GIS \\ Remote sensing \\ QGIS, PostGIS
    #v(8pt) *LANGUAGES* \\ English, Twi, French
  ],
  block(inset: 18pt)[
    #text(size: 22pt, weight: "bold")[Kwame Mensah-Bonsu] \\
    #text(size: 11pt)[Geospatial Analyst]
    """
        + BODY_TYP
        + """
  ])
""",
    ),
    # Name in a grid cell beside the degree and year (one baseline).
    "pereira-typst-namebesidedegree": (
        "Ana Lúcia Pereira",
        "ana.pereira@example.br",
        """
#set page(margin: 1.6cm)
#set text(font: "DejaVu Serif", size: 10pt)
#grid(columns: (1fr, auto), align: (left, right),
  text(size: 18pt, weight: "bold")[Ana Lúcia Pereira],
  [PhD, Physics · 2024])
ana.pereira\\@example.br | +55 85 9 8888 7777 | Fortaleza
#line(length: 100%)
"""
        + BODY_TYP,
    ),
    # Deedy-like: a letter-spaced name over two weights, two columns below.
    "lindqvist-typst-deedy": (
        "Annika Lindqvist",
        "annika@lindqvist.example.se",
        """
#set page(margin: 1.2cm)
#set text(font: "DejaVu Sans", size: 9pt)
#align(center)[#text(size: 26pt, tracking: 1pt)[
  #text(weight: "light")[ANNIKA] #text(weight: "bold")[LINDQVIST]]]
#align(center)[annika\\@lindqvist.example.se | lindqvist.example.se | +46 70 123 45 67]
#grid(columns: (5.5cm, 1fr), gutter: 14pt,
  [== Education
   *KTH Royal Institute of Technology* \\ MSc Machine Learning \\ 2018 -- 2020
   == Links
   github.com/alindqvist
   == Coursework
   Deep learning, Optimisation],
  ["""
        + BODY_TYP
        + """])
""",
    ),
    # chicv-like: name as a heading with the email pushed right on the same line.
    "tanaka-typst-chicv": (
        "Haruto Tanaka",
        "haruto.tanaka@example.jp",
        """
#set page(margin: (x: 0.9cm, y: 1.3cm))
#set text(font: "DejaVu Sans", size: 10pt)
#show heading.where(level: 1): set text(size: 20pt)
= Haruto Tanaka #h(1fr) #text(size: 9pt, weight: "regular")[haruto.tanaka\\@example.jp]
github.com/htanaka | Osaka, Japan
"""
        + BODY_TYP,
    ),
    # A photo box on the left, "updated" date, name right of the photo.
    "dubois-typst-photo": (
        "Élodie Dubois-Lefèvre",
        "elodie.dubois@example.fr",
        """
#set page(margin: 1.5cm)
#set text(font: "DejaVu Sans", size: 10pt)
#text(size: 8pt)[Mis à jour 03/2025]
#grid(columns: (3cm, 1fr), gutter: 12pt,
  rect(width: 3cm, height: 3.6cm)[PHOTO],
  [#text(size: 20pt, weight: "bold")[Élodie Dubois-Lefèvre] \\
   Ingénieure logiciel, 8 ans d'expérience \\
   elodie.dubois\\@example.fr \\ +33 6 12 34 56 78 \\ Lyon])
"""
        + BODY_TYP.replace("Experience", "Expérience").replace("Education", "Formation"),
    ),
    # A single name (mononym).
    "sukarni-typst-mononym": (
        "Sukarni",
        "sukarni@example.id",
        """
#set page(margin: 2cm)
#set text(font: "DejaVu Sans", size: 10pt)
#align(center)[#text(size: 20pt, weight: "bold")[Sukarni] \\
  sukarni\\@example.id · Yogyakarta, Indonesia]
"""
        + BODY_TYP,
    ),
    # An anonymised resume: no name anywhere.
    "anonymous-typst-noname": (
        None,
        "applicant-4821@example.org",
        """
#set page(margin: 2cm)
#set text(font: "DejaVu Sans", size: 10pt)
#align(center)[#text(size: 18pt, weight: "bold")[Curriculum Vitae] \\
  Candidate reference 4821 · applicant-4821\\@example.org]
"""
        + BODY_TYP,
    ),
    # A three-column header: name | degree and years | contact.
    "oyelaran-typst-threecol": (
        "Temitope Oyelaran",
        "t.oyelaran@example.ng",
        """
#set page(margin: 1.5cm)
#set text(font: "DejaVu Sans", size: 9.5pt)
#grid(columns: (1fr, 1fr, 1fr), align: (left, center, right),
  text(size: 15pt, weight: "bold")[Temitope Oyelaran],
  [B.Eng. Civil Engineering \\ 2012 -- 2017],
  [t.oyelaran\\@example.ng \\ Lagos, Nigeria])
#line(length: 100%)
"""
        + BODY_TYP,
    ),
    # Right-hand sidebar with the name at the top of it; main column first.
    "kovacs-typst-rightsidebar": (
        "Dávid Kovács",
        "david.kovacs@example.hu",
        """
#set page(margin: 1.2cm)
#set text(font: "DejaVu Sans", size: 9.5pt)
#grid(columns: (1fr, 5.5cm), gutter: 16pt,
  [== Profile
   Data engineer with nine years in payments.
   """
        + BODY_TYP
        + """],
  block(fill: luma(230), inset: 10pt, width: 100%)[
    #text(size: 17pt, weight: "bold")[Dávid Kovács] \\
    Data Engineer \\ #v(6pt)
    david.kovacs\\@example.hu \\ Budapest \\ +36 30 123 4567])
""",
    ),
}


def build_typst() -> None:
    import typst

    fonts = [str(DEJAVU)]
    for stem, (name, email, source) in TYPST.items():
        src = HERE / f"{stem}.typ"
        src.write_text(source.lstrip(), encoding="utf-8")
        typst.compile(str(src), output=str(HERE / f"{stem}.pdf"), font_paths=fonts)
        record(f"{stem}.pdf", name, email, "Typst (PyPI typst)", stem.split("-", 2)[-1])


# --------------------------------------------------------------------------- ReportLab

BODY_LINES = [
    ("EXPERIENCE", True),
    ("Senior Process Engineer, Sasol, Secunda                          2018 - present", False),
    ("Led the commissioning of two gas-to-liquids units", False),
    ("Process Engineer, Eskom, Johannesburg                              2014 - 2018", False),
    ("EDUCATION", True),
    ("BSc (Eng) Chemical Engineering, University of Cape Town, 2013", False),
    ("SKILLS", True),
    ("Aspen HYSYS, MATLAB, HAZOP facilitation, Afrikaans, isiZulu", False),
]


def _rl_body(c, x: float, y: float, width_chars: int = 200) -> float:
    for text, heading in BODY_LINES:
        c.setFont("DejaVu-Bold" if heading else "DejaVu", 11 if heading else 9.5)
        c.drawString(x, y, text[:width_chars])
        y -= 16 if heading else 13
    return y


def build_reportlab() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    w, h = A4

    def new(stem: str):
        c = canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=A4, invariant=1)
        c.setTitle("")
        return c

    # 1. name, degree+year and email on one baseline, three columns.
    c = new("raghavan-reportlab-onebaseline")
    c.setFont("DejaVu-Bold", 16)
    c.drawString(40, h - 60, "Priya Raghavan")
    c.setFont("DejaVu", 10)
    c.drawCentredString(w / 2 + 20, h - 60, "MSc Computer Science, 2019")
    c.drawRightString(w - 40, h - 60, "priya.raghavan@example.in")
    _rl_body(c, 40, h - 100)
    c.save()
    record(
        "raghavan-reportlab-onebaseline.pdf",
        "Priya Raghavan",
        "priya.raghavan@example.in",
        "ReportLab",
        "name, degree+year and email on one baseline",
    )

    # 2. a text layer that begins with a NUL (an invisible marker drawn first).
    c = new("moreau-reportlab-nul")
    c.setFont("DejaVu-Bold", 18)
    c.drawString(40, h - 60, "\x00Camille Moreau")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 76, "camille.moreau@example.fr · Bordeaux · +33 5 56 00 00 00")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "moreau-reportlab-nul.pdf",
        "Camille Moreau",
        "camille.moreau@example.fr",
        "ReportLab",
        "text layer starts with NUL characters",
    )

    # 3. two columns drawn top-down per column; the sidebar (name first) is drawn last.
    c = new("petrovic-reportlab-sidebar")
    _rl_body(c, 220, h - 60, 60)
    c.setFillGray(0.9)
    c.rect(0, 0, 190, h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("DejaVu-Bold", 15)
    c.drawString(20, h - 60, "Milica")
    c.drawString(20, h - 78, "Petrović")
    c.setFont("DejaVu", 9)
    for i, line in enumerate(
        ["milica.petrovic@example.rs", "+381 64 123 4567", "Novi Sad", "Serbian, English, German"]
    ):
        c.drawString(20, h - 100 - 13 * i, line)
    c.save()
    record(
        "petrovic-reportlab-sidebar.pdf",
        "Milica Petrović",
        "milica.petrovic@example.rs",
        "ReportLab",
        "sidebar drawn after the main column, name over two lines",
    )

    # 4. Chinese name (CID font, no embedding), English body.
    c = new("wang-reportlab-cjk")
    c.setFont("STSong-Light", 20)
    c.drawString(40, h - 60, "王小明")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 80, "xiaoming.wang@example.cn | Shanghai | +86 138 0000 0000")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "wang-reportlab-cjk.pdf",
        "王小明",
        "xiaoming.wang@example.cn",
        "ReportLab, CID font STSong-Light",
        "CJK name, English body",
    )

    # 5. Japanese name with a space, then the romanisation.
    c = new("yamada-reportlab-cjk")
    c.setFont("HeiseiMin-W3", 20)
    c.drawString(40, h - 60, "山田 花子")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 80, "Hanako Yamada · hanako.yamada@example.jp · Kyoto")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "yamada-reportlab-cjk.pdf",
        "山田 花子",
        "hanako.yamada@example.jp",
        "ReportLab, CID font HeiseiMin-W3",
        "CJK name, romanised line below",
    )

    # 6. letter-spaced capitals.
    c = new("kowalska-reportlab-spaced")
    t = c.beginText(40, h - 60)
    t.setFont("DejaVu-Bold", 18)
    t.setCharSpace(6)
    t.textLine("MARTA KOWALSKA")
    c.drawText(t)
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 80, "UX RESEARCHER · marta.kowalska@example.pl · Wrocław")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "kowalska-reportlab-spaced.pdf",
        "Marta Kowalska",
        "marta.kowalska@example.pl",
        "ReportLab",
        "letter-spaced capitals",
    )

    # 7. "Curriculum Vitae" above the name.
    c = new("sokolov-reportlab-cvtitle")
    c.setFont("DejaVu", 11)
    c.drawString(40, h - 50, "CURRICULUM VITAE")
    c.setFont("DejaVu-Bold", 17)
    c.drawString(40, h - 72, "Dmitri Sokolov-Petrov")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 90, "d.sokolov@example.org | Tbilisi | born 1988")
    _rl_body(c, 40, h - 120)
    c.save()
    record(
        "sokolov-reportlab-cvtitle.pdf",
        "Dmitri Sokolov-Petrov",
        "d.sokolov@example.org",
        "ReportLab",
        "'CURRICULUM VITAE' above the name",
    )

    # 8. name with post-nominals and the year on the first line.
    c = new("adebayo-reportlab-postnominal")
    c.setFont("DejaVu-Bold", 16)
    c.drawString(40, h - 60, "Samuel O. Adebayo, PhD")
    c.setFont("DejaVu", 10)
    c.drawRightString(w - 40, h - 60, "Resume — 2025")
    c.drawString(40, h - 78, "samuel.adebayo@example.ng · Ibadan")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "adebayo-reportlab-postnominal.pdf",
        "Samuel O. Adebayo",
        "samuel.adebayo@example.ng",
        "ReportLab",
        "name with ', PhD', a year on the same line",
    )

    # 9. no name: a resume with only an email address.
    c = new("noname-reportlab-plain")
    c.setFont("DejaVu-Bold", 16)
    c.drawString(40, h - 60, "RESUME")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 78, "Contact: jobs-7731@example.com")
    _rl_body(c, 40, h - 110)
    c.save()
    record(
        "noname-reportlab-plain.pdf", None, "jobs-7731@example.com", "ReportLab", "no name at all"
    )

    # 10. the name at the end of a one-line header after a job title.
    c = new("fernandes-reportlab-titlefirst")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 50, "SOFTWARE ENGINEER")
    c.setFont("DejaVu-Bold", 18)
    c.drawString(40, h - 72, "Rafael Fernandes")
    c.setFont("DejaVu", 10)
    c.drawString(40, h - 90, "rafael.fernandes@example.pt  •  Porto  •  2015–2025")
    _rl_body(c, 40, h - 120)
    c.save()
    record(
        "fernandes-reportlab-titlefirst.pdf",
        "Rafael Fernandes",
        "rafael.fernandes@example.pt",
        "ReportLab",
        "job title above the name",
    )


# --------------------------------------------------------------------------- python-docx


def _docx_body(doc) -> None:
    doc.add_heading("Experience", level=2)
    doc.add_paragraph("Head of Operations, Kilimo Fresh Ltd, Nairobi\t2020 – present")
    doc.add_paragraph("Logistics Coordinator, Twiga Foods, Nairobi\t2016 – 2020")
    doc.add_heading("Education", level=2)
    doc.add_paragraph("BCom Supply Chain Management, Strathmore University, 2015")
    doc.add_heading("Skills", level=2)
    doc.add_paragraph("SAP, Excel, route planning, Swahili, English")


TEXTBOX_XML = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>457200</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>300000</wp:posOffset></wp:positionV>
<wp:extent cx="4000000" cy="600000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Name box"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="600000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>
<w:p><w:r><w:rPr><w:b/><w:sz w:val="40"/></w:rPr><w:t>{name}</w:t></w:r></w:p>
<w:p><w:r><w:t>{line}</w:t></w:r></w:p>
</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect style="width:315pt;height:47pt">
<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/><w:sz w:val="40"/></w:rPr><w:t>{name}</w:t>
</w:r></w:p><w:p><w:r><w:t>{line}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def build_docx() -> None:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt

    def save(doc, stem: str) -> None:
        doc.core_properties.author = ""
        doc.core_properties.title = ""
        path = HERE / f"{stem}.docx"
        doc.save(str(path))
        _normalise_zip(path)

    # 1. sidebar as a two-column layout table: name and contact in the left cell.
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    r = p.add_run("Wanjiru Kamau")
    r.bold, r.font.size = True, Pt(18)
    for line in ["Operations Manager", "wanjiru.kamau@example.ke", "+254 712 345 678", "Nairobi"]:
        left.add_paragraph(line)
    right.paragraphs[0].add_run("PROFILE").bold = True
    right.add_paragraph("Operations lead with ten years in fresh-produce logistics.")
    right.add_paragraph("EXPERIENCE").runs[0].bold = True
    right.add_paragraph("Head of Operations, Kilimo Fresh Ltd — 2020 – present")
    right.add_paragraph("EDUCATION").runs[0].bold = True
    right.add_paragraph("BCom, Strathmore University, 2015")
    save(doc, "kamau-docx-sidebartable")
    record(
        "kamau-docx-sidebartable.docx",
        "Wanjiru Kamau",
        "wanjiru.kamau@example.ke",
        "python-docx",
        "two-column layout table, name in the left cell",
    )

    # 2. the name in a floating text box (with the VML fallback Word writes).
    doc = Document()
    p = doc.add_paragraph()
    p._p.append(
        parse_xml(
            TEXTBOX_XML.format(
                name="Oluwaseun Adeyinka-Bello", line="oluwaseun.ab@example.ng · Abuja"
            )
        )
    )
    _docx_body(doc)
    save(doc, "adeyinka-docx-textbox")
    record(
        "adeyinka-docx-textbox.docx",
        "Oluwaseun Adeyinka-Bello",
        "oluwaseun.ab@example.ng",
        "python-docx + DrawingML text box",
        "name only in a text box",
    )

    # 3. name in the page header beside "Resume 2025"; body below.
    doc = Document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Thandiwe Dlamini-Nkosi\tResume 2025"
    doc.add_paragraph("thandiwe.dn@example.za | Durban | +27 82 555 0123")
    _docx_body(doc)
    save(doc, "dlamini-docx-header")
    record(
        "dlamini-docx-header.docx",
        "Thandiwe Dlamini-Nkosi",
        "thandiwe.dn@example.za",
        "python-docx",
        "name in the page header beside 'Resume 2025'",
    )

    # 4. Chinese name in a Title paragraph, English body.
    doc = Document()
    doc.add_paragraph("李娜", style="Title")
    doc.add_paragraph("li.na@example.cn · Chengdu · +86 139 0000 1111")
    _docx_body(doc)
    save(doc, "li-docx-cjk")
    record("li-docx-cjk.docx", "李娜", "li.na@example.cn", "python-docx", "CJK name as Title")

    # 5. header table: name | degree, year | email.
    doc = Document()
    table = doc.add_table(rows=1, cols=3)
    a, b, c = table.rows[0].cells
    a.paragraphs[0].add_run("Hamid Rezaei").bold = True
    b.paragraphs[0].text = "B.Sc. Mechanical Engineering, 2018"
    c.paragraphs[0].text = "hamid.rezaei@example.ir"
    _docx_body(doc)
    save(doc, "rezaei-docx-headertable")
    record(
        "rezaei-docx-headertable.docx",
        "Hamid Rezaei",
        "hamid.rezaei@example.ir",
        "python-docx",
        "one-row table: name | degree, year | email",
    )

    # 6. no name: "Curriculum Vitae" and a reference number.
    doc = Document()
    doc.add_paragraph("Curriculum Vitae", style="Title")
    doc.add_paragraph("Reference: ENG-2025-0193 · cv-0193@example.org")
    _docx_body(doc)
    save(doc, "noname-docx-reference")
    record(
        "noname-docx-reference.docx",
        None,
        "cv-0193@example.org",
        "python-docx",
        "no name, 'Curriculum Vitae' title",
    )

    # 7. an empty paragraph and a photo placeholder before the name (Title style).
    doc = Document()
    doc.add_paragraph("")
    doc.add_paragraph("[photo]")
    doc.add_paragraph("Lindiwe Mokoena", style="Title")
    doc.add_paragraph("Registered Nurse · lindiwe.mokoena@example.za · Pretoria")
    _docx_body(doc)
    save(doc, "mokoena-docx-photo")
    record(
        "mokoena-docx-photo.docx",
        "Lindiwe Mokoena",
        "lindiwe.mokoena@example.za",
        "python-docx",
        "'[photo]' line before the name",
    )

    # 8. particles and a lower-case "da".
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("João Pedro da Silva Santos")
    r.bold, r.font.size = True, Pt(20)
    doc.add_paragraph("Agronomist — MSc Soil Science (2017) — joao.santos@example.br")
    _docx_body(doc)
    save(doc, "santos-docx-particles")
    record(
        "santos-docx-particles.docx",
        "João Pedro da Silva Santos",
        "joao.santos@example.br",
        "python-docx",
        "Portuguese particles, degree and year on the next line",
    )


def _normalise_zip(path: pathlib.Path) -> None:
    """Fixed timestamps, so a rebuild gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            info.date_time = (2025, 1, 1, 0, 0, 0)
            z.writestr(info, data)


def main() -> int:
    build_rendercv()
    build_typst()
    build_reportlab()
    build_docx()
    (HERE / "names.json").write_text(
        json.dumps(MANIFEST, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(MANIFEST)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the DOCX resumes of heldout5 with python-docx (written here, CC0; invented people).

Usage: python make_docx.py OUTDIR   (needs python-docx; the grey photo placeholder is drawn
with Pillow). Two of the DOCX files are also converted to PDF by LibreOffice in build.sh,
the way Word's "Save as PDF" gives an applicant a PDF of a Word document.
"""
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def photo_png():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (300, 360), (190, 190, 190))
    d = ImageDraw.Draw(im)
    d.ellipse((100, 60, 200, 170), fill=(150, 150, 150))
    d.ellipse((55, 190, 245, 400), fill=(150, 150, 150))
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def para(doc, text="", size=None, bold=False, color=None, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def core(doc, title="", author="", created_by="Microsoft Office User"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author or created_by
    cp.last_modified_by = created_by


# 1. Word "modern chronological"-like: Title style name with particles, contact line with
#    middots, "Updated March 2026" in the page header.
def vandenbroek():
    doc = Document()
    core(doc, title="Resume", author="Microsoft Office User")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Updated March 2026"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Jan-Willem van den Broek", style="Title")
    para(doc, "Prinsengracht 263-2 · 1016 GV Amsterdam · +31 6 2841 9937 · jw.vandenbroek@example.nl · linkedin.com/in/jwvandenbroek")
    para(doc, "Supply-chain analyst with eight years in ports and logistics, fluent in Dutch, English and German, "
              "looking for a planning lead role in the Randstad.")
    doc.add_heading("Experience", level=1)
    doc.add_heading("Port of Rotterdam Authority — Senior Logistics Analyst", level=2)
    para(doc, "February 2021 – present")
    for t in ("Built the container-dwell forecast used by three terminal operators",
              "Chaired the data working group of the Portbase community"):
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("DHL Supply Chain, Tilburg — Planning Analyst", level=2)
    para(doc, "September 2017 – January 2021")
    doc.add_paragraph("Warehouse slotting models for 11 sites", style="List Bullet")
    doc.add_heading("Education", level=1)
    doc.add_heading("Erasmus University Rotterdam — MSc Supply Chain Management", level=2)
    para(doc, "2015 – 2017")
    doc.add_heading("Skills", level=1)
    para(doc, "SQL · Python · SAP EWM · AnyLogic · Power BI")
    doc.save(OUT / "vandenbroek-docx-wordmodern.docx")


# 2. Given name and surname as two Title paragraphs, job title between contact and name.
def eze():
    doc = Document()
    core(doc, title="CV", author="Chinedu")
    para(doc, "CIVIL ENGINEER (COREN REGISTERED)", size=10, color="7F7F7F", space_after=0)
    p = doc.add_paragraph(style="Title")
    p.add_run("CHINEDU")
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(style="Title")
    r = p.add_run("EZE")
    r.font.color.rgb = RGBColor.from_string("C0504D")
    para(doc, "Plot 14, Admiralty Way, Lekki Phase 1, Lagos, Nigeria")
    para(doc, "+234 803 555 0192  |  chinedu.eze.eng@example.com.ng")
    doc.add_heading("PROFESSIONAL SUMMARY", level=1)
    para(doc, "Structural engineer with ten years on bridges and high-rise buildings in Lagos and Abuja; "
              "COREN registered since 2018.")
    doc.add_heading("WORK EXPERIENCE", level=1)
    para(doc, "Julius Berger Nigeria Plc, Abuja", bold=True, space_after=0)
    para(doc, "Senior Structural Engineer\t2020 – Present")
    doc.add_paragraph("Design checks for the second Niger Bridge approach spans", style="List Bullet")
    para(doc, "Arup Nigeria, Lagos", bold=True, space_after=0)
    para(doc, "Structural Engineer\t2015 – 2020")
    doc.add_heading("EDUCATION", level=1)
    para(doc, "University of Nigeria, Nsukka — B.Eng. Civil Engineering (First Class), 2014")
    doc.add_heading("REFEREES", level=1)
    para(doc, "Available on request.")
    doc.save(OUT / "eze-docx-splitname.docx")


# 3. Google Docs "Spearmint"-like export: Title name, Thai script under it, green headings.
def srisuk():
    doc = Document()
    core(doc, title="Kittipong Srisuk - Resume", author="", created_by="")
    p = para(doc, "Kittipong Srisuk", size=26, bold=True, color="1F4E3D", space_after=0)
    para(doc, "กิตติพงษ์ ศรีสุข", size=12, color="555555")
    para(doc, "99/12 Soi Sukhumvit 31, Khlong Toei Nuea, Watthana, Bangkok 10110", size=9, space_after=0)
    para(doc, "(+66) 81 234 5678", size=9, space_after=0)
    para(doc, "kittipong.srisuk@example.co.th", size=9)
    for head, lines in (
        ("SKILLS", ["Thai–English–Japanese interpreting", "Tourism marketing, TikTok and LINE OA campaigns",
                    "Event operations for up to 2,000 guests"]),
        ("EXPERIENCE", ["Tourism Authority of Thailand, Bangkok — Marketing Officer, Japan market (2020 – present)",
                        "Centara Hotels & Resorts, Pattaya — Guest Relations Supervisor (2016 – 2020)"]),
        ("EDUCATION", ["Chulalongkorn University — B.A. Japanese Language, 2016"]),
        ("AWARDS", ["JLPT N1 (2019)"]),
    ):
        para(doc, head, size=11, bold=True, color="2E8B57")
        for l in lines:
            para(doc, l, size=10)
    doc.save(OUT / "srisuk-docx-gdocs-spearmint.docx")


# 4. UK CV: "CURRICULUM VITAE" then the name with post-nominals, a date; converted to PDF.
def macleod():
    doc = Document()
    core(doc, title="CV", author="Microsoft Office User")
    para(doc, "CURRICULUM VITAE", size=11, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, color="404040")
    para(doc, "Eilidh MacLeod BSc (Hons) MCIEEM", size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "12 Crown Circus, Inverness IV2 3NQ  •  07700 900 461  •  eilidh.macleod@example.co.uk",
         size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "March 2026", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, color="7F7F7F")
    doc.add_heading("Personal Profile", level=1)
    para(doc, "Ecologist with seven years of protected-species survey and peatland restoration work across the "
              "Highlands. Full clean driving licence; Gaelic speaker.")
    doc.add_heading("Employment", level=1)
    t = doc.add_table(rows=3, cols=2)
    rows = [("2021 – present", "Senior Ecologist, NatureScot, Inverness\nPeatland ACTION restoration; EIA reviews"),
            ("2018 – 2021", "Ecologist, Highland Council\nBat and otter surveys for road schemes"),
            ("2017 – 2018", "Seasonal Ranger, RSPB Abernethy")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_heading("Education", level=1)
    para(doc, "2013 – 2017  BSc (Hons) Ecology, University of Aberdeen (2:1)")
    doc.add_heading("References", level=1)
    para(doc, "Dr Fiona Grant, Peatland Programme Manager, NatureScot – available on request.")
    doc.save(OUT / "macleod-docx-ukcv.docx")


# 5. Italian Word CV with a photo in a layout table beside the title, consent line at the end.
def desantis():
    doc = Document()
    core(doc, title="Curriculum Vitae", author="Utente")
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).width = Cm(4)
    t.cell(0, 0).paragraphs[0].add_run().add_picture(photo_png(), width=Cm(3.2))
    c = t.cell(0, 1)
    c.paragraphs[0].add_run("CURRICULUM VITAE").bold = True
    p = c.add_paragraph()
    r = p.add_run("Giulia De Santis")
    r.bold = True
    r.font.size = Pt(22)
    c.add_paragraph("Architetta – progettazione sostenibile")
    doc.add_heading("Informazioni personali", level=1)
    for lab, val in (("Indirizzo", "Via dei Mille 48, 80121 Napoli (NA)"), ("Telefono", "+39 333 456 7890"),
                     ("E-mail", "giulia.desantis.arch@example.it"), ("Data di nascita", "21/06/1992"),
                     ("Nazionalità", "Italiana")):
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    doc.add_heading("Esperienza professionale", level=1)
    para(doc, "2021 – oggi   Architetta, Studio Corvino + Multari, Napoli", bold=True, space_after=0)
    para(doc, "Progetti di riqualificazione energetica di edifici scolastici (Superbonus, PNRR).")
    para(doc, "2018 – 2021   Collaboratrice, MCA – Mario Cucinella Architects, Bologna", bold=True)
    doc.add_heading("Istruzione e formazione", level=1)
    para(doc, "2011 – 2017   Laurea magistrale in Architettura, Università degli Studi di Napoli Federico II (110/110 e lode)")
    doc.add_heading("Competenze", level=1)
    para(doc, "Revit, Rhino, AutoCAD; certificazione CasaClima Junior; inglese C1, spagnolo B2.")
    para(doc, "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (Regolamento UE 2016/679).",
         size=8, color="7F7F7F")
    doc.save(OUT / "desantis-docx-italiancv.docx")


# 6. Anonymised application (no name at all).
def noname():
    doc = Document()
    core(doc, title="Anonymised CV", author="Recruitment Office")
    doc.add_paragraph("Curriculum Vitae – Candidate 27", style="Title")
    para(doc, "Post applied for: Lecturer in Computational Linguistics (ref. HR-2026-114)")
    para(doc, "Correspondence: candidate27@anon-review.example.ac.uk")
    para(doc, "Personal details withheld for anonymous shortlisting.", size=9, color="7F7F7F")
    doc.add_heading("Employment", level=1)
    para(doc, "2022 – present  Postdoctoral Research Associate, Language Technology Group (university withheld)")
    para(doc, "2020 – 2022  Research Engineer, speech-recognition start-up")
    doc.add_heading("Education", level=1)
    para(doc, "PhD in Linguistics (2020); MA in Computational Linguistics (2016)")
    doc.add_heading("Teaching", level=1)
    para(doc, "Introduction to NLP (60 students, 2023–2025); supervised 7 MSc dissertations.")
    doc.add_heading("Referees", level=1)
    para(doc, "Prof. Margaret Okoye (doctoral supervisor); Dr Lars Henriksen (line manager).")
    doc.save(OUT / "noname-docx-anonymised.docx")


# 7. Hungarian CV: "Önéletrajz" as the Title, the name in Hungarian order (family name first)
#    as Subtitle, labelled personal data rows.
def kovacs():
    doc = Document()
    core(doc, title="Önéletrajz", author="Eszter")
    doc.add_paragraph("Önéletrajz", style="Title")
    doc.add_paragraph("Kovács Eszter", style="Subtitle")
    for lab, val in (("Lakcím", "4032 Debrecen, Egyetem tér 1/B"), ("Telefon", "+36 30 123 4567"),
                     ("E-mail", "kovacs.eszter@example.hu"), ("Született", "1993. április 12., Debrecen")):
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
        p.paragraph_format.space_after = Pt(0)
    doc.add_heading("Szakmai tapasztalat", level=1)
    para(doc, "2020 – jelenleg: Gyógyszerész, Richter Gedeon Nyrt., Budapest", bold=True, space_after=0)
    para(doc, "Minőségbiztosítás, GMP auditok, gyártási dokumentáció ellenőrzése.")
    para(doc, "2017 – 2020: Gyógyszerész, Arany Sas Patika, Debrecen", bold=True)
    doc.add_heading("Tanulmányok", level=1)
    para(doc, "2011 – 2016: Debreceni Egyetem, Gyógyszerésztudományi Kar – okleveles gyógyszerész")
    doc.add_heading("Nyelvtudás", level=1)
    para(doc, "Angol – felsőfok (C1), német – középfok (B2)")
    doc.save(OUT / "kovacs-docx-hungarian.docx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (vandenbroek, eze, srisuk, macleod, desantis, noname, kovacs):
        f()

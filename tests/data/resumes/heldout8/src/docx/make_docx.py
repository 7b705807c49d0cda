"""Writes the heldout8 DOCX files with python-docx (Word-like and Google-Docs-like exports).
Usage: python make_docx.py OUTDIR. Files named *-libreoffice are converted to PDF by build.sh
(as Word's "Save as PDF" would print them). Invented people, CC0."""
import sys, pathlib
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = pathlib.Path(sys.argv[1])

def para(d, text, size=None, bold=False, color=None, align=None, italic=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p

def rtl(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement("w:bidi"); pPr.append(b)
    for r in p.runs:
        rPr = r._r.get_or_add_rPr(); x = OxmlElement("w:rtl"); rPr.append(x)

def body(d, sections, heading_style="Heading 1"):
    for h, lines in sections:
        d.add_heading(h, level=1) if heading_style == "Heading 1" else para(d, h, 11, True, "1F4E79")
        for l in lines:
            if l.startswith("- "): d.add_paragraph(l[2:], style="List Bullet")
            else: d.add_paragraph(l)

# 1 Word: Title/Subtitle in Spanish, header "Curriculum Vitae" + date
d = Document(); sec = d.sections[0]
sec.header.paragraphs[0].text = "Curriculum Vitae — María José Gutiérrez Peña — enero 2026"
d.add_paragraph("Ingeniera de Datos Sénior", style="Subtitle")
d.add_paragraph("María José Gutiérrez Peña", style="Title")
d.add_paragraph("Valencia, España  |  +34 655 12 34 90  |  mj.gutierrez.pena@example.es  |  github.com/mjgpena")
body(d, [("Perfil", ["Ingeniera de datos con ocho años diseñando plataformas analíticas en banca y salud."]),
 ("Experiencia", ["Ingeniera de Datos Sénior — Banco Turia, Valencia (2021 – actualidad)", "- Migración del data warehouse a BigQuery", "Ingeniera de Datos — Hospital La Fe, Valencia (2018 – 2021)"]),
 ("Formación", ["Máster en Ciencia de Datos — Universitat Politècnica de València, 2018", "Grado en Matemáticas — Universitat de València, 2016"])])
d.save(OUT / "gutierrezpena-docx-word-subtitlefirst-es.docx")

# 2 Google Docs export: no styles, big Normal-paragraph name under a date line, French
d = Document()
para(d, "Paris, le 12 janvier 2026", 9, color="666666")
para(d, "Élodie Moreau-Garnier", 24)
para(d, "Juriste en droit du numérique", 12, color="B45F06")
para(d, "75011 Paris · 07 81 22 33 44 · elodie.moreau.garnier@example.fr", 9)
for h, ls in [("EXPÉRIENCE", ["Cabinet Verlaine Avocats, Paris — Juriste RGPD", "Janvier 2022 – aujourd'hui", "Commission nationale (stage) — Assistante juridique", "2020 – 2021"]),
              ("FORMATION", ["Master 2 Droit du numérique, Université Paris 1 Panthéon-Sorbonne, 2021"]), ("LANGUES", ["Français, anglais (C1), italien (B2)"])]:
    para(d, h, 10, True, "B45F06")
    for l in ls: para(d, l, 10)
d.save(OUT / "moreaugarnier-docx-gdocs-datefirst-fr.docx")

# 3 Word two-column layout table → LibreOffice PDF; job title line above name in right cell
d = Document(); t = d.add_table(rows=1, cols=2); t.autofit = False
l, r = t.rows[0].cells; l.width = Cm(6); r.width = Cm(11); t.columns[0].width = Cm(6); t.columns[1].width = Cm(11)
l.paragraphs[0].add_run("CONTACT").bold = True
for x in ["Plot 12, Admiralty Way", "Lekki Phase 1, Lagos", "+234 803 123 4567", "chiamaka.okoro@example.ng", "", "SKILLS", "IFRS · Treasury · Excel VBA", "", "CERTIFICATIONS", "ACCA (2019)", "ICAN (2017)"]:
    l.add_paragraph(x)
p = r.paragraphs[0]; x = p.add_run("SENIOR ACCOUNTANT | ACCA"); x.font.size = Pt(11); x.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
p = r.add_paragraph(); x = p.add_run("Chiamaka Adaeze Okoro"); x.font.size = Pt(20); x.bold = True
r.add_paragraph("Chartered accountant with eight years in banking and FMCG finance.")
for x in ["EXPERIENCE", "Senior Accountant, Zenith Foods Plc — Lagos — 2021 to date", "Accountant, First Harbour Bank — Lagos — 2016 to 2021", "EDUCATION", "B.Sc. Accounting, University of Nigeria, Nsukka — 2015"]:
    r.add_paragraph(x)
d.save(OUT / "okoro-docx-word-twocol-libreoffice.docx")

# 4 Portuguese (PT): CURRICULUM VITAE, then "Dados pessoais" table with "Nome completo"
d = Document()
para(d, "CURRICULUM VITAE", 18, True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Dados pessoais", 12, True, "1F4E79")
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Nome completo", "Ana Rita Figueiredo Santos"), ("Data de nascimento", "17/08/1990"), ("Nacionalidade", "Portuguesa"),
             ("Morada", "Rua de Santa Catarina 410, 4000-446 Porto"), ("Telemóvel", "+351 912 345 678"), ("Correio eletrónico", "anarita.fsantos@example.pt")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b
body(d, [("Experiência profissional", ["2019 – presente: Enfermeira especialista, Centro Hospitalar Universitário de São João, Porto", "2013 – 2019: Enfermeira, Hospital de Braga"]),
         ("Formação académica", ["2018: Mestrado em Enfermagem de Saúde Infantil, Escola Superior de Enfermagem do Porto", "2012: Licenciatura em Enfermagem, Universidade do Minho"])], "plain")
d.save(OUT / "figueiredosantos-docx-nomecompleto-libreoffice.docx")

# 5 Turkish: the name only right-aligned in the page header beside a place/date; body starts with "ÖZET"
d = Document(); h = d.sections[0].header.paragraphs[0]
h.text = "Mehmet Can Demir\tAnkara, 05.02.2026"
d.add_paragraph("Makine Mühendisi", style="Title")
d.add_paragraph("Çankaya, Ankara · 0 505 987 65 43 · mehmetcan.demir@example.com.tr")
body(d, [("Özet", ["Savunma sanayiinde 9 yıllık deneyime sahip makine mühendisi."]),
 ("İş Deneyimi", ["Kıdemli Tasarım Mühendisi — Anadolu Savunma A.Ş. (2019 – Günümüz)", "Tasarım Mühendisi — Ostim Makine (2016 – 2019)"]),
 ("Eğitim", ["Yüksek Lisans, Makine Mühendisliği — Hacettepe Üniversitesi, 2016"]), ("Referanslar", ["Prof. Dr. Ayşe Kaplan — ayse.kaplan@example.edu.tr"])])
d.save(OUT / "demir-docx-headeronly-tr.docx")

# 6 nameless German anonymised application
d = Document()
d.add_paragraph("Anonymisierte Bewerbung", style="Title")
d.add_paragraph("Bewerbungs-Nr. AB-2026-0311 · Kontakt über: bewerbung-0311@example.de")
body(d, [("Berufserfahrung", ["seit 04/2021  Softwareentwickler, mittelständisches Unternehmen, Stuttgart", "10/2018 – 03/2021  Werkstudent, Automobilzulieferer, Esslingen"]),
 ("Ausbildung", ["2014 – 2020  B.Sc./M.Sc. Informatik, Universität Stuttgart"]),
 ("Referenzen", ["Dr. Sabine Roth, Teamleiterin — s.roth@example.de", "Prof. Dr. Klaus Weber, Universität Stuttgart"])])
d.save(OUT / "noname-docx-anonymisiert-de.docx")

# 7 Indian resume (Hinglish) → LibreOffice PDF: CURRICULUM VITAE, Career Objective, Personal Details with Father's Name
d = Document()
para(d, "CURRICULUM VITAE", 14, True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "RAHUL KUMAR GUPTA", 13, True)
para(d, "Mobile: +91 98110 22334 | E-mail: rahulkgupta.1996@example.in", 10)
para(d, "Address: H.No. 45, Sector 15, Rohini, New Delhi – 110085", 10)
body(d, [("CAREER OBJECTIVE", ["To work in a challenging environment jahan main apni skills ko improve kar sakun and contribute to the growth of the organisation."]),
 ("WORK EXPERIENCE", ["- Sr. Executive – Accounts, Bharat Logistics Pvt. Ltd., Gurugram (Aug 2021 – Present)", "- Accounts Assistant, Sharma & Associates CA Firm, Delhi (Jun 2018 – Jul 2021)"]),
 ("EDUCATIONAL QUALIFICATION", ["- M.Com, University of Delhi, 2018 (62%)", "- B.Com (Hons), Shri Ram College of Commerce, 2016"]),
 ("PERSONAL DETAILS", ["Father's Name : Shri Suresh Chand Gupta", "Date of Birth : 12/03/1996", "Languages Known : Hindi, English", "Marital Status : Unmarried"]),
 ("DECLARATION", ["I hereby declare that the above information is true to the best of my knowledge.", "Place: New Delhi\t\t\t\t(Rahul Kumar Gupta)", "Date: 10/01/2026"])], "plain")
d.save(OUT / "gupta-docx-indian-cv-libreoffice.docx")

# 8 Arabic first (RTL) then Latin transliteration, Word
d = Document()
p = para(d, "عمر خالد المنصوري", 20, True, align=WD_ALIGN_PARAGRAPH.RIGHT); rtl(p)
para(d, "Omar Khalid Al-Mansouri", 18, True)
para(d, "Civil Engineer — PMP | Dubai, United Arab Emirates | +971 50 123 4567 | omar.almansouri@example.ae", 10)
body(d, [("Professional Summary", ["Civil engineer with twelve years on high-rise and infrastructure projects in the GCC."]),
 ("Experience", ["Senior Project Engineer — Gulf Towers Contracting LLC, Dubai (2018 – Present)", "Site Engineer — Al Noor Construction, Abu Dhabi (2013 – 2018)"]),
 ("Education", ["B.Sc. Civil Engineering — American University of Sharjah, 2013"]), ("Personal Information", ["Nationality: Jordanian", "Date of Birth: 04/07/1990", "Visa status: Employment visa (transferable)"])])
d.save(OUT / "almansouri-docx-arabicfirst.docx")

# 9 German Lebenslauf → LibreOffice PDF: "Bewerbung als ..." line above name, photo cell right, "Dr.-Ing."
d = Document(); t = d.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
a.paragraphs[0].add_run("Bewerbung als Projektingenieurin Elektromobilität").italic = True
p = a.add_paragraph(); x = p.add_run("Dr.-Ing. Katrin Weiß-Yılmaz"); x.font.size = Pt(22); x.bold = True
a.add_paragraph("Königstraße 21 · 70173 Stuttgart")
a.add_paragraph("Tel. 0711 123456 · katrin.weiss@example.de")
b.paragraphs[0].add_run("[Foto]"); b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
body(d, [("Berufserfahrung", ["seit 01/2022\tProjektingenieurin, Voltwerk GmbH, Stuttgart", "10/2016 – 12/2021\tWissenschaftliche Mitarbeiterin, Universität Stuttgart"]),
 ("Ausbildung", ["2016 – 2021\tPromotion (Dr.-Ing.), Universität Stuttgart", "2010 – 2016\tB.Sc./M.Sc. Elektrotechnik, KIT Karlsruhe"]),
 ("Sprachen", ["Deutsch, Türkisch (Muttersprache), Englisch (C1)"]), ("", ["Stuttgart, 20.01.2026", "Katrin Weiß-Yılmaz"])], "plain")
d.save(OUT / "weissyilmaz-docx-lebenslauf-libreoffice.docx")

# 10 Google Docs "Spearmint"-like Vietnamese name, surname first in capitals, no styles
d = Document()
para(d, "NGUYỄN Thị Thu Trang", 22, True, "0B8043")
para(d, "Kế toán trưởng · Chief Accountant", 11)
para(d, "Quận 3, TP. Hồ Chí Minh · 090 123 4567 · thutrang.nguyen@example.vn", 9)
for h, ls in [("KINH NGHIỆM / EXPERIENCE", ["Công ty TNHH Sài Gòn Food — Kế toán trưởng (2020 – nay)", "Deloitte Việt Nam — Kiểm toán viên (2015 – 2020)"]),
              ("HỌC VẤN / EDUCATION", ["Đại học Kinh tế TP. HCM — Cử nhân Kế toán, 2015"])]:
    para(d, h, 10, True, "0B8043")
    for l in ls: para(d, l, 10)
d.save(OUT / "nguyenthutrang-docx-gdocs-spearmint-vi.docx")

"""heldout6: write the Word-like and Google-Docs-like DOCX files (CC0; invented people).

Usage: python make_docx.py OUTDIR PHOTO.png
Writes OUTDIR/<name>.docx. Files named *-libreoffice.docx are then turned into PDF by
LibreOffice (build.sh), the way an applicant's "Save as PDF" from a word processor does.
"""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

OUT, PHOTO = sys.argv[1], sys.argv[2]


def para(doc, text="", size=None, bold=False, style=None, align=None, color=None, font=None, italic=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if font: r.font.name = font
    if align: p.alignment = align
    return p


def widths(table, *cm):
    """Fix column widths the way Word stores them (tblGrid and every cell), so LibreOffice keeps them."""
    table.autofit = False
    for col, w in zip(table.columns, cm):
        col.width = Cm(w)
        for cell in col.cells:
            cell.width = Cm(w)


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# 1. Word "basic resume": contact line above the Title-styled name, Subtitle job title
d = Document()
para(d, "Rathmines, Dublin 6 · +353 87 555 0192 · siobhan.ocw@example.ie", size=9, color="595959")
d.add_paragraph("Siobhán O’Connor-Walsh", style="Title")
d.add_paragraph("Registered General Nurse (RGN) · NMBI PIN 204417", style="Subtitle")
d.add_heading("Profile", level=1)
para(d, "Compassionate nurse with seven years on acute medical wards, seeking a clinical nurse manager post.")
d.add_heading("Experience", level=1)
para(d, "Staff Nurse, St. James’s Hospital, Dublin", bold=True)
para(d, "March 2019 – Present")
bullets(d, ["Acute medical admissions unit, 32 beds.", "Preceptor for 14 student nurses."])
para(d, "Staff Nurse, University Hospital Galway", bold=True)
para(d, "September 2017 – February 2019")
d.add_heading("Education", level=1)
para(d, "BSc (Hons) General Nursing, University College Dublin, 2013 – 2017")
d.add_heading("References", level=1)
para(d, "Available on request.")
d.save(f"{OUT}/oconnorwalsh-docx-wordbasic.docx")

# 2. German Lebenslauf: "Lebenslauf" as Title, photo beside a label table, signature at the end
d = Document()
d.add_paragraph("Lebenslauf", style="Title")
t = d.add_table(rows=1, cols=2)
widths(t, 4.5, 12.0)
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run().add_picture(PHOTO, width=Cm(3.5))
c1.paragraphs[0].add_run("Persönliche Daten").bold = True
inner = c1.add_table(rows=0, cols=2)
for k, v in [("Name", "Dr. Katharina von Schneider"), ("Geburtsdatum", "21.04.1986 in Regensburg"),
             ("Anschrift", "Leopoldstraße 118, 80802 München"), ("Telefon", "+49 171 4428 390"),
             ("E-Mail", "k.vonschneider@example.de"), ("Familienstand", "verheiratet, zwei Kinder")]:
    row = inner.add_row().cells
    row[0].text, row[1].text = k, v
d.add_heading("Berufserfahrung", level=1)
para(d, "seit 10/2020\tLeitende Oberärztin Kardiologie, Klinikum Schwabing, München")
para(d, "04/2013 – 09/2020\tAssistenzärztin, Universitätsklinikum Regensburg")
d.add_heading("Ausbildung", level=1)
para(d, "2012\tPromotion (Dr. med.), Universität Regensburg")
para(d, "2005 – 2012\tStudium der Humanmedizin, LMU München")
d.add_heading("Sprachen", level=1)
para(d, "Deutsch (Muttersprache), Englisch (verhandlungssicher), Italienisch (Grundkenntnisse)")
para(d, "")
para(d, "München, 12. Januar 2026")
para(d, "Katharina von Schneider", italic=True)
d.save(f"{OUT}/vonschneider-docx-lebenslauf.docx")

# 3. Nameless: a blind application (the programme's anonymised form)
d = Document()
d.add_paragraph("Curriculum Vitae", style="Title")
para(d, "Blind review copy – personal details removed by the applicant as required in section 4.2 of the call.", italic=True, size=9)
t = d.add_table(rows=0, cols=2)
for k, v in [("Application ID", "GRT-2026-0417"), ("Contact (alias)", "applicant-0417@apply.example.org"),
             ("Current position", "Postdoctoral researcher, marine ecology"), ("Years since PhD", "4")]:
    r = t.add_row().cells
    r[0].text, r[1].text = k, v
d.add_heading("Research experience", level=1)
para(d, "2022 – present  Postdoctoral researcher, coastal ecology group, a university in northern Europe")
para(d, "2018 – 2022  PhD candidate, marine biology")
d.add_heading("Selected publications (author names redacted)", level=1)
para(d, "[1] ███, Seagrass recovery after dredging. Marine Ecology Progress Series, 2024.")
d.add_heading("Referees", level=1)
para(d, "Prof. Helena Strand, Department of Biology – h.strand@example.se")
para(d, "Dr. Mark Oyelaran, Institute of Oceanography – m.oyelaran@example.org")
d.save(f"{OUT}/noname-docx-blind.docx")

# 4. Turkish Özgeçmiş, Word-style, exported to PDF by LibreOffice
d = Document()
para(d, "ÖZGEÇMİŞ", size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Ayşe Gül Öztürk", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Kadıköy, İstanbul | +90 532 417 22 60 | aysegul.ozturk@example.com.tr", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
d.add_heading("Kişisel Bilgiler", level=1)
t = d.add_table(rows=0, cols=2)
for k, v in [("Doğum Tarihi / Yeri", "05.11.1993 / Eskişehir"), ("Uyruk", "T.C."),
             ("Ehliyet", "B sınıfı"), ("Askerlik Durumu", "—")]:
    r = t.add_row().cells
    r[0].text, r[1].text = k, v
d.add_heading("İş Deneyimi", level=1)
para(d, "Kıdemli Finans Uzmanı – Arçelik A.Ş., İstanbul (Mart 2021 – Halen)", bold=True)
bullets(d, ["Aylık konsolide raporların hazırlanması.", "SAP FI/CO geçiş projesinde görev aldı."])
para(d, "Finans Uzmanı – Koç Holding, İstanbul (Eylül 2016 – Şubat 2021)", bold=True)
d.add_heading("Eğitim", level=1)
para(d, "Boğaziçi Üniversitesi – İşletme (Lisans), 2011 – 2016")
d.add_heading("Yabancı Dil", level=1)
para(d, "İngilizce (İleri), Almanca (Orta)")
d.add_heading("Referanslar", level=1)
para(d, "Mehmet Kaya, Finans Direktörü, Arçelik A.Ş. – mehmet.kaya@example.com.tr")
d.save(f"{OUT}/ozturk-docx-ozgecmis-libreoffice.docx")

# 5. Portuguese Currículo with photo and name in a layout table, exported by LibreOffice
d = Document()
t = d.add_table(rows=1, cols=2)
widths(t, 4.0, 12.5)
a, b = t.rows[0].cells
a.paragraphs[0].add_run().add_picture(PHOTO, width=Cm(3.2))
r = b.paragraphs[0].add_run("CURRÍCULO")
r.font.size = Pt(10); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
p = b.add_paragraph(); r = p.add_run("João Pedro dos Santos Silva"); r.bold = True; r.font.size = Pt(20)
b.add_paragraph("Brasileiro, casado, 34 anos")
b.add_paragraph("Rua Voluntários da Pátria, 452 – Botafogo, Rio de Janeiro – RJ")
b.add_paragraph("(21) 98877-4410 · joaopedro.ssilva@example.com.br")
d.add_heading("Objetivo", level=1)
para(d, "Coordenador de logística em empresa do setor de óleo e gás.")
d.add_heading("Experiência Profissional", level=1)
para(d, "Petrobras Distribuidora – Analista de Logística Sênior (2019 – atual)", bold=True)
bullets(d, ["Planejamento de rotas de abastecimento offshore.", "Redução de 12% no custo de frete."])
para(d, "Vale S.A. – Analista de Logística (2014 – 2019)", bold=True)
d.add_heading("Formação Acadêmica", level=1)
para(d, "MBA em Gestão de Supply Chain – Fundação Getulio Vargas (FGV), 2018")
para(d, "Engenharia de Produção – UFRJ, 2008 – 2013")
d.add_heading("Idiomas", level=1)
para(d, "Inglês fluente, espanhol intermediário")
d.save(f"{OUT}/santossilva-docx-curriculo-libreoffice.docx")

# 6. Indian-style resume: "RESUME" first, career objective, personal details with a
#    Devanagari name, declaration signed with the name in capitals; LibreOffice PDF
d = Document()
para(d, "RESUME", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Rohit Kumar Sharma", size=13, bold=True)
para(d, "Mobile: +91 98290 44172")
para(d, "Email: rohitk.sharma91@example.in")
para(d, "Address: 27, Shanti Nagar, Gopalpura Bypass, Jaipur – 302018 (Rajasthan)")
d.add_heading("Career Objective", level=1)
para(d, "To work in a challenging environment where I can utilise my skills in civil site execution and grow with the organisation.")
d.add_heading("Educational Qualification", level=1)
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Qualification", "Board / University", "Year", "Percentage"]):
    c.text = h
for row in [("B.Tech (Civil)", "Rajasthan Technical University, Kota", "2013", "71.4%"),
            ("XII", "RBSE, Ajmer", "2009", "78.2%"), ("X", "RBSE, Ajmer", "2007", "81.0%")]:
    cs = t.add_row().cells
    for c, v in zip(cs, row): c.text = v
d.add_heading("Work Experience", level=1)
para(d, "Site Engineer – Larsen & Toubro Ltd., Jaipur Metro Phase 2 (Jul 2018 – Present)")
para(d, "Junior Engineer – Shree Cement Infrastructure, Beawar (Aug 2013 – Jun 2018)")
d.add_heading("Personal Details", level=1)
for k, v in [("Father’s Name", "Shri Ramesh Chandra Sharma"), ("Name (Hindi)", "रोहित कुमार शर्मा"),
             ("Date of Birth", "14-08-1991"), ("Languages Known", "Hindi, English, Rajasthani"),
             ("Marital Status", "Married"), ("Hobbies", "Cricket, reading Hindi poetry")]:
    para(d, f"{k}\t: {v}")
d.add_heading("Declaration", level=1)
para(d, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
para(d, "Place: Jaipur")
para(d, "Date: 02/02/2026\t\t\t\t\t(ROHIT KUMAR SHARMA)")
d.save(f"{OUT}/sharma-docx-indianresume-libreoffice.docx")

# 7. Google Docs "Modern Writer"-like export: direct formatting, monospace name, no styles
d = Document()
para(d, "Thandiwe Mokoena", size=26, bold=True, font="Source Code Pro", color="000000")
para(d, "UX Researcher", size=11, font="Source Code Pro", color="FF5E0E")
para(d, "14 Loop Street, Cape Town 8001", size=9, font="Source Code Pro")
para(d, "+27 82 555 0148", size=9, font="Source Code Pro")
para(d, "thandi.mokoena@example.co.za", size=9, font="Source Code Pro")
para(d, "EXPERIENCE", size=11, bold=True, font="Source Code Pro", color="FF5E0E")
para(d, "Takealot, Cape Town — Senior UX Researcher", bold=True)
para(d, "MAY 2021 - PRESENT", size=8)
para(d, "Ran 120 moderated usability sessions across the checkout flow.")
para(d, "Yoco, Cape Town — UX Researcher", bold=True)
para(d, "JANUARY 2018 - APRIL 2021", size=8)
para(d, "EDUCATION", size=11, bold=True, font="Source Code Pro", color="FF5E0E")
para(d, "University of Cape Town — BSocSc Psychology", bold=True)
para(d, "2013 - 2016", size=8)
para(d, "LANGUAGES", size=11, bold=True, font="Source Code Pro", color="FF5E0E")
para(d, "English, isiXhosa, isiZulu, Afrikaans")
d.save(f"{OUT}/mokoena-docx-gdocs-modernwriter.docx")

# 8. Word two-column resume: a layout table whose narrow left cell (contacts) comes first,
#    the name (Latin and Cyrillic) in the wide right cell; exported to PDF by LibreOffice
d = Document()
t = d.add_table(rows=1, cols=2)
widths(t, 5.5, 11.5)
l, r_ = t.rows[0].cells
l.paragraphs[0].add_run("CONTACT").bold = True
for line in ["Vienna, Austria", "+43 660 441 2290", "e.sokolova@example.at", "linkedin.example.com/in/esokolova",
             "", "SKILLS", "Python, R, SQL", "Bayesian statistics", "Tableau", "", "LANGUAGES",
             "Russian (native)", "German (C1)", "English (C1)"]:
    l.add_paragraph(line)
p = r_.paragraphs[0]; run = p.add_run("Ekaterina Sokolova"); run.bold = True; run.font.size = Pt(24)
r_.add_paragraph("Екатерина Соколова")
r_.add_paragraph("Senior Data Scientist")
r_.add_paragraph("PROFILE").runs[0].bold = True
r_.add_paragraph("Data scientist with a background in econometrics; eight years of demand forecasting for retail and energy.")
r_.add_paragraph("EXPERIENCE").runs[0].bold = True
r_.add_paragraph("Senior Data Scientist, Wien Energie — Vienna (2021 – present)")
r_.add_paragraph("Data Scientist, X5 Retail Group — Moscow (2016 – 2021)")
r_.add_paragraph("EDUCATION").runs[0].bold = True
r_.add_paragraph("MSc Economics, Higher School of Economics, Moscow (2014 – 2016)")
d.save(f"{OUT}/sokolova-docx-wordtwocol-libreoffice.docx")
print("ok")

# 9. Google Docs export with a two-cell header table: name left, contact right (Filipino name
#    with "Ma." for Maria and the particle "Dela")
d = Document()
t = d.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
run = a.paragraphs[0].add_run("Ma. Cristina Dela Cruz-Santos"); run.bold = True; run.font.size = Pt(20)
a.add_paragraph("Registered Nurse | Clinical Educator")
for line in ["Quezon City, Metro Manila", "+63 917 555 0823", "cristina.delacruz@example.ph"]:
    q = b.add_paragraph(line) if b.paragraphs[0].text or line != "Quezon City, Metro Manila" else b.paragraphs[0]
    if q is b.paragraphs[0]: q.add_run(line)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
para(d, "PROFESSIONAL SUMMARY", bold=True, color="6AA84F")
para(d, "Board-certified nurse with 9 years in critical care, now training new ICU nurses at a tertiary hospital.")
para(d, "WORK EXPERIENCE", bold=True, color="6AA84F")
para(d, "St. Luke’s Medical Center, Quezon City — Clinical Nurse Educator, ICU (2022 – Present)")
para(d, "Philippine Heart Center — Staff Nurse, CCU (2016 – 2022)")
para(d, "EDUCATION", bold=True, color="6AA84F")
para(d, "Bachelor of Science in Nursing, University of Santo Tomas, 2012 – 2016 (cum laude)")
para(d, "LICENSES", bold=True, color="6AA84F")
para(d, "Philippine Nurse Licensure (PRC), 2016; NCLEX-RN, 2023")
d.save(f"{OUT}/delacruzsantos-docx-gdocs-headertable.docx")
print("ok2")

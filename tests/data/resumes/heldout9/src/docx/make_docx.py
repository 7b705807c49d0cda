"""Write the DOCX files of heldout9 with python-docx (CC0, written here).
Files named *-libreoffice.docx are converted to PDF by LibreOffice in build.sh."""
import sys, pathlib
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")

def para(d, text, size=None, bold=False, color=None, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p

# 1 Word "ATS-friendly" template: Title name with middle initial, contact line with pipes
d = Document()
d.add_paragraph("Chukwuemeka J. Okonkwo", style="Title")
para(d, "Lagos, Nigeria | +234 803 555 0192 | emeka.okonkwo@example.ng | linkedin.com/in/emekaokonkwo")
d.add_heading("PROFESSIONAL SUMMARY", 1)
para(d, "Chartered accountant (ICAN) with 10 years in audit and financial reporting for oil & gas and telecoms clients.")
d.add_heading("EXPERIENCE", 1)
para(d, "Finance Manager — MTN Nigeria, Lagos\tJan 2020 – Present", bold=True)
d.add_paragraph("Led IFRS 16 implementation across 4 subsidiaries.", style="List Bullet")
para(d, "Senior Auditor — KPMG Nigeria, Lagos\tSep 2015 – Dec 2019", bold=True)
d.add_heading("EDUCATION", 1)
para(d, "B.Sc. Accounting, University of Nigeria, Nsukka — 2014")
d.add_heading("REFERENCES", 1)
para(d, "Mrs. Adaeze Nwachukwu, Head of Finance, MTN Nigeria — available on request")
d.save(OUT / "okonkwo-docx-word-ats.docx")

# 2 Spanish Word CV: photo placeholder table, "CURRÍCULUM VITAE" in the same row as the name
d = Document()
t = d.add_table(rows=1, cols=2)
t.cell(0, 0).text = "[Foto]"
c = t.cell(0, 1); c.paragraphs[0].add_run("CURRÍCULUM VÍTAE").font.size = Pt(10)
r = c.add_paragraph().add_run("María de los Ángeles Fernández Ortega"); r.bold = True; r.font.size = Pt(20)
c.add_paragraph("Enfermera especialista en cuidados intensivos")
c.add_paragraph("Sevilla · 654 32 19 87 · mangeles.fernandez@example.es")
d.add_heading("Datos personales", 2)
para(d, "Fecha de nacimiento: 17/02/1990 · Nacionalidad: española · Carné de conducir B")
d.add_heading("Experiencia profesional", 2)
para(d, "2019 – actualidad  Enfermera UCI, Hospital Universitario Virgen del Rocío, Sevilla")
para(d, "2013 – 2019  Enfermera, Hospital Quirónsalud Sagrado Corazón, Sevilla")
d.add_heading("Formación académica", 2)
para(d, "2012  Grado en Enfermería, Universidad de Sevilla")
para(d, "Sevilla, 15 de enero de 2026")
d.save(OUT / "fernandezortega-docx-word-foto-es.docx")

# 3 Google Docs export (no styles, direct formatting): Korean name with Hangul in brackets
d = Document()
para(d, "RESUME", 9, color="888888")
para(d, "Kim Min-jun (김민준)", 24)
para(d, "UX Researcher · Seoul, South Korea", 12, color="555555")
para(d, "minjun.kim@example.kr · +82 10-5555-2741 · portfolio: minjunkim.example.kr")
para(d, "EXPERIENCE", 11, True, "1A73E8")
para(d, "Naver Corp., Seongnam — Senior UX Researcher (Mar 2021 – present)")
para(d, "Kakao Corp., Jeju — UX Researcher (Feb 2017 – Feb 2021)")
para(d, "EDUCATION", 11, True, "1A73E8")
para(d, "Yonsei University — M.S. Cognitive Science, 2017")
d.save(OUT / "kimminjun-docx-gdocs-ko.docx")

# 4 nameless French blind application
d = Document()
d.add_paragraph("Candidature anonyme", style="Title")
para(d, "Dossier n° CA-2026-0387 — poste : chargé(e) de mission environnement")
para(d, "Contact (adresse relais) : candidature.ca20260387@example.fr")
d.add_heading("Expérience", 1)
para(d, "2020 – aujourd’hui : chargé de mission, collectivité territoriale (Occitanie)")
para(d, "2016 – 2020 : technicien environnement, bureau d’études")
d.add_heading("Formation", 1)
para(d, "Master Gestion de l’environnement, Université de Montpellier, 2016")
d.add_heading("Références", 1)
para(d, "M. Laurent Pic, directeur du bureau d’études · Mme Sophie Arnaud-Vidal, Université de Montpellier")
d.save(OUT / "noname-docx-anonyme-fr.docx")

# 5 Indian "RESUME" with capitals, patronymic middle name, Father's name, Hinglish objective
d = Document()
para(d, "RESUME", 16, True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "ANKITA RAMESHBHAI PATEL", 13, True)
para(d, "Mob: +91 98250 44781")
para(d, "Email: ankita.patel@example.co.in")
para(d, "Address: 14, Shanti Nagar Society, Maninagar, Ahmedabad – 380008, Gujarat")
para(d, "CAREER OBJECTIVE", 11, True)
para(d, "To work in a reputed organisation jahan main apni skills aur knowledge ko use karke company ke growth me contribute kar saku.")
para(d, "EDUCATIONAL QUALIFICATION", 11, True)
para(d, "M.Com, Gujarat University, 2019 (First Class)")
para(d, "WORK EXPERIENCE", 11, True)
para(d, "Accounts Executive, Adani Wilmar Ltd., Ahmedabad — June 2019 to Present")
para(d, "PERSONAL DETAILS", 11, True)
para(d, "Father's Name: Rameshbhai Keshavlal Patel\nDate of Birth: 11/04/1997\nLanguages Known: Gujarati, Hindi, English")
para(d, "DECLARATION", 11, True)
para(d, "I hereby declare that the above information is true to the best of my knowledge.\nPlace: Ahmedabad\nDate: 05/01/2026\t\t(Ankita R. Patel)")
d.save(OUT / "patel-docx-indian-resume.docx")

# 6 German Lebenslauf (LibreOffice PDF): two-column header table, Bewerbung line first
d = Document()
para(d, "Bewerbung als Data Scientist – Kennziffer 2026-DS-14", 9, color="777777")
t = d.add_table(rows=1, cols=2)
c = t.cell(0, 0); r = c.paragraphs[0].add_run("Lukas Tobias Bauer"); r.bold = True; r.font.size = Pt(22)
c.add_paragraph("Lebenslauf")
c2 = t.cell(0, 1); c2.paragraphs[0].add_run("Hauptstraße 7\n69117 Heidelberg\n+49 160 555 3321\nlukas.bauer@example.de")
d.add_heading("Berufserfahrung", 2)
para(d, "seit 03/2021\tData Scientist, SAP SE, Walldorf")
para(d, "10/2018 – 02/2021\tWerkstudent Data Analytics, BASF SE, Ludwigshafen")
d.add_heading("Ausbildung", 2)
para(d, "2014 – 2020\tM.Sc. Mathematik, Universität Heidelberg")
para(d, "Heidelberg, 12. Januar 2026")
d.save(OUT / "bauer-docx-lebenslauf-libreoffice.docx")

# 7 Spanish Word "creative" (LibreOffice PDF): job title above the name, initials monogram
d = Document()
para(d, "JM", 28, True, "C0392B")
para(d, "INGENIERO DE DATOS", 10, True, "777777")
para(d, "Javier Moreno Sáez", 26, True)
para(d, "Zaragoza · +34 699 123 456 · javier.morenosaez@example.es · github.com/jmorenosaez")
d.add_heading("Perfil", 2)
para(d, "Ingeniero de datos con 6 años de experiencia en plataformas cloud (GCP, AWS).")
d.add_heading("Experiencia", 2)
para(d, "Ingeniero de datos sénior — Inditex, Arteixo — 2022 – actualidad")
para(d, "Ingeniero de datos — Telefónica Tech, Madrid — 2019 – 2022")
d.add_heading("Educación", 2)
para(d, "Grado en Ingeniería Informática, Universidad de Zaragoza, 2019")
d.save(OUT / "morenosaez-docx-word-monogram-libreoffice.docx")

# 8 Brazilian currículo (LibreOffice PDF): centred name, personal line "Brasileira, casada, 31 anos"
d = Document()
para(d, "Larissa Campos Teixeira", 20, True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Brasileira, casada, 31 anos", align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Rua das Laranjeiras, 245 – Belo Horizonte/MG – (31) 99876-5432", align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "larissa.teixeira@example.com.br", align=WD_ALIGN_PARAGRAPH.CENTER)
d.add_heading("OBJETIVO", 2)
para(d, "Coordenação de recursos humanos")
d.add_heading("FORMAÇÃO", 2)
para(d, "Psicologia – Pontifícia Universidade Católica de Minas Gerais (PUC Minas), 2017")
d.add_heading("EXPERIÊNCIA PROFISSIONAL", 2)
para(d, "Vale S.A. – Analista de RH Pleno – 03/2020 a atual")
para(d, "Localiza – Assistente de RH – 02/2017 a 02/2020")
d.save(OUT / "teixeira-docx-curriculo-libreoffice.docx")

# 9 Turkish özgeçmiş (LibreOffice PDF): "Adı Soyadı" field row is the first line of a table
d = Document()
para(d, "ÖZGEÇMİŞ", 16, True, align=WD_ALIGN_PARAGRAPH.CENTER)
t = d.add_table(rows=5, cols=2)
for i, (k, v) in enumerate([("Adı Soyadı", "Mehmet Can Yıldız"), ("Doğum Tarihi", "22.07.1992"), ("Telefon", "+90 555 218 4477"),
                            ("E-posta", "mcan.yildiz@example.com.tr"), ("Adres", "Çankaya, Ankara")]):
    t.cell(i, 0).text = k; t.cell(i, 1).text = v
d.add_heading("Eğitim", 2)
para(d, "2010 – 2015  İnşaat Mühendisliği, Orta Doğu Teknik Üniversitesi (ODTÜ)")
d.add_heading("İş Deneyimi", 2)
para(d, "2019 – halen  Proje Mühendisi, Limak İnşaat, Ankara")
para(d, "2015 – 2019  Saha Mühendisi, Rönesans Holding, İstanbul")
d.save(OUT / "yildiz-docx-ozgecmis-libreoffice.docx")

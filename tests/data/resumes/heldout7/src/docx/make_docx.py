"""heldout7: writes the Word-style DOCX files (CC0, invented people) with python-docx 1.2.
Usage: python make_docx.py OUTDIR   (build.sh converts the *-libreoffice ones to PDF)."""
import sys, pathlib
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = pathlib.Path(sys.argv[1])

def para(doc, text, size=None, bold=False, color=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    if size: r.font.size = Pt(size)
    r.bold = bold
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

# 1. Word "Bold modern"-like: job title above the name in a header table, name with a mid-dot contact line.
d = Document()
t = d.add_table(rows=1, cols=2)
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run('PROJECT MANAGER').bold = True
r = c0.add_paragraph().add_run('Wanjiru Mwangi'); r.font.size = Pt(28); r.bold = True
c1.paragraphs[0].add_run('Westlands, Nairobi, Kenya')
c1.add_paragraph('+254 722 410 556')
c1.add_paragraph('wanjiru.mwangi@example.co.ke')
for p in c1.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_heading('Objective', level=1)
d.add_paragraph('PMP-certified project manager seeking to lead donor-funded water and sanitation programmes in East Africa.')
d.add_heading('Experience', level=1)
para(d, 'Project Manager · Kenya Red Cross Society · Nairobi', bold=True)
d.add_paragraph('January 2021 – Present', style='Intense Quote')
d.add_paragraph('Managed a KES 450 M WASH programme across four counties.', style='List Bullet')
para(d, 'Project Officer · World Vision Kenya · Kisumu', bold=True)
d.add_paragraph('March 2016 – December 2020')
d.add_heading('Education', level=1)
d.add_paragraph('MA Project Planning and Management, University of Nairobi, 2019')
d.add_paragraph('BSc Environmental Science, Kenyatta University, 2015')
d.add_heading('References', level=1)
d.add_paragraph('Available on request.')
d.save(out / 'mwangi-docx-word-boldmodern.docx')

# 2. Portuguese (Portugal) CV: "CURRICULUM VITAE" in the page header, name as Title.
d = Document()
d.sections[0].header.paragraphs[0].text = 'CURRICULUM VITAE — Candidatura n.º 2026/118'
d.add_paragraph('Luísa Ferraz Guimarães', style='Title')
d.add_paragraph('Enfermeira Especialista em Saúde Infantil e Pediátrica', style='Subtitle')
d.add_paragraph('Rua de Cedofeita 210, 4050-174 Porto · +351 912 345 078 · luisa.guimaraes@example.pt')
d.add_heading('Dados pessoais', level=1)
d.add_paragraph('Data de nascimento: 17 de junho de 1990 · Nacionalidade: Portuguesa · Cédula profissional n.º 5-E-81234')
d.add_heading('Experiência profissional', level=1)
d.add_paragraph('2018 – presente: Enfermeira, Centro Hospitalar Universitário de São João, Porto (Pediatria)')
d.add_paragraph('2012 – 2018: Enfermeira, Hospital de Braga')
d.add_heading('Formação académica', level=1)
d.add_paragraph('2017: Mestrado em Enfermagem de Saúde Infantil, Escola Superior de Enfermagem do Porto')
d.add_paragraph('2012: Licenciatura em Enfermagem, Universidade do Minho')
d.add_heading('Línguas', level=1)
d.add_paragraph('Português (materna), Inglês (C1), Espanhol (B2)')
d.save(out / 'guimaraes-docx-pt-title.docx')

# 3. Google Docs export (no styles, direct formatting): Chinese + English name on one line.
d = Document()
para(d, '刘雨桐  Yutong (Tina) Liu', size=22, bold=True)
para(d, 'Shanghai, China  |  +86 138 1620 4471  |  yutong.liu@example.cn  |  github.com/ytliu', size=9, color='555555')
para(d, 'EDUCATION', size=12, bold=True, color='1155CC')
para(d, 'Fudan University — M.S. in Statistics, 2022 – 2025')
para(d, 'Nanjing University — B.S. in Mathematics, 2018 – 2022')
para(d, 'EXPERIENCE', size=12, bold=True, color='1155CC')
para(d, 'Data Scientist Intern, Pinduoduo, Shanghai — Jun 2024 – Sep 2024')
para(d, 'Built an uplift model for coupon targeting; +3.1 % GMV in A/B test.')
para(d, 'Research Assistant, School of Data Science, Fudan University — 2023 – 2025')
para(d, 'SKILLS', size=12, bold=True, color='1155CC')
para(d, 'Python, R, SQL, PyTorch, causal inference; Mandarin (native), English (IELTS 7.5)')
d.save(out / 'liu-docx-gdocs-bilingual.docx')

# 4. Nameless blind application (Word).
d = Document()
d.add_paragraph('Anonymised Curriculum Vitae', style='Title')
d.add_paragraph('Application code: DGF-2026-B-0092 · Correspondence via: dgf-b0092@example.org')
d.add_heading('Current role', level=1)
d.add_paragraph('Senior Software Engineer, fintech company (name withheld), Lisbon, since 2021')
d.add_heading('Education', level=1)
d.add_paragraph('MSc Computer Engineering, 2016; BSc Computer Science, 2014')
d.add_heading('Open-source work', level=1)
d.add_paragraph('Maintainer of a payments SDK (repository withheld for review)')
d.add_heading('Referees', level=1)
d.add_paragraph('Maria Albuquerque, CTO — m.albuquerque@example.pt')
d.add_paragraph('Ricardo Neves, Professor — rneves@example.pt')
d.save(out / 'noname-docx-anonymised.docx')

# 5. German Lebenslauf (Word), exported to PDF by LibreOffice: name only in the page header.
d = Document()
hp = d.sections[0].header.paragraphs[0]; hp.text = 'Jonas Schulze-Kraft  ·  Lebenslauf'
d.add_paragraph('Lebenslauf', style='Title')
d.add_heading('Persönliche Daten', level=1)
t = d.add_table(rows=5, cols=2)
for i, (k, v) in enumerate([('Anschrift', 'Lindenallee 7, 30175 Hannover'), ('Telefon', '0176 4412 9087'),
                            ('E-Mail', 'j.schulzekraft@example.de'), ('Geburtsdatum', '02.02.1989 in Celle'),
                            ('Familienstand', 'verheiratet, zwei Kinder')]):
    t.cell(i, 0).text = k; t.cell(i, 1).text = v
d.add_heading('Beruflicher Werdegang', level=1)
d.add_paragraph('seit 08/2019\tTeamleiter Logistik, Continental AG, Hannover')
d.add_paragraph('09/2013 – 07/2019\tDisponent, DB Schenker, Hamburg')
d.add_heading('Ausbildung', level=1)
d.add_paragraph('2009 – 2013\tB.A. Logistikmanagement, Ostfalia Hochschule, Wolfsburg')
d.add_heading('Kenntnisse', level=1)
d.add_paragraph('SAP EWM, MS Office, Staplerschein; Englisch (fließend)')
d.add_paragraph('Hannover, 12.01.2026')
d.save(out / 'schulzekraft-docx-lebenslauf-libreoffice.docx')

# 6. Arabic CV with Latin transliteration (Word two-column table), exported to PDF by LibreOffice.
d = Document()
t = d.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
ra = a.paragraphs[0].add_run('Omar Khaled Haddad'); ra.font.size = Pt(22); ra.bold = True
a.add_paragraph('Mechanical Engineer — HVAC')
a.add_paragraph('Amman, Jordan · +962 79 555 0412 · omar.haddad@example.jo')
rb = b.paragraphs[0].add_run('عمر خالد حداد'); rb.font.size = Pt(22); rb.bold = True
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = b.add_paragraph('مهندس ميكانيكي'); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_heading('Profile', level=1)
d.add_paragraph('Jordanian Engineers Association member (No. 88213), nine years designing HVAC for hospitals and malls.')
d.add_heading('Experience', level=1)
d.add_paragraph('2019 – Present: Senior HVAC Engineer, Consolidated Consultants, Amman')
d.add_paragraph('2016 – 2019: Site Engineer, Arabtec Construction, Dubai, UAE')
d.add_heading('Education', level=1)
d.add_paragraph('B.Sc. Mechanical Engineering, University of Jordan, 2016')
d.add_heading('Personal information', level=1)
d.add_paragraph('Nationality: Jordanian · Date of birth: 09/04/1994 · Marital status: Single · Driving licence: Jordanian & UAE')
d.save(out / 'haddad-docx-arabic-libreoffice.docx')

# 7. French: cover letter page first, then the CV (Word) exported to PDF by LibreOffice.
d = Document()
d.add_paragraph('Camille Rousseau-Ndiaye\n14 rue des Carmes, 31000 Toulouse\ncamille.rousseau@example.fr · 07 81 22 40 19')
d.add_paragraph('Toulouse, le 28 janvier 2026', ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph('Objet : candidature au poste de chargée de projets européens')
d.add_paragraph('Madame, Monsieur,')
d.add_paragraph("Titulaire d'un master en affaires européennes, je souhaite rejoindre votre équipe pour piloter les dossiers Horizon Europe.")
d.add_paragraph('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.')
d.add_paragraph('Camille Rousseau-Ndiaye')
d.add_page_break()
d.add_paragraph('CURRICULUM VITAE', style='Title')
d.add_paragraph('Camille ROUSSEAU-NDIAYE — Chargée de projets européens', style='Subtitle')
d.add_heading('Expérience', level=1)
d.add_paragraph('2021 – aujourd’hui : Chargée de projets, Région Occitanie, Toulouse')
d.add_heading('Formation', level=1)
d.add_paragraph('2020 : Master Affaires européennes, Sciences Po Toulouse')
d.add_heading('Langues', level=1)
d.add_paragraph('Français, anglais (C1), wolof (courant)')
d.save(out / 'rousseaundiaye-docx-lettre-cv-libreoffice.docx')

# 8. Brazilian Word CV (Normal style only, bold caps lines), exported to PDF by LibreOffice:
#    initial + "Neto" suffix, "Objetivo" right under the name.
d = Document()
para(d, 'J. RODRIGO BATISTA NETO', size=18, bold=True, align='c')
para(d, 'Brasileiro, solteiro, 29 anos', align='c')
para(d, 'Rua Padre Chagas 415, ap. 802 – Moinhos de Vento – Porto Alegre/RS – CEP 90570-080', size=9, align='c')
para(d, 'Celular: (51) 99812-4470 – E-mail: rodrigo.batistaneto@example.com.br', size=9, align='c')
para(d, 'OBJETIVO', bold=True)
d.add_paragraph('Analista Contábil Pleno')
para(d, 'FORMAÇÃO ACADÊMICA', bold=True)
d.add_paragraph('Bacharelado em Ciências Contábeis – Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS) – concluído em 2019')
para(d, 'EXPERIÊNCIA PROFISSIONAL', bold=True)
d.add_paragraph('Gerdau S.A. – Porto Alegre/RS – 03/2020 a atual\nCargo: Analista Contábil\nPrincipais atividades: fechamento mensal, conciliações bancárias, apuração de PIS/COFINS.')
d.add_paragraph('Escritório Contábil Lemos & Filhos – Canoas/RS – 01/2017 a 02/2020\nCargo: Assistente Contábil')
para(d, 'QUALIFICAÇÕES', bold=True)
d.add_paragraph('CRC/RS ativo; SAP FI; Excel avançado; inglês intermediário.')
d.save(out / 'batistaneto-docx-curriculo-libreoffice.docx')

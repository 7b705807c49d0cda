"""DOCX documents built with python-docx the way Word users lay them out
(Title/Heading styles, tables, header section). Some are converted to PDF by
LibreOffice (soffice --convert-to pdf), like Word's 'Save as PDF'."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

def p(doc, text, bold=False, size=None, align=None, style=None, color=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = para.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para

def garcia(path):
    d = Document()
    p(d, 'CURRICULUM VITAE', bold=True, size=16, align='c')
    p(d, 'Ingeniera de Datos · Madrid, España', align='c', size=10)
    p(d, 'María José García-Fernández', bold=True, size=22, align='c')
    p(d, 'Calle de Alcalá 112, 3º B · 28009 Madrid · +34 612 345 678 · mj.garciafdez@example.es', align='c', size=9)
    d.add_heading('Perfil profesional', level=2)
    p(d, 'Ingeniera de datos con seis años de experiencia en canalizaciones ETL, Spark y modelos de riesgo para banca minorista.')
    d.add_heading('Experiencia', level=2)
    p(d, 'Banco Ejemplo S.A. — Ingeniera de Datos Senior (2021–actualidad)', bold=True)
    p(d, 'Diseño de un lago de datos en AWS; reducción del tiempo de carga nocturna en un 40 %.', style='List Bullet')
    p(d, 'Consultora Ejemplar — Analista de Datos (2018–2021)', bold=True)
    p(d, 'Cuadros de mando en Power BI para 14 clientes del sector seguros.', style='List Bullet')
    d.add_heading('Formación', level=2)
    p(d, 'Máster en Ciencia de Datos, Universidad Ejemplo de Madrid (2018)')
    d.add_heading('Idiomas', level=2)
    p(d, 'Español (nativo), Inglés (C1), Francés (B2)')
    d.save(path)

def vonbuelow(path):
    d = Document()
    p(d, 'Lebenslauf', bold=True, size=24, color='1F3864')
    d.add_heading('Persönliche Daten', level=2)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in [('Name', 'Katharina von Bülow'), ('Anschrift', 'Lindenstraße 27, 10969 Berlin'),
                 ('Telefon', '+49 30 1234567'), ('E-Mail', 'k.vonbuelow@example.de'),
                 ('Geburtsdatum', '14.03.1991 in Hannover'), ('Staatsangehörigkeit', 'deutsch'),
                 ('Familienstand', 'ledig')]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    d.add_heading('Berufserfahrung', level=2)
    p(d, '04/2019 – heute\tProjektmanagerin, Stiftung Beispiel gGmbH, Berlin')
    p(d, 'Koordination von Förderprojekten mit einem Volumen von 2,4 Mio. €', style='List Bullet')
    p(d, '10/2016 – 03/2019\tReferentin Öffentlichkeitsarbeit, Beispielverein e.V., Hamburg')
    d.add_heading('Ausbildung', level=2)
    p(d, '2010 – 2016\tM.A. Politikwissenschaft, Universität Beispielstadt')
    d.add_heading('Sprachen', level=2)
    p(d, 'Deutsch (Muttersprache), Englisch (verhandlungssicher), Spanisch (Grundkenntnisse)')
    p(d, 'Berlin, 02.11.2026')
    p(d, 'Katharina von Bülow', size=9)
    d.save(path)

def dubois(path):
    d = Document()
    p(d, 'Ingénieure logiciel embarqué — 8 ans d\'expérience', size=11, color='7F7F7F')
    d.add_heading('Élodie Dubois-Lefèvre', level=0)
    p(d, '12 rue des Lilas, 69003 Lyon · 06 12 34 56 78 · elodie.dubois-lefevre@example.fr · Permis B', size=9)
    d.add_heading('Expériences professionnelles', level=1)
    p(d, 'Sept. 2020 – aujourd\'hui : Ingénieure logiciel, Exemple Automotive, Lyon', bold=True)
    p(d, 'Développement C/C++ sur calculateurs AUTOSAR ; encadrement de deux alternants.', style='List Bullet')
    p(d, '2017 – 2020 : Développeuse systèmes, Société Exemple, Grenoble', bold=True)
    d.add_heading('Formation', level=1)
    p(d, '2017 : Diplôme d\'ingénieur, École Exemple (option systèmes embarqués)')
    d.add_heading('Centres d\'intérêt', level=1)
    p(d, 'Escalade, chorale, bénévolat au Fablab de quartier')
    d.save(path)

def yilmaz(path):
    d = Document()
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ''
    lp = l.paragraphs[0]; rr = lp.add_run('ÖZGEÇMİŞ'); rr.bold = True; rr.font.size = Pt(12)
    l.add_paragraph('Ayşe Gül Yılmaz').runs[0].font.size = Pt(20)
    l.add_paragraph('Makine Mühendisi')
    r.text = 'Adres: Bağdat Cad. No: 45/7, Kadıköy / İstanbul\nTel: +90 532 123 45 67\nE-posta: aysegul.yilmaz@example.com.tr\nDoğum Tarihi: 09.07.1994'
    d.add_heading('Eğitim Bilgileri', level=2)
    p(d, '2012 – 2016  Örnek Teknik Üniversitesi, Makine Mühendisliği (Lisans), GNO 3,41/4,00')
    d.add_heading('İş Deneyimi', level=2)
    p(d, '2019 – Günümüz  Örnek Otomotiv A.Ş. – Ar-Ge Mühendisi', bold=True)
    p(d, 'Fren sistemi bileşenlerinin sonlu elemanlar analizi (ANSYS).', style='List Bullet')
    p(d, '2016 – 2019  Örnek Makina Ltd. Şti. – Proje Mühendisi', bold=True)
    d.add_heading('Yabancı Dil', level=2)
    p(d, 'İngilizce (İleri), Almanca (Orta)')
    d.add_heading('Referanslar', level=2)
    p(d, 'Prof. Dr. Mehmet Demir – Örnek Teknik Üniversitesi – mehmet.demir@example.edu.tr')
    d.save(path)

def alrashidi(path):
    d = Document()
    p(d, 'يوسف الرشيدي', bold=True, size=18, align='r')
    p(d, 'Yousef Al-Rashidi', bold=True, size=22)
    p(d, 'Civil Engineer | PMP | Riyadh, Saudi Arabia', size=11)
    p(d, 'Mobile: +966 50 123 4567   Email: yousef.alrashidi@example.sa   Nationality: Jordanian', size=9)
    d.add_heading('Career Objective', level=2)
    p(d, 'Seeking a senior site engineering role on large infrastructure projects in the GCC region.')
    d.add_heading('Professional Experience', level=2)
    p(d, 'Example Contracting Co., Riyadh — Senior Site Engineer (2018 – Present)', bold=True)
    p(d, 'Supervised construction of a 12 km ring-road segment including three interchanges.', style='List Bullet')
    d.add_heading('Education', level=2)
    p(d, 'B.Sc. Civil Engineering, Example University, Amman (2012)')
    d.add_heading('Personal Information', level=2)
    p(d, 'Date of Birth: 02/05/1989 · Marital Status: Married · Driving Licence: Saudi & Jordanian')
    d.save(path)

def tanaka(path):
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = 'TANAKA Hiroshi — 田中 宏 | hiroshi.tanaka@example.jp | +81 90-1234-5678'
    d.add_heading('Résumé', level=0)
    p(d, 'Senior Backend Engineer (Go / Kubernetes), Osaka', size=12)
    d.add_heading('Summary', level=1)
    p(d, 'Backend engineer with 10 years in payments and logistics; led migration of a monolith to 40 services.')
    d.add_heading('Experience', level=1)
    p(d, 'Example Pay K.K., Tokyo — Tech Lead (2020 – present)', bold=True)
    p(d, 'Example Logistics, Osaka — Software Engineer (2014 – 2020)', bold=True)
    d.add_heading('Education', level=1)
    p(d, 'M.Eng. Information Science, Example University (2014)')
    d.add_heading('Certifications', level=1)
    p(d, 'JLPT N1 (native), TOEIC 905, CKA (2022)')
    d.save(path)

def nibhriain(path):
    d = Document()
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = 'CONTACT\n\n14 Bóthar na Trá\nGaillimh H91 X2Y3\n+353 87 123 4567\nsiobhan.nibhriain@example.ie\n\nSKILLS\nCurriculum design\nIrish (native)\nMoodle, Google Classroom'
    r.paragraphs[0].add_run('Siobhán Ní Bhriain').font.size = Pt(24)
    r.add_paragraph('Secondary School Teacher — Irish & History')
    r.add_paragraph('PROFILE').runs[0].bold = True
    r.add_paragraph('Registered teacher (Teaching Council) with 7 years teaching through Irish in a Gaelcholáiste.')
    r.add_paragraph('EXPERIENCE').runs[0].bold = True
    r.add_paragraph('Coláiste Samplach, Galway — Teacher (2019 – present)')
    r.add_paragraph('Example Community School, Ennis — Substitute Teacher (2017 – 2019)')
    r.add_paragraph('EDUCATION').runs[0].bold = True
    r.add_paragraph('Professional Master of Education, Example University (2017)')
    d.save(path)

def verma(path):
    # Google Docs "Swiss"-like: Title style name, subtitle contact, headings
    d = Document()
    p(d, 'Rahul Kumar Verma', style='Title')
    p(d, 'House No. 221, Sector 15, Gurugram, Haryana 122001 · +91 98765 43210 · rahulk.verma@example.in', style='Subtitle')
    d.add_heading('OBJECTIVE', level=1)
    p(d, 'To obtain a challenging position as a Full-Stack Developer where I can utilise my skills in React and Node.js.')
    d.add_heading('EXPERIENCE', level=1)
    p(d, 'Example Technologies Pvt. Ltd., Noida — Software Engineer', bold=True)
    p(d, 'JULY 2021 – PRESENT')
    p(d, 'Built a multi-tenant billing dashboard used by 300+ clients.', style='List Bullet')
    d.add_heading('EDUCATION', level=1)
    p(d, 'B.Tech (CSE), Example Institute of Technology, Delhi — 8.4 CGPA (2021)')
    d.add_heading('DECLARATION', level=1)
    p(d, 'I hereby declare that the above information is true to the best of my knowledge.')
    p(d, 'Place: Gurugram        Date: 28/10/2026        (Rahul Kumar Verma)')
    d.save(path)

def anon_docx(path):
    d = Document()
    p(d, 'Anonymised application — Candidate reference A-4471', bold=True, size=14)
    p(d, 'In line with our fair-recruitment policy, name, photo, date of birth and address have been removed.', size=9)
    p(d, 'Contact (via recruitment portal): candidate.a4471@apply.example.org', size=9)
    d.add_heading('Role applied for: Programme Officer', level=2)
    d.add_heading('Experience', level=2)
    p(d, '2020 – present  Programme Coordinator, International NGO (Nairobi)')
    p(d, '2016 – 2020  Field Officer, Community Health Programme')
    d.add_heading('Education', level=2)
    p(d, 'MSc Public Health (2016)')
    d.save(path)

DOCX = {
    'garcia-fernandez-word-es.docx': garcia,
    'dubois-lefevre-word-fr.docx': dubois,
    'alrashidi-word-ar-en.docx': alrashidi,
    'tanaka-word-header.docx': tanaka,
    'verma-gdocs-swiss.docx': verma,
    'anon-a4471-word.docx': anon_docx,
}
# converted to PDF by LibreOffice (the .docx intermediate is not kept)
DOCX_TO_PDF = {
    'vonbuelow-word-lebenslauf.pdf': vonbuelow,
    'yilmaz-word-ozgecmis.pdf': yilmaz,
    'nibhriain-word-twocol.pdf': nibhriain,
}

"""Word documents for heldout15, written with python-docx using Word's built-in styles."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def _core(doc, author, title="Resume"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title


def _bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def _kv_table(doc, rows, widths=(Cm(4.5), Cm(11)), style=None, bold_keys=True):
    t = doc.add_table(rows=0, cols=2)
    if style:
        t.style = style
    for k, v in rows:
        c = t.add_row().cells
        c[0].width, c[1].width = widths
        r = c[0].paragraphs[0].add_run(k)
        r.bold = bold_keys
        c[1].paragraphs[0].add_run(v)
    return t


# ---------------------------------------------------------------- 1 Nigeria
def nwachukwu(path):
    doc = Document()
    _core(doc, "Chukwuemeka Nwachukwu", "CV")
    for s in doc.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Cm(2.2)
    t = doc.add_paragraph("CURRICULUM VITAE", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_paragraph(style="Heading 1")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("Chukwuemeka Obinna Nwachukwu")
    r.font.all_caps = True
    p = doc.add_paragraph("No. 14 Adeniyi Jones Avenue, Ikeja, Lagos State  |  +234 803 412 7765  |  emeka.nwachukwu@example.com.ng")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("PERSONAL DATA", style="Heading 2")
    _kv_table(doc, [
        ("Name:", "Nwachukwu Chukwuemeka Obinna"),
        ("Date of Birth:", "3rd April, 1990"),
        ("Sex:", "Male"),
        ("State of Origin:", "Anambra State"),
        ("L.G.A.:", "Nnewi North"),
        ("Nationality:", "Nigerian"),
        ("Marital Status:", "Married"),
        ("Phone:", "+234 803 412 7765, +234 909 118 2043"),
        ("E-mail:", "emeka.nwachukwu@example.com.ng"),
    ], style="Table Grid")
    doc.add_paragraph("CAREER OBJECTIVE", style="Heading 2")
    doc.add_paragraph("To contribute my skills in software engineering and machine learning to an organisation that values "
                      "innovation, and to grow as a researcher in continual learning for financial services in Africa.")
    doc.add_paragraph("EDUCATIONAL QUALIFICATIONS", style="Heading 2")
    _kv_table(doc, [
        ("2017 – 2019", "M.Sc. Computer Science, University of Lagos, Akoka (Distinction)"),
        ("2007 – 2012", "B.Eng. Electronic Engineering, University of Nigeria, Nsukka (Second Class Upper)"),
        ("2001 – 2007", "West African Senior School Certificate (WASSCE), Christ the King College, Onitsha"),
    ], bold_keys=False)
    doc.add_paragraph("WORK EXPERIENCE", style="Heading 2")
    doc.add_paragraph("Senior Software Engineer (Machine Learning) — Kobo360 Fintech Ltd, Lagos    2021 – Date", style="Heading 3")
    _bullets(doc, ["Develop and retrain credit-scoring models for 2 million micro-loan customers.",
                   "Built model monitoring that detected the 2023 naira redesign shock within two days.",
                   "Supervise 3 engineers and liaise with the risk department."])
    doc.add_paragraph("Software Engineer — Interswitch Group, Lagos    2015 – 2021", style="Heading 3")
    _bullets(doc, ["Payment switching services in Java; fraud rules engine.",
                   "Trained first ML fraud model in the team (gradient boosting)."])
    doc.add_paragraph("National Youth Service Corps (NYSC) — Computer Teacher, Government Secondary School, Jos    2012 – 2013", style="Heading 3")
    doc.add_paragraph("SKILLS", style="Heading 2")
    _bullets(doc, ["Python, Java, SQL, scikit-learn, PyTorch, MLflow",
                   "Cloud: AWS SageMaker, Docker, Kubernetes",
                   "Good communication and leadership skills"])
    doc.add_paragraph("PROFESSIONAL MEMBERSHIP", style="Heading 2")
    doc.add_paragraph("Member, Nigerian Society of Engineers (NSE); Registered Engineer, COREN (R.45512)")
    doc.add_paragraph("HOBBIES", style="Heading 2")
    doc.add_paragraph("Reading, football, mentoring students.")
    doc.add_paragraph("REFEREES", style="Heading 2")
    refs = doc.add_table(rows=1, cols=2)
    a, b = refs.rows[0].cells
    a.paragraphs[0].add_run("Engr. Prof. Babatunde Olawale Adeyemi").bold = True
    for l in ["Department of Computer Science", "University of Lagos, Akoka", "b.adeyemi@example.edu.ng", "+234 802 555 0141"]:
        a.add_paragraph(l)
    b.paragraphs[0].add_run("Mrs. Ngozi Chiamaka Eze").bold = True
    for l in ["Head, Risk Analytics", "Kobo360 Fintech Ltd, Lagos", "ngozi.eze@example.com.ng", "+234 807 555 0190"]:
        b.add_paragraph(l)
    doc.add_paragraph("DECLARATION", style="Heading 2")
    doc.add_paragraph("I hereby declare that the information given above is true to the best of my knowledge and belief.")
    doc.add_paragraph("\n\n………………………………\nChukwuemeka O. Nwachukwu\nDate: 10th November, 2026")
    doc.save(path)


# ---------------------------------------------------------------- 2 Sweden, name in a text box
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"'


def _textbox_run(paras_xml, fill="#1F4E79", height="86pt"):
    xml = (f'<w:r {W_NS}><w:pict>'
           f'<v:rect id="Header Box" o:spid="_x0000_s1026" style="position:absolute;margin-left:0;margin-top:0;width:481.9pt;height:{height};'
           f'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
           f'fillcolor="{fill}" stroked="f"><v:textbox inset="14pt,10pt,14pt,8pt"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:rect></w:pict></w:r>')
    return parse_xml(xml)


def _tb_para(text, size_half_pts, bold=False, color="FFFFFF", font="Calibri Light"):
    b = "<w:b/>" if bold else ""
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{b}'
            f'<w:color w:val="{color}"/><w:sz w:val="{size_half_pts}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def lindqvist(path):
    doc = Document()
    _core(doc, "Sofia Lindqvist", "CV")
    for s in doc.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = Cm(1.5)
    anchor = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    paras = (_tb_para("Sofia Lindqvist", 56, bold=True, font="Calibri Light")
             + _tb_para("Backend-utvecklare / MLOps Engineer", 26)
             + _tb_para("Göteborg · +46 70 482 19 36 · sofia.lindqvist@example.se · github.com/sofialq", 19, color="D9E2F3"))
    anchor._p.append(_textbox_run(paras))
    doc.add_paragraph("Profil", style="Heading 1")
    doc.add_paragraph("Backend developer with seven years of Python and Go, the last three running the ML platform for a "
                      "vehicle-telematics company. I keep about 40 models in production and much of my time goes to deciding when "
                      "and how to retrain them. I am applying for the grant to build an open-source retraining scheduler that "
                      "smaller teams can use.")
    doc.add_paragraph("Arbetslivserfarenhet", style="Heading 1")
    t = doc.add_table(rows=0, cols=2)
    for when, what, bullets in [
        ("2022 – nu", "MLOps Engineer, Nordlys Telematics AB, Göteborg",
         ["Kubernetes-based training and serving platform (Kubeflow, Seldon)",
          "Drift monitoring and automatic retraining for 40 models (ETA, fuel, driver scoring)",
          "Cut GPU spend 30% with spot scheduling"]),
        ("2019 – 2022", "Backend Developer, Klarström Logistik AB, Mölndal",
         ["Route-planning APIs in Go; event streaming with Kafka"]),
        ("2017 – 2019", "Systemutvecklare, Consid AB, Göteborg",
         ["Consultant: Python and .NET for public-sector clients"]),
    ]:
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(3.2), Cm(13.8)
        c[0].paragraphs[0].add_run(when).italic = True
        c[1].paragraphs[0].add_run(what).bold = True
        for b in bullets:
            c[1].add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Utbildning", style="Heading 1")
    t = doc.add_table(rows=0, cols=2)
    for when, what in [("2014 – 2017", "Kandidatexamen i datavetenskap, Chalmers tekniska högskola"),
                       ("2023", "Course: Machine Learning Engineering for Production (MLOps), DeepLearning.AI")]:
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(3.2), Cm(13.8)
        c[0].paragraphs[0].add_run(when).italic = True
        c[1].paragraphs[0].add_run(what)
    doc.add_paragraph("Kompetenser", style="Heading 1")
    doc.add_paragraph("Python, Go, SQL · Kubernetes, Terraform, Argo · PyTorch, scikit-learn, MLflow · GCP, AWS")
    doc.add_paragraph("Språk", style="Heading 1")
    doc.add_paragraph("Svenska (modersmål), engelska (flytande), tyska (grundläggande)")
    doc.add_paragraph("Referenser", style="Heading 1")
    doc.add_paragraph("Lämnas på begäran.")
    doc.save(path)


# ---------------------------------------------------------------- 3 Vietnam, Google Docs export
def pham(path):
    doc = Document()
    _core(doc, "", "Phạm Thu Hằng - Resume")
    st = doc.styles["Normal"]
    st.font.name = "Open Sans"
    st.font.size = Pt(9.5)
    for s in doc.sections:
        s.page_height, s.page_width = Mm(279.4), Mm(215.9)
        s.left_margin = s.right_margin = Cm(2.0)
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(10.5), Cm(7)
    p = left.paragraphs[0]
    p.style = doc.styles["Title"]
    p.add_run("Phạm Thu Hằng")
    sub = left.add_paragraph("Data Analyst · Business Intelligence", style="Subtitle")
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rp.add_run("45 Nguyễn Thị Minh Khai, Quận 1\nTP. Hồ Chí Minh, Việt Nam\n(+84) 90 318 2257\nhang.pham.da@example.vn")
    doc.add_paragraph("SKILLS", style="Heading 1")
    doc.add_paragraph("SQL (BigQuery, PostgreSQL), Python (pandas, statsmodels), Tableau, Looker Studio, A/B testing, demand forecasting. "
                      "Vietnamese (native), English (IELTS 7.5).")
    doc.add_paragraph("EXPERIENCE", style="Heading 1")
    doc.add_paragraph("Sài Gòn Fresh Mart, Senior Data Analyst", style="Heading 2")
    doc.add_paragraph("MAR 2022 - PRESENT", style="Heading 3")
    doc.add_paragraph("Weekly demand forecasts for 180 grocery stores; noticed forecast error doubling after each Tết holiday and "
                      "proposed a seasonal retraining calendar now used by the supply-chain team.")
    doc.add_paragraph("Tiki Corporation, Data Analyst", style="Heading 2")
    doc.add_paragraph("JUL 2019 - FEB 2022", style="Heading 3")
    doc.add_paragraph("Seller performance dashboards; pricing experiments for electronics category (+4.1% GMV).")
    doc.add_paragraph("KPMG Vietnam, Audit Associate", style="Heading 2")
    doc.add_paragraph("SEP 2017 - JUN 2019", style="Heading 3")
    doc.add_paragraph("Data analytics for audit sampling in retail and FMCG clients.")
    doc.add_paragraph("EDUCATION", style="Heading 1")
    doc.add_paragraph("Foreign Trade University, Ho Chi Minh City Campus", style="Heading 2")
    doc.add_paragraph("2013 - 2017", style="Heading 3")
    doc.add_paragraph("Bachelor of Economics, International Business Economics (High Distinction)")
    doc.add_paragraph("AWARDS", style="Heading 1")
    doc.add_paragraph("Winner, Shopee Code League 2021 – Data Analytics track (team of 3)")
    doc.save(path)


# ---------------------------------------------------------------- 4 Egypt
def elsayed(path):
    doc = Document()
    _core(doc, "Mohamed", "CV")
    for s in doc.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        hp = s.header.paragraphs[0]
        hp.text = "Curriculum Vitae"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Mohamed Abdelrahman El-Sayed", style="Title")
    doc.add_paragraph("Software Engineer – Computer Vision & Arabic OCR", style="Subtitle")
    doc.add_paragraph("Nasr City, Cairo, Egypt  •  Mobile: +20 100 234 5678  •  Email: m.abdelrahman.elsayed@example.com.eg")
    doc.add_paragraph("Personal Information", style="Heading 1")
    _kv_table(doc, [("Date of Birth", "17 / 09 / 1993"), ("Nationality", "Egyptian"), ("Military Status", "Completed (2016 – 2017)"),
                    ("Marital Status", "Married"), ("Driving License", "Yes")])
    doc.add_paragraph("Objective", style="Heading 1")
    doc.add_paragraph("Seeking a research fellowship to improve how Arabic OCR models are retrained as new document types and fonts "
                      "appear, building on five years of production OCR work.")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("B.Sc. Computer Engineering, Faculty of Engineering, Ain Shams University (2011 – 2016)", style="List Bullet")
    doc.add_paragraph("Grade: Very Good with Honours. Graduation project: Handwritten Arabic text recognition (Excellent).", style="List Bullet 2")
    doc.add_paragraph("Pre-Master's courses in Machine Learning, Cairo University, Faculty of Computers and AI (2020)", style="List Bullet")
    doc.add_paragraph("Work Experience", style="Heading 1")
    doc.add_paragraph("Senior Computer Vision Engineer — Nile Documents AI, Smart Village, Giza (Jan 2021 – Present)", style="Heading 2")
    _bullets(doc, ["Arabic/English OCR for bank and government forms (CRNN, TrOCR), 1.5M pages/month.",
                   "Built synthetic data generation for new fonts; retraining cycle reduced from 6 weeks to 9 days.",
                   "Technical lead for a team of 4."])
    doc.add_paragraph("Software Engineer — Valeo Egypt, Cairo (Aug 2017 – Dec 2020)", style="Heading 2")
    _bullets(doc, ["C++ / Python for automotive camera perception tests.", "Dataset tooling and labelling QA."])
    doc.add_paragraph("Courses & Certificates", style="Heading 1")
    _bullets(doc, ["ITI 9-month Professional Training Program – AI track (2020)", "Deep Learning Specialization – Coursera (2019)",
                   "CCNA (2016)"])
    doc.add_paragraph("Skills", style="Heading 1")
    _bullets(doc, ["Python, C++, PyTorch, OpenCV, ONNX, TensorRT", "Docker, FastAPI, PostgreSQL, Git",
                   "Languages: Arabic (native), English (very good), German (basic)"])
    doc.add_paragraph("References", style="Heading 1")
    doc.add_paragraph("Available upon request.")
    doc.save(path)


# ---------------------------------------------------------------- 5 Poland, academic
def kowalczyk(path):
    doc = Document()
    _core(doc, "Agnieszka Kowalczyk-Nowak", "Curriculum Vitae")
    for s in doc.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        hp = s.header.paragraphs[0]
        hp.text = "Agnieszka Kowalczyk-Nowak — Curriculum Vitae"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fld = parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        fp._p.append(fld)
    p = doc.add_paragraph("CURRICULUM VITAE", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(style="Subtitle")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("dr inż. Agnieszka Kowalczyk-Nowak")
    p = doc.add_paragraph("Assistant Professor (adiunkt), Faculty of Electronics, Telecommunications and Informatics, Gdańsk University of Technology\n"
                          "ul. Gabriela Narutowicza 11/12, 80-233 Gdańsk, Poland\n"
                          "e-mail: agnieszka.kowalczyk-nowak@example.edu.pl   tel. +48 58 347 10 00\n"
                          "ORCID: 0000-0001-5109-3700   Google Scholar: A. Kowalczyk-Nowak")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("1. Education and degrees", style="Heading 1")
    _kv_table(doc, [("2016", "PhD (doktor nauk technicznych) in Computer Science, Gdańsk University of Technology. "
                             "Thesis: “Incremental learning of classifiers for non-stationary sensor streams”. Supervisor: prof. dr hab. inż. Tomasz Wiśniewski"),
                    ("2011", "MSc Eng. (magister inżynier) in Automatic Control and Robotics, Gdańsk University of Technology"),
                    ("2010", "Erasmus exchange, KU Leuven, Belgium")], widths=(Cm(2.5), Cm(14)), bold_keys=False)
    doc.add_paragraph("2. Employment", style="Heading 1")
    _kv_table(doc, [("2017 – now", "Assistant Professor, Department of Intelligent Interactive Systems, Gdańsk University of Technology"),
                    ("2016 – 2017", "Postdoctoral researcher, Jožef Stefan Institute, Ljubljana, Slovenia (host: dr Marko Kranjc)"),
                    ("2011 – 2016", "Research assistant, Gdańsk University of Technology")], widths=(Cm(2.5), Cm(14)), bold_keys=False)
    doc.add_paragraph("3. Research projects", style="Heading 1")
    _bullets(doc, ["2022–2025: PI, NCN SONATA 17, “Forgetting-aware retraining of deep models for industrial monitoring” (PLN 1.1 M)",
                   "2019–2021: investigator, NCBR project with Energa S.A., fault detection in power distribution",
                   "2018: PI, Gdańsk Tech “Argentum” internal grant"], style="List Number")
    doc.add_paragraph("4. Selected publications (last 5 years)", style="Heading 1")
    _bullets(doc, [
        "Kowalczyk-Nowak A., Wiśniewski T., Zielińska M., “Rehearsal-free continual learning for vibration diagnostics”, "
        "Engineering Applications of Artificial Intelligence, vol. 126, 2023 (IF 8.0, 140 pts).",
        "Lewandowski P., Kowalczyk-Nowak A., “When does fine-tuning forget? A study on industrial time series”, "
        "Proc. IJCNN 2022, Padua, Italy.",
        "Kowalczyk-Nowak A., Kranjc M., “Drift-aware sampling for sensor data streams”, Knowledge-Based Systems, vol. 214, 2021.",
        "Zielińska M., Kowalczyk-Nowak A., Nowicki R., “Benchmarking concept drift detectors on SCADA data”, "
        "Sensors 21(7), 2021.",
    ], style="List Number")
    doc.add_paragraph("5. Teaching and supervision", style="Heading 1")
    doc.add_paragraph("Courses: Machine Learning, Data Mining, Python for Engineers (≈ 240 h/year). "
                      "Supervised 2 PhD students (1 completed, 2024), 23 MSc and 31 BSc theses.")
    doc.add_paragraph("6. Awards", style="Heading 1")
    _bullets(doc, ["Rector's Award for scientific achievements, 2020 and 2023",
                   "START scholarship, Foundation for Polish Science (FNP), 2015"])
    doc.add_paragraph("7. Languages", style="Heading 1")
    doc.add_paragraph("Polish (native), English (C1, CAE), German (B1), Slovenian (A2)")
    p = doc.add_paragraph("\nI consent to the processing of my personal data for the purposes of the grant application procedure "
                          "in accordance with Regulation (EU) 2016/679 (GDPR).")
    p.runs[0].font.size = Pt(8)
    doc.save(path)


# ---------------------------------------------------------------- 6 anonymised Word CV
def anon(path):
    doc = Document()
    _core(doc, "", "CV")
    doc.add_paragraph("Curriculum Vitae", style="Title")
    doc.add_paragraph("Anonymised version for blind review — Candidate no. 2026-117", style="Subtitle")
    p = doc.add_paragraph("In line with the call's blind-review rules, my name, photo, age and nationality are omitted. "
                          "Please contact me through the relay address: candidate-2026-117@blindreview.example.org")
    p.runs[0].italic = True
    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph("Epidemiologist turned data scientist (6 years). I build hospital-admission forecasts for a regional health "
                      "authority in Latin America and maintain their retraining after each epidemic wave.")
    doc.add_paragraph("Experience", style="Heading 1")
    doc.add_paragraph("2021 – present  Data Scientist, regional health authority", style="Heading 2")
    _bullets(doc, ["Admission and ICU-occupancy forecasts for 48 hospitals (hierarchical Bayesian models, Prophet, LightGBM)",
                   "Retraining protocol after dengue and COVID-19 waves; published internal guidelines"])
    doc.add_paragraph("2018 – 2021  Field Epidemiologist, national public health institute", style="Heading 2")
    _bullets(doc, ["Outbreak investigations; surveillance data cleaning in R"])
    doc.add_paragraph("Education", style="Heading 1")
    _bullets(doc, ["MSc Epidemiology (2018)", "MD (2014)", "Graduate certificate in Data Science (2021)"])
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("R, Python, Stan, SQL, Shiny, Git. Languages: Spanish (native), English (C1), Portuguese (B2).")
    doc.add_paragraph("Publications", style="Heading 1")
    doc.add_paragraph("Three peer-reviewed papers on forecasting hospital demand (author names withheld for blind review; "
                      "list available on request from the programme office).")
    doc.save(path)


ALL = {
    "nwachukwu-word-referees.docx": nwachukwu,
    "lindqvist-word-textbox.docx": lindqvist,
    "pham-gdocs-export.docx": pham,
    "elsayed-word-egypt.docx": elsayed,
    "kowalczyk-nowak-word-academic.docx": kowalczyk,
    "anon-2026-117-word.docx": anon,
}

"""Word documents of heldout12, written with python-docx using Word's built-in styles.
All people, organisations, phone numbers and addresses are invented (.example domains)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    tblPr.append(borders)


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def _bullets(doc_or_cell, items, style="List Bullet"):
    for it in items:
        doc_or_cell.add_paragraph(it, style=style)


def _props(doc, title, author):
    doc.core_properties.title = title
    doc.core_properties.author = author


# ---------------------------------------------------------------------------
def nwachukwu(path):
    d = Document()
    _props(d, "CV", "Emeka")
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.2)
    t = d.add_paragraph("Chukwuemeka Daniel Nwachukwu", style="Title")
    d.add_paragraph("Plot 14, Admiralty Way, Lekki Phase 1, Lagos, Nigeria  |  +234 803 555 0147  |  "
                    "emeka.nwachukwu@mail.example")
    d.add_heading("Career Objective", level=1)
    d.add_paragraph(
        "A result-oriented data analyst with five years of experience in banking and microfinance analytics, "
        "seeking to retrain in machine learning engineering so as to build credit-scoring models that serve "
        "the unbanked population of West Africa.")
    d.add_heading("Education", level=1)
    d.add_paragraph("B.Sc. Statistics (Second Class Upper Division) — University of Nigeria, Nsukka, 2017")
    d.add_paragraph("West African Senior School Certificate (WASSCE) — Federal Government College, Enugu, 2011")
    d.add_heading("Work Experience", level=1)
    p = d.add_paragraph()
    p.add_run("Data Analyst, Zenkora Microfinance Bank Ltd., Lagos").bold = True
    p.add_run("\nMarch 2021 – Date")
    _bullets(d, [
        "Build monthly loan-portfolio dashboards in Power BI for the Managing Director and the Risk Committee.",
        "Wrote SQL and Python scripts that cut the end-of-month reconciliation from three days to four hours.",
        "Assisted in the rollout of a logistic-regression credit score for SME loans (Gini 0.41).",
    ])
    p = d.add_paragraph()
    p.add_run("Management Information Systems Officer, Trustline Savings & Loans, Enugu").bold = True
    p.add_run("\nJanuary 2019 – February 2021")
    _bullets(d, [
        "Produced CBN regulatory returns and branch performance reports.",
        "Trained 22 branch staff on Excel pivot tables and data-entry standards.",
    ])
    p = d.add_paragraph()
    p.add_run("National Youth Service Corps (NYSC), Mathematics Teacher, Government Secondary School, Gombe").bold = True
    p.add_run("\n2018 – 2019")
    d.add_heading("Skills", level=1)
    _bullets(d, ["Python (pandas, scikit-learn), SQL (PostgreSQL, MS SQL Server)",
                 "Power BI, Excel (advanced), SPSS", "Good communication and interpersonal skills"])
    d.add_heading("Certifications", level=1)
    _bullets(d, ["Google Data Analytics Professional Certificate (2022)",
                 "Microsoft Certified: Power BI Data Analyst Associate (2023)"])
    d.add_heading("Personal Data", level=1)
    tbl = d.add_table(rows=0, cols=2)
    for k, v in [("Date of Birth:", "12th August, 1994"), ("Sex:", "Male"), ("State of Origin:", "Anambra State"),
                 ("L.G.A.:", "Nnewi North"), ("Marital Status:", "Single"), ("Nationality:", "Nigerian")]:
        r = tbl.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("Hobbies", level=1)
    d.add_paragraph("Reading, chess, football and travelling.")
    d.add_heading("Referees", level=1)
    d.add_paragraph("Dr. (Mrs.) Ngozi C. Eze\nSenior Lecturer, Department of Statistics\nUniversity of Nigeria, Nsukka\n"
                    "ngozi.eze@unn-stats.example  |  +234 806 555 0192")
    d.add_paragraph("Engr. Tunde Bakare\nHead of Operations, Zenkora Microfinance Bank Ltd.\n"
                    "t.bakare@zenkora-mfb.example  |  +234 802 555 0133")
    d.save(path)


# ---------------------------------------------------------------------------
def le_table(path):
    d = Document()
    _props(d, "Resume", "Phuc Le")
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = Cm(1.5)
    tbl = d.add_table(rows=1, cols=2)
    _no_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = tbl.rows[0].cells
    left.width, right.width = Cm(6), Cm(12)
    _shade(left, "EAF1F8")
    left.paragraphs[0].text = ""
    left.add_paragraph("CONTACT", style="Heading 2")
    left.add_paragraph("phuc.lehoang@mail.example")
    left.add_paragraph("(+84) 90 555 3172")
    left.add_paragraph("District 7, Ho Chi Minh City, Vietnam")
    left.add_paragraph("github.com/phuclh-dev")
    left.add_paragraph("SKILLS", style="Heading 2")
    _bullets(left, ["Go, Java, Python", "PostgreSQL, Redis, Kafka", "Docker, Kubernetes, GCP",
                    "PyTorch (learning)", "System design"])
    left.add_paragraph("LANGUAGES", style="Heading 2")
    left.add_paragraph("Vietnamese — native\nEnglish — IELTS 7.5\nJapanese — JLPT N3")
    left.add_paragraph("CERTIFICATES", style="Heading 2")
    left.add_paragraph("AWS Certified Developer – Associate (2023)\nDeepLearning.AI Machine Learning Specialization (2025)")

    right.paragraphs[0].text = ""
    right.add_paragraph("Lê Hoàng Phúc", style="Title")
    p = right.add_paragraph("Backend Engineer  •  6 years")
    p.runs[0].font.color.rgb = RGBColor(0x2E, 0x5C, 0x8A)
    p.runs[0].font.size = Pt(13)
    right.add_paragraph("SUMMARY", style="Heading 2")
    right.add_paragraph(
        "Backend engineer working on payment and e-wallet systems with high traffic (30k TPS at peak). "
        "I want to move into ML platform engineering: serving, feature stores and model monitoring.")
    right.add_paragraph("EXPERIENCE", style="Heading 2")
    for head, when, items in [
        ("Senior Backend Engineer — VinaPay Technology JSC", "05/2022 – present",
         ["Own the transaction-ledger service (Go, PostgreSQL, Kafka).",
          "Built fraud-rule engine feeding features to the data science team's XGBoost model.",
          "Mentor 3 junior engineers; lead weekly design review."]),
        ("Backend Engineer — Sao Mai Software", "07/2019 – 04/2022",
         ["Java/Spring microservices for logistics clients in Japan (offshore team).",
          "Reduced p99 latency of shipment-tracking API from 900 ms to 180 ms."]),
        ("Intern — FPT Software", "01/2019 – 06/2019", ["Automated regression tests with Selenium."]),
    ]:
        p = right.add_paragraph()
        p.add_run(head).bold = True
        p.add_run("\n" + when).italic = True
        _bullets(right, items)
    right.add_paragraph("EDUCATION", style="Heading 2")
    right.add_paragraph("Engineer's degree in Computer Science — Ho Chi Minh City University of Technology (2014 – 2019)\nGPA 8.1/10")
    right.add_paragraph("PROJECTS", style="Heading 2")
    right.add_paragraph("vn-address-parser — open-source CRF/BiLSTM parser for Vietnamese addresses (400★ on GitHub).")
    d.add_paragraph()  # Word always keeps a paragraph after a closing table
    d.save(path)


# ---------------------------------------------------------------------------
_TEXTBOX = """
<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>
  <wp:extent cx="7560000" cy="1620000"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:wrapTopAndBottom/>
  <wp:docPr id="10" name="Text Box 10"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic>
   <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
    <wps:wsp>
     <wps:cNvSpPr txBox="1"/>
     <wps:spPr>
      <a:xfrm><a:off x="0" y="0"/><a:ext cx="7560000" cy="1620000"/></a:xfrm>
      <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
      <a:solidFill><a:srgbClr val="1F3B4D"/></a:solidFill>
      <a:ln><a:noFill/></a:ln>
     </wps:spPr>
     <wps:txbx>
      <w:txbxContent>
       <w:p><w:pPr><w:spacing w:after="0"/><w:ind w:left="720"/></w:pPr>
        <w:r><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="FFFFFF"/><w:sz w:val="56"/></w:rPr>
         <w:t>Ingrid Sæther Haugland</w:t></w:r></w:p>
       <w:p><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>
        <w:r><w:rPr><w:color w:val="9FD3E0"/><w:sz w:val="26"/></w:rPr>
         <w:t>Geoscientist → Data Scientist</w:t></w:r></w:p>
       <w:p><w:pPr><w:ind w:left="720"/></w:pPr>
        <w:r><w:rPr><w:color w:val="FFFFFF"/><w:sz w:val="19"/></w:rPr>
         <w:t xml:space="preserve">Stavanger, Norway  ·  +47 415 55 208  ·  ingrid.haugland@online.example  ·  linkedin.com/in/ingridsh</w:t></w:r></w:p>
      </w:txbxContent>
     </wps:txbx>
     <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="320040" rIns="91440" bIns="45720" anchor="t"/>
    </wps:wsp>
   </a:graphicData>
  </a:graphic>
 </wp:anchor>
</w:drawing>
"""


def haugland_textbox(path):
    d = Document()
    _props(d, "CV Ingrid", "Ingrid S. Haugland")
    s = d.sections[0]
    s.top_margin = Cm(1.2)
    p = d.add_paragraph()
    run = p.add_run()
    run._r.append(parse_xml(_TEXTBOX))
    d.add_heading("Profile", level=1)
    d.add_paragraph(
        "Petroleum geoscientist with nine years of seismic interpretation and reservoir modelling on the Norwegian "
        "Continental Shelf. Since 2023 I have moved step by step into data science: I built the team's Python "
        "tooling for well-log quality control and completed an MSc module in machine learning. I am applying "
        "for the retraining grant to finish a full transition into applied ML for the energy transition "
        "(CO2 storage monitoring, offshore wind).")
    d.add_heading("Experience", level=1)
    for head, items in [
        ("Senior Geoscientist — Nordhav Energi ASA, Stavanger (2019 – present)",
         ["Interpreted 3D seismic for four field developments; lead interpreter on CO2-storage licence EXL-0xx.",
          "Wrote a Python package (pandas, lasio, scikit-learn) for automatic well-log outlier detection, now used by 40 colleagues.",
          "Prototype CNN for fault detection on seismic cubes (PyTorch) together with the digital team."]),
        ("Geoscientist — Kystgeo AS, Bergen (2015 – 2019)",
         ["Reservoir characterisation and volumetrics; Petrel, Python scripting."]),
    ]:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        _bullets(d, items)
    d.add_heading("Education", level=1)
    _bullets(d, ["MSc Petroleum Geosciences, Norwegian University of Science and Technology (NTNU), 2015",
                 "BSc Geology, University of Bergen, 2013",
                 "Continuing education: Machine Learning (15 ECTS), University of Stavanger, 2024"])
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python, SQL, PyTorch, scikit-learn, Git, Azure ML (basic), Petrel, Power BI")
    d.add_heading("Languages", level=1)
    d.add_paragraph("Norwegian (native), English (fluent), Swedish (good)")
    d.add_heading("References", level=1)
    d.add_paragraph("Available on request.")
    d.save(path)


# ---------------------------------------------------------------------------
def wisniewska_academic(path):
    d = Document()
    _props(d, "Curriculum Vitae", "MWZ")
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.5)
    d.add_paragraph("Curriculum Vitae", style="Title")
    d.add_paragraph("Małgorzata Wiśniewska-Zając", style="Subtitle")
    d.add_paragraph("Institute of Theoretical Physics, ul. Łojasiewicza 11, 30-348 Kraków, Poland\n"
                    "E-mail: gosia.wz@uj-physics.example    Tel.: +48 12 555 47 19\n"
                    "ORCID: 0000-0002-5555-0193")
    d.add_heading("Current position", level=1)
    d.add_paragraph("2022 – present  Assistant Professor (adiunkt), Department of Computational Physics")
    d.add_heading("Education", level=1)
    d.add_paragraph("2016 – 2020  PhD in Physics, thesis: “Tensor-network methods for frustrated quantum magnets”\n"
                    "              Supervisor: prof. dr hab. Andrzej Kołodziej")
    d.add_paragraph("2011 – 2016  MSc in Physics (with distinction)")
    d.add_heading("Research stays", level=1)
    d.add_paragraph("2020 – 2022  Postdoctoral researcher, Quantum Simulation Group (host: Dr. Sophie Lambert), Grenoble, France")
    d.add_heading("Grants", level=1)
    _bullets(d, ["2023 – 2026  PI, national SONATA-type grant “Neural quantum states for 2D lattice models” (PLN 1.1 M)",
                 "2019  Doctoral scholarship, 12 months"])
    d.add_heading("Selected publications", level=1)
    for ref in [
        "M. Wiśniewska-Zając, P. Nowak, S. Lambert, Neural-network quantum states beyond the stoquastic regime, Phys. Rev. B 108, 0xxxx (2023).",
        "T. Brenner, M. Wiśniewska-Zając, Variational transformers for spin liquids, arXiv:2405.0xxxx (2024).",
        "M. Wiśniewska-Zając, A. Kołodziej, Corner transfer matrices on the kagome lattice, New J. Phys. 22, 0xxxx (2020).",
        "J. Ferreira, H. Okafor, M. Wiśniewska-Zając, D. Chen, Benchmarking GPU tensor contractions, Comput. Phys. Commun. 290 (2023).",
    ]:
        d.add_paragraph(ref, style="List Number")
    d.add_heading("Teaching", level=1)
    d.add_paragraph("Numerical Methods (lecture, 60 h/yr), Introduction to Machine Learning for Physicists (lab, 30 h/yr).")
    d.add_heading("Motivation for retraining", level=1)
    d.add_paragraph("I would like to use the grant for a 9-month industrial placement in ML engineering (MLOps, "
                    "large-scale training), to bring production-grade practice back into my group.")
    d.add_heading("Referees", level=1)
    d.add_paragraph("Prof. Andrzej Kołodziej — Institute of Theoretical Physics, Kraków — a.kolodziej@uj-physics.example")
    d.add_paragraph("Dr. Sophie Lambert — Laboratoire de Physique Quantique, Grenoble — sophie.lambert@lab-grenoble.example")
    d.add_paragraph("Kraków, 28 November 2026")
    d.save(path)


# ---------------------------------------------------------------------------
def lakshmipriya(path):
    d = Document()
    _props(d, "RESUME", "user")
    p = d.add_paragraph()
    r = p.add_run("RESUME")
    r.bold, r.underline, r.font.size = True, True, Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("K. Lakshmi Priya")
    r.bold, r.font.size = True, Pt(13)
    d.add_paragraph("E-mail: lakshmipriya.k2003@mail.example\nMobile: +91 94440 55 218\n"
                    "No. 7/12, Gandhi Street, West Mambalam, Chennai – 600 033")
    d.add_heading("CAREER OBJECTIVE", level=2)
    d.add_paragraph("To obtain a challenging position in the field of Data Science and Machine Learning where I can "
                    "utilize my skills and knowledge for the growth of the organization as well as myself.")
    d.add_heading("EDUCATIONAL QUALIFICATION", level=2)
    tbl = d.add_table(rows=1, cols=4, style="Table Grid")
    for c, h in zip(tbl.rows[0].cells, ["Course", "Institution", "Year of Passing", "Percentage / CGPA"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in [("B.E. (Computer Science and Engineering)", "Sri Venkateswara Institute of Engineering, Chennai (Anna University)", "2025", "8.42 CGPA"),
                ("HSC (XII)", "Kendriya Vidyalaya, Ashok Nagar", "2021", "91.6 %"),
                ("SSLC (X)", "Kendriya Vidyalaya, Ashok Nagar", "2019", "94.2 %")]:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("TECHNICAL SKILLS", level=2)
    _bullets(d, ["Programming Languages : Python, C, Java", "Database : MySQL",
                 "Libraries : NumPy, Pandas, Matplotlib, Scikit-learn, TensorFlow (basic)",
                 "Tools : Jupyter Notebook, VS Code, Git, Tableau Public"])
    d.add_heading("ACADEMIC PROJECTS", level=2)
    _bullets(d, ["Crop Disease Detection using CNN — Final year project, achieved 93% accuracy on PlantVillage dataset.",
                 "Student Placement Prediction using Logistic Regression and Random Forest (mini project).",
                 "Tamil handwritten character recognition (team of 3)."])
    d.add_heading("INTERNSHIP", level=2)
    d.add_paragraph("Data Analytics Intern, Kavya InfoSolutions Pvt. Ltd., Chennai (June 2024 – July 2024)")
    d.add_heading("CO-CURRICULAR ACTIVITIES", level=2)
    _bullets(d, ["Participated in Smart India Hackathon 2024 (internal round winner).",
                 "Completed NPTEL course “Introduction to Machine Learning” (Elite certificate).",
                 "Class representative in 3rd year."])
    d.add_heading("PERSONAL DETAILS", level=2)
    tbl = d.add_table(rows=0, cols=2)
    for k, v in [("Father's Name", ": K. Ramesh Babu"), ("Date of Birth", ": 03-02-2003"), ("Gender", ": Female"),
                 ("Nationality", ": Indian"), ("Languages Known", ": Tamil, English, Telugu, Hindi"),
                 ("Hobbies", ": Carnatic music, drawing")]:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_heading("DECLARATION", level=2)
    d.add_paragraph("I hereby declare that the above furnished information is true to the best of my knowledge and belief.")
    d.add_paragraph("Place : Chennai\nDate  : 01-12-2026")
    p = d.add_paragraph("(K. LAKSHMI PRIYA)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


# ---------------------------------------------------------------------------
def anon_blind(path):
    d = Document()
    _props(d, "Anonymised CV", "Grant Office")
    d.add_paragraph("Anonymised CV", style="Title")
    d.add_paragraph("Candidate reference: 26-MLR-0417")
    p = d.add_paragraph("In line with the programme's fair-recruitment policy the applicant's name, photograph, date of "
                        "birth and personal contact details have been removed from this document before review. "
                        "Correspondence for this candidate: ref-0417@applications.retrain-grant.example")
    p.runs[0].italic = True
    d.add_heading("Personal statement", level=1)
    d.add_paragraph("Chemical engineer with seven years in process control at a specialty-chemicals plant. I have "
                    "built soft sensors and anomaly-detection models for distillation columns and want to retrain "
                    "formally as a machine-learning engineer for industrial time series.")
    d.add_heading("Employment", level=1)
    tbl = d.add_table(rows=0, cols=2)
    for when, what in [("2021 – present", "Process Control Engineer, specialty-chemicals manufacturer (≈400 staff), North-West England\n"
                                          "Advanced process control, soft-sensor development in Python, OSIsoft PI data."),
                       ("2018 – 2021", "Graduate Process Engineer, water utility\nTelemetry analysis, pump-scheduling optimisation."),
                       ("2017", "Summer placement, pharmaceutical manufacturer")]:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = when, what
    d.add_heading("Education and training", level=1)
    _bullets(d, ["MEng Chemical Engineering, 2:1 (2018)",
                 "Professional Certificate in Machine Learning and AI, online (2024)",
                 "Chartered Engineer (IChemE), 2023"])
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python (pandas, statsmodels, scikit-learn, PyTorch), MATLAB, SQL, Aspen HYSYS, DeltaV, Git.")
    d.add_heading("Interests", level=1)
    d.add_paragraph("Fell running, STEM ambassador in local schools.")
    d.save(path)


BUILDERS = {
    "nwachukwu-word-referees.docx": nwachukwu,
    "le-word-table.docx": le_table,
    "haugland-word-textbox.docx": haugland_textbox,
    "wisniewska-word-academic.docx": wisniewska_academic,
    "lakshmipriya-word-fresher.docx": lakshmipriya,
    "anon-word-blind.docx": anon_blind,
}

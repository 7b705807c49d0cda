"""Word documents of heldout16, written with python-docx using Word's built-in styles.

All people, employers, addresses and e-mail addresses are invented.
"""
import struct
import zlib
from io import BytesIO

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def photo_png(w=180, h=220):
    """A neutral placeholder portrait (grey head-and-shoulders silhouette) as PNG bytes."""
    rows = []
    cx, cy, r = w / 2, h * 0.38, w * 0.22
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            body = y > h * 0.62 and ((x - cx) / (w * 0.45)) ** 2 + ((y - h) / (h * 0.36)) ** 2 <= 1
            v = 120 if (head or body) else 218
            row += bytes([v, v + 8 if v < 240 else v, v + 14 if v < 240 else v])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def bullet(doc, text):
    return doc.add_paragraph(text, style="List Bullet")


def margins(doc, cm=2.0):
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(cm)
        s.top_margin = s.bottom_margin = Cm(cm * 0.9)


# ---------------------------------------------------------------- 1 Okafor
def okafor(path):
    doc = Document()
    margins(doc, 2.2)
    doc.core_properties.author = "Chukwuemeka Okafor"
    doc.core_properties.title = "CV"
    doc.add_paragraph("Chukwuemeka Okafor", style="Title")
    doc.add_paragraph("12 Adebayo Doherty Street, Lekki Phase 1, Lagos, Nigeria  |  +234 803 555 0142  |  "
                      "chukwuemeka.okafor@example.ng  |  github.com/cokafor-dev")
    doc.add_paragraph("Professional Summary", style="Heading 1")
    doc.add_paragraph(
        "Backend software engineer with 7 years' experience building payment and lending systems in Python and Go. "
        "Led the migration of a credit-scoring service from batch SQL to a streaming pipeline, and now want to "
        "retrain as a machine-learning engineer focusing on fraud detection for African fintech.")
    doc.add_paragraph("Core Skills", style="Heading 1")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    cells = [["Python, Go, SQL", "PostgreSQL, Kafka, Redis", "Docker, Kubernetes, AWS"],
             ["REST & gRPC APIs", "Payment gateways (ISO 8583)", "CI/CD (GitLab, GitHub Actions)"],
             ["scikit-learn (self-taught)", "Pandas, NumPy", "Agile / Scrum"]]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("Work Experience", style="Heading 1")
    p = doc.add_paragraph()
    p.add_run("Senior Backend Engineer — Fintrail Payments Ltd, Lagos").bold = True
    p.add_run("\nMarch 2021 – Present")
    for b in ["Own the transaction-monitoring service handling ~1.8M transactions per day.",
              "Designed rules engine for fraud flags; reduced false positives by 23% with a logistic-regression re-ranker.",
              "Mentor four junior engineers; run the weekly architecture review."]:
        bullet(doc, b)
    p = doc.add_paragraph()
    p.add_run("Software Engineer — Kudiwise Microfinance Bank, Abuja").bold = True
    p.add_run("\nJune 2018 – February 2021")
    for b in ["Built loan origination APIs in Django used by 140 branch officers.",
              "Automated end-of-day reconciliation, saving 6 staff-hours per day."]:
        bullet(doc, b)
    p = doc.add_paragraph()
    p.add_run("NYSC Corps Member / IT Support — Federal Medical Centre, Owerri").bold = True
    p.add_run("\n2017 – 2018")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("B.Eng. Electronic Engineering (Second Class Upper), University of Nigeria, Nsukka — 2016")
    doc.add_paragraph("Certifications", style="Heading 1")
    bullet(doc, "AWS Certified Developer – Associate (2022)")
    bullet(doc, "DeepLearning.AI Machine Learning Specialization (Coursera, 2024)")
    doc.add_paragraph("Personal Data", style="Heading 1")
    doc.add_paragraph("Date of Birth: 4th September 1993\nState of Origin: Anambra\nNationality: Nigerian\n"
                      "Sex: Male\nMarital Status: Married")
    doc.add_paragraph("Referees", style="Heading 1")
    doc.add_paragraph("Engr. Babatunde Adewale\nHead of Engineering, Fintrail Payments Ltd, Lagos\n"
                      "b.adewale@fintrail.example.ng  |  +234 802 555 0190")
    doc.add_paragraph("Dr. (Mrs.) Ifeoma Nwachukwu\nSenior Lecturer, Department of Electronic Engineering, "
                      "University of Nigeria, Nsukka\nifeoma.nwachukwu@unn.example.edu.ng")
    doc.save(path)


# ---------------------------------------------------------------- 2 Nguyen
def nguyen(path):
    doc = Document()
    margins(doc, 1.8)
    doc.core_properties.author = "HaNguyen"
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.width, right.width = Cm(10.5), Cm(7)
    p = left.paragraphs[0]
    r = p.add_run("Nguyễn Thị Thu Hà")
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p2 = left.add_paragraph()
    r = p2.add_run("DATA ANALYST")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    r.bold = True
    for line in ["Phường Thảo Điền, TP. Thủ Đức, TP. Hồ Chí Minh", "(+84) 908 555 271",
                 "thuha.nguyen@example.vn", "linkedin.com/in/thuha-nguyen-data"]:
        q = right.add_paragraph(line) if right.paragraphs[0].text else right.paragraphs[0]
        if not q.text:
            q.add_run(line)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Objective", style="Heading 1")
    doc.add_paragraph(
        "Data analyst with 4 years in e-commerce and logistics. Comfortable with SQL, Python and Power BI; "
        "looking to move into demand forecasting with machine learning.")
    doc.add_paragraph("Experience", style="Heading 1")
    doc.add_paragraph("Data Analyst · Giao Nhanh Logistics JSC", style="Heading 2")
    doc.add_paragraph("01/2022 – present · Ho Chi Minh City")
    for b in ["Built daily delivery-delay dashboards in Power BI for 30+ hub managers.",
              "Forecast parcel volume per hub with Prophet; MAPE 11% over Tết peak season.",
              "Wrote dbt models on BigQuery replacing 40 manual Excel reports."]:
        bullet(doc, b)
    doc.add_paragraph("Business Intelligence Intern · Chợ Tốt Online (Shopmart VN)", style="Heading 2")
    doc.add_paragraph("06/2020 – 12/2021 · Ho Chi Minh City")
    bullet(doc, "Cleaned seller data, A/B test reporting for the listing page.")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("Bachelor of Information Systems — University of Economics Ho Chi Minh City (UEH), 2016–2020. GPA 3.4/4")
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("SQL (BigQuery, PostgreSQL) · Python (pandas, statsmodels, Prophet) · Power BI · dbt · Excel/VBA")
    doc.add_paragraph("Languages", style="Heading 1")
    doc.add_paragraph("Vietnamese (native) · English (IELTS 7.0) · Japanese (JLPT N4)")
    doc.save(path)


# ---------------------------------------------------------------- 3 Soderstrom (text box)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _txbx_paras(lines):
    out = []
    for text, size, bold, color in lines:
        out.append(
            f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
            f'<w:color w:val="{color}"/><w:sz w:val="{size * 2}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')
    return "".join(out)


def textbox_run_xml(lines, fill="2E4057", width_cm=17.0, height_cm=3.2):
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    content = _txbx_paras(lines)
    return f'''<w:r xmlns:w="{W_NS}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>360000</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="252000" tIns="180000" rIns="252000" bIns="108000" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:28.35pt;width:{width_cm}cm;height:{height_cm}cm;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" fillcolor="#{fill}" stroked="f">
<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''


def soderstrom(path):
    doc = Document()
    margins(doc, 2.0)
    doc.sections[0].top_margin = Cm(1.0)
    doc.core_properties.author = "Elin"
    p = doc.add_paragraph()
    p._p.append(parse_xml(textbox_run_xml([
        ("Elin Söderström", 26, True, "FFFFFF"),
        ("Mjukvaruutvecklare  ·  Software Developer (Java, Kotlin, Python)", 11, False, "D9E2EC"),
    ])))
    doc.add_paragraph("Göteborg, Sverige  ·  070-555 18 42  ·  elin.soderstrom@example.se  ·  github.com/elinsod")
    doc.add_paragraph("Profil", style="Heading 1")
    doc.add_paragraph(
        "Systemutvecklare med sex års erfarenhet av backend i Java och Kotlin inom fordonsindustrin. "
        "Jag vill nu fördjupa mig i maskininlärning för prediktivt underhåll och har läst fristående kurser "
        "i statistik och ML vid Chalmers.")
    doc.add_paragraph("Arbetslivserfarenhet", style="Heading 1")
    doc.add_paragraph("Backendutvecklare, Volvera Connected Services AB", style="Heading 2")
    doc.add_paragraph("Aug 2020 – nu, Göteborg")
    bullet(doc, "Tjänster för fordonstelemetri (Kotlin, Kafka, AWS) för 400 000 fordon.")
    bullet(doc, "Införde anomalidetektering på batterisensordata tillsammans med dataanalysteamet.")
    doc.add_paragraph("Javautvecklare, Konsultbolaget Nordvik IT", style="Heading 2")
    doc.add_paragraph("Jan 2018 – Jul 2020, Göteborg")
    bullet(doc, "Uppdrag hos bank och försäkringsbolag; Spring Boot, Oracle.")
    doc.add_paragraph("Utbildning", style="Heading 1")
    doc.add_paragraph("Högskoleingenjör Datateknik, 180 hp — Högskolan Väst, 2014–2017")
    doc.add_paragraph("Fristående kurser: Statistisk inlärning 7,5 hp, Deep Learning 7,5 hp — Chalmers, 2023–2024")
    doc.add_paragraph("Språk", style="Heading 1")
    doc.add_paragraph("Svenska (modersmål), engelska (flytande), tyska (grundläggande)")
    doc.add_paragraph("Övrigt", style="Heading 1")
    doc.add_paragraph("B-körkort. Referenser lämnas på begäran.")
    doc.save(path)


# ---------------------------------------------------------------- 4 Kowalczyk-Nowak
def kowalczyk(path, png):
    doc = Document()
    margins(doc, 2.0)
    doc.core_properties.author = "Agnieszka"
    t = doc.add_paragraph("CURRICULUM VITAE", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tab = doc.add_table(rows=1, cols=2)
    no_borders(tab)
    c0, c1 = tab.cell(0, 0), tab.cell(0, 1)
    c0.width, c1.width = Cm(12.5), Cm(4.5)
    p = c0.paragraphs[0]
    r = p.add_run("Agnieszka Kowalczyk-Nowak")
    r.bold = True
    r.font.size = Pt(18)
    for line in ["Risk Quant / Model Validation", "ul. Długa 17/4, 31-147 Kraków, Poland",
                 "tel. +48 601 555 372", "e-mail: a.kowalczyk.nowak@example.pl",
                 "Date of birth: 22.06.1989"]:
        c0.add_paragraph(line)
    c1.paragraphs[0].add_run().add_picture(BytesIO(png), width=Cm(3.2))
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Professional experience", style="Heading 1")
    rows = [("09.2020 – now", "Senior Quantitative Analyst, Model Validation — Wawel Capital Bank S.A., Kraków",
             "Independent validation of IFRS 9 PD/LGD models and a gradient-boosting early-warning model; "
             "challenger models in Python; reports to the Model Risk Committee."),
            ("03.2016 – 08.2020", "Credit Risk Analyst — Vistula Consumer Finance sp. z o.o., Warszawa",
             "Scorecard development (logistic regression, WoE binning) in SAS and R; monitoring of Gini and PSI."),
            ("07.2014 – 02.2016", "Junior Actuarial Analyst — TUiR Orzeł S.A., Warszawa",
             "Reserving triangles, Solvency II reporting support.")]
    tb = doc.add_table(rows=0, cols=2)
    for d, title, desc in rows:
        cells = tb.add_row().cells
        cells[0].width, cells[1].width = Cm(3.5), Cm(13.5)
        cells[0].text = d
        q = cells[1].paragraphs[0]
        q.add_run(title).bold = True
        cells[1].add_paragraph(desc)
    doc.add_paragraph("Education", style="Heading 1")
    tb = doc.add_table(rows=0, cols=2)
    for d, txt in [("2012 – 2014", "MSc Quantitative Methods in Economics, Warsaw School of Economics (SGH)"),
                   ("2009 – 2012", "BSc Mathematics, Jagiellonian University, Kraków"),
                   ("2022", "FRM Part I and II passed (GARP)")]:
        cells = tb.add_row().cells
        cells[0].text, cells[1].text = d, txt
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("Python (pandas, scikit-learn, LightGBM, SHAP), R, SAS 9.4, SQL, VBA; "
                      "IFRS 9, CRR/CRD IV, EBA guidelines on ML in IRB models.")
    doc.add_paragraph("Languages", style="Heading 1")
    doc.add_paragraph("Polish — native; English — C1; German — B1")
    doc.add_paragraph("Interests", style="Heading 1")
    doc.add_paragraph("Mountain hiking (Tatra), bridge, choir singing.")
    doc.add_paragraph()
    cl = doc.add_paragraph(
        "I hereby consent to the processing of my personal data included in this document for the purposes of "
        "the grant application procedure, in accordance with Regulation (EU) 2016/679 of the European Parliament "
        "and of the Council of 27 April 2016 (GDPR).")
    for r in cl.runs:
        r.font.size = Pt(8)
        r.italic = True
    doc.save(path)


# ---------------------------------------------------------------- 5 Karthikeyan
def karthikeyan(path):
    doc = Document()
    margins(doc, 2.0)
    doc.core_properties.author = "admin"
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("RESUME")
    r.bold = True
    r.underline = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("R. Karthikeyan")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("No. 14/3, Kamarajar Street, West Mambalam, Chennai – 600 033\n"
                      "Mobile: +91 98400 55512\nEmail: karthi.r1994@example.in")
    doc.add_paragraph("CAREER OBJECTIVE", style="Heading 2")
    doc.add_paragraph("To work in a challenging environment where I can apply my knowledge in data analytics and "
                      "machine learning, and to grow along with the organisation.")
    doc.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 2")
    doc.add_paragraph("Senior Analyst – Data & Reporting, Coromandel Infotech Solutions Pvt. Ltd., Chennai "
                      "(Aug 2019 – Present)")
    for b in ["Developing Python and SQL automation for insurance claims reporting for a US client.",
              "Built claim-leakage prediction model (XGBoost) with 0.81 AUC; presented to client stakeholders.",
              "Handling a team of 3 analysts; KT sessions for new joiners."]:
        bullet(doc, b)
    doc.add_paragraph("Associate – MIS, Srinivasa Textiles Exports, Tiruppur (Jun 2016 – Jul 2019)")
    bullet(doc, "Preparing daily production MIS in Excel/VBA and Tally data extraction.")
    doc.add_paragraph("ACADEMIC PROFILE", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    data = [["Course", "Institution", "Year of Passing", "Percentage / CGPA"],
            ["M.Sc. Statistics (Part-time)", "University of Madras", "2022", "7.9 CGPA"],
            ["B.Sc. Mathematics", "PSG College of Arts and Science, Coimbatore", "2016", "82%"],
            ["HSC", "Govt. Boys Hr. Sec. School, Dharapuram", "2013", "91.5%"]]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                for rr in t.cell(i, j).paragraphs[0].runs:
                    rr.bold = True
    doc.add_paragraph("TECHNICAL SKILLS", style="Heading 2")
    bullet(doc, "Languages: Python, SQL, R, VBA")
    bullet(doc, "Tools: Power BI, Tableau, MS Excel (Advanced), Jupyter")
    bullet(doc, "ML: scikit-learn, XGBoost, basic TensorFlow")
    doc.add_paragraph("PERSONAL DETAILS", style="Heading 2")
    t = doc.add_table(rows=7, cols=2)
    for i, (k, v) in enumerate([("Father's Name", ": S. Ramasamy"), ("Date of Birth", ": 11-02-1994"),
                                ("Gender", ": Male"), ("Marital Status", ": Single"),
                                ("Nationality", ": Indian"), ("Languages Known", ": Tamil, English, Hindi (basic)"),
                                ("Hobbies", ": Chess, reading Tamil novels")]):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    doc.add_paragraph("DECLARATION", style="Heading 2")
    doc.add_paragraph("I hereby declare that the above furnished details are true to the best of my knowledge "
                      "and belief.")
    doc.add_paragraph("Place: Chennai\nDate:\t\t\t\t\t\t\t\t\t\t(R. KARTHIKEYAN)")
    doc.save(path)


# ---------------------------------------------------------------- 6 anonymous blind CV
def anon_blind(path):
    doc = Document()
    margins(doc, 2.2)
    doc.core_properties.author = "Recruitment Office"
    doc.core_properties.title = "Candidate 0117"
    doc.add_paragraph("Candidate No. 0117", style="Title")
    n = doc.add_paragraph("CV prepared for blind review. Name, photograph, age, nationality and contact details "
                          "have been removed in line with the call guidelines.")
    n.runs[0].italic = True
    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph("Econometrician turned machine-learning practitioner, 9 years in central-bank statistics and "
                      "public-sector forecasting. Seeks retraining in modern deep-learning methods for nowcasting.")
    doc.add_paragraph("Experience", style="Heading 1")
    doc.add_paragraph("Senior Economist, Statistics Department — national central bank (EU member state)", style="Heading 2")
    doc.add_paragraph("2019 – present")
    bullet(doc, "Nowcasting GDP from card-payment and mobility data; dynamic factor models, gradient boosting.")
    bullet(doc, "Maintains the department's R/Python forecasting library (internal).")
    doc.add_paragraph("Economist — ministry of finance, macro-fiscal unit", style="Heading 2")
    doc.add_paragraph("2015 – 2019")
    bullet(doc, "Tax-revenue forecasts, microsimulation of income-tax reforms.")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("PhD Economics (econometrics), 2015\nMSc Statistics, 2010")
    doc.add_paragraph("Publications", style="Heading 1")
    doc.add_paragraph("Three working papers on nowcasting with alternative data (titles withheld for anonymity).")
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("R, Python, Stan, MATLAB, SQL, Git; dynamic factor models, Bayesian VARs, gradient boosting.")
    doc.add_paragraph("References", style="Heading 1")
    doc.add_paragraph("Available on request after shortlisting.")
    doc.save(path)


def build_all(outdir):
    png = photo_png()
    okafor(f"{outdir}/okafor-word-classic.docx")
    nguyen(f"{outdir}/nguyen-word-table.docx")
    soderstrom(f"{outdir}/soderstrom-word-textbox.docx")
    kowalczyk(f"{outdir}/kowalczyk-nowak-word-cv.docx", png)
    karthikeyan(f"{outdir}/karthikeyan-word-declaration.docx")
    anon_blind(f"{outdir}/anon-blind-word.docx")

"""Word documents for heldout13, written with python-docx using Word's built-in styles.
Run via ../../build.py (make(outdir))."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml

def _no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + ''.join(f'<w:{b} w:val="nil"/>' for b in ('top','left','bottom','right','insideH','insideV')) + '</w:tblBorders>'))

def _props(doc, title, author):
    doc.core_properties.title = title
    doc.core_properties.author = author

def kowalczyk(path):
    """Classic single-column Word resume: Title style name, contact line, Heading 1 sections, skills table."""
    doc = Document()
    _props(doc, "CV", "Agnieszka Kowalczyk-Nowak")
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    for m in ('left_margin','right_margin'): setattr(sec, m, Cm(2.2))
    sec.top_margin = Cm(1.8)
    doc.add_paragraph("Agnieszka Kowalczyk-Nowak", style="Title")
    p = doc.add_paragraph("Senior Software Engineer (Python / distributed systems)", style="Subtitle")
    doc.add_paragraph("ul. Długa 14/3, 30-122 Kraków, Poland  •  +48 601 274 913  •  a.kowalczyk.nowak@example.pl  •  github.com/akowalczyk-example")
    doc.add_paragraph("Summary", style="Heading 1")
    doc.add_paragraph("Backend engineer with 9 years of experience, the last three on the data platform that feeds our fraud and "
                      "recommendation models. I want to spend the grant period on automatic retraining triggers for streaming features.")
    doc.add_paragraph("Experience", style="Heading 1")
    for title, org, when, bullets in [
        ("Senior Software Engineer", "Wawel Payments S.A., Kraków", "05/2021 – present",
         ["Built Kafka → Flink feature pipelines consumed by 14 production models.",
          "Introduced data-quality gates that block retraining on corrupted partitions."]),
        ("Software Engineer", "Vistula Software Sp. z o.o., Warsaw", "09/2016 – 04/2021",
         ["Django and Celery services for insurance claims; PostgreSQL tuning."]),
        ("Junior Developer (internship → full time)", "Comarch-like IT S.A., Kraków", "07/2015 – 08/2016", [])]:
        hp = doc.add_paragraph(style="Heading 2"); hp.add_run(f"{title} — {org}")
        dp = doc.add_paragraph(when); dp.runs[0].italic = True
        for b in bullets: doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("MSc Computer Science, AGH University of Krakow, 2015 — thesis on approximate stream joins")
    doc.add_paragraph("BSc Applied Mathematics, Jagiellonian University, 2013")
    doc.add_paragraph("Skills", style="Heading 1")
    t = doc.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
    for k, v in [("Languages", "Python, Java, Scala, SQL"), ("Data", "Kafka, Flink, Spark, Airflow, dbt"),
                 ("ML", "scikit-learn, MLflow, Feast"), ("Spoken", "Polish (native), English (C1), German (B1)")]:
        r = t.add_row().cells; r[0].text = k; r[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("I hereby consent to the processing of my personal data included in this document for the purposes of the recruitment process, "
                      "in accordance with the Regulation (EU) 2016/679 (GDPR).").runs[0].font.size = Pt(8)
    doc.save(path)

def adeyemi(path):
    """Name + contacts in the Word page header (a borderless 2-cell table), body with Heading styles, referees."""
    doc = Document()
    _props(doc, "Resume", "Seun")
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(3.2); sec.header_distance = Cm(1)
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Cm(17)); _no_borders(ht)
    c0, c1 = ht.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run("OLUWASEUN ADEYEMI"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x0B, 0x5D, 0x3B)
    c0.add_paragraph("Data Analyst | Public Health Informatics")
    lines = ["12 Adeola Odeku Street, Victoria Island, Lagos", "+234 812 340 5566", "seun.adeyemi@example.com.ng"]
    c1.paragraphs[0].add_run(lines[0]); c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in lines[1:]:
        c1.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Career Objective", style="Heading 1")
    doc.add_paragraph("To apply my skills in data analysis and machine learning to improve disease surveillance in Nigeria, "
                      "and to grow into an ML engineer who can keep outbreak-prediction models current as reporting improves.")
    doc.add_paragraph("Work Experience", style="Heading 1")
    doc.add_paragraph("Data Analyst — Nigeria Centre for Disease Control-affiliated project (NCDC-SORMAS support), Abuja   |   2022 – Date", style="Heading 3")
    for b in ["Clean and reconcile weekly Lassa fever and cholera case reports from 36 states.",
              "Built a gradient-boosting outbreak-risk model; retrained each epidemiological week."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Monitoring & Evaluation Officer — Hope for Lagos Foundation (NGO)   |   2019 – 2022", style="Heading 3")
    doc.add_paragraph("KoBoToolbox survey design; Power BI reports for donors.", style="List Bullet")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("M.Sc. Epidemiology and Medical Statistics, University of Ibadan, 2021")
    doc.add_paragraph("B.Sc. Statistics, Obafemi Awolowo University, Ile-Ife, 2017")
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("R, Python, Stata, SQL, Power BI, DHIS2, KoBoToolbox, QGIS")
    doc.add_paragraph("Personal Data", style="Heading 1")
    t = doc.add_table(rows=0, cols=2)
    for k, v in [("Date of Birth", "9th March, 1994"), ("State of Origin", "Ogun State"), ("Sex", "Male"),
                 ("Marital Status", "Single"), ("Nationality", "Nigerian")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    doc.add_paragraph("Referees", style="Heading 1")
    rt = doc.add_table(rows=1, cols=2); _no_borders(rt)
    a, b = rt.rows[0].cells
    a.paragraphs[0].add_run("Dr. Chiamaka Eze").bold = True
    for l in ["Senior Lecturer, Dept. of Epidemiology", "University of Ibadan", "c.eze@example.edu.ng", "+234 803 111 2020"]: a.add_paragraph(l)
    b.paragraphs[0].add_run("Mr. Tunde Bakare").bold = True
    for l in ["Programme Manager", "Hope for Lagos Foundation", "t.bakare@example.org.ng"]: b.add_paragraph(l)
    doc.save(path)

TXBX_WPS = '''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="7560000" cy="1620000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="7560000" cy="1620000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="1F3A4D"/></a:solidFill></wps:spPr><wps:txbx><w:txbxContent>{BODY}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="720000" tIns="360000" rIns="720000" bIns="180000" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:595.3pt;height:127.55pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#1f3a4d" stroked="f"><v:textbox inset="56.7pt,28.35pt,56.7pt,14.2pt"><w:txbxContent>{BODY}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''

def _txp(text, size_half_pts, bold=False, color="FFFFFF"):
    b = '<w:b/>' if bold else ''
    from xml.sax.saxutils import escape
    return (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}<w:color w:val="{color}"/><w:sz w:val="{size_half_pts}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')

def lindqvist(path):
    """Modern Word template look: full-width coloured text box at top holding name, headline and contacts."""
    doc = Document()
    _props(doc, "", "Windows User")
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5)
    body = (_txp("Åsa Lindqvist", 56, bold=True) + _txp("MACHINE LEARNING ENGINEER", 22, color="A7C7DC")
            + _txp("Göteborg, Sweden  |  +46 70 318 42 77  |  asa.lindqvist@example.se  |  linkedin.com/in/asalindqvist", 18))
    anchor_p = doc.add_paragraph()
    anchor_p._p.append(parse_xml(TXBX_WPS.replace("{BODY}", body)))
    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph("ML engineer in automotive perception with a background in physics. For the last two years I have owned the "
                      "retraining loop for our lane-detection models: data selection, labelling requests, evaluation and release.")
    doc.add_paragraph("Experience", style="Heading 1")
    for h, d, bl in [("Machine Learning Engineer, Volvo-like Cars Technology AB", "2021 – present, Göteborg",
                      ["Active-learning data selection cut labelling cost by 35%.", "Weekly retraining on new fleet data with regression gates."]),
                     ("Data Scientist, Chalmers Industriteknik", "2018 – 2021, Göteborg", ["Predictive maintenance for paper mills."])]:
        doc.add_paragraph(h, style="Heading 2"); doc.add_paragraph(d).runs[0].italic = True
        for b in bl: doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("PhD studies (licentiate), Physics, Chalmers University of Technology, 2018")
    doc.add_paragraph("MSc Engineering Physics, Uppsala University, 2015")
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("Python, PyTorch, C++, ROS 2, Kubernetes, Label Studio, DVC. Swedish (native), English (fluent), Finnish (basic).")
    doc.add_paragraph("References available upon request.")
    doc.save(path)

def anon_agency(path):
    """Recruitment agency re-formatted CV: agency branding in the header, candidate reference instead of a name."""
    doc = Document()
    _props(doc, "Candidate Profile", "Northbridge Talent")
    sec = doc.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    hp = sec.header.paragraphs[0]; hp.text = "NORTHBRIDGE TALENT  ·  Technology & Quant Recruitment"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ("This profile is presented by Northbridge Talent Ltd. All contact regarding this candidate must be made through "
               "Northbridge Talent. Confidential.")
    doc.add_paragraph("Candidate Profile", style="Title")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Candidate reference", "NT-20931"), ("Position", "Quantitative Researcher (ML)"), ("Location", "London, UK (right to work: yes)"),
                 ("Notice period", "3 months"), ("Contact", "submissions@northbridge-talent.example.co.uk")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    doc.add_paragraph("Consultant Summary", style="Heading 1")
    doc.add_paragraph("A quantitative researcher with 6 years' experience at a systematic hedge fund, working on equity alpha signals and the "
                      "retraining cadence of return-prediction models. PhD in Statistics. Strong Python and C++; excellent communicator.")
    doc.add_paragraph("Career History", style="Heading 1")
    doc.add_paragraph("2020 – Present: Quantitative Researcher, Systematic Hedge Fund (Mayfair)", style="Heading 2")
    for b in ["Cross-sectional equity signals across 3,000 names; rolling retraining with purged cross-validation.",
              "Reduced turnover of the flagship model by 22% at equal Sharpe."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("2018 – 2020: Junior Quant Analyst, Investment Bank (Canary Wharf)", style="Heading 2")
    doc.add_paragraph("Volatility surface fitting and model validation.", style="List Bullet")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("PhD Statistics — Russell Group university, 2018")
    doc.add_paragraph("BSc Mathematics (First Class) — 2014")
    doc.add_paragraph("Technical Skills", style="Heading 1")
    doc.add_paragraph("Python (NumPy, pandas, PyTorch), C++17, SQL, kdb+, Linux, Git")
    doc.save(path)

def make(outdir):
    import os
    kowalczyk(os.path.join(outdir, "kowalczyk-word-classic.docx"))
    adeyemi(os.path.join(outdir, "adeyemi-word-header.docx"))
    lindqvist(os.path.join(outdir, "lindqvist-word-textbox.docx"))
    anon_agency(os.path.join(outdir, "anon-agency-word.docx"))

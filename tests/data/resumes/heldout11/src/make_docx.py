"""Word (.docx) resumes of heldout11, written with python-docx using Word's built-in styles.

All people, organisations and addresses are invented; e-mail domains are .example.
Called by ../build.py; writes into the folder given as argv[1] (default: the set folder).
"""
import copy
import struct
import sys
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def grey_png(w=120, h=150):
    """A flat grey 'photo' placeholder as PNG bytes (no real photo)."""
    raw = b"".join(b"\x00" + bytes([0xB0, 0xB8, 0xC0]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def shade(cell, hexcolor):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


# 1 ---------------------------------------------------------------- Polish SWE, classic Word
def wisniewski():
    d = Document()
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.2)
    d.add_paragraph("Bartłomiej Wiśniewski", style="Title")
    p = d.add_paragraph("Senior Backend Engineer (Go, Python) · Wrocław, Poland")
    p.runs[0].italic = True
    d.add_paragraph("+48 601 552 918 | b.wisniewski@example.pl | github.com/bwisniewski-dev | linkedin.com/in/bartlomiej-wisniewski")
    d.add_heading("Summary", level=1)
    d.add_paragraph(
        "Backend engineer with 9 years of experience building payment and logistics platforms. "
        "I want to move into ML platform work (feature stores, model serving, training pipelines) "
        "and am applying for the retraining grant to complete a structured programme in applied ML.")
    d.add_heading("Experience", level=1)
    d.add_heading("Senior Backend Engineer — Paywise Sp. z o.o., Wrocław", level=2)
    d.add_paragraph("03/2021 – present")
    bullets(d, ["Own the settlement service (Go, PostgreSQL, Kafka), 40M transactions/month.",
                "Built fraud-rule evaluation engine later used to serve a gradient-boosting model.",
                "Mentor 4 engineers; run the backend guild's design reviews."])
    d.add_heading("Software Engineer — LogiTrack S.A., Poznań", level=2)
    d.add_paragraph("07/2016 – 02/2021")
    bullets(d, ["Route-planning API in Python/Django; cut p95 latency from 900 ms to 180 ms.",
                "Migrated batch jobs from cron to Airflow."])
    d.add_heading("Education", level=1)
    d.add_paragraph("MSc Computer Science, Wrocław University of Science and Technology, 2016")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Go, Python, SQL, Kafka, Kubernetes, Terraform, scikit-learn (self-taught), PyTorch basics")
    d.add_heading("Languages", level=1)
    d.add_paragraph("Polish (native), English (C1), German (A2)")
    p = d.add_paragraph(
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji "
        "procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).")
    for r in p.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    d.save(OUT / "wisniewski-word-classic.docx")


# 2 ---------------------------------------------------------------- Nigerian analyst, name in header
def adeyemi():
    d = Document()
    sec = d.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("OLUWASEUN ADEBAYO ADEYEMI")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2 = hdr.add_paragraph("14 Adeola Odeku Street, Victoria Island, Lagos · +234 803 555 0172 · seun.adeyemi@example.com.ng")
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ft = sec.footer.paragraphs[0]
    ft.text = "Curriculum Vitae – Page "
    ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("PROFESSIONAL SUMMARY", level=1)
    d.add_paragraph(
        "Data Analyst with 5+ years' experience in retail banking analytics. Proficient in SQL, Power BI and "
        "Python. Seeking funding to retrain as a machine learning engineer focused on credit-risk models.")
    d.add_heading("WORK EXPERIENCE", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Jan 2022 – Date", "Senior Data Analyst, Zenora Bank Plc, Lagos\n• Built churn dashboards used by 40 branch managers\n• Automated monthly regulatory returns (Python, SQL Server)"),
                 ("Aug 2019 – Dec 2021", "Data Analyst, Kora Microfinance Ltd, Ibadan\n• Loan-portfolio reporting; reduced report turnaround from 3 days to 4 hours"),
                 ("Nov 2018 – Oct 2019", "NYSC Corps Member, Ministry of Finance, Akure, Ondo State")]:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
    d.add_heading("EDUCATION", level=1)
    d.add_paragraph("B.Sc. Statistics (Second Class Upper), Obafemi Awolowo University, Ile-Ife, 2018")
    d.add_paragraph("WAEC / SSCE, Federal Government College, Ogbomoso, 2012")
    d.add_heading("CERTIFICATIONS", level=1)
    bullets(d, ["Microsoft Certified: Power BI Data Analyst Associate (2023)", "Google Data Analytics Certificate (2021)"])
    d.add_heading("PERSONAL DETAILS", level=1)
    for line in ["Date of Birth: 12 March 1995", "Sex: Male", "State of Origin: Oyo State", "Nationality: Nigerian",
                 "Marital Status: Single"]:
        d.add_paragraph(line, style="No Spacing")
    d.add_heading("REFEREES", level=1)
    d.add_paragraph("Dr. (Mrs.) Funmilayo Ogunleye\nSenior Lecturer, Department of Statistics, Obafemi Awolowo University\n+234 802 555 0199")
    d.add_paragraph("Mr. Chinedu Eze\nHead of Analytics, Zenora Bank Plc\nchinedu.eze@zenora.example.com")
    d.save(OUT / "adeyemi-word-header.docx")


# 3 ---------------------------------------------------------------- Norwegian, Word template with text box
TEXTBOX = """
<w:r {ns}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
       behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>
     <wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>
     <wp:extent cx="7560000" cy="1620000"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapTopAndBottom/>
     <wp:docPr id="1" name="Text Box 1"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="7560000" cy="1620000"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="2E4A62"/></a:solidFill>
         <a:ln><a:noFill/></a:ln>
        </wps:spPr>
        <wps:txbx>
         <w:txbxContent>{content}</w:txbxContent>
        </wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="720000" tIns="360000" rIns="360000" bIns="180000" anchor="t"/>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202"
       style="position:absolute;margin-left:0;margin-top:0;width:595.3pt;height:127.55pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
       fillcolor="#2e4a62" stroked="f">
     <v:textbox inset="56.7pt,28.35pt,28.35pt,14.2pt">
      <w:txbxContent>{content}</w:txbxContent>
     </v:textbox>
     <w10:wrap type="topAndBottom" anchorx="page" anchory="page"/>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>
"""
NS_TB = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def tb_para(text, size_half_pts, bold=False, color="FFFFFF", caps=False):
    b = "<w:b/>" if bold else ""
    c = "<w:caps/>" if caps else ""
    return (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{b}{c}<w:color w:val="{color}"/>'
            f'<w:sz w:val="{size_half_pts}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def haugen():
    d = Document()
    content = (tb_para("Ingrid Solberg Haugen", 52, bold=True)
               + tb_para("Dataingeniør · Data Engineer", 26, color="C9D6E3", caps=True)
               + tb_para("Bergen, Norge  |  +47 912 34 567  |  ingrid.haugen@example.no", 20, color="FFFFFF"))
    p = d.add_paragraph()
    p._p.append(parse_xml(TEXTBOX.format(ns=NS_TB, content=content)))
    d.add_heading("Profil", level=1)
    d.add_paragraph(
        "Data engineer with a background in marine biology. Six years building sensor-data pipelines for "
        "aquaculture. I am applying to retrain in machine learning for time-series forecasting.")
    d.add_heading("Arbeidserfaring / Experience", level=1)
    d.add_paragraph("Data Engineer, Havbruk Analyse AS, Bergen — 2020–present", style="Heading 3")
    bullets(d, ["Streaming ingestion of 12,000 pen sensors (Kafka, Spark, Delta Lake)",
                "Built feeding-efficiency dashboards for 30 fish farms"])
    d.add_paragraph("Research Technician, Norsk Marininstitutt, Tromsø — 2016–2020", style="Heading 3")
    bullets(d, ["Field data collection and R analysis of salmon-lice counts"])
    d.add_heading("Utdanning / Education", level=1)
    d.add_paragraph("MSc Marine Biology, University of Bergen, 2016")
    d.add_heading("Språk / Languages", level=1)
    d.add_paragraph("Norwegian (native), English (fluent), Swedish (good)")
    d.add_heading("Referanser", level=1)
    d.add_paragraph("Oppgis ved forespørsel. (Available on request.)")
    d.save(OUT / "haugen-word-textbox.docx")


# 4 ---------------------------------------------------------------- Egyptian, two-column table, photo
def hassan(tmpdir):
    d = Document()
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.3)
    s.top_margin = Cm(1.2)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width, right.width = Cm(6.2), Cm(12.2)
    shade(left, "E7EEF5")
    photo = Path(tmpdir) / "photo.png"
    photo.write_bytes(grey_png())
    left.paragraphs[0].add_run().add_picture(str(photo), width=Cm(3.2))
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, lines in [("CONTACT", ["Nasr City, Cairo, Egypt", "(+20) 100 555 3841", "m.abdelrahman.hassan@example.com.eg",
                                     "linkedin.com/in/mabdelrahman"]),
                        ("PERSONAL INFO", ["Date of birth: 02/09/1993", "Nationality: Egyptian",
                                           "Military status: Completed", "Marital status: Married"]),
                        ("LANGUAGES", ["Arabic: Native", "English: Very good (IELTS 7.0)"]),
                        ("SKILLS", ["Python, pandas, SQL", "Tableau", "MATLAB", "AutoCAD"])]:
        hp = left.add_paragraph()
        r = hp.add_run(head)
        r.bold = True
        r.font.color.rgb = RGBColor(0x1B, 0x3A, 0x5C)
        for ln in lines:
            left.add_paragraph(ln, style="No Spacing")
    p = right.paragraphs[0]
    r = p.add_run("Mohamed Abdelrahman Hassan")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1B, 0x3A, 0x5C)
    p2 = right.add_paragraph()
    r2 = p2.add_run("Electrical Engineer → Data Scientist")
    r2.font.size = Pt(13)
    r2.font.color.rgb = RGBColor(0x55, 0x66, 0x77)
    right.add_paragraph("CAREER OBJECTIVE", style="Heading 2")
    right.add_paragraph(
        "Seeking a position as a junior data scientist where I can apply my engineering background "
        "and recently acquired machine-learning skills to energy-demand forecasting.")
    right.add_paragraph("EXPERIENCE", style="Heading 2")
    right.add_paragraph("Electrical Site Engineer — Delta Power Contracting, Cairo (2016 – 2023)", style="No Spacing")
    right.add_paragraph("Load calculations and commissioning of 22 kV substations; daily reporting in Excel/VBA.", style="List Bullet")
    right.add_paragraph("Data Science Trainee — ITI, Smart Village (2023 – 2024)", style="No Spacing")
    right.add_paragraph("9-month intensive track: ML, deep learning, MLOps; capstone on solar output forecasting.", style="List Bullet")
    right.add_paragraph("EDUCATION", style="Heading 2")
    right.add_paragraph("B.Sc. Electrical Power Engineering, Ain Shams University, 2015 — Grade: Very Good")
    right.add_paragraph("COURSES", style="Heading 2")
    right.add_paragraph("Machine Learning Specialization; Deep Learning Specialization; AWS Cloud Practitioner")
    d.save(OUT / "hassan-word-twocol-photo.docx")


# 5 ---------------------------------------------------------------- Russian academic, publications, referees
def petrov():
    d = Document()
    d.add_paragraph("Curriculum Vitae", style="Title")
    p = d.add_paragraph()
    r = p.add_run("Dmitri V. Petrov")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Postdoctoral Researcher, Institute of Computational Mathematics, Novosibirsk\n"
                    "Email: dv.petrov@example.ru   ORCID: 0000-0002-5555-0142   Web: dvpetrov.example.ru")
    d.add_heading("Research interests", level=1)
    d.add_paragraph("Numerical PDEs, physics-informed neural networks, uncertainty quantification.")
    d.add_heading("Education", level=1)
    t = d.add_table(rows=0, cols=2)
    for a, b in [("2019", "Candidate of Sciences (PhD equivalent), Computational Mathematics, Novosibirsk State University. "
                          "Advisor: Prof. Sergei A. Kuznetsov"),
                 ("2015", "Specialist Diploma (with honours), Applied Mathematics and Physics, Tomsk State University")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
        c[0].width = Cm(2.5)
    d.add_heading("Positions", level=1)
    bullets(d, ["2020–present  Postdoctoral researcher, Laboratory of Inverse Problems",
                "2022 (6 months)  Visiting researcher, University of Helsinki, host: Dr. Aino Mäkelä"])
    d.add_heading("Selected publications", level=1)
    for i, ref in enumerate([
        "Petrov D.V., Kuznetsova E.I., Kuznetsov S.A. Physics-informed neural networks for the inverse heat problem. "
        "Journal of Computational Physics 512 (2025) 113–139.",
        "Mäkelä A., Petrov D.V. Error bounds for operator learning on irregular meshes. SIAM J. Sci. Comput. 46 (2024).",
        "Petrov D.V., Ivanova M.S. A posteriori estimates for mixed finite elements. Numer. Math. 150 (2022) 401–432.",
    ], 1):
        d.add_paragraph(f"[{i}] {ref}", style="List Number")
    d.add_heading("Teaching", level=1)
    d.add_paragraph("Numerical Methods (seminars), 2019–2024; supervised 3 master's theses.")
    d.add_heading("Grants and awards", level=1)
    d.add_paragraph("Russian Science Foundation young scientists grant (co-PI), 2021–2023.")
    d.add_heading("Referees", level=1)
    d.add_paragraph("Prof. Sergei A. Kuznetsov, Novosibirsk State University — s.kuznetsov@example.ru")
    d.add_paragraph("Dr. Aino Mäkelä, University of Helsinki — aino.makela@example.fi")
    d.add_paragraph("Dr. Elena I. Kuznetsova, Institute of Computational Mathematics — e.kuznetsova@example.ru")
    d.save(OUT / "petrov-word-academic.docx")


# 6 ---------------------------------------------------------------- nameless portal export
def anon_portal():
    d = Document()
    d.add_paragraph("ML Retraining Grant 2027 — Application Form Export", style="Title")
    d.add_paragraph("Application ID: MLR-27-00418   ·   Generated 2026-11-28 09:14 UTC   ·   Stage: Eligibility review")
    p = d.add_paragraph("In line with the programme's fair-assessment policy, personal identifiers (name, photo, date of birth, "
                        "address) have been removed from this export. Reviewers can contact the applicant through the "
                        "relay address below.")
    p.runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    for a, b in [("Applicant", "[withheld]"), ("Contact (relay)", "mlr-27-00418@relay.grants-portal.example.org"),
                 ("Country of residence", "Chile"), ("Current role", "Process Engineer, copper mining"),
                 ("Years of experience", "11"), ("Requested track", "Applied ML for industrial process control")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Q1. Employment history", level=1)
    bullets(d, ["2019–present: Senior Process Engineer, concentrator plant, Antofagasta region",
                "2015–2019: Process Engineer, flotation circuit optimisation",
                "2013–2015: Graduate Engineer"])
    d.add_heading("Q2. Education and training", level=1)
    bullets(d, ["Ingeniería Civil Química (6-year professional degree), 2013",
                "Diplomado en Ciencia de Datos (online), 2024"])
    d.add_heading("Q3. Why do you want to retrain?", level=1)
    d.add_paragraph(
        "Our plant already collects thousands of sensor tags per second but models are still tuned by hand. "
        "I want to learn to build and maintain soft sensors and model-predictive control with ML.")
    d.add_heading("Q4. Technical skills", level=1)
    d.add_paragraph("Python (intermediate), MATLAB, Aspen HYSYS, OSIsoft PI, SQL (basic)")
    d.save(OUT / "anon-portal-export.docx")


# 7 ---------------------------------------------------------------- Mexican career changer, references
def ramirez():
    d = Document()
    d.add_paragraph("José Luis Ramírez Ochoa", style="Title")
    d.add_paragraph("Teacher turned Data Analyst", style="Subtitle")
    d.add_paragraph("Guadalajara, Jalisco, México · +52 33 5555 2087 · jlramirez.ochoa@example.com.mx")
    d.add_heading("Profile", level=1)
    d.add_paragraph(
        "Former high-school mathematics teacher (8 years) who completed a data-analytics bootcamp in 2025. "
        "I build clear dashboards and simple predictive models; I now want to learn ML properly to work on "
        "educational data (drop-out prediction).")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Freelance Data Analyst — 2025–present", style="Heading 2")
    bullets(d, ["Sales dashboards for three local retailers (Power BI, Google Sheets, SQL)",
                "Attendance-risk model (logistic regression) for a private school network"])
    d.add_paragraph("Mathematics Teacher — Colegio Atlas del Valle, Zapopan — 2017–2025", style="Heading 2")
    bullets(d, ["Taught algebra, statistics and calculus to 180 students per year",
                "Coordinated the school's first data-driven tutoring programme"])
    d.add_heading("Education", level=1)
    bullets(d, ["Data Analytics Bootcamp, 2025 (480 hours)", "Licenciatura en Matemáticas, Universidad de Guadalajara, 2016"])
    d.add_heading("Skills", level=1)
    d.add_paragraph("SQL · Python (pandas, scikit-learn) · Power BI · Excel · Spanish (native) · English (B2)")
    d.add_heading("References", level=1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = ("Mtra. Claudia Herrera Nuñez\nPrincipal, Colegio Atlas del Valle\n"
                               "claudia.herrera@atlasdelvalle.example.mx\n+52 33 5555 4410")
    t.rows[0].cells[1].text = ("Ing. Roberto Saldaña\nOwner, Ferretería Saldaña\nroberto@ferreteria-saldana.example.mx\n"
                               "+52 33 5555 9012")
    d.save(OUT / "ramirez-word-careerchange.docx")


if __name__ == "__main__":
    import tempfile
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        wisniewski(); adeyemi(); haugen(); hassan(td); petrov(); anon_portal(); ramirez()
    print("docx done")

"""Build the .docx resumes of heldout14 with python-docx (Word's built-in styles)."""
import copy, os, sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "img")


def margins(doc, cm=2.0):
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(cm)
        s.top_margin = s.bottom_margin = Cm(cm * 0.9)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    tblPr.append(borders)


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def job(doc, title, org, dates, items, heading="Heading 3"):
    p = doc.add_paragraph(style=heading)
    p.add_run(title)
    q = doc.add_paragraph()
    r = q.add_run(org)
    r.italic = True
    q.add_run("\t" + dates)
    bullets(doc, items)


# ---------------------------------------------------------------- 1 Nigerian CV
def adebayo_williams(out):
    doc = Document()
    margins(doc, 2.2)
    doc.add_paragraph("Oluwaseun Adebayo-Williams", style="Title")
    p = doc.add_paragraph("14 Adeola Odeku Street, Victoria Island, Lagos  |  +234 803 555 0192  |  seun.adebayowilliams@example.com.ng")
    p.runs[0].font.size = Pt(10)
    p = doc.add_paragraph("GitHub: github.com/seun-aw  |  LinkedIn: linkedin.com/in/seun-adebayo-williams")
    p.runs[0].font.size = Pt(10)

    doc.add_paragraph("CAREER OBJECTIVE", style="Heading 1")
    doc.add_paragraph(
        "A result-oriented software engineer with 6 years of experience building payment and lending platforms "
        "for the Nigerian market. Seeking an opportunity to retrain in machine learning engineering so as to apply "
        "credit-risk modelling and MLOps skills to financial inclusion products.")

    doc.add_paragraph("WORK EXPERIENCE", style="Heading 1")
    job(doc, "Senior Backend Engineer", "Kudipay Technologies Ltd, Lagos", "Mar 2021 – Present", [
        "Led a team of 5 engineers maintaining the loan disbursement service (Go, PostgreSQL, Kafka) processing ~₦2bn monthly.",
        "Built the feature pipeline used by the credit-scoring team; reduced nightly batch time from 4h to 40min.",
        "Introduced contract tests and on-call runbooks; incident count fell by 35% year on year.",
    ])
    job(doc, "Software Engineer", "Paycentral Switching Ltd, Lagos", "Jan 2018 – Feb 2021", [
        "Developed USSD and card-not-present payment flows in Java/Spring Boot.",
        "Wrote reconciliation scripts in Python that cut manual settlement work by 20 hours/week.",
    ])
    job(doc, "Graduate Trainee (NYSC)", "Ogun State Ministry of Finance, Abeokuta", "Nov 2016 – Oct 2017", [
        "Served as National Youth Service Corps member; digitised revenue records using MS Access and Excel.",
    ])

    doc.add_paragraph("EDUCATION", style="Heading 1")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    rows = [("Institution", "Qualification", "Year"),
            ("Obafemi Awolowo University, Ile-Ife", "B.Sc. Computer Science (Second Class Upper)", "2016"),
            ("Kings College, Lagos", "WASSCE", "2010")]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i == 0:
                t.cell(i, j).paragraphs[0].runs[0].bold = True

    doc.add_paragraph("CERTIFICATIONS", style="Heading 1")
    bullets(doc, ["AWS Certified Developer – Associate (2022)", "Google Data Analytics Professional Certificate (2023)"])

    doc.add_paragraph("SKILLS", style="Heading 1")
    doc.add_paragraph("Go, Java, Python, SQL, Kafka, Docker, Kubernetes, Terraform, pandas, scikit-learn (basic)")

    doc.add_paragraph("HOBBIES", style="Heading 1")
    doc.add_paragraph("Chess, mentoring at She Code Africa meetups, football")

    doc.add_paragraph("REFEREES", style="Heading 1")
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.cell(0, 0).text = ("Dr. Funmilayo Okafor\nSenior Lecturer, Department of Computer Science\n"
                         "Obafemi Awolowo University, Ile-Ife\nf.okafor@example.edu.ng\n+234 805 555 0147")
    t.cell(0, 1).text = ("Engr. Chukwuemeka Obi\nHead of Engineering\nKudipay Technologies Ltd\n"
                         "emeka.obi@example.com.ng\n+234 809 555 0133")

    doc.add_paragraph("DECLARATION", style="Heading 1")
    doc.add_paragraph("I hereby declare that the information given above is true to the best of my knowledge and belief.")
    p = doc.add_paragraph()
    p.add_run("Oluwaseun Adebayo-Williams").bold = True
    doc.add_paragraph("Date: 2 December 2026")
    doc.save(out)


# ---------------------------------------------------------------- 2 Vietnamese CV with photo table
def nguyen(out):
    doc = Document()
    margins(doc, 1.8)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    t.columns[0].width = Cm(3.8)
    t.cell(0, 0).width = Cm(3.8)
    t.cell(0, 1).width = Cm(13.0)
    t.cell(0, 0).paragraphs[0].add_run().add_picture(os.path.join(IMG, "photo-b.png"), width=Cm(3.2))
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    r = p.add_run("Nguyễn Thị Thu Hà")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = c.add_paragraph()
    r = p.add_run("DATA ANALYST")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for line in ["Date of birth: 17/08/1995", "Phone: (+84) 912 555 044",
                 "Email: thuha.nguyen@example.vn",
                 "Address: 25 Ngõ 86 Chùa Hà, Cầu Giấy, Hà Nội"]:
        c.add_paragraph(line)

    doc.add_paragraph("CAREER OBJECTIVE", style="Heading 1")
    doc.add_paragraph(
        "Data analyst with 4 years in e-commerce and logistics. Short term: master forecasting and causal "
        "inference. Long term: become a machine learning engineer building demand-forecasting systems for Vietnamese retail.")
    doc.add_paragraph("WORK EXPERIENCE", style="Heading 1")
    job(doc, "Data Analyst", "SaoMai Commerce JSC, Hà Nội", "06/2022 – now", [
        "Own weekly sales dashboards (Looker Studio, BigQuery) for 12 category managers.",
        "Built a SARIMA baseline for order volume; MAPE 11% on holdout weeks.",
        "Ran 20+ A/B tests on checkout UI with the product team.",
    ])
    job(doc, "Business Intelligence Intern → Junior Analyst", "VietTrans Logistics, Hải Phòng", "07/2019 – 05/2022", [
        "Automated delivery KPI reports in Python (pandas, openpyxl), saving 2 days per month.",
        "Cleaned GPS trip data for route optimisation pilot.",
    ])
    doc.add_paragraph("EDUCATION", style="Heading 1")
    doc.add_paragraph("2015 – 2019   National Economics University (NEU), Hà Nội — Bachelor of Economic Mathematics, GPA 3.42/4")
    doc.add_paragraph("CERTIFICATES", style="Heading 1")
    bullets(doc, ["IELTS Academic 7.0 (2021)", "Microsoft Certified: Power BI Data Analyst Associate (2023)"])
    doc.add_paragraph("SKILLS", style="Heading 1")
    bullets(doc, ["SQL (BigQuery, PostgreSQL), Python (pandas, statsmodels), Excel/VBA", "Power BI, Looker Studio", "Vietnamese (native), English (professional)"])
    doc.add_paragraph("INTERESTS", style="Heading 1")
    doc.add_paragraph("Badminton, reading, volunteering at a children's library in Cầu Giấy")
    doc.save(out)


# ---------------------------------------------------------------- 3 Text box banner
TEXTBOX_XML = r'''
<w:r %(ns)s>
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
                  <a:solidFill><a:srgbClr val="2E3A59"/></a:solidFill>
                  <a:ln><a:noFill/></a:ln>
                </wps:spPr>
                <wps:txbx>
                  <w:txbxContent>
                    %(content)s
                  </w:txbxContent>
                </wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="720000" tIns="360000" rIns="720000" bIns="180000" anchor="t"/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202"
                 style="position:absolute;margin-left:0;margin-top:0;width:595.3pt;height:127.55pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
                 fillcolor="#2e3a59" stroked="f">
          <v:textbox inset="56.7pt,28.35pt,56.7pt,14.2pt">
            <w:txbxContent>
              %(content)s
            </w:txbxContent>
          </v:textbox>
          <w10:wrap type="topAndBottom" anchorx="page" anchory="page"/>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
'''
NS_EXTRA = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def tb_par(text, size_half_pts, bold=False, color="FFFFFF", spacing_after=60):
    b = "<w:b/>" if bold else ""
    return ('<w:p><w:pPr><w:spacing w:after="%d"/></w:pPr><w:r><w:rPr>%s<w:color w:val="%s"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (spacing_after, b, color, size_half_pts, size_half_pts, text))


def kowalczyk(out):
    doc = Document()
    margins(doc, 2.0)
    content = (tb_par("Agnieszka Kowalczyk-Wróbel", 56, bold=True) +
               tb_par("Data Engineer  ·  Analytics Platform Lead", 26, color="C9D3EA") +
               tb_par("Wrocław, Poland  ·  +48 601 555 218  ·  a.kowalczyk.wrobel@example.pl  ·  linkedin.com/in/akowalczykwrobel", 18, color="C9D3EA"))
    anchor_p = doc.add_paragraph()
    anchor_p._p.append(parse_xml(TEXTBOX_XML % {"ns": NS_EXTRA, "content": content}))
    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph(
        "Data engineer with 9 years of experience, the last four leading the analytics platform of a logistics scale-up. "
        "I build reliable batch and streaming pipelines and now want to move closer to the models they feed: "
        "the retraining grant would fund a part-time MSc module in machine learning systems.")
    doc.add_paragraph("Experience", style="Heading 1")
    job(doc, "Analytics Platform Lead", "ParcelHub Sp. z o.o., Wrocław", "2022 – present", [
        "Run a team of 4 building the company lakehouse (Databricks, Delta Lake, dbt).",
        "Migrated 300+ Airflow DAGs to a single orchestration standard with data contracts.",
        "Cut monthly cloud cost of the platform by 28% through partitioning and job right-sizing.",
    ], heading="Heading 2")
    job(doc, "Data Engineer", "Nordbank Polska S.A., Warszawa", "2017 – 2022", [
        "Built regulatory reporting pipelines (Oracle, Informatica, later Spark).",
        "Introduced Great Expectations data quality tests across 40 source systems.",
    ], heading="Heading 2")
    job(doc, "BI Developer", "Telekomunikacja Regionalna, Opole", "2015 – 2017", [
        "SSIS/SSAS cubes and Power BI reports for sales and churn.",
    ], heading="Heading 2")
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("Politechnika Wrocławska — MSc Eng. Computer Science (2015), BSc Eng. (2013)")
    doc.add_paragraph("Skills", style="Heading 1")
    bullets(doc, ["Python, SQL, Scala (basic)", "Spark, Databricks, dbt, Airflow, Kafka", "Azure, Terraform, GitHub Actions"])
    doc.add_paragraph("Languages", style="Heading 1")
    doc.add_paragraph("Polish (native) · English (C1) · German (B1)")
    p = doc.add_paragraph(
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji "
        "zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).")
    p.runs[0].font.size = Pt(7.5)
    p.runs[0].italic = True
    doc.save(out)


# ---------------------------------------------------------------- 4 Korean quant, caps effect
def park(out):
    doc = Document()
    margins(doc, 2.0)
    title = doc.styles["Title"]
    title.font.all_caps = True
    title.font.size = Pt(26)
    p = doc.add_paragraph("Ji-hoon Park", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("박지훈")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    doc.add_paragraph("Seoul, Republic of Korea  |  +82 10-5555-3841  |  jihoon.park@example.kr  |  github.com/jhpark-quant")
    doc.add_paragraph("Summary", style="Heading 1")
    doc.add_paragraph(
        "Quantitative researcher (5 yrs) in systematic equity and futures strategies at a Seoul asset manager. "
        "Strong in time-series econometrics and portfolio construction; looking to retrain towards deep learning for "
        "alternative data (NLP on Korean-language disclosures).")
    doc.add_paragraph("Experience", style="Heading 1")
    job(doc, "Quantitative Researcher", "Hanbit Asset Management, Seoul", "2021 – Present", [
        "Designed a KOSPI200 futures trend strategy (Sharpe 1.3 live, AUM ₩180bn).",
        "Built the factor research library (Python, polars, numba) used by 6 PMs.",
        "Replaced Excel-based risk reports with a daily automated attribution pipeline.",
    ])
    job(doc, "Quant Analyst", "Daehan Securities, Seoul", "2019 – 2021", [
        "Pricing and hedging of ELS structured notes; Monte Carlo engine in C++.",
    ])
    doc.add_paragraph("Education", style="Heading 1")
    doc.add_paragraph("KAIST — M.S. Financial Engineering, 2019 (Thesis: Regime-switching volatility in Korean equity markets)")
    doc.add_paragraph("Seoul National University — B.S. Statistics, 2017")
    doc.add_paragraph("Military Service", style="Heading 1")
    doc.add_paragraph("Republic of Korea Army, Sergeant (honourable discharge), 2012 – 2014")
    doc.add_paragraph("Skills & Certifications", style="Heading 1")
    bullets(doc, ["Python, C++, SQL, kdb+/q (basic)", "FRM Part II passed (2022); CFA Level II candidate", "Korean (native), English (TOEIC 965, fluent)"])
    doc.save(out)


# ---------------------------------------------------------------- 5 Brazilian career changer
def dasilva(out):
    doc = Document()
    margins(doc, 2.0)
    p = doc.add_paragraph()
    r = p.add_run("Career change: Mathematics Teacher → Data Analyst")
    r.italic = True
    r.font.color.rgb = RGBColor(0x40, 0x70, 0x90)
    p = doc.add_paragraph()
    r = p.add_run("João Pedro Fernandes da Silva")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Belo Horizonte – MG, Brazil • +55 31 95555-7720 • joaopedro.fsilva@example.com.br • github.com/jpfsilva-dados")
    doc.add_paragraph("Summary", style="Heading 2")
    doc.add_paragraph(
        "After 8 years teaching mathematics in public high schools, I completed a data analytics bootcamp and now work "
        "part-time as a junior analyst for an education NGO. I want to use the grant to deepen my machine learning "
        "skills, especially for predicting school dropout risk.")
    doc.add_paragraph("Experience", style="Heading 2")
    job(doc, "Junior Data Analyst (part-time)", "Instituto Aprender Mais (NGO), Belo Horizonte", "Feb 2025 – present", [
        "Built dashboards in Power BI tracking attendance and grades of 14,000 students in 60 schools.",
        "Cleaned and merged state education census microdata (INEP) using Python and SQL.",
        "Prototype logistic-regression model flagging students at risk of dropping out (AUC 0.78).",
    ], heading="Heading 3")
    job(doc, "Mathematics Teacher", "Escola Estadual Professor Lourenço Filho, Contagem", "2016 – 2024", [
        "Taught algebra, statistics and geometry to ~300 students per year (ages 14–18).",
        "Created a spreadsheet-based grading system adopted by the whole school.",
        "Coordinated the school's participation in the Brazilian Mathematics Olympiad (OBMEP); 11 medals.",
    ], heading="Heading 3")
    doc.add_paragraph("Education & Training", style="Heading 2")
    bullets(doc, [
        "Data Analytics Bootcamp (480 h) — Escola Dados Já (online), 2024",
        "Specialisation (lato sensu) in Mathematics Education — PUC Minas, 2018",
        "Licenciatura em Matemática — Universidade Federal de Minas Gerais (UFMG), 2015",
    ])
    doc.add_paragraph("Tools", style="Heading 2")
    doc.add_paragraph("Python (pandas, scikit-learn, matplotlib), SQL (PostgreSQL), Power BI, Excel, Git")
    doc.add_paragraph("Languages", style="Heading 2")
    doc.add_paragraph("Portuguese (native), English (B2), Spanish (B1)")
    doc.add_paragraph("References available upon request.")
    doc.save(out)


# ---------------------------------------------------------------- 6 anonymised
def anon(out):
    doc = Document()
    margins(doc, 2.2)
    doc.add_paragraph("Curriculum Vitae", style="Title")
    doc.add_paragraph("Applicant reference: B-2291", style="Subtitle")
    p = doc.add_paragraph()
    r = p.add_run("This CV has been anonymised for the first review stage. Personal details (name, photo, date of birth, "
                  "address) were removed by the applicant. Contact goes through the programme's relay address: "
                  "applicant.b2291@blind.example.org")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph(
        "Econometrician turned data scientist, 7 years in public health statistics. Interested in retraining towards "
        "modern machine learning for epidemiological surveillance.")
    doc.add_paragraph("Experience", style="Heading 1")
    job(doc, "Senior Statistician", "Regional Public Health Agency (Eastern Region)", "2020 – present", [
        "Lead analyst for the weekly respiratory-infection surveillance report.",
        "Built nowcasting models in R (mgcv, brms) for hospital admissions.",
    ], heading="Heading 2")
    job(doc, "Research Assistant", "Institute for Health Economics", "2017 – 2020", [
        "Cost-effectiveness models for vaccination programmes; Markov models in R and TreeAge.",
    ], heading="Heading 2")
    doc.add_paragraph("Education", style="Heading 1")
    bullets(doc, ["MSc Econometrics, Erasmus University Rotterdam, 2017", "BSc Economics, University of Ljubljana, 2015"])
    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("R, Stan, Python, SQL, Git; Bayesian hierarchical models; time-series forecasting")
    doc.add_paragraph("Languages", style="Heading 1")
    doc.add_paragraph("English (C2), German (B2), Dutch (B1)")
    doc.save(out)


BUILDERS = {
    "adebayo-williams-word-ng.docx": adebayo_williams,
    "nguyen-word-table-photo.docx": nguyen,
    "kowalczyk-wrobel-word-textbox.docx": kowalczyk,
    "park-word-en-ko.docx": park,
    "dasilva-word-career-change.docx": dasilva,
    "anon-blind-b2291.docx": anon,
}

if __name__ == "__main__":
    outdir = sys.argv[1]
    for name, fn in BUILDERS.items():
        fn(os.path.join(outdir, name))
        print("wrote", name)

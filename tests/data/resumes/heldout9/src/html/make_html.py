"""Write the HTML designs of heldout9 (CC0, written here; builder looks imitated, no code copied)."""
import pathlib
OUT = pathlib.Path(__file__).parent
BASE = "<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:0}body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#222}%s</style></head><body>%s</body></html>"
DOCS = {
"castillorios-chromium-canva-es": ("""
.wrap{display:flex;min-height:297mm}.side{width:70mm;background:#f3e4d7;padding:14mm 8mm}.main{flex:1;padding:14mm 10mm}
.ph{width:36mm;height:36mm;border-radius:50%;background:#bbb;margin:0 auto 8mm}.h{letter-spacing:3px;font-weight:bold;font-size:9pt;margin-top:6mm}
.n1{font-family:'DejaVu Serif';font-size:34pt;color:#7a4b2a;line-height:1}.n2{font-size:34pt;font-weight:bold;line-height:1}.jt{letter-spacing:4px;margin-top:4mm;color:#7a4b2a}
""", """<div class='wrap'><div class='side'><div class='ph'></div>
<div class='h'>P E R F I L</div><p>Diseñadora gráfica con 7 años de experiencia en identidad de marca y packaging para marcas de consumo en Madrid y Valencia.</p>
<div class='h'>C O N T A C T O</div><p>✆ +34 612 448 903<br>✉ analucia.castillo@example.es<br>⌂ Calle de Ruzafa 14, 46004 Valencia<br>behance.net/alcastillo</p>
<div class='h'>I D I O M A S</div><p>Español (nativo)<br>Inglés (C1)<br>Italiano (B1)</p></div>
<div class='main'><div class='n1'>Ana Lucía</div><div class='n2'>Castillo-Ríos</div><div class='jt'>DISEÑADORA GRÁFICA SENIOR</div>
<h3>EXPERIENCIA</h3><p><b>Directora de arte</b> — Estudio Naranja, Valencia<br>03/2021 – actualidad</p><ul><li>Rediseño de la identidad de 12 marcas regionales.</li></ul>
<p><b>Diseñadora gráfica</b> — Grupo Alimentario Levante, Madrid<br>09/2018 – 02/2021</p>
<h3>FORMACIÓN</h3><p>Grado en Bellas Artes, Universitat Politècnica de València, 2018</p>
<h3>REFERENCIAS</h3><p>Marta Gil Navarro — Estudio Naranja — disponible a petición</p></div></div>"""),

"vonarnim-chromium-novoresume-de": ("""
.top{display:flex;padding:12mm 14mm;border-bottom:3px solid #1d5f8a}.t{flex:1}.n{font-size:28pt;font-weight:bold;color:#1d5f8a}
.jt{font-size:13pt;margin:2mm 0}.sum{font-size:9pt;color:#444}.ph{width:30mm;height:36mm;background:#ccc;margin-left:8mm}
.ci{display:flex;flex-wrap:wrap;gap:4mm 10mm;padding:4mm 14mm;background:#1d5f8a;color:#fff;font-size:9pt}.body{padding:6mm 14mm}h3{color:#1d5f8a;border-bottom:1px solid #1d5f8a}
""", """<div class='top'><div class='t'><div class='n'>Friederike von Arnim</div><div class='jt'>Produktmanagerin Medizintechnik</div>
<div class='sum'>Produktmanagerin mit 9 Jahren Erfahrung in der Einführung von Klasse-II-Medizinprodukten im DACH-Raum; Schwerpunkt Regulatory Affairs und Markteinführung.</div></div><div class='ph'></div></div>
<div class='ci'><span>✉ f.vonarnim@example.de</span><span>☎ +49 171 5550 218</span><span>⌂ Erlangen, Deutschland</span><span>Geburtsdatum: 14.06.1988</span><span>in linkedin.com/in/fvonarnim</span></div>
<div class='body'><h3>BERUFSERFAHRUNG</h3><p><b>Senior Produktmanagerin</b><br>Siemens Healthineers · Erlangen · 04/2020 – heute</p>
<p><b>Produktmanagerin</b><br>B. Braun Melsungen AG · Melsungen · 01/2017 – 03/2020</p>
<h3>AUSBILDUNG</h3><p>M.Sc. Medizintechnik, Friedrich-Alexander-Universität Erlangen-Nürnberg, 2016</p>
<h3>SPRACHEN</h3><p>Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (B2)</p></div>"""),

"ozturk-chromium-kickresume-tr": ("""
.hd{background:#263238;color:#fff;padding:10mm 14mm}.oz{font-size:9pt;letter-spacing:3px;color:#90a4ae}.n{font-size:26pt;font-weight:bold;margin:2mm 0}
.jt{color:#ffcc80}.cols{display:flex}.l{width:62mm;padding:8mm;background:#eceff1;min-height:230mm}.r{flex:1;padding:8mm}.lb{font-weight:bold;font-size:9pt;margin-top:4mm}
""", """<div class='hd'><div class='oz'>ÖZGEÇMİŞ · OCAK 2026</div><div class='n'>Elif Şeyma Öztürk</div><div class='jt'>Yazılım Mühendisi · Backend (Go, PostgreSQL)</div></div>
<div class='cols'><div class='l'><div class='lb'>İLETİŞİM</div><p>E-posta: elif.ozturk@example.com.tr<br>Telefon: +90 532 417 2290<br>Adres: Kadıköy, İstanbul</p>
<div class='lb'>KİŞİSEL BİLGİLER</div><p>Doğum Tarihi: 02.11.1995<br>Uyruk: T.C.<br>Askerlik: Muaf</p><div class='lb'>DİLLER</div><p>Türkçe (ana dil)<br>İngilizce (C1)<br>Almanca (A2)</p></div>
<div class='r'><h3>İŞ DENEYİMİ</h3><p><b>Kıdemli Yazılım Mühendisi</b>, Trendyol — İstanbul<br>05/2022 – Devam ediyor</p><p><b>Yazılım Mühendisi</b>, Getir — İstanbul<br>07/2018 – 04/2022</p>
<h3>EĞİTİM</h3><p>Bilgisayar Mühendisliği (Lisans), Boğaziçi Üniversitesi, 2018</p><h3>REFERANSLAR</h3><p>Prof. Dr. Ahmet Yılmaz Kara, Boğaziçi Üniversitesi</p></div></div>"""),

"sharma-chromium-linkedin-en": ("""
body{font-family:'Liberation Sans',sans-serif}.cols{display:flex}.l{width:60mm;background:#f2f2f2;padding:12mm 6mm;min-height:273mm}.r{flex:1;padding:12mm 10mm}
.lh{font-size:12pt;margin-top:6mm}.n{font-size:24pt}.hl{font-size:11pt;margin:2mm 0}.loc{color:#666}
""", """<div class='cols'><div class='l'><div class='lh'>Contact</div><p>+91 98450 31207 (Mobile)<br>rohit.k.sharma@example.in<br><br>www.linkedin.com/in/rohit-k-sharma-data (LinkedIn)</p>
<div class='lh'>Top Skills</div><p>Apache Spark<br>Data Pipelines<br>Airflow</p><div class='lh'>Languages</div><p>Hindi (Native or Bilingual)<br>English (Full Professional)</p>
<div class='lh'>Certifications</div><p>AWS Certified Data Engineer – Associate</p></div>
<div class='r'><div class='n'>Rohit K. Sharma</div><div class='hl'>Senior Data Engineer at Flipkart | Ex-TCS | Building scalable data platforms</div><div class='loc'>Bengaluru, Karnataka, India</div>
<h3>Summary</h3><p>8+ years in data engineering. Currently leading the clickstream pipeline team; earlier built ETL for banking clients at TCS.</p>
<h3>Experience</h3><p><b>Flipkart</b><br>Senior Data Engineer<br>April 2021 - Present (4 years 11 months)<br>Bengaluru, Karnataka, India</p>
<p><b>Tata Consultancy Services</b><br>Data Engineer<br>July 2017 - March 2021 (3 years 9 months)<br>Pune, Maharashtra, India</p>
<h3>Education</h3><p><b>National Institute of Technology, Kurukshetra</b><br>Bachelor of Technology - BTech, Computer Engineering · (2013 - 2017)</p>
<p style='color:#999;margin-top:20mm'>Page 1 of 1</p></div></div>"""),

"noname-chromium-zety-blind": ("""
.hd{padding:12mm 14mm;border-left:10mm solid #00897b}.id{font-size:22pt;font-weight:bold}.jt{font-size:12pt;color:#00897b}.body{padding:4mm 14mm 0 24mm}
""", """<div class='hd'><div class='id'>Applicant ZT-20931</div><div class='jt'>Operations Analyst · Blind application (name withheld)</div>
<p>Contact via the programme office: applicant.zt20931@example.org · Region: North West England</p></div>
<div class='body'><h3>PROFILE</h3><p>Operations analyst with six years in logistics and public-sector procurement.</p>
<h3>EXPERIENCE</h3><p><b>Operations Analyst</b>, regional logistics company, Manchester — 2021 – present</p><p><b>Procurement Officer</b>, local authority — 2018 – 2021</p>
<h3>EDUCATION</h3><p>BSc Economics, University of Liverpool, 2018</p><h3>REFERENCES</h3><p>Dr. Helen Whitcombe, University of Liverpool<br>Mr. Graham Oduya, line manager</p></div>"""),

"lima-chromium-zety-pt": ("""
.cols{display:flex}.l{width:66mm;background:#12355b;color:#fff;padding:12mm 7mm;min-height:273mm}.r{flex:1;padding:12mm 10mm}.lh{letter-spacing:2px;font-weight:bold;margin-top:6mm;border-bottom:1px solid #fff}
.n{font-size:26pt;font-weight:bold;color:#12355b;text-transform:uppercase}.jt{font-size:12pt;color:#777;margin-bottom:4mm}
""", """<div class='cols'><div class='l'><div class='lh'>DADOS PESSOAIS</div><p>Nome<br><b>Beatriz Gonçalves Lima</b></p><p>Endereço<br>Rua Augusta 1200, apto 54<br>São Paulo – SP</p><p>Telefone<br>(11) 98877-4521</p><p>E-mail<br>beatriz.glima@example.com.br</p><p>Data de nascimento<br>21/03/1993</p>
<div class='lh'>COMPETÊNCIAS</div><p>Power BI<br>SQL<br>Excel avançado</p></div>
<div class='r'><div class='n'>Beatriz Gonçalves Lima</div><div class='jt'>Analista Financeira Sênior</div><p>Analista com 8 anos em controladoria e planejamento financeiro.</p>
<h3>Histórico profissional</h3><p><b>Analista Financeira Sênior</b>, Natura &amp;Co — São Paulo<br>fev 2021 – atual</p><p><b>Analista Financeira</b>, Itaú Unibanco — São Paulo<br>jan 2017 – jan 2021</p>
<h3>Formação acadêmica</h3><p>Bacharelado em Ciências Contábeis, Universidade de São Paulo (USP), 2016</p></div></div>"""),

"chensiyuan-chromium-jianli-bilingual": ("""
body{font-family:'WenQuanYi Zen Hei','DejaVu Sans'}.hd{display:flex;padding:12mm 14mm;border-bottom:2px solid #c62828}.t{flex:1}.zh{font-size:28pt;font-weight:bold}.en{font-size:14pt;color:#555}
.ph{width:28mm;height:36mm;background:#ddd;text-align:center;line-height:36mm;color:#888}.body{padding:4mm 14mm}h3{color:#c62828}
""", """<div class='hd'><div class='t'><div class='zh'>陈思远</div><div class='en'>Siyuan Chen</div><p>求职意向 / Objective：机器学习工程师 Machine Learning Engineer<br>电话 Tel：+86 138 1024 5567 ｜ 邮箱 Email：siyuan.chen@example.cn<br>现居 Location：上海 Shanghai ｜ 出生年月：1996.08</p></div><div class='ph'>照片</div></div>
<div class='body'><h3>教育背景 Education</h3><p>2018.09 – 2021.06 复旦大学 Fudan University 计算机科学 硕士 M.Sc. Computer Science</p><p>2014.09 – 2018.06 浙江大学 Zhejiang University 软件工程 学士 B.Eng.</p>
<h3>工作经历 Experience</h3><p>2021.07 – 至今 字节跳动 ByteDance 机器学习工程师 Machine Learning Engineer</p><h3>技能 Skills</h3><p>PyTorch, Spark, 推荐系统 recommender systems</p></div>"""),

"almasri-chromium-europass-ar": ("""
.bar{display:flex;align-items:center;padding:8mm 14mm;border-bottom:1px solid #ccc}.logo{color:#0e47a1;font-weight:bold;font-size:16pt;margin-right:10mm}.n{font-size:22pt}
.row{display:flex;padding:1mm 14mm;font-size:9pt}.k{width:45mm;color:#0e47a1}.body{padding:4mm 14mm}h3{color:#0e47a1;border-bottom:1px solid #0e47a1}
""", """<div class='bar'><div class='logo'>europass</div><div><div style='font-size:9pt;color:#666'>Curriculum Vitae</div><div class='n'>Layla Abdelrahman Al-Masri</div><div style='font-family:"Noto Naskh Arabic"' dir='rtl'>ليلى عبد الرحمن المصري</div></div></div>
<div class='row'><div class='k'>Date of birth:</div><div>09/05/1991</div></div><div class='row'><div class='k'>Nationality:</div><div>Jordanian</div></div><div class='row'><div class='k'>Gender:</div><div>Female</div></div>
<div class='row'><div class='k'>Email address:</div><div>layla.almasri@example.jo</div></div><div class='row'><div class='k'>Phone number:</div><div>(+962) 79 555 0142 (Mobile)</div></div><div class='row'><div class='k'>Address:</div><div>Shmeisani, 11194 Amman (Jordan)</div></div>
<div class='body'><h3>WORK EXPERIENCE</h3><p>01/2019 – CURRENT Amman, Jordan<br><b>PHARMACIST IN CHARGE</b> Jordan Hospital</p><p>06/2014 – 12/2018 Irbid, Jordan<br><b>CLINICAL PHARMACIST</b> King Abdullah University Hospital</p>
<h3>EDUCATION AND TRAINING</h3><p>09/2009 – 06/2014 Irbid, Jordan<br><b>BACHELOR OF PHARMACY</b> Jordan University of Science and Technology</p>
<h3>LANGUAGE SKILLS</h3><p>Mother tongue(s): ARABIC · Other language(s): ENGLISH C1, FRENCH A2</p></div>"""),

"dubois-chromium-gdocs-fr": ("""
body{font-family:'Liberation Serif',serif;padding:18mm 22mm}.n{font-size:26pt}.sub{font-size:12pt;color:#666}.d{font-size:9pt;color:#888}h3{font-family:'Liberation Sans';color:#2e6e8e;font-size:11pt}
""", """<div class='d'>CV · mis à jour le 8 janvier 2026</div><div class='n'>Marie-Hélène Dubois</div><div class='sub'>Ingénieure qualité — agroalimentaire</div>
<p>12 rue des Carmes, 31000 Toulouse · 06 12 45 78 90 · mh.dubois@example.fr</p>
<h3>EXPÉRIENCE PROFESSIONNELLE</h3><p><b>Responsable qualité</b>, Danone — Toulouse<br>septembre 2020 – aujourd’hui</p><p><b>Ingénieure qualité</b>, Lactalis — Laval<br>octobre 2016 – août 2020</p>
<h3>FORMATION</h3><p>Diplôme d’ingénieur agronome, AgroParisTech, 2016</p><h3>LANGUES</h3><p>Français (langue maternelle), anglais (courant), espagnol (intermédiaire)</p>"""),
}
for k, (css, body) in DOCS.items():
    (OUT / f"{k}.html").write_text(BASE % (css, body), encoding="utf-8")

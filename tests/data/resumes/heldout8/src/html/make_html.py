"""Writes the HTML sources (Canva/Novoresume/Zety/LinkedIn/Google-Docs-like designs) for
heldout8; build.sh prints each with headless Chromium. Invented people, CC0."""
import pathlib
D = pathlib.Path(__file__).parent
BASE = "<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:%s}body{font-family:%s;font-size:10pt;margin:0;color:#222}%s</style></head><body>%s</body></html>"
docs = {}

docs["benali-chromium-canva-ar-fr"] = BASE % ("0", "'Noto Sans','DejaVu Sans'", """
.top{background:#1d3557;color:#fff;padding:28px 36px;display:flex;gap:22px;align-items:center}
.photo{width:90px;height:90px;border-radius:50%;background:#a8b3c4;flex:none}
.ar{font-family:'Noto Naskh Arabic';font-size:20pt;direction:rtl}
.nm{font-size:28pt;font-weight:700;letter-spacing:1px}.job{font-size:12pt;color:#f1c40f;text-transform:uppercase;letter-spacing:3px}
.wrap{display:flex}.side{width:32%;background:#f1f3f6;padding:20px}.main{padding:20px 28px;flex:1}h3{color:#1d3557;border-bottom:2px solid #f1c40f}""",
"""<div class='top'><div class='photo'></div><div><div class='job'>Ingénieur Logiciel Full-Stack</div>
<div class='nm'>Youssef Ben Ali</div><div class='ar'>يوسف بن علي</div></div></div>
<div class='wrap'><div class='side'><h3>CONTACT</h3><p>☎ +212 6 61 23 45 78</p><p>✉ youssef.benali@example.ma</p><p>⌂ Casablanca, Maroc</p>
<h3>LANGUES</h3><p>Arabe (natif), Français (C2), Anglais (C1)</p><h3>COMPÉTENCES</h3><p>TypeScript, React, Node.js, PostgreSQL, Docker</p></div>
<div class='main'><h3>PROFIL</h3><p>Ingénieur logiciel avec 6 ans d'expérience dans la fintech et le e-commerce.</p>
<h3>EXPÉRIENCE</h3><p><b>Lead Developer</b> — PayNord, Casablanca<br>03/2022 – Présent</p><p><b>Développeur Full-Stack</b> — Souk Digital, Rabat<br>09/2019 – 02/2022</p>
<h3>FORMATION</h3><p>Diplôme d'Ingénieur d'État, ENSIAS Rabat, 2019</p></div></div>""")

docs["dasilvaferreira-chromium-novoresume-br"] = BASE % ("14mm", "'Liberation Sans'", """
.hd{display:flex;justify-content:space-between;border-bottom:3px solid #0a7b83;padding-bottom:10px}
h1{font-size:26pt;margin:0;color:#0a7b83}.t{font-size:13pt;color:#555;margin:2px 0 6px}.sum{font-size:9.5pt;max-width:120mm}
.ph{width:32mm;height:36mm;background:#ccc;border-radius:6px}.bar{display:flex;flex-wrap:wrap;gap:14px;font-size:9pt;background:#eaf5f6;padding:6px 10px;margin:8px 0}
h2{font-size:12pt;color:#0a7b83;text-transform:uppercase;margin:14px 0 4px}""",
"""<div class='hd'><div><h1>Luana Cristina da Silva Ferreira</h1><div class='t'>Analista de Marketing Digital</div>
<div class='sum'>Profissional de marketing com 7 anos de experiência em performance, SEO e CRM para varejo e educação.</div></div><div class='ph'></div></div>
<div class='bar'><span>✉ luana.ferreira@example.com.br</span><span>📱 (11) 98765-4321</span><span>📍 São Paulo, SP</span><span>in linkedin.com/in/luanacsf</span></div>
<h2>Experiência Profissional</h2><p><b>Coordenadora de Marketing Digital</b><br>Loja Aurora S.A. · 01/2021 – Atual · São Paulo</p>
<p><b>Analista de SEO</b><br>EducaMais · 03/2018 – 12/2020</p><h2>Formação</h2><p>Bacharelado em Comunicação Social — Universidade Presbiteriana Mackenzie, 2017</p>
<h2>Idiomas</h2><p>Português (nativo), Inglês (avançado), Espanhol (intermediário)</p>""")

docs["kumar-chromium-linkedin-en"] = BASE % ("12mm", "'Liberation Sans'", """
.w{display:flex}.l{width:30%;background:#f3f6f8;padding:12px;font-size:9pt}.r{flex:1;padding:12px 20px}
h1{font-size:24pt;margin:0}.hl{font-size:11pt}.loc{color:#666;font-size:10pt}h2{font-size:13pt;margin:14px 0 4px}h4{margin:10px 0 2px}
.ft{position:fixed;bottom:0;right:0;color:#999;font-size:8pt}""",
"""<div class='w'><div class='l'><h4>Contact</h4><p>arjun.vkumar@example.in</p><p>www.linkedin.com/in/arjunvkumar (LinkedIn)</p>
<h4>Top Skills</h4><p>Kubernetes<br>Site Reliability Engineering<br>Go (Programming Language)</p>
<h4>Languages</h4><p>English (Full Professional)<br>Kannada (Native or Bilingual)<br>Hindi (Professional Working)</p>
<h4>Certifications</h4><p>Certified Kubernetes Administrator (CKA)<br>AWS Certified Solutions Architect – Associate</p>
<h4>Honors-Awards</h4><p>Star Performer of the Year 2023</p></div>
<div class='r'><h1>Arjun Venkatesh Kumar</h1><div class='hl'>Staff SRE at Fliplane | Kubernetes | Observability | Ex-Infosys</div>
<div class='loc'>Bengaluru, Karnataka, India</div><h2>Summary</h2><p>I build reliable platforms. 11 years across payments and e-commerce infrastructure.</p>
<h2>Experience</h2><h4>Fliplane</h4><p>Staff Site Reliability Engineer<br>April 2021 - Present (4 years 10 months)<br>Bengaluru, Karnataka, India</p>
<h4>Infosys</h4><p>Senior Systems Engineer<br>July 2014 - March 2021 (6 years 9 months)</p>
<h2>Education</h2><h4>National Institute of Technology Karnataka</h4><p>Bachelor of Technology - BTech, Computer Engineering · (2010 - 2014)</p></div></div>
<div class='ft'>Page 1 of 1</div>""")

docs["aydin-chromium-zety-tr"] = BASE % ("0", "'DejaVu Sans'", """
.w{display:flex;min-height:297mm}.s{width:34%;background:#2b2d42;color:#eee;padding:22px;font-size:9pt}.m{flex:1;padding:26px}
.n1{font-size:26pt;font-weight:300}.n2{font-size:26pt;font-weight:800;color:#ef233c}.j{letter-spacing:4px;font-size:9pt;margin-top:6px;color:#555}
h3{font-size:10pt;letter-spacing:2px;border-bottom:1px solid #bbb;padding-bottom:3px}.s h3{border-color:#666}""",
"""<div class='w'><div class='s'><h3>KİŞİSEL BİLGİLER</h3><p>Adres<br>Kadıköy, İstanbul</p><p>Telefon<br>+90 532 111 22 33</p><p>E-posta<br>elif.aydin@example.com.tr</p>
<p>Doğum Tarihi<br>14.06.1995</p><p>Ehliyet<br>B</p><h3>BECERİLER</h3><p>Figma · Adobe XD · Kullanıcı Araştırması · HTML/CSS</p><h3>DİLLER</h3><p>Türkçe, İngilizce (C1), Almanca (B1)</p></div>
<div class='m'><div><span class='n1'>ELİF </span><span class='n2'>AYDIN</span></div><div class='j'>KIDEMLİ UX TASARIMCISI</div>
<h3>PROFİL</h3><p>Mobil bankacılık ve e-ticaret ürünlerinde 8 yıllık deneyime sahip kullanıcı deneyimi tasarımcısı.</p>
<h3>İŞ DENEYİMİ</h3><p><b>Kıdemli UX Tasarımcısı</b>, Boğaziçi Bank — 2021 – Günümüz</p><p><b>UI/UX Tasarımcı</b>, Trendsepet — 2018 – 2021</p>
<h3>EĞİTİM</h3><p>Lisans, Endüstriyel Tasarım — Orta Doğu Teknik Üniversitesi, 2017</p></div></div>""")

docs["hernandezruiz-chromium-gdocs-es"] = BASE % ("25mm 25mm", "'Liberation Serif'", """
.tt{font-size:9pt;color:#888;letter-spacing:2px}h1{font-family:'Liberation Serif';font-size:28pt;font-weight:400;margin:4px 0}.c{font-size:9.5pt;color:#555}
h2{font-family:'Liberation Sans';font-size:11pt;color:#4a6ee0;margin:16px 0 4px}""",
"""<div class='tt'>CURRÍCULUM VÍTAE · ACTUALIZADO ENERO 2026</div><h1>Carlos Alberto Hernández Ruiz</h1>
<div class='c'>Calle de Alcalá 214, 3º B, 28028 Madrid · +34 612 345 678 · carlos.hernandez.ruiz@example.es</div>
<h2>PERFIL</h2><p>Ingeniero industrial con diez años en mantenimiento predictivo y energía renovable.</p>
<h2>EXPERIENCIA</h2><p><b>Iberwind Energía</b>, Madrid — <i>Jefe de Mantenimiento</i><br>MARZO 2020 – ACTUALIDAD</p>
<p><b>Siemens Gamesa</b>, Zamudio — <i>Ingeniero de Fiabilidad</i><br>SEPTIEMBRE 2015 – FEBRERO 2020</p>
<h2>EDUCACIÓN</h2><p><b>Universidad Politécnica de Madrid</b> — Máster en Ingeniería Industrial, 2015</p>
<h2>IDIOMAS</h2><p>Español (nativo), inglés (C1), alemán (A2)</p>""")

docs["nkosimahlangu-chromium-resumeio-details"] = BASE % ("0", "'Liberation Sans'", """
.w{display:flex}.m{flex:1;padding:26px 28px}.s{width:30%;background:#0f4c5c;color:#fff;padding:26px 18px;font-size:9pt}
.s h4{letter-spacing:1px;margin:14px 0 4px}h1{font-size:22pt;margin:0}.j{font-size:10pt;color:#0f4c5c;text-transform:uppercase;letter-spacing:2px}
h2{font-size:12pt;margin:14px 0 4px}""",
"""<div class='w'><div class='s'><h4>Details</h4><p>14 Jan Smuts Avenue<br>Johannesburg, 2196<br>South Africa<br>+27 82 555 0147<br>thandiwe.nm@example.co.za</p>
<h4>Date / Place of birth</h4><p>09/03/1991<br>Pietermaritzburg</p><h4>Nationality</h4><p>South African</p><h4>Driving licence</h4><p>Code B</p>
<h4>Skills</h4><p>IFRS reporting<br>SAP S/4HANA<br>Power BI</p></div>
<div class='m'><h1>Thandiwe Nkosi-Mahlangu</h1><div class='j'>Chartered Accountant (SA)</div>
<h2>Profile</h2><p>CA(SA) with nine years of audit and group reporting experience in mining and retail.</p>
<h2>Employment History</h2><p><b>Group Financial Controller, Mzansi Retail Holdings</b>, Johannesburg<br>Feb 2021 — Present</p>
<p><b>Audit Manager, KPMG</b>, Durban<br>Jan 2016 — Jan 2021</p><h2>Education</h2><p><b>BCom Accounting (Honours), University of KwaZulu-Natal</b>, 2014</p>
<h2>References</h2><p>Sipho Dlamini from Mzansi Retail Holdings<br>sipho.dlamini@example.co.za</p></div></div>""")

docs["wangjiaqi-chromium-jianli-table"] = BASE % ("14mm", "'WenQuanYi Zen Hei'", """
h1{text-align:center;font-size:22pt;letter-spacing:8px;margin:0 0 10px}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:5px 8px}
.l{background:#eef3fb;width:16%}.ph{width:26mm;text-align:center;color:#999}h2{background:#2d5aa0;color:#fff;font-size:11pt;padding:3px 8px;margin:14px 0 6px}""",
"""<h1>个人简历</h1><table><tr><td class='l'>姓　　名</td><td>王佳琪</td><td class='l'>性　　别</td><td>女</td><td class='ph' rowspan='4'>照片</td></tr>
<tr><td class='l'>出生年月</td><td>1998.05</td><td class='l'>政治面貌</td><td>群众</td></tr>
<tr><td class='l'>联系电话</td><td>138-1234-5678</td><td class='l'>电子邮箱</td><td>wangjiaqi98@example.cn</td></tr>
<tr><td class='l'>求职意向</td><td colspan='3'>产品经理（北京 / 杭州）</td></tr></table>
<h2>教育背景</h2><p>2016.09 – 2020.06　浙江大学　信息管理与信息系统　本科</p>
<h2>工作经历</h2><p>2022.07 – 至今　杭州云栖科技有限公司　产品经理</p><p>2020.07 – 2022.06　北京字节跳动科技有限公司　产品运营</p>
<h2>技能证书</h2><p>英语六级（CET-6），PMP</p>""")

docs["noname-chromium-canva-blind"] = BASE % ("0", "'Liberation Sans'", """
.top{background:#6a4c93;color:#fff;padding:24px 30px}.top .a{font-size:22pt;font-weight:700}.top .b{letter-spacing:3px}
.w{padding:18px 30px}h3{color:#6a4c93;letter-spacing:2px}""",
"""<div class='top'><div class='a'>CANDIDATE 0417</div><div class='b'>DATA ENGINEER · BLIND APPLICATION</div></div>
<div class='w'><p>Contact via programme alias: applicant-0417@example.org · Berlin, Germany</p>
<h3>PROFILE</h3><p>Data engineer with five years building streaming pipelines for logistics and public transport.</p>
<h3>EXPERIENCE</h3><p><b>Data Engineer</b>, Transit analytics company, Berlin — 2022 – present</p><p><b>Junior Data Engineer</b>, Logistics start-up, Hamburg — 2020 – 2022</p>
<h3>EDUCATION</h3><p>MSc Computer Science, Technische Universität Berlin, 2020</p>
<h3>REFERENCES</h3><p>Prof. Dr. Henrike Albers, TU Berlin — h.albers@example.de<br>Marco Ventura, Head of Data — available on request</p></div>""")

docs["lefevre-chromium-kickresume-fr"] = BASE % ("0", "'Liberation Sans'", """
.w{display:flex;min-height:297mm}.s{width:36%;background:#fde8e0;padding:24px 18px;font-size:9pt}.m{flex:1;padding:24px}
.ph{width:34mm;height:34mm;border-radius:50%;background:#c9a89a;margin:0 auto 12px}.hello{font-size:11pt;color:#a0522d}
.n{font-size:30pt;font-family:'Liberation Serif';line-height:1.05}h3{font-size:10pt;letter-spacing:2px;color:#a0522d}""",
"""<div class='w'><div class='s'><div class='ph'></div><h3>COORDONNÉES</h3><p>12 rue des Tanneurs<br>69002 Lyon</p><p>06 12 34 56 78</p><p>chloe.lefevre-nguyen@example.fr</p>
<p>Née le 02/11/1993 à Lyon</p><p>Permis B</p><h3>LANGUES</h3><p>Français, Anglais (C1), Vietnamien (B2)</p></div>
<div class='m'><div class='hello'>Bonjour, je suis</div><div class='n'>Chloé<br>Lefèvre-Nguyen</div><p><i>Cheffe de projet événementiel</i></p>
<h3>EXPÉRIENCES PROFESSIONNELLES</h3><p><b>Cheffe de projet</b> — Agence Lumière, Lyon<br>Sept. 2020 – aujourd'hui</p><p><b>Chargée d'événements</b> — Office du Tourisme de Lyon<br>2016 – 2020</p>
<h3>FORMATION</h3><p>Master Management du Tourisme, Université Lyon 3, 2016</p></div></div>""")

for k, v in docs.items():
    (D / f"{k}.html").write_text(v, encoding="utf-8")

import subprocess, os
docs = {
"CV_Priya_Raghavan.pdf": ("Priya Raghavan", """<p>Bengaluru, India · priya.raghavan@gmail.example · +91 98450 12345</p>
<h2>Education</h2><p>M.Sc. Environmental Science, University of Mysore (2021)<br>B.Sc. Botany, Mount Carmel College, Bengaluru (2019)</p>
<h2>Experience</h2><p><b>Research Associate</b>, Ashoka Trust for Ecology (fictional), 2022–present — groundwater mapping in Kolar district, village water committees, QGIS.<br>
<b>Field Assistant</b>, Western Ghats Lichen Survey, 2021–2022.</p>
<h2>Skills</h2><p>QGIS, R, Kannada, Tamil, Hindi, English; community facilitation.</p>"""),
"CV_Lucia_Fernandez_Ruiz.pdf": ("Lucía Fernández Ruiz", """<p>Sevilla, España · lucia.fdez@outlook.example</p>
<h2>Formación</h2><p>Doctorado en Historia del Arte, Universidad de Sevilla (2024)<br>Máster en Patrimonio Cultural (2019)</p>
<h2>Experiencia</h2><p>Investigadora postdoctoral, archivo municipal de Carmona (2024–actualidad).<br>Comisaria de la exposición «Azulejo y memoria» (2023).</p>
<h2>Idiomas</h2><p>Español (nativo), inglés (C1), portugués (B2).</p>"""),
"CV-Awa-Diop.pdf": ("Awa Diop", """<p>Dakar, Sénégal · awa.diop@orange-mail.example</p>
<h2>Formation</h2><p>Master en santé publique, Université Cheikh Anta Diop (2022)</p>
<h2>Expérience</h2><p>Chargée de projet, association Xaley Wér (fictive), Thiès — prévention du paludisme chez l'enfant, 2022–2026.<br>Stagiaire, district sanitaire de Pikine, 2021.</p>
<h2>Langues</h2><p>Wolof, français, anglais (B2).</p>"""),
"CV_Dewi_Lestari.pdf": ("Dewi Lestari, S.Si., M.T.", """<p>Yogyakarta, Indonesia · dewi.lestari@gmail.example</p>
<h2>Pendidikan</h2><p>S2 Teknik Lingkungan, Universitas Gadjah Mada (2023)<br>S1 Kimia, Universitas Diponegoro (2020)</p>
<h2>Pengalaman</h2><p>Peneliti, Lab Pengolahan Air Limbah (2023–sekarang) — sistem biofilter untuk industri batik rumahan.</p>
<h2>Bahasa</h2><p>Indonesia, Jawa, Inggris.</p>"""),
"Omar_Hassan_CV_2026.pdf": ("Omar Hassan", """<p>Alexandria, Egypt · omar.hassan@outlook.example</p>
<h2>Education</h2><p>B.Arch., Alexandria University (2020)</p>
<h2>Experience</h2><p>Architect, community housing retrofit projects in Karmouz (2021–present).<br>Volunteer, heritage documentation of Attarin market.</p>
<h2>Languages</h2><p>Arabic (native), English (fluent), French (basic).</p>"""),
"Chinedu_Eze_CV.pdf": ("Chinedu Eze", """<p>Enugu, Nigeria · chinedu.eze@yahoo.example</p>
<h2>Education</h2><p>B.Eng. Electrical Engineering, University of Nigeria, Nsukka (2021)</p>
<h2>Experience</h2><p>Solar mini-grid technician, Udi LGA (2022–present). Trained 40 youths in solar installation.</p>"""),
"Reference_Amina_Okafor.pdf": ("Letter of Reference — Ms Amina Okafor", """<p>Human Resources Department, Lagoon Health Trust (fictional), Lagos</p>
<p>To the Selection Committee, Harbourline Fellowship</p>
<p>I am writing in support of Ms Amina Okafor, who has worked with us as a Community Health Programme Officer since March 2022. Amina led our antenatal outreach in three local government areas and consistently exceeded her targets. She is dependable, well organised and respected by colleagues and community members alike.</p>
<p>We recommend her without reservation.</p><p>Folake Adeyemi<br>Head of Human Resources</p>"""),
"Carta_recomendacion_Mateo_Quispe.pdf": ("Carta de recomendación", """<p>Lima, 18 de noviembre de 2026</p>
<p>Al Comité de Selección de Harbourline Fellowship:</p>
<p>Por medio de la presente recomiendo al Sr. Mateo Quispe Huamán, quien fue mi asistente de investigación en el proyecto de monitoreo de glaciares de la Cordillera Blanca entre 2023 y 2025. Mateo demostró rigor, iniciativa y una excelente capacidad para trabajar con comunidades campesinas.</p>
<p>Atentamente,</p><p>Dra. Rosa Villanueva Paredes<br>Profesora Principal, Facultad de Ciencias (ficticia)</p>"""),
"CV_Andreea_Popescu.pdf": ("Andreea Popescu", """<p>Cluj-Napoca, România · andreea.popescu@yahoo-ro.example</p>
<h2>Studii</h2><p>Master în Sociologie, Universitatea Babeș-Bolyai (2022)</p>
<h2>Experiență</h2><p>Coordonatoare de proiect, ONG pentru educație rurală (2022–prezent).</p>"""),
}
for fn,(title,body) in docs.items():
    html=f"<html><head><meta charset='utf-8'><title>{title}</title><style>body{{font-family:'DejaVu Sans';font-size:11pt;margin:2cm}}</style></head><body><h1>{title}</h1>{body}</body></html>"
    h=fn+".html"; open(h,"w").write(html)
    subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer",f"--print-to-pdf={os.path.abspath(fn)}",os.path.abspath(h)],capture_output=True,timeout=60)
    print(fn, os.path.getsize(fn) if os.path.exists(fn) else None)
import subprocess, os
fn="CV_Marco_Bianchi.pdf"
html="""<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:11pt;margin:2cm}</style></head><body><h1>Marco Bianchi</h1>
<p>Napoli, Italia · marco.bianchi@libero.example</p><h2>Formazione</h2><p>Laurea magistrale in Pianificazione territoriale, Università di Napoli (2019)</p>
<h2>Esperienza</h2><p>Urbanista, cooperativa Rione Vivo (fittizia), 2020–oggi — processi partecipativi di rigenerazione nei Quartieri Spagnoli.</p>
<h2>Lingue</h2><p>Italiano, inglese (C1), spagnolo (B1).</p></body></html>"""
open(fn+".html","w").write(html)
subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer",f"--print-to-pdf={os.path.abspath(fn)}",os.path.abspath(fn+".html")],capture_output=True,timeout=60)
print(os.path.getsize(fn))

# --- the two .docx resumes (run with /work/main/.venv/bin/python; python-docx)
from docx import Document
d=Document(); d.add_heading("Oluwaseun Adebayo",0)
d.add_paragraph("Ibadan, Oyo State, Nigeria · seun.adebayo@yahoo.example · +234 803 555 0142")
d.add_heading("Profile",1); d.add_paragraph("Agricultural economist working with smallholder cassava farmers on post-harvest losses and cooperative finance.")
d.add_heading("Education",1); d.add_paragraph("M.Sc. Agricultural Economics, University of Ibadan (2023)"); d.add_paragraph("B.Agric., Federal University of Agriculture, Abeokuta (2019)")
d.add_heading("Experience",1); d.add_paragraph("Research Officer, Ogbomoso Farmers' Cooperative Union (fictional), 2023–present")
d.add_paragraph("NYSC, Ministry of Agriculture, Kwara State, 2019–2020")
d.add_heading("Languages",1); d.add_paragraph("English, Yoruba, Hausa (basic)")
d.save("Oluwaseun_Adebayo_Resume.docx")
d=Document(); d.add_heading("Nguyễn Thị Thu Hà",0)
d.add_paragraph("Huế, Việt Nam · thuha.nguyen@gmail.example")
d.add_heading("Học vấn",1); d.add_paragraph("Thạc sĩ Công tác xã hội, Đại học Khoa học Huế (2022)")
d.add_heading("Kinh nghiệm",1); d.add_paragraph("Cán bộ dự án, trung tâm hỗ trợ phụ nữ khuyết tật (2022–nay)")
d.add_heading("Ngoại ngữ",1); d.add_paragraph("Tiếng Anh (IELTS 7.0)")
d.save("CV_Nguyen_Thi_Thu_Ha.docx")

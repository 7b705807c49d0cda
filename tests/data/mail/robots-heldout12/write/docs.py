# -*- coding: utf-8 -*-
"""Make the CVs (PDF via headless Chromium, DOCX via python-docx) attached to people's mail."""
import os, html, io
OUTDIR = os.path.join(os.path.dirname(__file__), 'attachments')

CVS = {
 'wanjiru': dict(lang='en', name='Wanjiru Kamau', contact='Kisumu, Kenya · wanjiru.kamau@gmail.example · +254 711 000 000',
   profile='Energy access practitioner with seven years of work on off-grid solar for informal traders.',
   sections=[('Experience', ['2022–present: Field Coordinator, Jua Kali Energy Collective, Kisumu — set up 14 pay-as-you-go solar kiosks in Kibuye and Jubilee markets.',
                             '2019–2022: Sales and Training Officer, SunBright Solutions, Kakamega — trained 300 market vendors on solar lantern maintenance.']),
             ('Education', ['2018: BSc Electrical and Electronic Engineering, Maseno University']),
             ('Languages', ['English, Kiswahili, Dholuo'])]),
 'aissatou': dict(lang='fr', name='Aïssatou Diallo', contact='Thiès, Sénégal · a.diallo@jeunesse-thies.example · +221 77 000 00 00',
   profile='Animatrice socio-éducative, coordinatrice de projets de jardins scolaires depuis 2020.',
   sections=[('Expérience professionnelle', ['2020–aujourd’hui : Coordinatrice, Association Jeunesse Solidaire de Thiès — 6 jardins scolaires, 900 élèves.',
                                             '2016–2020 : Animatrice, Centre culturel régional de Thiès.']),
             ('Formation', ['2015 : Licence en sociologie, Université Gaston Berger, Saint-Louis']),
             ('Langues', ['Français, wolof, anglais (intermédiaire)'])]),
 'fernanda': dict(lang='pt', name='Fernanda Albuquerque', contact='Recife, PE, Brasil · fernanda.albuquerque@coletivo-reuso.example · +55 81 90000-0000',
   profile='Educadora ambiental e artesã; coordena oficinas de reciclagem e economia solidária na Zona Norte do Recife.',
   sections=[('Experiência', ['2021–atual: Coordenadora, Coletivo Reuso — oficinas semanais para 60 jovens.',
                              '2017–2021: Educadora ambiental, Secretaria Municipal de Meio Ambiente do Recife.']),
             ('Formação', ['2016: Licenciatura em Ciências Biológicas, UFPE']),
             ('Idiomas', ['Português (nativo), espanhol (intermediário)'])]),
 'anil': dict(lang='en', name='Anil Kumar Verma', contact='Jhansi, Uttar Pradesh, India · anil.verma.jhansi@gmail.example · +91 90000 00000',
   profile='Water conservation worker with 10 years of experience in Bundelkhand villages (check dams, farm ponds, village water committees).',
   sections=[('Experience', ['2019–present: Project Coordinator, Jal Jagran Samiti, Jhansi — 42 farm ponds with 35 villages.',
                             '2014–2019: Field Officer, Bundelkhand Gramin Vikas Sansthan.']),
             ('Education', ['2013: MSc Agriculture (Soil and Water Conservation), Bundelkhand University']),
             ('Languages', ['Hindi, Bundeli, English'])]),
 'siti': dict(lang='en', name='Siti Rahmawati, S.Sos.', contact='Makassar, Sulawesi Selatan, Indonesia · siti.rahmawati88@yahoo.example · +62 812 0000 0000',
   profile='Community organiser running a waste bank (bank sampah) with 400 member households.',
   sections=[('Experience', ['2018–present: Chair, Bank Sampah Mawar, Kelurahan Tamalanrea, Makassar.',
                             '2013–2018: Programme assistant, Yayasan Peduli Pesisir.']),
             ('Education', ['2012: Sarjana Sosial (S.Sos.), Universitas Hasanuddin']),
             ('Languages', ['Bahasa Indonesia, Bugis, English (basic)'])]),
 'mahmoud': dict(lang='en', name='Mahmoud Abdelrahman', contact='Minya, Egypt · m.abdelrahman@nile-agri.example · +20 100 000 0000',
   profile='Agricultural engineer working on composting and reuse of crop residues with smallholder farmers.',
   sections=[('Experience', ['2020–present: Project Manager, Nile Agri-Waste Initiative — 120 farmers trained in composting rice straw.',
                             '2016–2020: Extension Engineer, Minya Governorate Agriculture Directorate.']),
             ('Education', ['2015: BSc Agricultural Engineering, Minia University']),
             ('Languages', ['Arabic (native), English (good)'])]),
 'emre': dict(lang='tr', name='Emre Aydın', contact='Mardin, Türkiye · emre.aydin@dicle-genclik.example · +90 530 000 00 00',
   profile='Kırsal kalkınma ve kadın kooperatifleri alanında 6 yıllık deneyime sahip proje koordinatörü.',
   sections=[('İş Deneyimi', ['2021–halen: Proje Koordinatörü, Dicle Gençlik Derneği, Mardin',
                              '2018–2021: Eğitmen, Mardin Halk Eğitim Merkezi']),
             ('Eğitim', ['2017: İşletme Lisans, Mardin Artuklu Üniversitesi']),
             ('Diller', ['Türkçe, Kürtçe, İngilizce (orta)'])]),
 'andrii': dict(lang='uk', name='Андрій Мельник', contact='Львів, Україна · andrii.melnyk@ridna-hromada.example · +380 67 000 00 00',
   profile='Координатор громадських проєктів, психолог; з 2022 року працює з внутрішньо переміщеними особами.',
   sections=[('Досвід роботи', ['2022–дотепер: координатор програми психологічної підтримки, ГО «Рідна громада», Львів',
                                '2017–2022: шкільний психолог, Львівський ліцей № 12']),
             ('Освіта', ['2016: магістр психології, Львівський національний університет імені Івана Франка']),
             ('Мови', ['українська, англійська (B2), польська (B1)'])]),
 'tanvir': dict(lang='en', name='Md. Tanvir Hossain', contact='Khulna, Bangladesh · tanvir.hossain.khl@gmail.example · +880 1700 000000',
   profile='Civil engineer working on safe drinking water in salinity-affected coastal villages.',
   sections=[('Experience', ['2020–present: Project Engineer, Shobuj Pani Foundation — 18 rainwater harvesting units and 3 pond sand filters in Dacope.',
                             '2017–2020: Site Engineer, Khulna City Corporation.']),
             ('Education', ['2016: BSc Civil Engineering, Khulna University of Engineering & Technology']),
             ('Languages', ['Bengali, English'])]),
 'adewale': dict(lang='en', name='Adewale Ogunleye', contact='Ibadan, Oyo State, Nigeria · info@ibadancodeclub.example · +234 803 000 0000',
   profile='Software developer and volunteer teacher; coordinator of Ibadan Code Club (free weekend coding classes for secondary school students).',
   sections=[('Experience', ['2021–present: Coordinator, Ibadan Code Club — 250 students taught, 12 volunteer tutors.',
                             '2018–present: Backend Developer, Oja Tech Ltd, Lagos (remote).']),
             ('Education', ['2017: BSc Computer Science, University of Ibadan']),
             ('Languages', ['Yoruba, English'])]),
 'misaki': dict(lang='ja', name='佐藤 美咲', contact='秋田県秋田市 · misaki.sato@akita-net.example · 090-0000-0000',
   profile='NPO法人で高齢者向けのデジタル支援活動に6年間従事。',
   sections=[('職歴', ['2020年4月〜現在　NPO法人あきたつなぐ会　事業担当（スマートフォン教室の企画・運営）',
                      '2015年4月〜2020年3月　秋田市社会福祉協議会　生活支援コーディネーター']),
             ('学歴', ['2015年3月　秋田大学 教育文化学部 卒業']),
             ('資格', ['社会福祉士、普通自動車第一種運転免許'])]),
 'ayesha': dict(lang='en', name='Ayesha Siddiqui', contact='Lahore, Pakistan · ayesha.siddiqui.lhr@outlook.example · +92 300 0000000',
   profile='Public health nurse running menstrual health and hygiene sessions in girls’ schools in Lahore.',
   sections=[('Experience', ['2020–present: Programme Lead, Sehat Saheli Initiative — 40 schools, 6,000 students.',
                             '2015–2020: Staff Nurse, Services Hospital, Lahore.']),
             ('Education', ['2014: BSc Nursing, University of Health Sciences, Lahore']),
             ('Languages', ['Urdu, Punjabi, English'])]),
}

def cv_html(d):
    font = "'Droid Sans Fallback'" if d['lang'] == 'ja' else "'DejaVu Sans'"
    out = [f'<html><head><meta charset="utf-8"><style>body{{font-family:{font},sans-serif;font-size:11pt;margin:2cm}}h1{{font-size:20pt;margin-bottom:2px}}h2{{font-size:13pt;border-bottom:1px solid #444;margin-top:18px}}</style></head><body>',
           f'<h1>{html.escape(d["name"])}</h1><div>{html.escape(d["contact"])}</div><p>{html.escape(d["profile"])}</p>']
    for title, items in d['sections']:
        out.append(f'<h2>{html.escape(title)}</h2><ul>' + ''.join(f'<li>{html.escape(i)}</li>' for i in items) + '</ul>')
    out.append('</body></html>')
    return ''.join(out)

LETTER = """<html><head><meta charset="utf-8"><style>body{font-family:'DejaVu Serif',serif;font-size:11pt;margin:2.2cm;line-height:1.45}</style></head><body>
<p><b>FACULTY OF SCIENCE · DEPARTMENT OF COMPUTER SCIENCE</b><br>University of Ibadan (invented for a test) · Ibadan, Nigeria</p>
<p>18 November 2026</p>
<p>The Grants Team<br>Community Futures Fund</p>
<p><b>Re: Letter of reference for Mr Adewale Ogunleye</b></p>
<p>I am pleased to write in support of Mr Adewale Ogunleye's application for the Ibadan Code Club project. I taught Adewale in his final two years of undergraduate study (2015–2017), and since 2021 our department has hosted the Code Club's Saturday classes in our teaching laboratory.</p>
<p>Adewale is reliable, well organised and patient with young learners. He recruited and trained twelve volunteer tutors, most of them our own students, and the club's attendance records are the best kept I have seen from any volunteer programme. The department will continue to provide the laboratory free of charge during the project period.</p>
<p>I recommend him to you without reservation.</p>
<p>Yours faithfully,</p>
<p>Prof. Olufunke Adeyemi<br>Head of Department, Computer Science</p>
</body></html>"""

def build():
    os.makedirs(OUTDIR, exist_ok=True)
    jobs = [(k, cv_html(v)) for k, v in CVS.items()] + [('letter-adeyemi', LETTER)]
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path='/usr/bin/chromium', args=['--no-sandbox'])
        pg = b.new_page()
        for k, h in jobs:
            out = os.path.join(OUTDIR, k + '.pdf')
            if os.path.exists(out):
                continue
            pg.set_content(h)
            pg.pdf(path=out, format='A4')
        b.close()
    import docx
    for k, name, lines in [
        ('luis', 'Luis Alberto Quispe Mamani', ['Puno, Perú · lquispe.puno@gmail.example · +51 951 000 000',
            'PERFIL', 'Bibliotecario comunitario y profesor de educación primaria bilingüe (quechua–castellano).',
            'EXPERIENCIA', '2019–actualidad: Coordinador, Biblioteca Comunitaria Tikarisun, Chucuito.', '2012–2019: Docente, I.E.P. N.º 70025, Puno.',
            'FORMACIÓN', '2011: Licenciatura en Educación Primaria, Universidad Nacional del Altiplano.', 'IDIOMAS', 'Castellano, quechua, aimara (básico).']),
        ('lan', 'Nguyễn Thị Lan', ['Cần Thơ, Việt Nam · nguyenthilan.ct@gmail.example · 0909 000 000',
            'MỤC TIÊU', 'Giáo viên tiếng Anh, mong muốn mở lớp học miễn phí cho trẻ em có hoàn cảnh khó khăn.',
            'KINH NGHIỆM', '2019 – nay: Giáo viên tiếng Anh, Trung tâm Ngoại ngữ Ánh Dương, Cần Thơ.', '2016 – 2019: Tình nguyện viên, Câu lạc bộ Tiếng Anh Ninh Kiều.',
            'HỌC VẤN', '2016: Cử nhân Sư phạm Tiếng Anh, Trường Đại học Cần Thơ.']),
        ('minjun', '김민준', ['부산광역시 · minjun.kim@bada-school.example · 010-0000-0000',
            '경력', '2020년 – 현재: 바다학교 사회적협동조합 교육팀장 (청소년 해양 환경 교육 운영)', '2016년 – 2020년: 부산 해양자연사박물관 교육 강사',
            '학력', '2015년: 부경대학교 해양학과 졸업', '자격', '스쿠버다이빙 강사, 환경교육사 2급'])]:
        out = os.path.join(OUTDIR, k + '.docx')
        if os.path.exists(out):
            continue
        d = docx.Document()
        d.add_heading(name, 0)
        for l in lines:
            if l.isupper() or l in ('경력', '학력', '자격'):
                d.add_heading(l, 1)
            else:
                d.add_paragraph(l)
        d.save(out)

def data(name):
    return open(os.path.join(OUTDIR, name), 'rb').read()

if __name__ == '__main__':
    build()

# -*- coding: utf-8 -*-
"""People: new applications with a CV."""
from lib import *
from docs import data

OUT = []
def add(path, content):
    OUT.append(('people/' + path, content))

PDF, DOCX = 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

def html_of(body):
    import html as H
    return '<div dir="ltr">' + '<br>'.join(H.escape(l) for l in body.rstrip('\n').split('\n')) + '</div>\n'

def gmail(name, addr, subject, body, day, hh, mm, tz, atts=(), irt=None, refs=None, extra=(), to='apply@grants.example', cc=None):
    alt = multi('alternative', [text(body, cte='quoted-printable'), text(html_of(body), 'html', cte='quoted-printable')],
                boundary='000000000000' + hexid(16))
    bodypart = multi('mixed', [alt] + [attach(data(f), ct, fn) for f, ct, fn in atts], boundary='000000000000' + hexid(16)) if atts else alt
    return message([
        ('Return-Path', f'<{addr}>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(3, 59), f'mail-ej1-f{R.randint(10,99)}.google.example', f'192.0.2.{R.randint(2,250)}'),
        ('MIME-Version', '1.0'),
        ('References', refs),
        ('In-Reply-To', irt),
        ('From', a(name, addr)),
        ('Date', date(day, hh, mm, R.randint(0, 59), tz)),
        ('Message-ID', f'<CA{alnum(2)}{alnum(38, False)}+{alnum(6)}@mail.gmail.example>'),
        ('Subject', h(subject)),
        ('To', to),
        ('Cc', cc),
        *extra,
    ], bodypart)

def outlook(name, addr, subject, body, day, hh, mm, tz, atts=(), irt=None, refs=None, lang='en-US', extra=(), to='Grants Team <apply@grants.example>', cc=None, helo='mail-eur05on2090.outbound.protection.outlook.example'):
    import html as H
    htmlb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head><body lang="' + lang + '"><div class="WordSection1">' + \
        ''.join(f'<p class="MsoNormal">{H.escape(l) or "&nbsp;"}</p>' for l in body.rstrip('\n').split('\n')) + '</div></body></html>\n'
    alt = multi('alternative', [text(body, cte='quoted-printable'), text(htmlb, 'html', cte='quoted-printable')], boundary=f'_000_{alnum(40)}_')
    bodypart = multi('mixed', [alt] + [attach(data(f), ct, fn) for f, ct, fn in atts], boundary=f'_004_{alnum(40)}_') if atts else alt
    mid = f'<{alnum(12)}{R.randint(1000,9999)}{alnum(20)}@{alnum(12)}.namprd0{R.randint(1,9)}.prod.outlook.example>'
    return message([
        ('Return-Path', f'<{addr}>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(3, 59), helo, f'198.51.100.{R.randint(2,250)}'),
        ('From', a(name, addr)),
        ('To', to),
        ('Cc', cc),
        ('Subject', h(subject)),
        ('Thread-Topic', h(subject[4:] if subject[:4].lower() in ('re: ', 'fw: ') else subject)),
        ('Thread-Index', 'AQHb' + alnum(22) + '=='),
        ('Date', date(day, hh, mm, R.randint(0, 59), tz)),
        ('Message-ID', mid),
        ('References', refs),
        ('In-Reply-To', irt),
        ('Accept-Language', f'{lang}, en-US'),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if atts else ''),
        ('X-MS-TNEF-Correlator', ''),
        *extra,
        ('MIME-Version', '1.0'),
    ], bodypart)

def iphone(name, addr, subject, body, day, hh, mm, tz, atts=(), irt=None, refs=None, helo='p-east3-cluster1-host4-snip4-10.eps.apple.example', extra=()):
    if atts:
        parts = [text(body, cte='quoted-printable')] + [attach(data(f), ct, fn) for f, ct, fn in atts]
        bodypart = multi('mixed', parts, boundary=f'Apple-Mail-{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}')
    else:
        bodypart = text(body, cte='quoted-printable')
    return message([
        ('Return-Path', f'<{addr}>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(3, 59), helo, f'203.0.113.{R.randint(2,250)}'),
        ('Mime-Version', '1.0 (1.0)'),
        ('From', a(name, addr)),
        ('Date', date(day, hh, mm, R.randint(0, 59), tz)),
        ('Subject', h(subject)),
        ('Message-Id', f'<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@{addr.split("@")[1]}>'),
        ('References', refs),
        ('In-Reply-To', irt),
        ('To', 'apply@grants.example'),
        ('X-Mailer', 'iPhone Mail (22B91)'),
        *extra,
    ], bodypart)

# 01 Kenya, English, Gmail, PDF
add('01-new-application-en-gmail-cv.eml', gmail('Wanjiru Kamau', 'wanjiru.kamau@gmail.example', 'Application – Solar kiosks for Kisumu market traders', """Dear Grants Team,

I would like to apply for the Community Futures Fund 2027 on behalf of the
Jua Kali Energy Collective in Kisumu.

Our project will set up six more solar charging kiosks in Kibuye and
Jubilee markets. Each kiosk is run by a woman trader, who rents out
lanterns and charges phones for the other traders, so that stalls can stay
open after dark without paraffin lamps.

Please find my CV attached. I can send our registration certificate and
last year's accounts if you need them.

Thank you for considering our application.

Best regards,
Wanjiru Kamau
Field Coordinator, Jua Kali Energy Collective
+254 711 000 000
""", 2, 8, 11, '+0300', atts=[('wanjiru.pdf', PDF, 'Wanjiru_Kamau_CV.pdf')]))

# 02 Senegal, French, Outlook, PDF
add('02-new-application-fr-outlook-cv.eml', outlook('Aïssatou Diallo', 'a.diallo@jeunesse-thies.example', 'Candidature – Jardins scolaires à Thiès', """Madame, Monsieur,

Je me permets de vous adresser la candidature de l'Association Jeunesse Solidaire de Thiès au Community Futures Fund 2027.

Notre projet vise à créer quatre nouveaux jardins scolaires dans les écoles élémentaires de Thiès-Nord, avec un système d'irrigation goutte-à-goutte et une formation des enseignants. Les légumes produits sont utilisés pour les cantines scolaires.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Aïssatou Diallo
Coordinatrice
Association Jeunesse Solidaire de Thiès
Tél. : +221 77 000 00 00
""", 2, 10, 40, '+0000', atts=[('aissatou.pdf', PDF, 'CV_Aissatou_Diallo.pdf')], lang='fr-FR'))

# 03 Peru, Spanish, Gmail, DOCX
add('03-new-application-es-gmail-docx.eml', gmail('Luis Quispe Mamani', 'lquispe.puno@gmail.example', 'Solicitud de subvención: biblioteca comunitaria en Chucuito (Puno)', """Estimados señores del Community Futures Fund:

Les escribo para presentar nuestra solicitud para la convocatoria 2027. Somos
la Biblioteca Comunitaria Tikarisun, en Chucuito, a orillas del lago Titicaca.
Queremos ampliar el horario de la biblioteca, comprar libros en quechua y
aimara, y organizar talleres de lectura para niños los fines de semana.

Adjunto mi hoja de vida. Quedo atento a cualquier consulta.

Muchas gracias por su atención.

Atentamente,
Luis Alberto Quispe Mamani
Coordinador – Biblioteca Comunitaria Tikarisun
Cel. 951 000 000
""", 3, 14, 2, '-0500', atts=[('luis.docx', DOCX, 'CV Luis Quispe.docx')]))

# 04 Brazil, Portuguese, iPhone, PDF (accented filename)
add('04-new-application-pt-iphone-cv.eml', iphone('Fernanda Albuquerque', 'fernanda.albuquerque@coletivo-reuso.example', 'Inscrição: oficina de reciclagem em Recife', """Boa tarde!

Segue em anexo o meu currículo para a inscrição do projeto "Reuso na
Comunidade", do Coletivo Reuso, aqui na Zona Norte do Recife. A ideia é
montar uma oficina fixa de reciclagem e marcenaria com materiais
reaproveitados para jovens de 15 a 24 anos.

Qualquer dúvida estou à disposição.

Obrigada!
Fernanda Albuquerque

Enviado do meu iPhone
""", 3, 19, 27, '-0300', atts=[('fernanda.pdf', PDF, 'Currículo - Fernanda Albuquerque.pdf')]))

# 05 India, Hindi, Gmail, PDF
add('05-new-application-hi-gmail-cv.eml', gmail('Anil Kumar Verma', 'anil.verma.jhansi@gmail.example', 'अनुदान हेतु आवेदन – जल संरक्षण परियोजना, झाँसी', """आदरणीय महोदय/महोदया,

मैं जल जागरण समिति, झाँसी की ओर से कम्युनिटी फ्यूचर्स फंड 2027 के लिए आवेदन कर
रहा हूँ। हमारी परियोजना के तहत बुंदेलखंड के 12 गाँवों में खेत तालाब और
चेक डैम बनाए जाएँगे, ताकि गर्मियों में किसानों को पानी मिल सके।

मेरा बायोडाटा (CV) संलग्न है। कृपया बताएँ कि और कौन-से दस्तावेज़ भेजने हैं।

धन्यवाद,
अनिल कुमार वर्मा
परियोजना समन्वयक, जल जागरण समिति
मो. 90000 00000
""", 4, 5, 35, '+0530', atts=[('anil.pdf', PDF, 'Anil_Verma_Resume.pdf')]))

# 06 Indonesia, Yahoo Mail, PDF
def yahoo(name, addr, subject, body, day, hh, mm, tz, atts=(), irt=None, refs=None):
    alt = multi('alternative', [text(body, cte='quoted-printable'),
                                text('<html><head></head><body><div class="ydp3f1c2yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + html_of(body) + '</div></body></html>\n', 'html', cte='quoted-printable')],
                boundary=f'----=_Part_{R.randint(10**6,10**7)}_{R.randint(10**8,10**9)}.{R.randint(10**12,10**13)}')
    bodypart = multi('mixed', [alt] + [attach(data(f), ct, fn) for f, ct, fn in atts], boundary=f'----=_Part_{R.randint(10**6,10**7)}_{R.randint(10**8,10**9)}.{R.randint(10**12,10**13)}') if atts else alt
    return message([
        ('Return-Path', f'<{addr}>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(3, 59), f'sonic{R.randint(300,330)}-{R.randint(10,40)}.consmr.mail.gq1.yahoo.example', f'198.51.100.{R.randint(2,250)}'),
        ('Date', date(day, hh, mm, R.randint(0, 59), tz)),
        ('From', a(name, addr)),
        ('To', '"apply@grants.example" <apply@grants.example>'),
        ('Message-ID', f'<{R.randint(10**8,10**9)}.{R.randint(10**6,10**7)}.{R.randint(10**12,10**13)}@mail.yahoo.example>'),
        ('In-Reply-To', irt),
        ('References', refs),
        ('Subject', h(subject)),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'WebService/1.1.23456 YMailNorrin'),
    ], bodypart)

add('06-new-application-id-yahoo-cv.eml', yahoo('Siti Rahmawati', 'siti.rahmawati88@yahoo.example', 'Pengajuan hibah: Bank sampah di Makassar', """Yth. Tim Hibah Community Futures Fund,

Dengan hormat,

Bersama email ini saya mengajukan permohonan hibah untuk program Bank Sampah
Mawar di Kelurahan Tamalanrea, Makassar. Kami ingin membeli mesin pencacah
plastik dan melatih 60 ibu rumah tangga untuk mengolah sampah menjadi produk
kerajinan.

Terlampir CV saya. Jika ada dokumen lain yang diperlukan, mohon kabari saya.

Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
Siti Rahmawati
Ketua Bank Sampah Mawar
HP/WA: 0812-0000-0000
""", 4, 2, 50, '+0800', atts=[('siti.pdf', PDF, 'CV_Siti_Rahmawati.pdf')]))

# 07 Vietnam, Gmail, DOCX
add('07-new-application-vi-gmail-docx.eml', gmail('Nguyễn Thị Lan', 'nguyenthilan.ct@gmail.example', 'Đơn xin tài trợ – Lớp học tiếng Anh miễn phí cho trẻ em ở Cần Thơ', """Kính gửi Ban Quản lý Quỹ Community Futures,

Tôi tên là Nguyễn Thị Lan, giáo viên tiếng Anh tại Cần Thơ. Tôi xin gửi đơn
đăng ký tài trợ cho dự án "Lớp học tiếng Anh miễn phí cho trẻ em có hoàn cảnh
khó khăn" ở quận Ninh Kiều. Dự án dự kiến mở 4 lớp học buổi tối cho khoảng
80 em từ 10 đến 15 tuổi.

Tôi xin gửi kèm CV của tôi. Nếu cần thêm thông tin, xin vui lòng liên hệ với
tôi qua email này.

Trân trọng cảm ơn,
Nguyễn Thị Lan
ĐT: 0909 000 000
""", 5, 3, 14, '+0700', atts=[('lan.docx', DOCX, 'CV_NguyenThiLan.docx')]))

# 08 Egypt, Arabic, Outlook, PDF
add('08-new-application-ar-outlook-cv.eml', outlook('محمود عبد الرحمن', 'm.abdelrahman@nile-agri.example', 'طلب منحة – مشروع تدوير المخلفات الزراعية في المنيا', """السادة فريق المنح المحترمين،

تحية طيبة وبعد،

أتقدم إليكم بطلب منحة من صندوق "Community Futures Fund 2027" لمشروع تدوير قش الأرز والمخلفات الزراعية إلى سماد عضوي في قرى محافظة المنيا، بدلاً من حرقها في الحقول.

مرفق طيه سيرتي الذاتية، وأنا على استعداد لتقديم أي مستندات إضافية.

وتفضلوا بقبول فائق الاحترام،
م. محمود عبد الرحمن
مدير المشروع – مبادرة النيل لتدوير المخلفات الزراعية
""", 5, 9, 8, '+0200', atts=[('mahmoud.pdf', PDF, 'Mahmoud_Abdelrahman_CV.pdf')], lang='ar-EG'))

# 09 Turkey, Outlook, PDF
add('09-new-application-tr-outlook-cv.eml', outlook('Emre Aydın', 'emre.aydin@dicle-genclik.example', 'Hibe başvurusu – Kadın kooperatifi için dijital pazarlama eğitimi (Mardin)', """Sayın Hibe Ekibi,

Dicle Gençlik Derneği adına Community Futures Fund 2027 programına başvurmak istiyoruz. Projemiz, Mardin'deki üç kadın kooperatifinin ürünlerini internet üzerinden satabilmesi için dijital pazarlama ve e-ticaret eğitimi vermeyi amaçlıyor.

Özgeçmişimi ekte bulabilirsiniz. Ek bilgi veya belge gerekirse memnuniyetle gönderirim.

Saygılarımla,
Emre Aydın
Proje Koordinatörü, Dicle Gençlik Derneği
""", 6, 7, 55, '+0300', atts=[('emre.pdf', PDF, 'Emre_Aydin_Ozgecmis.pdf')], lang='tr-TR'))

# 10 Ukraine, Gmail, PDF
add('10-new-application-uk-gmail-cv.eml', gmail('Андрій Мельник', 'andrii.melnyk@ridna-hromada.example', 'Заявка на грант — група підтримки для переселенців у Львові', """Шановна командо фонду!

Від імені ГО «Рідна громада» (Львів) подаю заявку на програму Community
Futures Fund 2027. Ми хочемо відкрити дві групи психологічної підтримки для
внутрішньо переміщених осіб та організувати навчання для волонтерів.

У вкладенні — моє резюме. Якщо потрібні статут організації чи фінансовий звіт,
я надішлю їх окремим листом.

З повагою,
Андрій Мельник
координатор програм, ГО «Рідна громада»
""", 6, 12, 20, '+0200', atts=[('andrii.pdf', PDF, 'Andrii_Melnyk_CV.pdf')]))

# 11 Bangladesh, Bengali, Gmail, PDF
add('11-new-application-bn-gmail-cv.eml', gmail('Tanvir Hossain', 'tanvir.hossain.khl@gmail.example', 'অনুদানের আবেদন – দাকোপে নিরাপদ পানির প্রকল্প (খুলনা)', """প্রিয় গ্রান্টস টিম,

শুভেচ্ছা নেবেন। আমি সবুজ পানি ফাউন্ডেশনের পক্ষ থেকে Community Futures Fund 2027-এর
জন্য আবেদন করছি। আমাদের প্রকল্পের লক্ষ্য খুলনার দাকোপ উপজেলার লবণাক্ত এলাকায়
৩০টি পরিবারের জন্য বৃষ্টির পানি সংরক্ষণ ব্যবস্থা স্থাপন করা।

আমার সিভি সংযুক্ত করলাম। আর কোনো কাগজপত্র লাগলে জানাবেন।

ধন্যবাদান্তে,
মো. তানভীর হোসেন
প্রকল্প প্রকৌশলী, সবুজ পানি ফাউন্ডেশন
""", 7, 4, 45, '+0600', atts=[('tanvir.pdf', PDF, 'Tanvir_Hossain_CV.pdf')]))

# 12 Nigeria, role address info@, Yoruba greeting, Gmail-hosted domain
add('12-new-application-en-yo-role-address-cv.eml', gmail('Ibadan Code Club', 'info@ibadancodeclub.example', 'Application: Youth coding club, Ibadan', """Ẹ kú iṣẹ́ o,

Good day. I am writing on behalf of Ibadan Code Club to apply for the
Community Futures Fund 2027.

We run free Saturday coding classes for secondary school students in
Ibadan. With the grant we want to buy 20 refurbished laptops, pay for
internet data, and open a second centre in Ojoo.

My CV is attached. The Head of Computer Science at the university, who
hosts our classes, will send you a reference letter separately.

Ẹ ṣé gan-an (thank you very much).

Adewale Ogunleye
Coordinator, Ibadan Code Club
info@ibadancodeclub.example | 0803 000 0000
""", 7, 9, 33, '+0100', atts=[('adewale.pdf', PDF, 'Adewale_Ogunleye_CV.pdf')]))

# 13 Japan, PDF with a Japanese filename
def japan():
    body = """Community Futures Fund ご担当者様

はじめてご連絡いたします。
NPO法人あきたつなぐ会の佐藤美咲と申します。

2027年度の助成金に応募したく、ご連絡いたしました。
秋田市内の公民館で、高齢者向けのスマートフォン教室（全12回）を
開催する計画です。

履歴書を添付いたしましたので、ご確認いただけますと幸いです。
何卒よろしくお願い申し上げます。

--
佐藤 美咲（さとう みさき）
NPO法人あきたつなぐ会　事業担当
TEL: 018-000-0000
"""
    return gmail('佐藤 美咲', 'misaki.sato@akita-net.example', '助成金応募：高齢者向けスマートフォン教室（秋田市）', body, 8, 1, 5, '+0900',
                 atts=[('misaki.pdf', PDF, '履歴書_佐藤美咲.pdf')])
add('13-new-application-ja-cv.eml', japan())

# 14 Korea, DOCX, Naver-like webmail
add('14-new-application-ko-docx.eml', gmail('김민준', 'minjun.kim@bada-school.example', '지원서 제출 – 부산 청소년 해양 쓰레기 줄이기 교육', """안녕하세요,

바다학교 사회적협동조합 교육팀장 김민준입니다.
Community Futures Fund 2027 공모에 지원하고자 메일 드립니다.

부산 영도구 중학생 120명을 대상으로 해양 쓰레기 모니터링과
해변 정화 활동을 진행하는 1년짜리 교육 프로그램을 계획하고 있습니다.

제 이력서를 첨부합니다. 추가로 필요한 서류가 있으면 말씀해 주세요.

감사합니다.
김민준 드림
""", 8, 6, 30, '+0900', atts=[('minjun.docx', DOCX, '이력서_김민준.docx')],
    extra=[('X-Mailer', 'NaverMailer 2.0')]))

# 15 Pakistan: resending after their own message bounced (subject sounds automatic)
add('15-resend-after-bounce-subject-en-cv.eml', outlook('Ayesha Siddiqui', 'ayesha.siddiqui.lhr@outlook.example', 'Mail delivery failed - resending my application', """Dear Grants Team,

I tried to send my application yesterday but got a "Mail delivery failed" message back, I think because the attachments were too big (I had included scanned certificates). I am resending it with only my CV, as a smaller PDF.

Our project, Sehat Saheli, runs menstrual health and hygiene sessions in government girls' schools in Lahore. With the grant we would reach 25 more schools in Shahdara and install handwashing stations.

Please let me know if this one has arrived safely.

Kind regards,
Ayesha Siddiqui
Programme Lead, Sehat Saheli Initiative
""", 9, 6, 12, '+0500', atts=[('ayesha.pdf', PDF, 'Ayesha_Siddiqui_CV.pdf')], lang='en-GB', helo='mail-pak2apc01on2070.outbound.protection.outlook.example'))

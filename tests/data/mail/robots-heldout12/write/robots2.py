# -*- coding: utf-8 -*-
"""Absence notes: Microsoft 365 / Exchange, webmail vacation responders, personal rules."""
from lib import *

OUT = []
def add(path, content):
    OUT.append(('written-robots/' + path, content))

def exo_mid(prefix='DU0PR02MB'):
    return f'<{prefix}{R.randint(1000,9999)}{hexid(20).upper()}@{prefix}{R.randint(1000,9999)}.eurprd02.prod.outlook.example>'

def exchange_oof(path, t, prefix, body_txt, sender_name, day, hh, mm, tz, lang, recv_helo='mail-db8eur05on2100.outbound.protection.outlook.example'):
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: Aptos, Calibri, Arial, Helvetica, sans-serif; font-size: 12pt">' + \
        ''.join(f'<p>{l}</p>' if l else '' for l in body_txt.split('\n')) + '</div></body></html>\n'
    body = multi('alternative', [text(body_txt, cte='base64'), text(html, 'html', cte='base64')],
                 boundary=f'_000_{exo_mid()[1:20]}_')
    add(path, message([
        ('Return-Path', '<>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(1, 59), recv_helo, f'198.51.100.{R.randint(2,250)}'),
        ('From', a(sender_name, t.addr)),
        ('To', 'Grants Team <apply@grants.example>'),
        ('Subject', h(prefix + t.re_subject)),
        ('Thread-Topic', h(t.re_subject)),
        ('Thread-Index', 'AQHb' + alnum(20) + '=='),
        ('Date', date(day, hh, mm, R.randint(1, 59), tz)),
        ('Message-ID', exo_mid()),
        ('References', t.refs()),
        ('In-Reply-To', t.our_id),
        ('Auto-Submitted', 'auto-generated'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-Exchange-Organization-SCL', '-1'),
        ('X-MS-TNEF-Correlator', ''),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', lang),
        ('X-MS-Exchange-Inbox-Rules-Loop', t.addr),
        ('MIME-Version', '1.0'),
    ], body))

# --- Microsoft 365 absence notes --------------------------------------------------------
t = Thread('Grace Njeri', 'grace.njeri@greenbelt-kenya.example', 'Application: Tree nurseries for Nyeri primary schools', 9, 7, 2, 'CFF-27-0241')
exchange_oof('out-of-office/01-m365-en-annual-leave.eml', t, 'Automatic reply: ', """Thank you for your email.

I am on annual leave from 9 to 20 November 2026 with no access to email. For anything urgent, please contact our programmes office at office@greenbelt-kenya.example or call +254 20 000 0000.

I will respond to your message when I return.

Kind regards,
Grace Njeri
Programme Officer, Greenbelt Kenya
""", 'Grace Njeri', 9, 7, 3, '+0300', 'en-GB')

t = Thread('Rosa Mamani', 'rmamani@huertos-elalto.example', 'Solicitud - Huertos urbanos en El Alto', 9, 14, 30, 'CFF-27-0247')
exchange_oof('out-of-office/02-m365-es-fuera-de-oficina.eml', t, 'Respuesta automática: ', """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 16 de noviembre, con acceso limitado al correo electrónico. Responderé a su mensaje a mi regreso.

Para asuntos urgentes, puede comunicarse con Javier Condori (jcondori@huertos-elalto.example).

Saludos cordiales,
Rosa Mamani
Coordinadora de Proyectos
""", 'Rosa Mamani', 9, 14, 31, '-0400', 'es-BO')

t = Thread('Hala Mansour', 'h.mansour@amal-ngo.example', 'طلب منحة – مركز تعليم الخياطة للنساء في إربد', 10, 8, 15, 'CFF-27-0255')
exchange_oof('out-of-office/03-m365-ar-ijaza.eml', t, 'رد تلقائي: ', """شكرًا على رسالتك.

أنا حاليًا في إجازة خارج المكتب حتى يوم الأحد ١٥ نوفمبر ٢٠٢٦، ولن أتمكن من الاطلاع على البريد الإلكتروني خلال هذه الفترة.

للأمور العاجلة، يرجى التواصل مع الزميلة ريم حداد على العنوان: r.haddad@amal-ngo.example

مع أطيب التحيات،
هالة منصور
جمعية أمل للتنمية
""", 'هالة منصور', 10, 8, 16, '+0300', 'ar-JO')

t = Thread('Elif Yıldız', 'elif.yildiz@mardin-kadin-koop.example', 'Hibe başvurusu – Kadın kooperatifi için dijital pazarlama eğitimi (Mardin)', 11, 9, 40, 'CFF-27-0279')
exchange_oof('out-of-office/04-m365-tr-izin.eml', t, 'Otomatik yanıt: ', """Merhaba,

23 Kasım 2026 tarihine kadar yıllık izindeyim ve bu süre içinde e-postalarıma erişimim olmayacaktır. Döndüğümde mesajınıza yanıt vereceğim.

Acil durumlarda lütfen kooperatifimizin genel adresine (bilgi@mardin-kadin-koop.example) yazınız.

İyi çalışmalar,
Elif Yıldız
""", 'Elif Yıldız', 11, 9, 41, '+0300', 'tr-TR')

t = Thread('박서연', 'seoyeon.park@haeyang-edu.example', '지원서 제출 – 부산 청소년 해양 환경 교육 프로그램', 12, 1, 10, 'CFF-27-0290')
exchange_oof('out-of-office/05-m365-ko-chuljang.eml', t, '자동 회신: ', """안녕하세요.

11월 12일부터 11월 19일까지 해외 출장 중이어서 메일 확인이 어렵습니다.
급한 용무는 사무국(office@haeyang-edu.example, 051-000-0000)으로 연락 주시기 바랍니다.

감사합니다.
박서연 드림
""", '박서연', 12, 1, 11, '+0900', 'ko-KR')

t = Thread('王丽娜', 'wang.lina@shequ-zhiyuan.example', '资助申请 – 成都社区老年人智能手机培训项目', 13, 2, 48, 'CFF-27-0305')
exchange_oof('out-of-office/06-m365-zh-xiujia.eml', t, '自动答复: ', """您好！

我目前正在休假，11月23日返回办公室，期间无法及时查看和回复邮件。
如有急事，请联系项目助理刘洋（liu.yang@shequ-zhiyuan.example）。

谢谢！
王丽娜
""", '王丽娜', 13, 2, 49, '+0800', 'zh-CN')

# --- Gmail vacation responder -----------------------------------------------------------
def gmail_vacation(path, t, subject, body_txt, day, hh, mm, tz, sender_name):
    mid = f'<CA{alnum(2)}{alnum(40, False)}@mail.gmail.example>'.replace('CA', 'CAK', 1)
    body = multi('alternative', [text(body_txt, cte='quoted-printable'),
                                 text('<div dir="ltr">' + '<br>'.join(body_txt.rstrip().split('\n')) + '</div>\n', 'html', cte='quoted-printable')],
                 boundary='000000000000' + hexid(16))
    add(path, message([
        ('Return-Path', f'<{t.addr}>'),
        ('Delivered-To', 'apply@grants.example'),
        recv_in(day, hh, mm, R.randint(1, 59), 'mail-sor-f41.google.example', '192.0.2.41'),
        ('MIME-Version', '1.0'),
        ('From', a(sender_name, t.addr)),
        ('Date', date(day, hh, mm, R.randint(1, 59), tz)),
        ('Message-ID', mid),
        ('Subject', h(subject)),
        ('To', 'apply@grants.example'),
        ('In-Reply-To', t.our_id),
        ('References', t.our_id),
        ('Auto-Submitted', 'auto-replied'),
    ], body))

t = Thread('Luana Ferreira', 'luana.ferreira.rec@gmail.example', 'Inscrição: horta escolar em Olinda', 14, 12, 5, 'CFF-27-0318')
gmail_vacation('out-of-office/07-gmail-vacation-pt.eml', t, 'Férias (de volta em 23/11)', """Olá!

Estou de férias até o dia 22 de novembro, com acesso limitado ao e-mail.
Responderei sua mensagem assim que retornar.

Abraços,
Luana Ferreira
""", 14, 12, 6, '-0300', 'Luana Ferreira')

t = Thread('Dewi Lestari', 'dewi.lestari.mks@gmail.example', 'Pengajuan hibah: Perpustakaan keliling untuk anak-anak di Maros', 16, 3, 22, 'CFF-27-0336')
gmail_vacation('out-of-office/08-gmail-vacation-id-subject-re.eml', t, t.re_subject, """Terima kasih atas email Anda.

Saya sedang cuti hingga 24 November 2026 dan baru dapat membalas email setelah kembali.
Untuk keperluan mendesak, silakan hubungi Bapak Andi Saputra di andi.saputra@perpus-maros.example.

Salam,
Dewi Lestari
""", 16, 3, 23, '+0800', 'Dewi Lestari')

# --- Zoho Mail out-of-office (Hindi) ----------------------------------------------------
t = Thread('सुनीता शर्मा', 'sunita.sharma@jal-seva.example', 'अनुदान आवेदन – बुंदेलखंड में वर्षा जल संचयन', 16, 5, 10, 'CFF-27-0340')
body_txt = """नमस्कार,

आपका ईमेल प्राप्त हुआ, धन्यवाद।
मैं 16 नवंबर से 27 नवंबर 2026 तक छुट्टी पर हूँ और इस दौरान ईमेल नहीं देख पाऊँगी।
ज़रूरी काम के लिए कृपया हमारे कार्यालय से संपर्क करें: karyalay@jal-seva.example

सादर,
सुनीता शर्मा
जल सेवा समिति
"""
add('out-of-office/09-zoho-hi-chhutti.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(16, 5, 11, 19, 'sender4-op-o12.zoho.example', '198.51.100.12'),
    ('ARC-Seal', None),
    ('Date', 'Mon, 16 Nov 2026 10:41:18 +0530'),
    ('From', a('सुनीता शर्मा', t.addr)),
    ('To', 'apply@grants.example'),
    ('Message-Id', f'<{R.randint(10**12,10**13)}.{R.randint(10**17,10**18)}.autoreply@jal-seva.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.our_id),
    ('Subject', h('कार्यालय से बाहर / Out of Office')),
    ('MIME-Version', '1.0'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Priority', 'Medium'),
    ('User-Agent', 'Zoho Mail'),
    ('X-Mailer', 'Zoho Mail'),
], multi('alternative', [text(body_txt, cte='quoted-printable'),
                         text('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + '<br>'.join(body_txt.rstrip().split('\n')) + '</div></div>\n', 'html', cte='quoted-printable')],
         boundary=f'----=_Part_{R.randint(10**5,10**6)}_{R.randint(10**8,10**9)}.{R.randint(10**12,10**13)}')))

# --- Fastmail (Sieve vacation) Dutch -----------------------------------------------------
t = Thread('Sanne de Vries', 'sanne@buurtmoestuin-zuid.example', 'Aanvraag: Buurtmoestuin Rotterdam-Zuid', 17, 8, 50, 'CFF-27-0352')
add('out-of-office/10-fastmail-sieve-nl.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(17, 8, 51, 2, 'fout-b5-smtp.messagingengine.example', '203.0.113.151'),
    ('Date', 'Tue, 17 Nov 2026 09:51:00 +0100'),
    ('From', 'Sanne de Vries <sanne@buurtmoestuin-zuid.example>'),
    ('To', 'apply@grants.example'),
    ('Subject', h('Auto: ' + t.re_subject)),
    ('Message-ID', f'<cyrus-{R.randint(10**9,10**10)}-{R.randint(1,99)}-{R.randint(10**9,10**10)}@fastmail.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Auto-Submitted', 'auto-replied (vacation)'),
    ('Precedence', 'bulk'),
    ('MIME-Version', '1.0'),
], text("""Beste afzender,

Ik ben met vakantie tot en met zondag 29 november en lees in die periode
geen e-mail. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u contact opnemen met Pieter Bakker via
pieter@buurtmoestuin-zuid.example.

Met vriendelijke groet,
Sanne de Vries
""", cte='quoted-printable')))

# --- Proton Mail auto-reply (French) -----------------------------------------------------
t = Thread('Mariam Traoré', 'mariam.traore@proton.example', 'Candidature – Coopérative de beurre de karité à Sikasso', 18, 10, 12, 'CFF-27-0361')
add('out-of-office/11-proton-autoreply-fr.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(18, 10, 12, 58, 'mail-4316.proton.example', '192.0.2.16'),
    ('Date', 'Wed, 18 Nov 2026 10:12:55 +0000'),
    ('To', 'apply@grants.example'),
    ('From', 'Mariam Traoré <mariam.traore@proton.example>'.replace('Mariam Traoré', h('Mariam Traoré'))),
    ('Subject', h('Auto: ' + t.re_subject)),
    ('Message-ID', f'<{alnum(43)}=@proton.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Autoreply', 'yes'),
    ('X-Pm-Origin', 'internal'),
    ('MIME-Version', '1.0'),
], text("""Bonjour,

Je suis en mission sur le terrain jusqu'au 27 novembre, avec un accès très
limité à Internet. Je répondrai à votre message dès mon retour.

En cas d'urgence, vous pouvez joindre notre coordinatrice, Fatoumata Coulibaly :
f.coulibaly@karite-sikasso.example

Cordialement,
Mariam Traoré
""", cte='quoted-printable')))

# --- absence notes sent by a person's own rule, no auto-reply header -----------------
t = Thread('Zawadi Mrema', 'zawadi.mrema@upendo-women.example', 'Maombi ya ruzuku: Mafunzo ya ufugaji nyuki kwa wanawake, Arusha', 19, 6, 15, 'CFF-27-0370')
add('personal-rule/01-outlook-template-rule-sw.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(19, 6, 17, 40, 'mail.upendo-women.example', '198.51.100.88'),
    ('From', a('Zawadi Mrema', t.addr)),
    ('To', '<apply@grants.example>'),
    ('Subject', h('Niko likizo / Out of office')),
    ('Date', 'Thu, 19 Nov 2026 09:17:36 +0300'),
    ('Message-ID', f'<000001db{hexid(4)}${hexid(8)}${hexid(8)}@upendo-women.example>'),
    ('MIME-Version', '1.0'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Index', 'Ads' + alnum(16)),
    ('Content-Language', 'sw'),
], multi('alternative', [text("""Habari,

Asante kwa barua pepe yako. Niko likizo hadi tarehe 30 Novemba 2026 na
sitaweza kujibu barua pepe kwa wakati huu. Kwa masuala ya dharura, tafadhali
wasiliana na Bi. Rehema Joseph kupitia rehema.joseph@upendo-women.example.

Thank you for your email. I am on leave until 30 November 2026 and will
not be able to respond until then. For urgent matters please contact
Ms Rehema Joseph at rehema.joseph@upendo-women.example.

Kila la heri,
Zawadi Mrema
Upendo Women's Group, Arusha
""", cte='quoted-printable'), text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Habari,</p><p class="MsoNormal">Asante kwa barua pepe yako. Niko likizo hadi tarehe 30 Novemba 2026 na sitaweza kujibu barua pepe kwa wakati huu. Kwa masuala ya dharura, tafadhali wasiliana na Bi. Rehema Joseph kupitia rehema.joseph@upendo-women.example.</p><p class="MsoNormal">Thank you for your email. I am on leave until 30 November 2026 and will not be able to respond until then. For urgent matters please contact Ms Rehema Joseph at rehema.joseph@upendo-women.example.</p><p class="MsoNormal">Kila la heri,<br>Zawadi Mrema<br>Upendo Women's Group, Arusha</p></div></body></html>
""", 'html', cte='quoted-printable')], boundary=f'----=_NextPart_000_0001_01DB{hexid(4).upper()}.{hexid(8).upper()}')))

t = Thread('Okello Patrick', 'okello.patrick.gulu@gmail.example', 'Application: Mobile library for Gulu villages', 19, 11, 2, 'CFF-27-0376')
add('personal-rule/02-gmail-filter-template-en.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(19, 11, 3, 12, 'mail-sor-f69.google.example', '192.0.2.69'),
    ('MIME-Version', '1.0'),
    ('From', 'Okello Patrick <okello.patrick.gulu@gmail.example>'),
    ('Date', 'Thu, 19 Nov 2026 14:03:10 +0300'),
    ('Message-ID', f'<CAO{alnum(40, False)}@mail.gmail.example>'),
    ('Subject', h(t.re_subject)),
    ('To', 'apply@grants.example'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
], multi('alternative', [text("""Hi,

Thanks for getting in touch! I'm doing fieldwork in Karamoja until the end of
November and have very patchy connectivity, so I'm not reading email
regularly. I'll get back to you properly when I'm back in Gulu on 1 December.

If it's urgent, please WhatsApp me on +256 700 000000.

Okello
""", cte='7bit'), text("""<div dir="ltr">Hi,<br><br>Thanks for getting in touch! I&#39;m doing fieldwork in Karamoja until the end of November and have very patchy connectivity, so I&#39;m not reading email regularly. I&#39;ll get back to you properly when I&#39;m back in Gulu on 1 December.<br><br>If it&#39;s urgent, please WhatsApp me on +256 700 000000.<br><br>Okello</div>
""", 'html', cte='7bit')], boundary='000000000000' + hexid(16))))

t = Thread('Dr. Matthias Brandt', 'm.brandt@lastenrad-kassel.example', 'Antrag: Lastenrad-Verleih für Kasseler Tafeln', 20, 9, 25, 'CFF-27-0383')
add('personal-rule/03-thunderbird-filter-template-de.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(20, 9, 31, 7, 'mout.mailbox-de.example', '203.0.113.77'),
    ('Message-ID', f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@lastenrad-kassel.example>'),
    ('Date', 'Fri, 20 Nov 2026 10:31:05 +0100'),
    ('MIME-Version', '1.0'),
    ('User-Agent', 'Mozilla Thunderbird'),
    ('Subject', h('Abwesenheit bis 30.11. – ' + t.re_subject)),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('To', 'apply@grants.example'),
    ('From', '"Dr. Matthias Brandt" <m.brandt@lastenrad-kassel.example>'),
    ('Content-Language', 'de-DE'),
], text("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. November 2026
nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird
nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Vereinsbüro:
buero@lastenrad-kassel.example, Tel. 0561 000000.

Mit freundlichen Grüßen
Matthias Brandt
""", extra_ct='; format=flowed', cte='8bit')))

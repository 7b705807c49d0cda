# -*- coding: utf-8 -*-
"""People: replies to our questions, thanks, questions, referees, hard cases."""
from lib import *
from people1 import gmail, outlook, iphone, yahoo, html_of, PDF
from docs import data

OUT = []
def add(path, content):
    OUT.append(('people/' + path, content))

def outlook_quote(t, sent, lang='en'):
    hdr = {'en': ('From: ', 'Sent: ', 'To: ', 'Subject: '), 'fr': ('De : ', 'Envoyé : ', 'À : ', 'Objet : ')}[lang]
    return ('\n________________________________\n'
            f'{hdr[0]}Grants Team <apply@grants.example>\n{hdr[1]}{sent}\n{hdr[2]}{t.name} <{t.addr}>\n{hdr[3]}{t.re_subject}\n\n' + t.our_body())

# 16 Kenya, Gmail reply answering 1-4 with Gmail quote
t = Thread('Wanjiru Kamau', 'wanjiru.kamau@gmail.example', 'Application – Solar kiosks for Kisumu market traders', 2, 5, 11, 'CFF-27-0102')
add('16-reply-answers-en-gmail.eml', gmail(t.name, t.addr, t.re_subject, f"""Dear Grants Team,

Thank you for your quick reply. Here are my answers:

1. The total budget is USD 21,400. We are asking the Fund for USD 15,000;
the rest comes from the kiosk operators' own savings group and a small
loan from Kisumu County's Biashara fund.
2. We would start in February 2027 and run for 12 months.
3. Our partners are the Kibuye Market Traders Association and SunBright
Solutions (they supply the panels and do the training). The team is me,
two technicians and the six kiosk operators.
4. No, this is our first application to the Fund.

Best regards,
Wanjiru

On Mon, 2 Nov 2026 at 08:12, Grants Team <apply@grants.example> wrote:
""" + quote(t.our_body()), 3, 16, 40, '+0300', irt=t.our_id, refs=t.refs()))

# 17 Senegal, French, Outlook reply (top posting with French header block)
t = Thread('Aïssatou Diallo', 'a.diallo@jeunesse-thies.example', 'Candidature – Jardins scolaires à Thiès', 2, 10, 40, 'CFF-27-0104')
add('17-reply-answers-fr-outlook.eml', outlook(t.name, t.addr, 'RE: ' + t.subject, """Bonjour,

Merci pour votre message. Voici nos réponses :

1. Le budget total du projet est de 14 800 000 FCFA (environ 22 500 EUR). Nous sollicitons 15 000 EUR auprès du Fonds.
2. Le projet commencerait en janvier 2027, au début du deuxième trimestre scolaire, pour une durée de 18 mois.
3. Nos partenaires sont l'Inspection de l'éducation de Thiès, les associations de parents d'élèves des quatre écoles et le GIE des maraîchers de Keur Mbaye. L'équipe compte trois salariés et une dizaine de bénévoles.
4. Non, nous n'avons jamais reçu de subvention du Fonds.

Bien cordialement,
Aïssatou Diallo
""" + outlook_quote(t, 'lundi 2 novembre 2026 10:41', 'fr'), 4, 9, 5, '+0000', irt=t.our_id, refs=t.refs(), lang='fr-FR'))

# 18 Peru, iPhone, short answers
t = Thread('Luis Quispe Mamani', 'lquispe.puno@gmail.example', 'Solicitud de subvención: biblioteca comunitaria en Chucuito (Puno)', 3, 14, 2, 'CFF-27-0121')
add('18-reply-short-answers-es-iphone.eml', iphone(t.name, t.addr, t.re_subject, """Buenas noches, respondo:

1. Presupuesto total S/ 38,000 (aprox. 10,000 USD). Pedimos 8,000 USD.
2. Inicio en marzo 2027, duración 10 meses.
3. La Municipalidad Distrital de Chucuito (nos presta el local) y dos profesoras voluntarias.
4. No.

Saludos,
Luis

Enviado desde mi iPhone

> El 3 nov 2026, a las 9:03, Grants Team <apply@grants.example> escribió:
>
""" + quote(t.our_body()), 4, 1, 20, '-0500', irt=t.our_id, refs=t.refs(), helo='mail-qt1-f182.google.example'))

# 19 Tanzania, Swahili answers
t = Thread('Neema Mushi', 'neema.mushi@kilimo-moshi.example', 'Maombi ya ruzuku – Kilimo cha mboga kwa vijana, Moshi', 4, 7, 0, 'CFF-27-0150')
add('19-reply-answers-sw.eml', gmail(t.name, t.addr, t.re_subject, f"""Habari Timu ya Ruzuku,

Asante kwa barua pepe yenu. Haya ni majibu ya maswali yenu:

1. Bajeti yote ya mradi ni shilingi za Kitanzania milioni 48 (takriban
dola 19,000). Tunaomba dola 12,000 kutoka Mfuko.
2. Tunapanga kuanza Februari 2027, na mradi utachukua miezi 12.
3. Tunashirikiana na Halmashauri ya Wilaya ya Moshi na kikundi cha vijana
cha Tumaini. Timu yetu ina watu watano.
4. Hapana, hatujawahi kupokea ruzuku kutoka kwenu.

Asanteni sana,
Neema Mushi
Mratibu, Kilimo Moshi

On Wed, 4 Nov 2026 at 10:01, Grants Team <apply@grants.example> wrote:
""" + quote(t.our_body()), 5, 11, 14, '+0300', irt=t.our_id, refs=t.refs()))

# 20 Nigeria (Kano), Hausa greeting, Yahoo, answers
t = Thread('Abubakar Sani', 'abubakar.sani.kano@yahoo.example', 'Application: Solar dryers for tomato farmers in Kura, Kano', 5, 13, 10, 'CFF-27-0190')
add('20-reply-answers-ha-en-yahoo.eml', yahoo(t.name, t.addr, t.re_subject, """Assalamu alaikum,

Sannu da aiki. Na gode da sakonku (thank you for your message). Please find our answers below.

1. Total budget is N 24,600,000 (about USD 16,000). We request USD 12,000 from the Fund.
2. Start in January 2027, before the dry season harvest, for 9 months.
3. Kura Tomato Growers Association and the Department of Agricultural Engineering, Bayero University Kano. Team of 4 plus 30 farmer volunteers.
4. No, we have not received a grant from you before.

Best regards,
Abubakar Sani


On Thursday, November 5, 2026 at 02:11:09 PM GMT+1, Grants Team <apply@grants.example> wrote:

""" + t.our_body(), 6, 8, 45, '+0100', irt=t.our_id, refs=t.refs()))

# 21 Pakistan (Multan), Urdu answers, Gmail
t = Thread('عمران احمد', 'imran.ahmed.mtn@gmail.example', 'Grant application – Evening literacy classes for brick-kiln families, Multan', 6, 5, 30, 'CFF-27-0204')
add('21-reply-answers-ur-gmail.eml', gmail(t.name, t.addr, t.re_subject, f"""السلام علیکم،

آپ کی ای میل کا بہت شکریہ۔ آپ کے سوالات کے جوابات درج ذیل ہیں:

1. منصوبے کا کل بجٹ تقریباً 35 لاکھ روپے ہے، اور ہم فنڈ سے 9,000 امریکی ڈالر کی درخواست کر رہے ہیں۔
2. منصوبہ مارچ 2027 میں شروع ہوگا اور ایک سال تک چلے گا۔
3. ہمارے ساتھ ملتان کی دو مقامی تنظیمیں اور تین اساتذہ کام کریں گے۔
4. نہیں، ہمیں پہلے آپ سے کوئی گرانٹ نہیں ملی۔

شکریہ،
عمران احمد

On Fri, 6 Nov 2026 at 10:31, Grants Team <apply@grants.example> wrote:
""" + quote(t.our_body()), 7, 14, 2, '+0500', irt=t.our_id, refs=t.refs()))

# 22 Germany, Thunderbird, inline answers under each question
t = Thread('Katrin Hoffmann', 'k.hoffmann@nachbarschaft-linden.example', 'Antrag: Nachbarschaftsküche Hannover-Linden', 6, 9, 30, 'CFF-27-0207')
ob = t.our_body().split('\n')
def ql(lines):
    return '\n'.join('> ' + l if l else '>' for l in lines)
body = f"""Hallo liebes Grants-Team,

danke für die schnelle Rückmeldung! Meine Antworten stehen unter den Fragen.

Am 06.11.26 um 10:31 schrieb Grants Team:
{ql(ob[0:6])}
> 1. What is the total budget of your project, and how much are you asking
>    from the Fund?

Gesamtbudget: 31.500 EUR. Wir beantragen 20.000 EUR, den Rest tragen
Eigenmittel des Vereins und ein Zuschuss des Bezirksrats Linden-Limmer.

> 2. When would the project start, and how long would it run?

Start am 1. März 2027, Laufzeit 12 Monate.

> 3. Who else is involved (partner organisations, team members)?

Die Kirchengemeinde St. Martin (stellt die Küche), die Tafel Hannover und
unser Team aus zwei Teilzeitkräften und ca. 15 Ehrenamtlichen.

> 4. Have you received a grant from the Fund before? If so, in which year?

Ja, 2023 für das Projekt „Linden kocht“ (Referenz CFF-23-0088).

Viele Grüße
Katrin Hoffmann

-- 
Nachbarschaftsküche Linden e.V.
Limmerstraße 00, 30451 Hannover
"""
add('22-reply-inline-answers-de-thunderbird.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(8, 19, 12, 4, 'mout-xforward.kundenserver.example', '203.0.113.17'),
    ('Message-ID', f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@nachbarschaft-linden.example>'),
    ('Date', date(8, 19, 12, 0, '+0100')),
    ('MIME-Version', '1.0'),
    ('User-Agent', 'Mozilla Thunderbird'),
    ('Subject', h(t.re_subject)),
    ('To', 'Grants Team <apply@grants.example>'),
    ('References', t.refs()),
    ('Content-Language', 'de-DE'),
    ('From', 'Katrin Hoffmann <k.hoffmann@nachbarschaft-linden.example>'),
    ('In-Reply-To', t.our_id),
], text(body, cte='8bit', extra_ct='; format=flowed')))

# 23 China, Foxmail-style quote
t = Thread('陈晓明', 'chen.xiaoming@lvse-jiayuan.example', '资助申请 – 昆明社区雨水花园示范项目', 9, 2, 0, 'CFF-27-0236')
body = f"""您好！

感谢您的回复。现将问题答复如下：

1. 项目总预算约为人民币18万元（约2.5万美元），申请资助1.5万美元。
2. 计划于2027年3月开始，为期12个月。
3. 合作单位包括五华区莲华街道办事处和云南某大学环境学院的志愿者团队；项目组共4人。
4. 没有，此前未获得过贵基金的资助。

如需其他材料，请随时告知。

此致
敬礼！

陈晓明
绿色家园社区环境中心


------------------ 原始邮件 ------------------
发件人: "Grants Team" <apply@grants.example>;
发送时间: 2026年11月9日(星期一) 上午10:01
收件人: "陈晓明"<chen.xiaoming@lvse-jiayuan.example>;
主题: {t.re_subject}

{t.our_body()}"""
add('23-reply-answers-zh-foxmail.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(10, 1, 40, 33, 'smtpbg150.qq.example', '203.0.113.150'),
    ('From', a('陈晓明', t.addr)),
    ('To', a('Grants Team', 'apply@grants.example')),
    ('Subject', h('回复：' + t.re_subject)),
    ('Mime-Version', '1.0'),
    ('Date', date(10, 1, 40, 30, '+0800')),
    ('X-Priority', '3'),
    ('Message-ID', f'<tencent_{alnum(40)}@qq.example>'),
    ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
    ('X-Mailer', 'QQMail 2.x'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
], multi('alternative', [text(body, cte='base64', charset='utf-8'), text(html_of(body), 'html', cte='base64')],
         boundary=f'----=_NextPart_{hexid(8).upper()}_{hexid(8).upper()}_{hexid(8).upper()}')))

# 24 Russia, Mail.ru-style quote
t = Thread('Дмитрий Соколов', 'd.sokolov@zelenyi-dvor.example', 'Заявка: экологический лагерь для школьников, Пермь', 10, 6, 45, 'CFF-27-0257')
body = f"""Здравствуйте!

Спасибо за письмо. Отвечаю на ваши вопросы:

1. Общий бюджет проекта — 1 450 000 рублей (около 16 000 долларов). Просим у Фонда 11 000 долларов.
2. Начало — апрель 2027 года, продолжительность — 8 месяцев (включая летнюю смену лагеря).
3. Партнёры: Пермский краевой эколого-биологический центр и две школы Мотовилихинского района. Команда — 5 человек.
4. Нет, ранее грантов от Фонда мы не получали.

С уважением,
Дмитрий Соколов
АНО «Зелёный двор»


Вторник, 10 ноября 2026, 9:46 +03:00 от Grants Team <apply@grants.example>:
 
""" + quote(t.our_body())
add('24-reply-answers-ru-mailru.eml', message([
    ('Return-Path', f'<{t.addr}>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(11, 8, 20, 40, 'f500.i.mail.example', '198.51.100.50'),
    ('From', a('Дмитрий Соколов', t.addr)),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Subject', h(t.re_subject)),
    ('MIME-Version', '1.0'),
    ('X-Mailer', 'Mail.Ru Mailer 1.0'),
    ('Date', date(11, 8, 20, 36, '+0300')),
    ('Reply-To', a('Дмитрий Соколов', t.addr)),
    ('X-Priority', '3 (Normal)'),
    ('Message-ID', f'<{R.randint(10**12,10**13)}.{R.randint(10**5,10**6)}@f500.i.mail.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
], multi('alternative', [text(body, cte='base64'), text(html_of(body), 'html', cte='base64')],
         boundary=f'--ALT--{hexid(32)}{R.randint(10**9,10**10)}')))

# 25 South Africa, partial answers, mentions holiday (Outlook for iOS)
t = Thread('Thabo Nkosi', 'thabo@soweto-bikes.example', 'Application - Bicycle repair training for youth in Soweto', 11, 8, 0, 'CFF-27-0275')
body = """Hi there,

Thanks for this. Quick answers to 1 and 2 for now:

1. Total budget R 410 000 (about USD 22 000), and we're asking the Fund for USD 15 000.
2. We'd start in February 2027 and run for a year.

For 3, I want to send you the signed letters from our partners (the Soweto Youth Centre and a bike shop in Braamfontein), but I'm going on leave tomorrow until 23 November. I'll send them as soon as I'm back, well before the 30th.

4. No, first time.

Cheers,
Thabo

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Grants Team <apply@grants.example>
Sent: Wednesday, November 11, 2026 10:01:23 AM
To: Thabo Nkosi <thabo@soweto-bikes.example>
Subject: """ + t.re_subject + "\n\n" + t.our_body()
add('25-reply-partial-going-on-leave-en-outlook-ios.eml', outlook(t.name, t.addr, t.re_subject, body, 12, 15, 30, '+0200', irt=t.our_id, refs=t.refs(), lang='en-ZA', helo='mail-zr0zaf01on2075.outbound.protection.outlook.example'))

# 26 Brazil, very short thanks from iPhone
t = Thread('Fernanda Albuquerque', 'fernanda.albuquerque@coletivo-reuso.example', 'Inscrição: oficina de reciclagem em Recife', 3, 19, 27, 'CFF-27-0125')
add('26-short-thanks-pt-iphone.eml', iphone(t.name, t.addr, t.re_subject, """Muito obrigada! Amanhã envio as respostas.

Enviado do meu iPhone

> Em 3 de nov. de 2026, à(s) 16:28, Grants Team <apply@grants.example> escreveu:
>
""" + quote(t.our_body()), 4, 0, 5, '-0300', irt=t.our_id, refs=t.refs()))

# 27 Ghana, "Noted with thanks."
t = Thread('Dr Kofi Asante', 'k.asante@sunyani-health.example', 'Grant application: Community first-aid volunteers, Sunyani', 12, 9, 14, 'CFF-27-0293')
add('27-noted-with-thanks-en-outlook.eml', outlook('Dr. Kofi Asante', t.addr, 'RE: ' + t.subject, """Noted with thanks.

Regards,
Dr. K. Asante
""" + outlook_quote(t, 'Thursday, November 12, 2026 9:15 AM'), 12, 11, 2, '+0000', irt=t.our_id, refs=t.refs(), lang='en-GB'))

# 28 Nepal, question in a new thread; 'automatic' in the subject
add('28-question-new-thread-automatic-irrigation-en.eml', outlook('Bikash Shrestha', 'bikash.shrestha@krishi-sahakari.example', 'Question: is an automatic irrigation project eligible?', """Namaste,

We are a farmers' cooperative in Kavrepalanchok, Nepal (registered with the Division Cooperative Office, not as an NGO). We would like to apply for an automatic drip irrigation system with solar pumps for 35 member households.

Before we prepare the documents, could you please clarify two things?

1. Can a registered cooperative apply, or only NGOs and charities?
2. Is the deadline 30 November for the full application, or only for the first email?

Dhanyabad (thank you),
Bikash Shrestha
Secretary, Bhumi Krishi Sahakari Sanstha Ltd.
""", 13, 4, 10, '+0545', lang='en-US'))

# 29 referee writing from a department's role address, PDF letter
add('29-referee-letter-role-address-pdf.eml', outlook('HOD Computer Science', 'hod.compsci@univ-ibadan.example', 'Reference letter for Mr Adewale Ogunleye (Ibadan Code Club)', """Dear Sir/Madam,

Please find attached my letter of reference in support of the application by Mr Adewale Ogunleye, coordinator of Ibadan Code Club.

Kindly acknowledge receipt.

Yours faithfully,
Prof. Olufunke Adeyemi
Head, Department of Computer Science
""", 18, 10, 25, '+0100', atts=[('letter-adeyemi.pdf', PDF, 'Reference_Adewale_Ogunleye.pdf')], lang='en-GB',
    helo='mail.univ-ibadan.example'))

# 30 Italian referee from a 'segreteria' role address, inline letter, gateway disclaimer and antivirus stamp
body = """Gentile Grants Team,

su incarico del prof. Marco Bellini inoltro la sua lettera di referenze per la candidatura della dott.ssa Giulia Ferri (progetto "Orti in condotta – Palermo").

"Conosco la dott.ssa Ferri dal 2019, quando ha svolto il tirocinio presso il nostro Dipartimento. Negli ultimi tre anni ha coordinato con grande serietà gli orti didattici in sei scuole del quartiere Zen, coinvolgendo insegnanti, famiglie e studenti universitari. La raccomando senza riserve.
Prof. Marco Bellini, Dipartimento di Scienze Agrarie"

Per qualsiasi chiarimento il professore è raggiungibile al numero 091 000 0000.

Cordiali saluti,
Rosalia Greco
Segreteria di Dipartimento

--
AVVISO DI RISERVATEZZA: Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questa e-mail per errore, vi preghiamo di informare immediatamente il mittente e di cancellarla. Ogni utilizzo non autorizzato è vietato ai sensi del Regolamento UE 2016/679.

--
Questa e-mail è stata controllata dal sistema antivirus dell'Ateneo.
"""
add('30-referee-segreteria-disclaimer-it.eml', message([
    ('Return-Path', '<segreteria.agraria@univ-palermo.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(19, 9, 2, 41, 'smtp-out.univ-palermo.example', '198.51.100.199'),
    ('X-Virus-Scanned', 'amavisd-new at univ-palermo.example'),
    ('X-Spam-Status', 'No, score=-1.2'),
    ('From', '"Segreteria Dip. Scienze Agrarie" <segreteria.agraria@univ-palermo.example>'),
    ('To', 'apply@grants.example'),
    ('Subject', h('Lettera di referenze – candidatura dott.ssa Giulia Ferri')),
    ('Date', date(19, 9, 2, 30, '+0100')),
    ('Message-ID', f'<{hexid(32)}@univ-palermo.example>'),
    ('MIME-Version', '1.0'),
    ('X-Mailer', 'Zimbra 10.0.8_GA_4644 (ZimbraWebClient - FF132 (Linux)/10.0.8_GA_4644)'),
    ('Thread-Index', alnum(28)),
    ('X-Originating-IP', '[10.20.3.14]'),
], multi('alternative', [text(body, cte='quoted-printable'), text(html_of(body), 'html', cte='quoted-printable')],
         boundary=f'=_{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}')))

# 31 person forwards the bounce of our mail to a colleague's old address and asks to use hers
t = Thread('Esther Maganga', 'esther.m@wanawake-mwanza.example', "Application – Women's savings groups in Mwanza", 16, 9, 30, 'CFF-27-0344')
fwd = f"""Dear Grants Team,

I am the new programme coordinator at Wanawake Mwanza. My colleague Esther Maganga, who sent our application, left the organisation last month and her mailbox was closed, so your email to her came back to our office address (see below).

Please send your questions and all further messages about our application {t.ref} to me at this address. I will answer the questions this week.

Thank you,
Janeth Kisanga
Programme Coordinator, Wanawake Mwanza

-----Original Message-----
From: Microsoft Outlook <postmaster@wanawake-mwanza.example>
Sent: Monday, 16 November 2026 12:32
To: info@wanawake-mwanza.example
Subject: Undeliverable: {t.re_subject}

Your message to esther.m@wanawake-mwanza.example couldn't be delivered.
esther.m wasn't found at wanawake-mwanza.example.
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
add('31-person-forwards-bounce-new-contact-en.eml', outlook('Janeth Kisanga', 'janeth.kisanga@wanawake-mwanza.example', 'FW: Undeliverable: ' + t.re_subject, fwd, 17, 7, 48, '+0300', lang='en-GB'))

# 32 Kenya (Lamu): apologises for her out-of-office, then answers
t = Thread('Fatma Said', 'fatma.said@lamu-mangroves.example', 'Application – Mangrove nursery and replanting, Lamu', 9, 9, 50, 'CFF-27-0249')
add('32-reply-apologises-for-her-out-of-office-en.eml', gmail(t.name, t.addr, t.re_subject, f"""Dear Grants Team,

Apologies for the out-of-office message you received from me last week, I
was at a mangrove conference in Mombasa. I'm back now, so here are our answers:

1. Total budget KSh 2.3 million (about USD 17,800); we are asking for
USD 14,000.
2. Start in March 2027 (after the long rains begin), 18 months.
3. Kenya Forest Service (Lamu station) gives us the seedlings permit and
technical advice; the Kipungani and Mkokoni beach management units supply
volunteers. Core team of 3.
4. Yes, a small grant in 2022 for our first nursery.

Kind regards,
Fatma Said
Lamu Mangrove Women's Group

On Mon, Nov 9, 2026 at 12:51 PM Grants Team <apply@grants.example> wrote:
""" + quote(t.our_body()), 17, 6, 15, '+0300', irt=t.our_id, refs=t.refs()))

# 33 answers sent from the Google Groups web interface of a team address (list headers, group footer)
t = Thread('Green Mothers Collective', 'team@greenmothers.example', 'Application: Food gardens for creches in Umlazi', 12, 12, 0, 'CFF-27-0296')
gm = """Sawubona Grants Team,

Thank you for your email. Answering for our collective:

1. Total budget R 265 000; we ask the Fund for USD 11 000.
2. April 2027 to March 2028 (12 months).
3. eThekwini Municipality's Agroecology Unit, six creches in Umlazi, and our team of four volunteers.
4. No.

Ngiyabonga,
Nomsa Dlamini
Green Mothers Collective

On Thursday, November 12, 2026 at 2:01:03 PM UTC+2 Grants Team wrote:

""" + quote(t.our_body()) + """
-- 
You received this message because you are subscribed to the Google Groups "Green Mothers Collective" group.
To unsubscribe from this group and stop receiving emails from it, send an email to team+unsubscribe@greenmothers.example.
To view this discussion visit https://groups.google.example/a/greenmothers.example/d/msgid/team/""" + hexid(8) + '-' + hexid(4) + """n%40greenmothers.example.
"""
add('33-reply-via-google-group-web-en-zu.eml', message([
    ('Return-Path', '<team+bncBDX4NQ7Y2MDRB2VYYG3AMGQE7K5JD3Q@greenmothers.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(13, 9, 4, 20, 'mail-yb1-f199.google.example', '192.0.2.199'),
    ('Date', 'Fri, 13 Nov 2026 01:04:17 -0800 (PST)'),
    ('From', "'Nomsa Dlamini' via Green Mothers Collective <team@greenmothers.example>"),
    ('To', 'Green Mothers Collective <team@greenmothers.example>'),
    ('Cc', 'apply@grants.example'),
    ('Message-Id', f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}n@greenmothers.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Subject', h(t.re_subject)),
    ('MIME-Version', '1.0'),
    ('X-Original-Sender', 'nomsa.dlamini@gmail.example'),
    ('Reply-To', 'Nomsa Dlamini <nomsa.dlamini@gmail.example>'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list team@greenmothers.example; contact team+owners@greenmothers.example'),
    ('List-ID', '<team.greenmothers.example>'),
    ('X-Spam-Checked-In-Group', 'team@greenmothers.example'),
    ('X-Google-Group-Id', str(R.randint(10**11, 10**12))),
    ('List-Post', '<https://groups.google.example/a/greenmothers.example/group/team/post>, <mailto:team@greenmothers.example>'),
    ('List-Help', '<https://support.google.example/a/greenmothers.example/bin/topic.py?topic=25838>, <mailto:team+help@greenmothers.example>'),
    ('List-Archive', '<https://groups.google.example/a/greenmothers.example/group/team/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+' + str(R.randint(10**11, 10**12)) + '+unsubscribe@googlegroups.example>,\n <https://groups.google.example/a/greenmothers.example/group/team/subscribe>'),
], multi('alternative', [text(gm, cte='quoted-printable'), text(html_of(gm), 'html', cte='quoted-printable')],
         boundary='----=_Part_' + str(R.randint(10**5, 10**6)) + '_' + str(R.randint(10**8, 10**9)) + '.' + str(R.randint(10**12, 10**13)))))

# 34 Romania: asks for confirmation of receipt, requests a read receipt
add('34-asks-confirmation-of-receipt-ro.eml', message([
    ('Return-Path', '<andrei.popescu@atelier-vaslui.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(13, 10, 22, 18, 'mail.atelier-vaslui.example', '203.0.113.210'),
    ('From', 'Andrei Popescu <andrei.popescu@atelier-vaslui.example>'),
    ('To', 'apply@grants.example'),
    ('Subject', h('Confirmare de primire – aplicație Atelier de tâmplărie Vaslui')),
    ('Date', date(13, 10, 22, 10, '+0200')),
    ('Message-ID', f'<{hexid(24)}@atelier-vaslui.example>'),
    ('Disposition-Notification-To', 'Andrei Popescu <andrei.popescu@atelier-vaslui.example>'),
    ('Return-Receipt-To', 'andrei.popescu@atelier-vaslui.example'),
    ('X-Confirm-Reading-To', 'andrei.popescu@atelier-vaslui.example'),
    ('MIME-Version', '1.0'),
    ('User-Agent', 'Roundcube Webmail/1.6.9'),
    ('X-Sender', 'andrei.popescu@atelier-vaslui.example'),
], text("""Bună ziua,

Vă rog să-mi confirmați primirea aplicației trimise pe 3 noiembrie pentru
proiectul „Atelier de tâmplărie pentru tineri din Vaslui”. Nu am primit
niciun răspuns și nu știu dacă e-mailul a ajuns (avea un atașament mare).

Mulțumesc frumos,
Andrei Popescu
Asociația Atelier Vaslui
tel. 0740 000 000
""", cte='quoted-printable', extra_ct='; format=flowed')))

# 35 Uganda: the applicant herself says she has left the university and gives a new address
add('35-person-has-left-university-new-address-en.eml', gmail('Joan Nakato', 'jnakato.research@gmail.example', 'New email address – application CFF-27-0142 (Joan Nakato)', """Dear Grants Team,

Please note that I have left Makerere University at the end of October, so
my old address (j.nakato@mak-univ.example) will stop working soon.

Kindly use this address for all correspondence about my application
CFF-27-0142 (school menstrual health clubs in Mukono). The project itself
continues with the same partners.

Many thanks,
Joan Nakato
+256 772 000 000
""", 18, 5, 40, '+0300'))

# 36 Poland: answers sent from a shared inbox in Front (role address)
t = Thread('Fundacja Zielony Kraków', 'kontakt@zielonykrakow.example', 'Wniosek: zielone podwórka w Podgórzu', 13, 11, 20, 'CFF-27-0311')
pl = """Dzień dobry,

dziękujemy za wiadomość. Poniżej odpowiedzi na Państwa pytania:

1. Całkowity budżet projektu wynosi 210 000 zł; od Funduszu wnioskujemy o 25 000 USD.
2. Projekt chcemy rozpocząć 1 marca 2027 r.; potrwa 18 miesięcy.
3. Partnerami są Rada Dzielnicy XIII Podgórze i Stowarzyszenie Sąsiedzkie „Zabłocie”. Zespół liczy cztery osoby.
4. Nie, nie otrzymaliśmy wcześniej grantu od Funduszu.

Pozdrawiamy serdecznie,
Magdalena Wójcik
Fundacja Zielony Kraków
"""
add('36-reply-from-shared-inbox-front-pl.eml', message([
    ('Return-Path', '<kontakt@zielonykrakow.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(16, 8, 5, 51, 'mail-190-114.frontapp.example', '198.51.100.114'),
    ('Date', 'Mon, 16 Nov 2026 08:05:49 +0000'),
    ('From', 'Magdalena =?utf-8?q?W=C3=B3jcik?= <kontakt@zielonykrakow.example>'),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Message-ID', f'<{alnum(16, False)}@frontapp.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Subject', h(t.re_subject)),
    ('X-Mailer', 'Front (1.0; +https://frontapp.example)'),
    ('Mime-Version', '1.0'),
], multi('alternative', [text(pl + '\nOn Fri, Nov 13, 2026 at 12:21 PM, Grants Team <apply@grants.example> wrote:\n' + quote(t.our_body()), cte='quoted-printable'),
                         text(html_of(pl), 'html', cte='quoted-printable')],
         boundary=f'=-{alnum(22)}')))
